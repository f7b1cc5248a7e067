/**
 * Alerts fan-out: deliveries per second from the real worker process (`dist/scripts/alerts-worker.js`) to
 * the loopback Discord and Slack fakes at 1,000 subscribed channels (500 + 500), rate limits off; and the
 * time to recover after `kill -9` in the middle of a fan-out (restart → every remaining delivery confirmed,
 * the ones in flight reconciled first).
 *
 *   node dist/bench/alerts.js
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreAlertsService } from '../src/alerts/service';
import { SqliteAlertStore } from '../src/alerts/store';
import { ALERT_TOPICS, editorAlert } from '../src/core/alerts';
import { DEFAULT_DATA_DIR } from '../src/fact-files';
import { FakeDiscord } from '../test/helpers/fake-discord';
import { FakeSlack } from '../test/helpers/fake-slack';
import { formatNumber, markdownTable, summarise, write, type Latency } from './measure';

const CHANNELS_PER_PLATFORM = 500;
const WORKER = path.resolve(__dirname, '..', 'scripts', 'alerts-worker.js');

export interface AlertsBenchResult {
  channels: number;
  fanOut: { deliveries: number; seconds: number; perSecond: number; processStartSeconds: number };
  recovery: { killedAfter: number; remaining: number; restartToDoneSeconds: number; reconciled: number };
}

interface WorkerRun {
  spawnedAt: number;
  startedAt: Promise<number>;
  exited: Promise<{ at: number; code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
}

function runWorker(dir: string, env: Record<string, string>): WorkerRun {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [WORKER, '--exit-when-idle'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const startedAt = new Promise<number>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('"started"')) resolve(performance.now());
    });
  });
  const exited = new Promise<{ at: number; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ at: performance.now(), code, signal })),
  );
  return { spawnedAt, startedAt, exited, kill: () => child.kill('SIGKILL') };
}

/** Three changes to the data (a signatory, an event, a corrected count), each run with a distinct suffix. */
function changeData(dataDir: string, n: number): void {
  const edit = (name: string, change: (value: never) => void): void => {
    const file = path.join(dataDir, `${name}.json`);
    const value = JSON.parse(readFileSync(file, 'utf8')) as never;
    change(value);
    writeFileSync(file, JSON.stringify(value));
  };
  edit('signatories', (list: { id: string; name: string; sources: string[] }[]) => {
    list.push({ ...list[0]!, id: `bench-signatory-${n}`, name: `Bench Person ${n}` });
  });
  edit('timeline', (events: { id: string; date: string }[]) => {
    events.push({ ...events[0]!, id: `2026-11-2${n}-bench`, date: `2026-11-2${n}` });
  });
  edit('letter', (letter: { reportedSignatories: { label: string } }) => {
    letter.reportedSignatories.label = `${400 + 10 * n}+`;
  });
}

export async function benchAlerts(): Promise<AlertsBenchResult> {
  const [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-bench-alerts-'));
  try {
    const dataDir = path.join(dir, 'data');
    cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
    const db = path.join(dir, 'letterbot.db');
    const store = SqliteAlertStore.open(db);
    // Setting up only: no fsync per subscription.
    store.db.pragma('synchronous = OFF');
    for (let i = 0; i < CHANNELS_PER_PLATFORM; i++) {
      const d = discord.addChannel({ id: String(5_000_000_000_000_000_000n + BigInt(i)) }).id;
      await store.subscribe({ platform: 'discord', channelId: d, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 });
      await store.subscribe({ platform: 'slack', channelId: `C${String(i).padStart(9, '0')}`, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 });
    }
    await store.close();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      LETTERBOT_DB: db,
      LETTERBOT_DATA_DIR: dataDir,
      LETTERBOT_LOG_LEVEL: 'error',
      LETTERBOT_ALERT_RATE_LIMITS: 'off',
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: 'xapp-bench',
      SLACK_API_URL: slack.apiUrl,
      // Lets `NODE_OPTIONS=--cpu-prof node dist/bench/alerts.js` profile the worker too.
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
    };
    const sent = async (): Promise<number> => {
      const check = SqliteAlertStore.open(db);
      try {
        return (await check.counts()).sent;
      } finally {
        await check.close();
      }
    };
    // First run records the data.
    await runWorker(dir, env).exited;

    // Fan-out: 3 alerts × 1,000 channels.
    changeData(dataDir, 1);
    const fan = runWorker(dir, env);
    const started = await fan.startedAt;
    const done = await fan.exited;
    const deliveries = await sent();
    const fanSeconds = (done.at - started) / 1000;

    // Recovery: kill -9 in the middle of the next fan-out, restart, time until everything is confirmed.
    changeData(dataDir, 2);
    const before = discord.requests.length + slack.calls.length;
    const victim = runWorker(dir, env);
    await victim.startedAt;
    while (discord.requests.length + slack.calls.length - before < deliveries / 2) await new Promise((r) => setTimeout(r, 2));
    victim.kill();
    await victim.exited;
    const killedAfter = (await sent()) - deliveries;
    const historyBefore = slack.callsTo('conversations.history').length;
    const restart = runWorker(dir, env);
    const end = await restart.exited;
    const recoverySeconds = (end.at - restart.spawnedAt) / 1000;
    const total = await sent();

    const result: AlertsBenchResult = {
      channels: 2 * CHANNELS_PER_PLATFORM,
      fanOut: { deliveries, seconds: fanSeconds, perSecond: deliveries / fanSeconds, processStartSeconds: (started - fan.spawnedAt) / 1000 },
      recovery: { killedAfter, remaining: total - deliveries - killedAfter, restartToDoneSeconds: recoverySeconds, reconciled: slack.callsTo('conversations.history').length - historyBefore },
    };
    write('');
    write('## Alerts fan-out (worker process → loopback fakes, rate limits off)');
    write('');
    write(
      markdownTable(
        ['measure', 'value'],
        [
          ['subscribed channels (Discord + Slack)', String(result.channels)],
          ['deliveries (3 alerts)', String(deliveries)],
          ['fan-out time', `${formatNumber(fanSeconds, 2)} s`],
          ['throughput', `${formatNumber(result.fanOut.perSecond, 0)} deliveries/s`],
          ['worker start (spawn → started)', `${formatNumber(result.fanOut.processStartSeconds, 2)} s`],
          ['kill -9 after (confirmed deliveries)', String(killedAfter)],
          ['remaining after the kill', String(result.recovery.remaining)],
          ['Slack history checks (reconciliation)', String(result.recovery.reconciled)],
          ['recovery (restart → all delivered)', `${formatNumber(recoverySeconds, 2)} s`],
        ],
      ),
    );
    return result;
  } finally {
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AlertsScaleResult {
  deliveries: number;
  buildSeconds: number;
  channelStatus: Latency;
  operatorStatus: Latency;
  pruneBatch: Latency;
}

/**
 * `/alerts status` at a million delivery rows (1,000 channels × 1,000 alerts; 0.1 % failed, the rest sent):
 * a channel's status and the operator's overview (the local shell), and one retention batch of 500 rows.
 */
export async function benchAlertsAtScale(rows = 1_000_000): Promise<AlertsScaleResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-bench-alerts-scale-'));
  try {
    const store = SqliteAlertStore.open(path.join(dir, 'letterbot.db'));
    const channels = 1000;
    const alertCount = Math.ceil(rows / channels);
    const built = performance.now();
    store.db.pragma('synchronous = OFF');
    for (let c = 0; c < channels; c++) await store.subscribe({ platform: 'discord', channelId: `c${c}`, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0, tenant: 'discord:g' });
    store.db.pragma('synchronous = FULL');
    store.db.transaction(() => {
      const insertAlert = store.db.prepare('INSERT INTO alerts (id, topic, kind, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)');
      store.db.exec('CREATE TEMP TABLE bench_alerts (k INTEGER PRIMARY KEY, id TEXT NOT NULL)');
      const key = store.db.prepare('INSERT INTO bench_alerts (k, id) VALUES (?, ?)');
      for (let a = 0; a < alertCount; a++) {
        const alert = editorAlert({ text: `Bench alert ${a}`, now: new Date(Date.UTC(2026, 0, 1) + a * 60_000), by: 'bench' });
        insertAlert.run(alert.id, alert.topic, alert.kind, alert.subject, JSON.stringify(alert), a * 60_000);
        key.run(a, alert.id);
      }
      store.db
        .prepare(
          `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
           INSERT INTO deliveries (id, alert_id, platform, channel_id, locale, state, due_at, attempts, sent_at, message_id, created_at, attempted_at, last_error)
           SELECT printf('d%09d', i), (SELECT id FROM bench_alerts WHERE k = i / ${channels}), 'discord', 'c' || (i % ${channels}), 'en',
                  CASE WHEN i % 1000 = 7 THEN 'failed' ELSE 'sent' END, (i / ${channels}) * 60000, 1,
                  CASE WHEN i % 1000 = 7 THEN NULL ELSE (i / ${channels}) * 60000 END, CASE WHEN i % 1000 = 7 THEN NULL ELSE 'm' END,
                  (i / ${channels}) * 60000, (i / ${channels}) * 60000, CASE WHEN i % 1000 = 7 THEN 'Discord 500' END
           FROM n`,
        )
        .run(rows);
    })();
    store.db.exec('ANALYZE');
    const buildSeconds = (performance.now() - built) / 1000;
    const service = new StoreAlertsService(store, { clock: () => alertCount * 60_000 });
    const time = async (runs: number, f: (i: number) => Promise<unknown> | unknown): Promise<Latency> => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        await f(i);
        samples.push(Number(process.hrtime.bigint() - t0));
      }
      return summarise(samples);
    };
    const channelStatus = await time(200, (i) => service.status({ platform: 'discord', id: `c${(i * 37) % channels}`, tenant: 'discord:g' }));
    const operatorStatus = await time(50, () => service.status({ platform: 'shell', id: 'shell', tenant: 'shell:local' }));
    // Half the history is past retention: each batch removes 500 old sent rows.
    const pruneBatch = await time(20, () => store.prune({ now: alertCount * 60_000, retentionMs: (alertCount / 2) * 60_000, batch: 500 }));
    await store.close();
    const result: AlertsScaleResult = { deliveries: rows, buildSeconds, channelStatus, operatorStatus, pruneBatch };
    write('');
    write(`## /alerts status at ${rows.toLocaleString('en')} delivery rows (SQLite, one run)`);
    write('');
    write(
      markdownTable(
        ['measure', 'p50', 'p99'],
        [
          ['channel status (subscription, last delivery, counts, who may send)', `${formatNumber(channelStatus.p50Us / 1000, 2)} ms`, `${formatNumber(channelStatus.p99Us / 1000, 2)} ms`],
          ['operator overview (local shell)', `${formatNumber(operatorStatus.p50Us / 1000, 2)} ms`, `${formatNumber(operatorStatus.p99Us / 1000, 2)} ms`],
          ['one retention batch (500 rows)', `${formatNumber(pruneBatch.p50Us / 1000, 2)} ms`, `${formatNumber(pruneBatch.p99Us / 1000, 2)} ms`],
        ],
      ),
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchAlerts().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
