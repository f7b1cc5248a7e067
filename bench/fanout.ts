/**
 * Fan-out on PostgreSQL with one instance and with three: deliveries per second from real worker processes
 * (`dist/scripts/alerts-worker.js`, `LETTERBOT_DATABASE_URL`) to the loopback fakes when every post takes 20 ms
 * (as a real API's round trip does), 1,000 subscribed channels (500 Discord + 500 Slack) × 3 editor alerts, rate
 * limits off. Goal: three instances ≥ 2.5× one. Each count runs on a fresh schema, dropped after.
 *
 *   npm run bench -- fanout
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
import { formatNumber, markdownTable, procCpuMs, write } from './measure';

const CHANNELS_PER_PLATFORM = 500;
const ALERTS = 3;
const POST_LATENCY_MS = 20;
const GOAL = 2.5;
const WORKER = path.resolve(__dirname, '..', 'scripts', 'alerts-worker.js');
/** The workers' PostgreSQL connections carry this name, so their backends' CPU time can be found and summed. */
const APPLICATION_NAME = 'letterbot-bench-fanout';

/** What one run cost, per delivery: CPU milliseconds of each side and statements sent to PostgreSQL. */
export interface FanoutCost {
  /** All worker processes together. */
  workerCpuMs: number;
  /** The workers' PostgreSQL backends (NaN where /proc cannot be read). */
  databaseCpuMs: number;
  /** Every postgres process of the server (WAL writer, checkpointer…; other users of the server count too). */
  serverCpuMs: number;
  /** The bench process: the loopback fakes answering the posts, and the bench's own polling. */
  benchCpuMs: number;
  statements: number;
}

export interface FanoutResult {
  deliveries: number;
  runs: { instances: number; concurrency: number; seconds: number; perSecond: number; cost: FanoutCost }[];
  /** Three instances vs one at the default 16 sends in flight per instance. */
  ratio: number;
  /** The same with 4 sends in flight per instance (one instance bound by the 20 ms latency, not the CPU). */
  latencyBoundRatio: number;
}

export interface FanoutOptions {
  /** Extra node flags for the worker processes (`--fanout-node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof"`). */
  nodeFlags?: readonly string[];
  /** Only these sends-in-flight settings (`--fanout-concurrency=16`); default 16 and 4. */
  concurrencies?: readonly number[];
}

/** CPU time of every process named postgres (the whole server), from /proc; NaN without /proc. */
function serverCpuMs(): number {
  let total = 0;
  let seen = false;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      } catch {
        continue;
      }
      const ms = procCpuMs(Number(entry));
      if (Number.isFinite(ms)) {
        total += ms;
        seen = true;
      }
    }
  } catch {
    return Number.NaN;
  }
  return seen ? total : Number.NaN;
}

/** A worker process and the JSON lines it prints. */
class WorkerProcess {
  private out = '';
  private readonly waiting: { event: string; resolve: (line: Record<string, unknown>) => void }[] = [];

  constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.out += chunk.toString('utf8');
      let nl: number;
      while ((nl = this.out.indexOf('\n')) >= 0) {
        const line = this.out.slice(0, nl);
        this.out = this.out.slice(nl + 1);
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        const i = this.waiting.findIndex((w) => w.event === parsed.event);
        if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(parsed);
      }
    });
  }

  next(event: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const { exitCode, signalCode } = this.child;
      if (exitCode !== null || signalCode !== null) return reject(new Error(`worker exited (${exitCode ?? signalCode}) before the bench asked for "${event}"`));
      this.waiting.push({ event, resolve });
      this.child.once('exit', (code, signal) => reject(new Error(`worker exited (${code ?? signal}) while the bench waited for "${event}"`)));
    });
  }

  /** CPU milliseconds used and statements sent so far (SIGUSR2). */
  async stats(): Promise<{ cpuMs: number; statements: number }> {
    const line = this.next('stats');
    this.child.kill('SIGUSR2');
    const stats = await line;
    return { cpuMs: Number(stats.cpuMs), statements: Number(stats.statements) };
  }
}

/** CPU time of the workers' PostgreSQL backends, by pid (found by their application name). */
async function backendCpu(counter: pg.Client): Promise<Map<number, number>> {
  const { rows } = await counter.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [APPLICATION_NAME]);
  return new Map((rows as { pid: number }[]).map((r) => [r.pid, procCpuMs(r.pid)]));
}

/** What the workers, their backends, the server and this process used so far. */
async function snapshot(workers: readonly WorkerProcess[], counter: pg.Client): Promise<{ worker: number; statements: number; backends: Map<number, number>; server: number; bench: number }> {
  const stats = await Promise.all(workers.map((w) => w.stats()));
  const cpu = process.cpuUsage();
  return {
    worker: stats.reduce((n, s) => n + s.cpuMs, 0),
    statements: stats.reduce((n, s) => n + s.statements, 0),
    backends: await backendCpu(counter),
    server: serverCpuMs(),
    bench: (cpu.user + cpu.system) / 1000,
  };
}

async function fanOut(
  instances: number,
  concurrency: number,
  discord: FakeDiscord,
  slack: FakeSlack,
  dataDir: string,
  discordIds: readonly string[],
  nodeFlags: readonly string[],
): Promise<{ seconds: number; deliveries: number; cost: FanoutCost }> {
  const { url } = await createTestSchema();
  const store = await PostgresAlertStore.open(url);
  // Side by side (the pool's connections share commits): one at a time, 1,000 commits take long on a busy disk.
  await Promise.all([
    ...discordIds.map((id) => store.subscribe({ platform: 'discord', channelId: id, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 })),
    ...Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) =>
      store.subscribe({ platform: 'slack', channelId: `CB${String(i).padStart(8, '0')}`, topics: [...ALERT_TOPICS], locale: 'en', userId: 'bench', now: 0 }),
    ),
  ]);
  const workerUrl = new URL(url);
  workerUrl.searchParams.set('application_name', APPLICATION_NAME);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    LETTERBOT_DATABASE_URL: workerUrl.toString(),
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
  const workers: WorkerProcess[] = [];
  const counter = new pg.Client({ connectionString: url });
  await counter.connect();
  try {
    // Long-running workers, started and idle first, so process start-up is not timed.
    await Promise.all(
      Array.from({ length: instances }, () => {
        const child = spawn(process.execPath, [...nodeFlags, WORKER, '--poll-ms', '50', '--heartbeat-ms', '500', '--concurrency', String(concurrency)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
        const worker = new WorkerProcess(child);
        workers.push(worker);
        return worker.next('started');
      }),
    );
    const service = new StoreAlertsService(store);
    const before = await snapshot(workers, counter);
    const t0 = performance.now();
    let queued = 0;
    for (let a = 0; a < ALERTS; a++) queued += (await service.queue(editorAlert({ text: `Fan-out bench ${instances}/${a}`, now: new Date(Date.UTC(2026, 11, 1, 0, 0, a)), by: 'bench' }))).channels;
    // Done when nothing is open (a one-row probe: a COUNT every 10 ms would cost the server more than it measures).
    while ((await counter.query(`SELECT 1 FROM deliveries WHERE state IN ('pending', 'inflight') LIMIT 1`)).rows.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const seconds = (performance.now() - t0) / 1000;
    const after = await snapshot(workers, counter);
    const sent = Number((await counter.query(`SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent'`)).rows[0].n);
    if (sent !== queued) throw new Error(`fan-out ended with ${sent} of ${queued} deliveries sent`);
    let database = 0;
    for (const [pid, ms] of after.backends) database += ms - (before.backends.get(pid) ?? 0);
    const per = (ms: number): number => ms / queued;
    const cost: FanoutCost = {
      workerCpuMs: per(after.worker - before.worker),
      databaseCpuMs: per(database),
      serverCpuMs: per(after.server - before.server),
      benchCpuMs: per(after.bench - before.bench),
      statements: (after.statements - before.statements) / queued,
    };
    return { seconds, deliveries: queued, cost };
  } finally {
    // SIGTERM: each stops claiming, finishes or releases its claims, closes its pool.
    await Promise.all(
      workers.map(
        ({ child }) =>
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

export async function benchFanout(options: FanoutOptions = {}): Promise<FanoutResult | undefined> {
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
    const concurrencies = options.concurrencies ?? [16, 4];
    for (const concurrency of concurrencies) {
      for (const instances of [1, 3]) {
        const run = await fanOut(instances, concurrency, discord, slack, dataDir, discordIds, options.nodeFlags ?? []);
        deliveries = run.deliveries;
        runs.push({ instances, concurrency, seconds: run.seconds, perSecond: run.deliveries / run.seconds, cost: run.cost });
      }
    }
    const ratioAt = (concurrency: number): number => {
      const one = runs.find((r) => r.instances === 1 && r.concurrency === concurrency);
      const three = runs.find((r) => r.instances === 3 && r.concurrency === concurrency);
      return one && three ? three.perSecond / one.perSecond : Number.NaN;
    };
    const ratio = ratioAt(16);
    const latencyBoundRatio = ratioAt(4);
    const ms = (value: number): string => formatNumber(value, 2);
    write(
      markdownTable(
        ['instances', 'sends in flight each', 'deliveries', 'fan-out time', 'throughput', 'CPU ms/delivery: workers', 'their PG backends', 'bench + fakes', 'all postgres', 'SQL statements/delivery'],
        runs.map((r) => [
          String(r.instances),
          String(r.concurrency),
          String(deliveries),
          `${formatNumber(r.seconds, 2)} s`,
          `${formatNumber(r.perSecond, 0)} deliveries/s`,
          ms(r.cost.workerCpuMs),
          ms(r.cost.databaseCpuMs),
          ms(r.cost.benchCpuMs),
          ms(r.cost.serverCpuMs),
          formatNumber(r.cost.statements, 1),
        ]),
      ),
    );
    write('');
    write('CPU ms/delivery: CPU time used during the fan-out divided by the deliveries; "all postgres" is every process of the server (WAL writer and checkpointer included, and anyone else using the server meanwhile).');
    write(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => formatNumber(l, 2)).join(' ')} at the end`);
    if (Number.isFinite(ratio)) write(`three instances vs one (default 16 in flight each): ${formatNumber(ratio, 2)}× (goal ≥ ${GOAL}×: ${ratio >= GOAL ? 'met' : 'MISSED'})`);
    if (Number.isFinite(latencyBoundRatio)) write(`three instances vs one (4 in flight each, one instance bound by the post latency): ${formatNumber(latencyBoundRatio, 2)}×`);
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
