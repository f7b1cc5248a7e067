import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { seededRandom } from '../../bench/measure';
import { SqliteAlertStore } from '../../src/alerts/store';
import { ALERT_TOPICS, deliveryId } from '../../src/core/alerts';
import type { FactBaseData, TimelineEvent } from '../../src/core/schema';
import { discordFaults, FakeDiscord } from '../helpers/fake-discord';
import { FakeSlack } from '../helpers/fake-slack';
import { addSignatory, cleanupTempDirs, copyData, editData, ensureBuilt, tempDir, until } from './helpers';

/**
 * The real worker in a child process (`node dist/scripts/alerts-worker.js`), 1,000 subscribed channels
 * (Discord + Slack) on the loopback fakes in this process, a data change making 3 alerts, and `kill -9` at
 * seeded random points of the fan-out, restarting each time: every one of the 3,000 deliveries must arrive
 * exactly once. Rate limits off, but a Discord global 429 is given to one run just before it is killed: the
 * next run must send nothing to Discord before its retry time.
 *
 * Each run is PID 1 of its own PID namespace (`unshare --pid --fork --mount-proc`), as in a container: every
 * restart has the same pid as the one killed, so leadership cannot rest on pids. Where unshare is unavailable
 * (not root, no user namespaces) the runs are plain processes and the test says so.
 * `npm test` builds first; run alone, this test builds if `dist/` is stale.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'scripts', 'alerts-worker.js');
const CHANNELS_PER_PLATFORM = 500;
const KILLS = 4;
/** The kill (by index) right after which a Discord global 429 is answered. */
const KILL_AFTER_429 = 1;
const RETRY_AFTER_S = 3;
/** Lease renewals (and standby retries) in the child: short, so restarts after kill -9 take over quickly. */
const HEARTBEAT_MS = '250';

/** `unshare --pid --fork --mount-proc` works here (root, or user namespaces allowed). */
const PID_NAMESPACE = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', '--kill-child=SIGKILL', 'true']).status === 0;
if (!PID_NAMESPACE) {
  process.stderr.write('crash.test: unshare --pid is unavailable here: the kill -9 test runs the bot as a plain process, NOT as PID 1 of a PID namespace\n');
}

jest.setTimeout(180_000);

let discord: FakeDiscord;
let slack: FakeSlack;
const children: ChildProcess[] = [];

beforeAll(async () => {
  ensureBuilt();
  [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
});
afterAll(async () => {
  // A failed run must not leave a bot delivering (or jest waiting on its pipes).
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all([discord?.close(), slack?.close()]);
  cleanupTempDirs();
});

interface Run {
  child: ChildProcess;
  started: Promise<{ delivering: boolean; firstRun: boolean; alerts: number; pid: number }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

function startWorker(dir: string, env: Record<string, string>): Run {
  const node = [process.execPath, WORKER, '--exit-when-idle', '--heartbeat-ms', HEARTBEAT_MS];
  // --kill-child: when unshare is killed (-9), the bot, PID 1 inside, dies with it.
  const [command, ...args] = PID_NAMESPACE ? ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child=SIGKILL', ...node] : node;
  const child = spawn(command!, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const started = new Promise<{ delivering: boolean; firstRun: boolean; alerts: number; pid: number }>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.includes('"started"'));
      if (line) resolve(JSON.parse(line) as { delivering: boolean; firstRun: boolean; alerts: number; pid: number });
    });
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, started, exited, stderr: () => stderr };
}

/** Log lines at error level or above (pino: 50+), and anything that is not a log line. */
function errorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter(Boolean)
    .filter((line) => {
      try {
        return (JSON.parse(line) as { level: number }).level >= 50;
      } catch {
        return true;
      }
    });
}

describe('kill -9 during the fan-out', () => {
  it(`1,000 channels, 3 alerts, killed at random points and restarted${PID_NAMESPACE ? ' as PID 1 each time' : ''} → each of the 3,000 deliveries arrives exactly once, none before a retry time`, async () => {
    const dir = tempDir();
    const dataDir = copyData(dir);
    const db = path.join(dir, 'var', 'letterbot.db');
    const discordIds = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => discord.addChannel({ id: String(4_000_000_000_000_000_000n + BigInt(i)) }).id);
    const slackIds = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => `C${String(i).padStart(9, '0')}`);
    const store = SqliteAlertStore.open(db);
    store.db.pragma('synchronous = OFF'); // setting up only: no fsync per subscription
    for (const id of discordIds) await store.subscribe({ platform: 'discord', channelId: id, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });
    for (const id of slackIds) await store.subscribe({ platform: 'slack', channelId: id, topics: [...ALERT_TOPICS], locale: 'fr', userId: 'u', now: 0 });
    await store.close();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      LETTERBOT_DB: db,
      LETTERBOT_DATA_DIR: dataDir,
      LETTERBOT_LOG_LEVEL: 'warn',
      LETTERBOT_ALERT_RATE_LIMITS: 'off',
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: slack.apiUrl,
    };
    const messages = (): number =>
      discordIds.reduce((n, id) => n + discord.messagesIn(id).length, 0) + slackIds.reduce((n, id) => n + slack.messagesIn(id).length, 0);

    // First run ever: records the data, posts nothing. Second identical start: posts nothing.
    for (const firstRun of [true, false]) {
      const run = startWorker(dir, env);
      expect(await run.started).toMatchObject({ firstRun, alerts: 0, delivering: true, ...(PID_NAMESPACE ? { pid: 1 } : {}) });
      expect(await run.exited).toEqual({ code: 0, signal: null });
    }
    expect(messages()).toBe(0);

    // A data change making 3 alerts: a new signatory, a new dated event, a corrected figure.
    addSignatory(dataDir, 'jane-doe', 'Jane Doe');
    editData<TimelineEvent[]>(dataDir, 'timeline', (events) => {
      events.push({ ...events[0]!, id: '2026-11-20-hearing', date: '2026-11-20', title: { en: 'Senate hearing', fr: 'Audition au Sénat' } });
    });
    editData<FactBaseData['letter']>(dataDir, 'letter', (letter) => {
      letter.reportedSignatories.label = '450+';
    });

    const random = seededRandom(20250317);
    const total = 3 * 2 * CHANNELS_PER_PLATFORM;
    const killAt = Array.from({ length: KILLS }, () => Math.floor(random() * total * 0.9)).sort((a, b) => a - b);
    let kills = 0;
    const requestsBefore = discord.requests.length + slack.calls.length;
    let refused: { at: number; wallAt: number } | undefined;
    let killedAt = 0;
    for (const [index, threshold] of killAt.entries()) {
      const run = startWorker(dir, env);
      const started = await run.started;
      // The same pid as the run killed before it: a restarted container. It takes the lease once the dead one's expires.
      if (PID_NAMESPACE) expect(started.pid).toBe(1);
      let done = false;
      void run.exited.then(() => (done = true));
      // Progress measured in requests the fakes received (cheap to read while they serve the child).
      await until(async () => done || discord.requests.length + slack.calls.length - requestsBefore >= threshold, 30_000, `${threshold} requests`);
      if (!done && index === KILL_AFTER_429) {
        // Discord says "nothing from this bot for 3 s", then the process dies before anyone could remember it in memory.
        const before = discord.requests.length;
        discord.failNext({ method: 'POST', pathPrefix: '/channels/' }, discordFaults.rateLimited(RETRY_AFTER_S, { global: true }), 1);
        await until(async () => done || discord.requests.slice(before).some((r) => r.injected), 10_000, 'the 429');
        refused = discord.requests.slice(before).find((r) => r.injected);
        // Kill it once it has recorded what it was told (a process killed before that could not have known).
        const watch = new Database(db, { readonly: true, fileMustExist: true });
        try {
          await until(async () => done || watch.prepare(`SELECT COUNT(*) AS n FROM rate_blocks WHERE scope = 'discord'`).pluck().get() === 1, 10_000, 'the 429 to be recorded');
        } finally {
          watch.close();
        }
      }
      if (!done) {
        run.child.kill('SIGKILL');
        kills += 1;
        if (index === KILL_AFTER_429) killedAt = performance.now();
      }
      const exit = await run.exited;
      // No run logs an error, killed or not (a restart standing by for the dead holder's lease to expire says so as a
      // warning; one that could not read the stored retry times would say so as an error).
      const stderr = run.stderr();
      // (A process killed mid-write may leave its last line unfinished: only whole lines count.)
      expect(errorLines(exit.signal === 'SIGKILL' ? stderr.slice(0, stderr.lastIndexOf('\n') + 1) : stderr)).toEqual([]);
      if (exit.signal !== 'SIGKILL') expect(exit).toEqual({ code: 0, signal: null });
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS - 1);

    // Restart once the killed holder's lease has run out (3 heartbeats): this one leads at once and finishes. (Started
    // sooner, it would stand by until then, as the runs above may.)
    const lease = new Database(db, { readonly: true, fileMustExist: true });
    const expiresAt = lease.prepare('SELECT expires_at FROM worker_lease WHERE id = 1').pluck().get() as number;
    lease.close();
    await until(() => Date.now() > expiresAt, 10_000, 'the killed holder\'s lease to expire');
    const last = startWorker(dir, env);
    expect((await last.started).delivering).toBe(true);
    expect(await last.exited).toEqual({ code: 0, signal: null });

    const after = SqliteAlertStore.open(db);
    const alerts = await after.alerts();
    expect(alerts.map((a) => a.kind).sort()).toEqual(['count_corrected', 'event_added', 'signatory_added']);
    expect(await after.counts()).toEqual({ pending: 0, inflight: 0, sent: total, failed: 0 });
    await after.close();
    const expected = (platform: 'discord' | 'slack', id: string): string[] => alerts.map((a) => deliveryId(a.id, platform, id)).sort();
    for (const id of discordIds) expect(discord.messagesIn(id).map((m) => String(m.nonce)).sort()).toEqual(expected('discord', id));
    for (const id of slackIds) {
      const ids = slack.messagesIn(id).map((m) => (m.metadata as { event_payload: { delivery_id: string } }).event_payload.delivery_id);
      expect(ids.sort()).toEqual(expected('slack', id));
    }
    expect(messages()).toBe(total);
    // After the process that was told died, no request from a restart reached Discord before the retry time. A send
    // the dying process had started before the 429 reached it, written just before it died, can be read here just
    // after the kill (seen: one POST, 0 ms after): it comes on a connection that process had already used, and a
    // connection belongs to one process, so it is not a restart's. A request on any other connection counts.
    // The retry window is on Date.now(), the clock the worker stamps its retry times with (the order around the kill,
    // within this process, stays on performance.now()).
    expect(refused).toBeDefined();
    expect(killedAt).toBeGreaterThan(refused!.at);
    const killedRunConnections = new Set(discord.requests.filter((r) => r.at <= killedAt).map((r) => r.connection));
    const early = discord.requests.filter(
      (r) => r.path.startsWith('/channels/') && r.at > killedAt && r.wallAt < refused!.wallAt + RETRY_AFTER_S * 1000 && !killedRunConnections.has(r.connection),
    );
    expect(early.map((r) => ({ request: `${r.method} ${r.path}`, msAfterKill: Math.round(r.at - killedAt), connection: r.connection }))).toEqual([]);
  });
});
