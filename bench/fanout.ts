/**
 * Fan-out on PostgreSQL with one instance and with three: deliveries per second from real worker processes
 * (`dist/scripts/alerts-worker.js`, `LETTERBOT_DATABASE_URL`) to the loopback fakes when every post takes 20 ms
 * (as a real API's round trip does), 1,000 subscribed channels (500 Discord + 500 Slack) × 3 editor alerts, rate
 * limits off. Goal: three instances ≥ 2.5× one. Each count runs on a fresh schema, dropped after.
 *
 *   npm run bench -- fanout
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresAlertStore } from '../src/alerts/pg-store';
import { StoreAlertsService } from '../src/alerts/service';
import { ALERT_TOPICS, editorAlert } from '../src/core/alerts';
import { DEFAULT_DATA_DIR } from '../src/fact-files';
import { FakeDiscord } from '../test/helpers/fake-discord';
import { FakeSlack } from '../test/helpers/fake-slack';
import { createTestSchema, dropTestSchemas, pgReachable, redact, TEST_DATABASE_URL } from '../test/helpers/pg';
import { formatNumber, markdownTable, write } from './measure';

const CHANNELS_PER_PLATFORM = 500;
const ALERTS = 3;
const POST_LATENCY_MS = 20;
const GOAL = 2.5;
const WORKER = path.resolve(__dirname, '..', 'scripts', 'alerts-worker.js');

export interface FanoutResult {
  deliveries: number;
  runs: { instances: number; concurrency: number; seconds: number; perSecond: number }[];
  /** Three instances vs one at the default 16 sends in flight per instance. */
  ratio: number;
  /** The same with 4 sends in flight per instance (one instance bound by the 20 ms latency, not the CPU). */
  latencyBoundRatio: number;
}

async function fanOut(
  instances: number,
  concurrency: number,
  discord: FakeDiscord,
  slack: FakeSlack,
  dataDir: string,
  discordIds: readonly string[],
): Promise<{ seconds: number; deliveries: number }> {
  const { url } = await createTestSchema();
  const store = await PostgresAlertStore.open(url);
  for (const id of discordIds) await store.subscribe({ platform: 'discord', channelId: id, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 });
  for (let i = 0; i < CHANNELS_PER_PLATFORM; i++) {
    await store.subscribe({ platform: 'slack', channelId: `CB${String(i).padStart(8, '0')}`, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 });
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    LETTERBOT_DATABASE_URL: url,
    LETTERBOT_DATA_DIR: dataDir,
    LETTERBOT_LOG_LEVEL: 'error',
    LETTERBOT_ALERT_RATE_LIMITS: 'off',
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_APP_TOKEN: 'xapp-bench',
    SLACK_API_URL: slack.apiUrl,
  };
  const children: ChildProcess[] = [];
  const counter = new pg.Client({ connectionString: url });
  await counter.connect();
  try {
    // Long-running workers, started and idle first, so process start-up is not timed.
    await Promise.all(
      Array.from({ length: instances }, () => {
        const child = spawn(process.execPath, [WORKER, '--poll-ms', '50', '--heartbeat-ms', '500', '--concurrency', String(concurrency)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
        children.push(child);
        let out = '';
        return new Promise<void>((resolve, reject) => {
          child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString('utf8');
            if (out.includes('"started"')) resolve();
          });
          child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
        });
      }),
    );
    const service = new StoreAlertsService(store);
    const t0 = performance.now();
    let queued = 0;
    for (let a = 0; a < ALERTS; a++) queued += (await service.queue(editorAlert({ text: `Fan-out bench ${instances}/${a}`, now: new Date(Date.UTC(2026, 11, 1, 0, 0, a)), by: 'bench' }))).channels;
    for (;;) {
      const sent = Number((await counter.query(`SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent'`)).rows[0].n);
      if (sent >= queued) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { seconds: (performance.now() - t0) / 1000, deliveries: queued };
  } finally {
    // SIGTERM: each stops claiming, finishes or releases its claims, closes its pool.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await counter.end();
    await store.close();
  }
}

export async function benchFanout(): Promise<FanoutResult | undefined> {
  write('');
  write(`## Alerts fan-out on PostgreSQL: one instance vs three (posts take ${POST_LATENCY_MS} ms)`);
  write('');
  if (!pgReachable()) {
    write(`PostgreSQL is unreachable at ${redact(TEST_DATABASE_URL)}: SKIPPED (set LETTERBOT_TEST_DATABASE_URL)`);
    return undefined;
  }
  const [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
  discord.postLatencyMs = POST_LATENCY_MS;
  slack.postLatencyMs = POST_LATENCY_MS;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-bench-fanout-'));
  try {
    const dataDir = path.join(dir, 'data');
    cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
    const discordIds = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => discord.addChannel({ id: String(8_000_000_000_000_000_000n + BigInt(i)) }).id);
    const runs: FanoutResult['runs'] = [];
    let deliveries = 0;
    for (const concurrency of [16, 4]) {
      for (const instances of [1, 3]) {
        const run = await fanOut(instances, concurrency, discord, slack, dataDir, discordIds);
        deliveries = run.deliveries;
        runs.push({ instances, concurrency, seconds: run.seconds, perSecond: run.deliveries / run.seconds });
      }
    }
    const ratio = runs[1]!.perSecond / runs[0]!.perSecond;
    const latencyBoundRatio = runs[3]!.perSecond / runs[2]!.perSecond;
    write(
      markdownTable(
        ['instances', 'sends in flight each', 'deliveries', 'fan-out time', 'throughput'],
        runs.map((r) => [String(r.instances), String(r.concurrency), String(deliveries), `${formatNumber(r.seconds, 2)} s`, `${formatNumber(r.perSecond, 0)} deliveries/s`]),
      ),
    );
    write('');
    write(`three instances vs one (default 16 in flight each): ${formatNumber(ratio, 2)}× (goal ≥ ${GOAL}×: ${ratio >= GOAL ? 'met' : 'MISSED'})`);
    write(`three instances vs one (4 in flight each, one instance bound by the post latency): ${formatNumber(latencyBoundRatio, 2)}×`);
    return { deliveries, runs, ratio, latencyBoundRatio };
  } finally {
    await Promise.all([discord.close(), slack.close()]);
    await dropTestSchemas();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchFanout().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
