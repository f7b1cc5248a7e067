import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteAlertStore } from '../src/alerts/store';
import { PG_SCHEMA_VERSION, PostgresAlertStore } from '../src/alerts/pg-store';
import { runCli } from '../src/cli';
import { cleanupTempDirs, tempDir } from './alerts/helpers';
import { describePg } from './helpers/describe-pg';
import { createTestSchema, dropTestSchemas, TEST_DATABASE_URL } from './helpers/pg';

afterAll(async () => {
  cleanupTempDirs();
  await dropTestSchemas();
});

async function doctor(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(['doctor', ...args], { LETTERBOT_LOG_LEVEL: 'silent', ...env }, { stdout: (s) => (stdout += s), stderr: (s) => (stdout += s) });
  return { code, stdout };
}

describe('npx letterbot doctor: settings, data and the alerts database, and what to fix', () => {
  it('nothing created yet → all in order; the database will be made at first start', async () => {
    const db = path.join(tempDir(), 'var', 'letterbot.db');
    const { code, stdout } = await doctor({ LETTERBOT_DB: db });
    expect(code).toBe(0);
    expect(stdout).toContain('✓ settings: valid; serves the local shell (no Discord or Slack token)');
    expect(stdout).toMatch(/✓ data: valid \(\d+ signatories, \d+ timeline events, \d+ sources\)/);
    expect(stdout).toContain(`✓ alerts database: ${db} does not exist yet; the first start creates it`);
    expect(stdout.trim().split('\n').pop()).toBe('Everything letterbot needs is in order.');
  });

  it('a healthy database with a delivering bot → who delivers, what waits', async () => {
    const db = path.join(tempDir(), 'letterbot.db');
    const store = SqliteAlertStore.open(db);
    await store.acquireLease({ owner: 'newsroom-1/0123456789abcdef', host: 'newsroom-1', now: Date.now(), ttlMs: 60_000 });
    await store.close();
    const { code, stdout } = await doctor({ LETTERBOT_DB: db });
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ alerts database: .+ is healthy \(schema \d+\)/);
    expect(stdout).toMatch(/✓ alerts delivery: by newsroom-1\/0123456789abcdef \(lease generation 1, renewed \d+ s ago\)/);
    expect(stdout).toContain('✓ alerts waiting: 0; subscriptions stopped by a platform refusal: 0');
  });

  it('a corrupt database → the file, the cause and what to do (EN and FR); exit 1', async () => {
    const db = path.join(tempDir(), 'letterbot.db');
    writeFileSync(db, 'not a database\n'.repeat(500));
    const { code, stdout } = await doctor({ LETTERBOT_DB: db });
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ alerts database: ${db} cannot be opened (SQLITE_NOTADB: file is not a database)`);
    expect(stdout).toContain('  → stop the bot, move the damaged file aside and restore your last backup');
    expect(stdout.trim().split('\n').pop()).toBe('Problems found: 1. Fix them as shown above.');
    const fr = await doctor({ LETTERBOT_DB: db }, '--lang', 'fr');
    expect(fr.stdout).toContain(`✗ base des alertes : ${db} ne peut pas être ouverte`);
  });

  it('a folder that is a file, and a bad setting → each said, with its fix', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'var'), 'a file');
    const unwritable = await doctor({ LETTERBOT_DB: path.join(dir, 'var', 'letterbot.db') });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stdout).toContain('is not a writable folder');
    const settings = await doctor({ LETTERBOT_ALERT_ADMINS: '123' });
    expect(settings.code).toBe(1);
    expect(settings.stdout).toContain('✗ settings: LETTERBOT_ALERT_ADMINS: every id must name its platform');
    expect(settings.stdout).toContain('  → fix the setting in .env or the environment');
  });
});

describePg('npx letterbot doctor on PostgreSQL (LETTERBOT_DATABASE_URL)', () => {
  it('a migrated schema with an instance pruning → healthy, who holds the lease, what waits; never the URL\'s password', async () => {
    const { url } = await createTestSchema();
    const store = await PostgresAlertStore.open(url);
    await store.acquireLease({ owner: 'newsroom-2/0123456789abcdef', host: 'newsroom-2', now: Date.now(), ttlMs: 60_000 });
    for (const owner of ['newsroom-1/aa', 'newsroom-2/0123456789abcdef']) await store.beatInstance({ owner, host: owner.split('/')[0]!, now: Date.now(), ttlMs: 60_000 });
    await store.close();
    const withPassword = url.replace('postgres://postgres@', 'postgres://postgres:s3cret-pw@');
    const { code, stdout } = await doctor({ LETTERBOT_DATABASE_URL: withPassword });
    expect(code).toBe(0);
    expect(stdout).toContain(`✓ alerts database: postgres://${new URL(TEST_DATABASE_URL).host}/test is healthy (schema ${PG_SCHEMA_VERSION})`);
    expect(stdout).toContain('✓ alerts delivery: by newsroom-2/0123456789abcdef');
    expect(stdout).toContain("✓ instances alive: 2 (each sends at 1/2 of the platforms' rate limits)");
    expect(stdout).not.toContain('s3cret-pw');
  });

  it('a server that does not answer → the cause and what to do', async () => {
    const { code, stdout } = await doctor({ LETTERBOT_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ alerts database: postgres:\/\/127\.0\.0\.1:1\/none cannot be opened \(ECONNREFUSED/);
  });
});
