/**
 * Commands per second through `/discord/interactions` and `/slack/events` with one bot instance, then three
 * (issue 12). Each instance is a real `node dist/src/main.js` child in HTTP mode (Discord interactions and Slack
 * events on its own `LETTERBOT_HTTP_PORT`, logging at info, its own SQLite file; with `LETTERBOT_DATABASE_URL`
 * they would share PostgreSQL instead). The bench process plays Discord and Slack (the loopback fakes) and the
 * load balancer: it sends signed requests round-robin over the instances' ports, `concurrency` at a time.
 *
 * - Discord: a command is answered when its HTTP response (the reply) arrives.
 * - Slack: a command is acked at once and answered through its `response_url`; it counts when that answer
 *   reaches the fake.
 *
 * Before timing, it checks that a "did you mean" button drawn by instance 1 is answered by instance 2, on both
 * platforms (no state kept between requests).
 *
 *   node dist/bench/http-instances.js [commands] [concurrency]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeDiscord, type ChatInputOptions } from '../test/helpers/fake-discord';
import { FakeSlack, blockActionsBody, postToApp, signSlackRequest, slashCommandBody } from '../test/helpers/fake-slack';
import { formatNumber, markdownTable, procCpuMs, summarise, write, type Latency } from './measure';

const ROOT = path.resolve(__dirname, '..', '..');

const DISCORD_QUERIES: readonly ChatInputOptions[] = [
  { name: 'signatory', options: { name: 'cate blanchet' } },
  { name: 'timeline' },
  { name: 'ask', options: { question: 'how many people signed?' }, locale: 'fr' },
  { name: 'signatory', options: { name: 'Paul' } },
];
const SLACK_QUERIES: readonly { command: string; text: string }[] = [
  { command: '/signatory', text: 'cate blanchet' },
  { command: '/timeline', text: '' },
  { command: '/ask', text: 'combien de signataires ?' },
  { command: '/signatory', text: 'Paul' },
];
/** Clarify answer whose first choice is a question too long for a Discord custom id (it rides in the label). */
const CLARIFY_QUESTION = 'depuis quand selon la lettre ?';
const PICKED_QUESTION = "depuis quand existe le droit d'auteur américain selon la lettre";
const PICKED_ANSWER = 'depuis près de 250 ans';

export interface Throughput {
  perSecond: number;
  latency: Latency;
  /** CPU time the bot instances spent per command (all instances together), ms. */
  botCpuMsPerCommand: number;
  /** Share of one core the bench process (client, load balancer, both fakes) used while it ran. */
  benchCpuShare: number;
}

export interface HttpInstancesBenchResult {
  discord: { one: Throughput; three: Throughput };
  slack: { one: Throughput; three: Throughput };
  crossInstance: { discord: boolean; slack: boolean };
}

interface Instance {
  child: ChildProcess;
  base: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startInstance(dir: string, index: number, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', ...env, LETTERBOT_HTTP_PORT: String(port), LETTERBOT_DB: path.join(dir, `instance-${index}.db`) },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/readyz`)).status === 200, 60_000, `instance ${index + 1} /readyz`);
  return { child, base };
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => instance.child.once('exit', () => resolve()));
  instance.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
}

/** `count` commands, `concurrency` at a time (`send` picks the instance), with the CPU the instances and the bench used. */
async function drive(count: number, concurrency: number, instances: readonly Instance[], send: (i: number) => Promise<number>): Promise<Throughput> {
  const samples: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) samples.push(await send(next++));
  };
  const botCpu = (): number => instances.reduce((sum, instance) => sum + procCpuMs(instance.child.pid), 0);
  const botBefore = botCpu();
  const benchBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const bench = process.cpuUsage(benchBefore);
  return {
    perSecond: count / (wallMs / 1000),
    latency: summarise(samples),
    botCpuMsPerCommand: (botCpu() - botBefore) / count,
    benchCpuShare: (bench.user + bench.system) / 1000 / wallMs,
  };
}

function merge(x: Throughput, y: Throughput): Throughput {
  return {
    perSecond: (x.perSecond + y.perSecond) / 2,
    latency: { p50Us: (x.latency.p50Us + y.latency.p50Us) / 2, p99Us: Math.max(x.latency.p99Us, y.latency.p99Us), samples: x.latency.samples + y.latency.samples },
    botCpuMsPerCommand: (x.botCpuMsPerCommand + y.botCpuMsPerCommand) / 2,
    benchCpuShare: (x.benchCpuShare + y.benchCpuShare) / 2,
  };
}

interface Buttonish {
  label?: string;
  custom_id?: string;
}

/** Discord: /ask on instance A → "did you mean" → the long question's button pressed on instance B → that answer. */
async function discordCrossInstance(fake: FakeDiscord, key: KeyObject, a: string, b: string): Promise<boolean> {
  const first = await fake.postInteraction(`${a}/discord/interactions`, fake.chatInput({ name: 'ask', options: { question: CLARIFY_QUESTION }, locale: 'fr' }), { signWith: key });
  const rows = ((first.body as { data?: { components?: { components?: Buttonish[] }[] } }).data?.components ?? []) as { components?: Buttonish[] }[];
  const pick = rows.flatMap((r) => r.components ?? []).find((c) => c.label === PICKED_QUESTION);
  const message = fake.originalMessage(first.id);
  if (!pick?.custom_id || !message) return false;
  const press = await fake.postInteraction(`${b}/discord/interactions`, fake.button({ customId: pick.custom_id, messageId: message.id, locale: 'fr' }), { signWith: key });
  if (press.status !== 200) return false;
  const answer = press.body as { type: number; data?: { embeds?: { description?: string }[] } };
  if (answer.type === 7) return (answer.data?.embeds?.[0]?.description ?? '').includes(PICKED_ANSWER);
  // Deferred (a busy machine): the answer is edited in through the webhook.
  await until(async () => (fake.message(message.id)?.embeds[0]?.description ?? '').includes(PICKED_ANSWER), 10_000, 'the deferred button answer');
  return true;
}

/** Slack: /ask on instance A → "did you mean" blocks → a choice button pressed on instance B → that answer. */
async function slackCrossInstance(fake: FakeSlack, a: string, b: string): Promise<boolean> {
  const asked = fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'cross-ask', 20_000);
  await fake.sendToApp(`${a}/slack/events`, slashCommandBody({ command: '/ask', text: CLARIFY_QUESTION, responseUrl: fake.responseUrl('cross-ask') }));
  const blocks = ((await asked).body['blocks'] ?? []) as { type: string; elements?: { action_id?: string; value?: string; text?: { text?: string } }[] }[];
  const button = blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : [])).find((e) => e.text?.text === PICKED_QUESTION);
  if (!button?.action_id || !button.value) return false;
  const answered = fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'cross-press', 20_000);
  await fake.sendToApp(`${b}/slack/events`, blockActionsBody({ actionId: button.action_id, value: button.value, responseUrl: fake.responseUrl('cross-press'), blocks }));
  return JSON.stringify((await answered).body).includes(PICKED_ANSWER);
}

export async function benchHttpInstances(n = 4000, concurrency = 12, options: { print?: (line: string) => void } = {}): Promise<HttpInstancesBenchResult> {
  const print = options.print ?? write;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const discord = await FakeDiscord.start();
  const slack = await FakeSlack.start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-bench-instances-'));
  const env = {
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: slack.signingSecret,
    SLACK_API_URL: slack.apiUrl,
    LETTERBOT_DATA_DIR: path.join(ROOT, 'data'),
    LETTERBOT_LOG_LEVEL: 'info',
  };
  const instances: Instance[] = [];
  // The load balancer's connections to the instances, kept alive as a real one keeps them.
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let sequence = 0;

  const discordTo = (targets: readonly Instance[]) => async (i: number): Promise<number> => {
    const query = DISCORD_QUERIES[i % DISCORD_QUERIES.length]!;
    const delivery = await discord.postInteraction(`${targets[i % targets.length]!.base}/discord/interactions`, discord.chatInput(query), { signWith: privateKey });
    if (delivery.status !== 200) throw new Error(`/discord/interactions answered ${delivery.status}`);
    return (delivery.answeredAt - delivery.sentAt) * 1e6;
  };
  const slackTo = (targets: readonly Instance[]) => async (i: number): Promise<number> => {
    const query = SLACK_QUERIES[i % SLACK_QUERIES.length]!;
    const id = `bench-${sequence++}`;
    const body = slashCommandBody({ ...query, userId: `U0BENCH${i % 200}`, responseUrl: slack.responseUrl(id) });
    const answered = slack.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id, 60_000);
    const sentAt = performance.now();
    const ack = await postToApp(`${targets[i % targets.length]!.base}/slack/events`, body, signSlackRequest(slack.signingSecret, body), { agent });
    if (ack.status !== 200) throw new Error(`/slack/events answered ${ack.status}`);
    await answered;
    return (performance.now() - sentAt) * 1e6;
  };
  const measure = async (send: (i: number) => Promise<number>, count: number): Promise<Throughput> => {
    const result = await drive(count, concurrency, instances, send);
    discord.httpDeliveries.length = 0;
    discord.clearRequests();
    slack.clearCalls();
    return result;
  };

  let result: HttpInstancesBenchResult;
  try {
    for (let i = 0; i < 3; i++) instances.push(await startInstance(dir, i, env));
    const crossInstance = {
      discord: await discordCrossInstance(discord, privateKey, instances[0]!.base, instances[1]!.base),
      slack: await slackCrossInstance(slack, instances[0]!.base, instances[1]!.base),
    };
    if (!crossInstance.discord || !crossInstance.slack) throw new Error(`a button drawn by one instance was not answered by another: ${JSON.stringify(crossInstance)}`);
    const one = instances.slice(0, 1);
    // Warm every instance up on both platforms.
    await measure(discordTo(instances), Math.min(300, n));
    await measure(slackTo(instances), Math.min(300, n));
    // Halves in A-B-B-A order so neither side gets the warmer half of the run.
    const half = Math.max(1, Math.floor(n / 2));
    const d1a = await measure(discordTo(one), half);
    const d3a = await measure(discordTo(instances), half);
    const d3b = await measure(discordTo(instances), half);
    const d1b = await measure(discordTo(one), half);
    const s1a = await measure(slackTo(one), half);
    const s3a = await measure(slackTo(instances), half);
    const s3b = await measure(slackTo(instances), half);
    const s1b = await measure(slackTo(one), half);
    result = {
      discord: { one: merge(d1a, d1b), three: merge(d3a, d3b) },
      slack: { one: merge(s1a, s1b), three: merge(s3a, s3b) },
      crossInstance,
    };
  } finally {
    await Promise.all(instances.map(stopInstance));
    agent.destroy();
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  }

  const ms = (us: number): string => formatNumber(us / 1000, 2);
  const row = (endpoint: string, count: number, t: Throughput, base: Throughput): string[] => [
    endpoint,
    String(count),
    formatNumber(t.perSecond, 0),
    `${formatNumber(t.perSecond / base.perSecond, 2)}×`,
    ms(t.latency.p50Us),
    ms(t.latency.p99Us),
    formatNumber(t.botCpuMsPerCommand, 2),
    formatNumber(1000 / t.botCpuMsPerCommand, 0),
    `${formatNumber(t.benchCpuShare * 100, 0)} %`,
  ];
  print('');
  print(
    `Commands per second across instances: ${n} commands per row, ${concurrency} in flight, round-robin over the instances' ports; ` +
      `each instance a node dist/src/main.js child in HTTP mode (logging at info); fakes and client in the bench process; ${os.cpus().length} CPU cores, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  print('');
  print(
    markdownTable(
      ['endpoint', 'instances', 'commands/s', '× one', 'p50 ms', 'p99 ms', 'bot CPU ms/command', 'commands per bot CPU-second', 'bench process CPU'],
      [
        row('/discord/interactions', 1, result.discord.one, result.discord.one),
        row('/discord/interactions', 3, result.discord.three, result.discord.one),
        row('/slack/events (→ response_url)', 1, result.slack.one, result.slack.one),
        row('/slack/events (→ response_url)', 3, result.slack.three, result.slack.one),
      ],
    ),
  );
  print('');
  print(
    'Bot CPU is the instances\' own CPU time (/proc) per command: on a machine with a core per instance, three instances answer up to three times ' +
      '"commands per bot CPU-second"; the bench process (client, load balancer and both fakes, one thread) shares the same cores.',
  );
  print(`A "did you mean" drawn by instance 1 and pressed on instance 2: Discord ${result.crossInstance.discord ? 'answered' : 'FAILED'}, Slack ${result.crossInstance.slack ? 'answered' : 'FAILED'}.`);
  return result;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 4000);
  const c = Number(process.argv[3] ?? 12);
  benchHttpInstances(Number.isInteger(n) && n > 1 ? n : 4000, Number.isInteger(c) && c > 0 ? c : 12).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
