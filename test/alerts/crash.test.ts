import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { seededRandom } from '../../bench/measure';
import { AlertStore } from '../../src/alerts/store';
import { ALERT_TOPICS, deliveryId } from '../../src/core/alerts';
import type { FactBaseData, TimelineEvent } from '../../src/core/schema';
import { FakeDiscord } from '../helpers/fake-discord';
import { FakeSlack } from '../helpers/fake-slack';
import { addSignatory, cleanupTempDirs, copyData, editData, ensureBuilt, tempDir, until } from './helpers';

/**
 * The real worker in a child process (`node dist/scripts/alerts-worker.js`), 1,000 subscribed channels
 * (Discord + Slack) on the loopback fakes in this process, a data change making 3 alerts, and `kill -9` at
 * seeded random points of the fan-out, restarting each time: every one of the 3,000 deliveries must arrive
 * exactly once. Rate limits off. `npm test` builds first; run alone, this test builds if `dist/` is stale.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'scripts', 'alerts-worker.js');
const CHANNELS_PER_PLATFORM = 500;
const KILLS = 4;

jest.setTimeout(120_000);

let discord: FakeDiscord;
let slack: FakeSlack;

beforeAll(async () => {
  ensureBuilt();
  [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
});
afterAll(async () => {
  await Promise.all([discord?.close(), slack?.close()]);
  cleanupTempDirs();
});

interface Run {
  child: ChildProcess;
  started: Promise<{ delivering: boolean; firstRun: boolean; alerts: number }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

function startWorker(dir: string, env: Record<string, string>): Run {
  const child = spawn(process.execPath, [WORKER, '--exit-when-idle'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const started = new Promise<{ delivering: boolean; firstRun: boolean; alerts: number }>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.includes('"started"'));
      if (line) resolve(JSON.parse(line) as { delivering: boolean; firstRun: boolean; alerts: number });
    });
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, started, exited, stderr: () => stderr };
}

describe('kill -9 during the fan-out', () => {
  it('1,000 channels, 3 alerts, killed at random points and restarted → each of the 3,000 deliveries arrives exactly once', async () => {
    const dir = tempDir();
    const dataDir = copyData(dir);
    const db = path.join(dir, 'var', 'letterbot.db');
    const discordIds = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => discord.addChannel({ id: String(4_000_000_000_000_000_000n + BigInt(i)) }).id);
    const slackIds = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => `C${String(i).padStart(9, '0')}`);
    const store = AlertStore.open(db);
    store.db.transaction(() => {
      for (const id of discordIds) store.subscribe({ platform: 'discord', channelId: id, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });
      for (const id of slackIds) store.subscribe({ platform: 'slack', channelId: id, topics: [...ALERT_TOPICS], locale: 'fr', userId: 'u', now: 0 });
    })();
    store.close();
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
      expect(await run.started).toMatchObject({ firstRun, alerts: 0, delivering: true });
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
    for (const threshold of killAt) {
      const run = startWorker(dir, env);
      const started = await run.started;
      expect(started.delivering).toBe(true);
      let done = false;
      void run.exited.then(() => (done = true));
      // Progress measured in requests the fakes received (cheap to read while they serve the child).
      await until(() => done || discord.requests.length + slack.calls.length - requestsBefore >= threshold, 30_000, `${threshold} requests`);
      if (!done) {
        run.child.kill('SIGKILL');
        kills += 1;
      }
      const exit = await run.exited;
      if (exit.signal !== 'SIGKILL') expect({ ...exit, stderr: run.stderr() }).toEqual({ code: 0, signal: null, stderr: '' });
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS - 1);

    // Restart until it is done.
    const last = startWorker(dir, env);
    expect((await last.started).delivering).toBe(true);
    expect(await last.exited).toEqual({ code: 0, signal: null });

    const after = AlertStore.open(db);
    const alerts = after.alerts();
    expect(alerts.map((a) => a.kind).sort()).toEqual(['count_corrected', 'event_added', 'signatory_added']);
    expect(after.counts()).toEqual({ pending: 0, inflight: 0, sent: total, failed: 0 });
    after.close();
    const expected = (platform: 'discord' | 'slack', id: string): string[] => alerts.map((a) => deliveryId(a.id, platform, id)).sort();
    for (const id of discordIds) expect(discord.messagesIn(id).map((m) => String(m.nonce)).sort()).toEqual(expected('discord', id));
    for (const id of slackIds) {
      const ids = slack.messagesIn(id).map((m) => (m.metadata as { event_payload: { delivery_id: string } }).event_payload.delivery_id);
      expect(ids.sort()).toEqual(expected('slack', id));
    }
    expect(messages()).toBe(total);
  });
});
