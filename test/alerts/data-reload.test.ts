import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteAlertStore } from '../../src/alerts/store';
import { ALERT_TOPICS } from '../../src/core/alerts';
import { FakeSlack } from '../helpers/fake-slack';
import { addSignatory, cleanupTempDirs, copyData, ensureBuilt, tempDir, until } from './helpers';

/**
 * `npm run data:reload` against a running process (the compiled alerts worker, as `npm start` runs the same
 * runtime): invalid data is refused, valid data is reloaded through a request row in the database and alerted,
 * SIGTERM stops cleanly. The bot runs as PID 1 of its own PID namespace where `unshare` works, as in a container:
 * its pid means nothing to the script, which must not (and does not) signal it.
 * Runs the compiled scripts: `npm test` builds first; run alone, this test builds if `dist/` is stale.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const PID_NAMESPACE = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', '--kill-child=SIGTERM', 'true']).status === 0;
let slack: FakeSlack;

beforeAll(async () => {
  ensureBuilt();
  slack = await FakeSlack.start();
});
afterAll(async () => {
  await slack.close();
  cleanupTempDirs();
});

describe('npm run data:reload', () => {
  it('invalid data → refused, bot untouched; valid → asked through the database, reloaded and alerted; SIGTERM → clean stop', async () => {
    const dir = tempDir();
    const dataDir = copyData(dir);
    const db = path.join(dir, 'var', 'letterbot.db');
    const store = SqliteAlertStore.open(db);
    await store.subscribe({ platform: 'slack', channelId: 'CRELOAD01', topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });
    await store.close();
    const env = {
      PATH: process.env.PATH ?? '',
      LETTERBOT_DB: db,
      LETTERBOT_DATA_DIR: dataDir,
      LETTERBOT_LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: slack.apiUrl,
    };
    const node = [process.execPath, path.join(ROOT, 'dist', 'scripts', 'alerts-worker.js'), '--heartbeat-ms', '200'];
    // --kill-child: should the test die, the bot dies with unshare.
    const [command, ...args] = PID_NAMESPACE ? ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child=SIGTERM', ...node] : node;
    const bot = spawn(command!, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    bot.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
    await until(async () => out.includes('"started"'), 15_000, 'the bot to start');
    const reload = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'data-reload.js')], { cwd: dir, env, encoding: 'utf8' });

    expect(reload()).toMatchObject({ status: 0, stdout: 'data/ is valid and unchanged since letterbot last read it: nothing to reload.\n' });

    const signatories = path.join(dataDir, 'signatories.json');
    writeFileSync(signatories, '[]');
    const refused = reload();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^data:reload: the data is invalid; nothing was reloaded:\n {2}- signatories: /);

    // Back to valid data, plus one signatory.
    copyData(dir);
    addSignatory(dataDir, 'jane-doe', 'Jane Doe');
    const done = reload();
    expect(done.stdout).toMatch(/^letterbot \([^)]+\/[0-9a-f]{16}\) reloaded data\/: 1 alert queued\.\n {2}- \[signatories\] New signatory reported: Jane Doe \(Actress\)/);
    if (PID_NAMESPACE) expect(out).toContain('"pid":1,');
    expect(done.status).toBe(0);
    await until(async () => slack.messagesIn('CRELOAD01').length === 1, 10_000, 'the alert');

    // SIGTERM to the bot itself (under unshare, the namespace's PID 1, seen from here by its host pid).
    const botPid = PID_NAMESPACE ? Number(readFileSync(`/proc/${bot.pid}/task/${bot.pid}/children`, 'utf8').trim().split(/\s+/)[0]) : bot.pid!;
    process.kill(botPid, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(reload().stdout).toBe('data/ is valid and unchanged since letterbot last read it: nothing to reload.\n');
    addSignatory(dataDir, 'john-roe', 'John Roe');
    expect(reload().stdout).toBe('data/ is valid. No running letterbot found: the changes will be alerted when it starts.\n');
    expect(slack.messagesIn('CRELOAD01')).toHaveLength(1);
  });
});
