import { spawn } from 'node:child_process';
import path from 'node:path';
import { SqliteAlertStore, SCHEMA_VERSION } from '../../src/alerts/store';
import { cleanupTempDirs, ensureBuilt, tempDir } from './helpers';

/**
 * Two (here six) processes started at once on a fresh database must not race to create the schema: migrations run
 * in one exclusive transaction that re-reads the version. Runs the compiled store in child processes (real
 * processes, real file locks); `npm test` builds first.
 */
const STORE = path.resolve(__dirname, '..', '..', 'dist', 'src', 'alerts', 'store.js');
const PROCESSES = 6;
/** Rounds per run; `MIGRATE_ROUNDS=40` reproduced the fresh-file WAL switch race (SQLITE_BUSY) before it was retried. */
const ROUNDS = Number(process.env.MIGRATE_ROUNDS ?? 10);

beforeAll(ensureBuilt);
afterAll(cleanupTempDirs);

function openInChild(file: string, startAt: number): Promise<{ code: number | null; stderr: string }> {
  // Every child waits for the same instant, then opens: as close to "at once" as processes get.
  const script = `const { SqliteAlertStore } = require(${JSON.stringify(STORE)});
    while (Date.now() < ${startAt}) {}
    SqliteAlertStore.open(${JSON.stringify(file)}).close();`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('migrations under concurrency', () => {
  it(`${PROCESSES} processes opening a fresh database at once → all succeed, schema applied once`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const file = path.join(tempDir(), 'var', 'letterbot.db');
      const startAt = Date.now() + 400;
      const results = await Promise.all(Array.from({ length: PROCESSES }, () => openInChild(file, startAt)));
      expect(results.map((r) => (r.code === 0 ? 'ok' : r.stderr.split('\n').find((l) => l.includes('Error')) ?? r.stderr))).toEqual(Array(PROCESSES).fill('ok'));
      const store = SqliteAlertStore.open(file);
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
      await store.close();
    }
  }, 60_000);
});
