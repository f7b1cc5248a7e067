/**
 * `npm run bench -- slack`, second part: the bot's resident memory (RSS) under sequential signed Slack slash
 * commands (issue 13: the plateau was about 295 MB; goal < 150 MB), and what its V8 settings cost in speed.
 *
 * Two bots run side by side, each alone in its child process against the loopback FakeSlack, in Slack HTTP mode,
 * logging at info to a pipe this process drains: "npm start" with the node flags of package.json's `start` script
 * (what a user runs), and "no flags" (`node dist/src/main.js`, V8's defaults), the before/after in the same run.
 * `--slack-node-flags="…"` adds a third with other flags. Requests go one at a time, alternating between the bots
 * (so a busy machine slows both alike); each waits for the previous answer to reach the fake's response_url.
 * Payloads look like Slack's: a fresh trigger_id and response_url each, 200 users, a few queries.
 * RSS is read from /proc/<pid>/status (VmRSS) every 250 requests; the plateau is the highest sample over the last
 * half of the run (the process no longer grows there). Speed: request → ack (the HTTP 200) and request → answer
 * (the response_url POST received), p50 and p99, and answers per second of that bot's own time.
 * `--slack-memory-breakdown` preloads `memory-probe-preload.js` and prints where each bot's memory is at the end.
 *
 *   node dist/bench/slack-memory.js [requests]      (default 25,000; 80,000 reproduces issue 13's run)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FakeSlack, postToApp, signSlackRequest, slashCommandBody } from '../test/helpers/fake-slack';
import { formatNumber, markdownTable, percentile, rssMb, startScriptFlags, write } from './measure';
import { MEMORY_PROBE_MARKER, type MemoryBreakdown } from './memory-probe';

const DIST = path.resolve(__dirname, '..');
const ROOT = path.resolve(DIST, '..');
const MAIN = path.join(DIST, 'src', 'main.js');
const PROBE = path.join(DIST, 'bench', 'memory-probe-preload.js');

export const SLACK_MEMORY_GOAL_MB = 150;
export const DEFAULT_SLACK_MEMORY_REQUESTS = 25_000;
const SAMPLE_EVERY = 250;
const QUERIES = ['cate blanchett', 'ben stiller', 'paul mccartney', 'natalie portman', 'chloé zhao', 'guillermo del toro'];
const USERS = 200;

export interface SlackMemoryOptions {
  /** Extra node flags for a third bot, beside "npm start" and "no flags". */
  extraFlags?: readonly string[];
  /** Preload the memory probe and print each bot's breakdown at the end. */
  breakdown?: boolean;
}

export interface SlackMemoryVariant {
  label: string;
  nodeFlags: readonly string[];
  idleMb: number;
  plateauMb: number;
  peakMb: number;
  /** [requests done, RSS MB] every SAMPLE_EVERY requests. */
  samples: [number, number][];
  ackMs: { p50: number; p99: number };
  answerMs: { p50: number; p99: number };
  /** Answers per second of this bot's own request time (request sent → answer received, summed). */
  perSecond: number;
  breakdown?: { idle: MemoryBreakdown; end: MemoryBreakdown };
}

export interface SlackMemoryResult {
  requests: number;
  variants: SlackMemoryVariant[];
  seconds: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface RunningBot {
  label: string;
  nodeFlags: readonly string[];
  child: ChildProcess;
  url: string;
  dir: string;
  agent: Agent;
  /** Resolves with the next memory breakdown the probe writes. */
  probes: ((breakdown: MemoryBreakdown) => void)[];
}

async function startBot(fake: FakeSlack, label: string, nodeFlags: readonly string[], breakdown: boolean): Promise<RunningBot> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-slack-memory-'));
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...(breakdown ? ['--require', PROBE] : []), MAIN], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: fake.signingSecret,
      SLACK_PORT: String(port),
      SLACK_API_URL: fake.apiUrl,
      LETTERBOT_DB: path.join(dir, 'letterbot.db'),
      LETTERBOT_DATA_DIR: path.join(ROOT, 'data'),
      LETTERBOT_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const bot: RunningBot = { label, nodeFlags, child, url: `http://127.0.0.1:${port}/slack/events`, dir, agent: new Agent({ keepAlive: true, maxSockets: 1 }), probes: [] };
  await new Promise<void>((resolve, reject) => {
    let tail = '';
    let serving = false;
    const timer = setTimeout(() => fail(new Error(`${label}: the bot did not start in 30 s: ${tail.slice(-500)}`)), 30_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    // Keep draining (one log line per request) and keep only a short tail, to find the start line and probe lines.
    child.stderr!.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-8000);
      for (let at = tail.indexOf(MEMORY_PROBE_MARKER); at >= 0; at = tail.indexOf(MEMORY_PROBE_MARKER)) {
        const end = tail.indexOf('\n', at);
        if (end < 0) break;
        bot.probes.shift()?.(JSON.parse(tail.slice(at + MEMORY_PROBE_MARKER.length, end)) as MemoryBreakdown);
        tail = tail.slice(end + 1);
      }
      if (!serving && tail.includes('letterbot is serving')) {
        serving = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      if (!serving) fail(new Error(`${label}: the bot exited (${code}) before serving: ${tail.slice(-500)}`));
    });
  });
  return bot;
}

function probe(bot: RunningBot): Promise<MemoryBreakdown> {
  const next = new Promise<MemoryBreakdown>((resolve) => bot.probes.push(resolve));
  bot.child.kill('SIGUSR2');
  return next;
}

async function stopBot(bot: RunningBot): Promise<void> {
  bot.agent.destroy();
  if (bot.child.exitCode === null && bot.child.signalCode === null) {
    const exited = new Promise((resolve) => bot.child.once('exit', resolve));
    bot.child.kill('SIGTERM');
    const timer = setTimeout(() => bot.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(bot.dir, { recursive: true, force: true });
}

export async function benchSlackMemory(
  requests = DEFAULT_SLACK_MEMORY_REQUESTS,
  print: (line: string) => void = write,
  options: SlackMemoryOptions = {},
): Promise<SlackMemoryResult> {
  const configs: [string, readonly string[]][] = [
    [`npm start (${startScriptFlags().join(' ') || 'no flags'})`, startScriptFlags()],
    ['no flags (V8 defaults)', []],
    ...(options.extraFlags?.length ? [[options.extraFlags.join(' '), options.extraFlags] as [string, readonly string[]]] : []),
  ];
  const fake = await FakeSlack.start();
  const bots: RunningBot[] = [];
  const started = process.hrtime.bigint();
  try {
    for (const [label, flags] of configs) bots.push(await startBot(fake, label, flags, options.breakdown === true));
    // Idle: after start, before any request (a second to settle).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const runs = await Promise.all(
      bots.map(async (bot) => ({
        samples: [[0, rssMb(bot.child.pid!)]] as [number, number][],
        ackNs: [] as number[],
        answerNs: [] as number[],
        idle: options.breakdown ? await probe(bot) : undefined,
      })),
    );
    for (let i = 1; i <= requests; i++) {
      for (const [b, bot] of bots.entries()) {
        const run = runs[b]!;
        // Slack's response_url: https://hooks.slack.com/commands/T…/<13 digits>/<24 characters>.
        const id = `T0FAKETEAM-${String(1_700_000_000_000 + i)}-${randomBytes(12).toString('hex')}`;
        const body = slashCommandBody({
          command: '/signatory',
          text: QUERIES[i % QUERIES.length]!,
          userId: `U0USER${String(i % USERS).padStart(4, '0')}`,
          responseUrl: fake.responseUrl(id),
        });
        const answered = fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id, 30_000);
        const sent = process.hrtime.bigint();
        const res = await postToApp(bot.url, body, signSlackRequest(fake.signingSecret, body), { agent: bot.agent });
        run.ackNs.push(Number(process.hrtime.bigint() - sent));
        if (res.status !== 200) throw new Error(`${bot.label}: the bot answered ${res.status} to request ${i}`);
        await answered;
        run.answerNs.push(Number(process.hrtime.bigint() - sent));
        fake.clearCalls();
        if (i % SAMPLE_EVERY === 0 || i === requests) run.samples.push([i, rssMb(bot.child.pid!)]);
      }
    }
    const variants: SlackMemoryVariant[] = [];
    for (const [b, bot] of bots.entries()) {
      const run = runs[b]!;
      const lastHalf = run.samples.filter(([n]) => n >= requests / 2).map(([, mb]) => mb);
      const ms = (ns: number[]): { p50: number; p99: number } => {
        const sorted = [...ns].sort((x, y) => x - y);
        return { p50: percentile(sorted, 0.5) / 1e6, p99: percentile(sorted, 0.99) / 1e6 };
      };
      const end = options.breakdown ? await probe(bot) : undefined;
      variants.push({
        label: bot.label,
        nodeFlags: bot.nodeFlags,
        idleMb: run.samples[0]![1],
        plateauMb: Math.max(...lastHalf),
        peakMb: Math.max(...run.samples.map(([, mb]) => mb)),
        samples: run.samples,
        ackMs: ms(run.ackNs),
        answerMs: ms(run.answerNs),
        perSecond: run.answerNs.length / (run.answerNs.reduce((sum, ns) => sum + ns, 0) / 1e9),
        ...(run.idle && end ? { breakdown: { idle: run.idle, end } } : {}),
      });
    }
    const result: SlackMemoryResult = { requests, variants, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
    printResult(result, print);
    return result;
  } finally {
    await Promise.all(bots.map(stopBot));
    await fake.close();
  }
}

function printResult({ requests, variants, seconds }: SlackMemoryResult, print: (line: string) => void): void {
  const mb = (v: number): string => `${formatNumber(v, 0)} MB`;
  const msText = (v: number): string => `${formatNumber(v, 2)} ms`;
  const at = (samples: [number, number][], fraction: number): [number, number] => samples.find(([n]) => n >= requests * fraction) ?? samples[samples.length - 1]!;
  const verdict = (v: SlackMemoryVariant): string => (v.plateauMb < SLACK_MEMORY_GOAL_MB ? 'met' : `missed by ${formatNumber(v.plateauMb - SLACK_MEMORY_GOAL_MB, 0)} MB`);
  print(
    `Slack bot RSS under ${formatNumber(requests, 0)} sequential signed slash commands to each bot (each alone in a child process, ` +
      `requests alternating between them; ${formatNumber(seconds, 0)} s)`,
  );
  print(
    markdownTable(
      ['point', ...variants.map((v) => v.label)],
      [
        ['idle (started, no request yet)', ...variants.map((v) => mb(v.idleMb))],
        ...[0.1, 0.25, 0.5, 0.75, 1].map((f) => [`after ${formatNumber(at(variants[0]!.samples, f)[0], 0)} requests`, ...variants.map((v) => mb(at(v.samples, f)[1]))]),
        ['peak', ...variants.map((v) => mb(v.peakMb))],
        [`plateau (highest over the last half; goal < ${SLACK_MEMORY_GOAL_MB} MB)`, ...variants.map((v) => `${mb(v.plateauMb)}: ${verdict(v)}`)],
        ['request → ack p50 / p99', ...variants.map((v) => `${msText(v.ackMs.p50)} / ${msText(v.ackMs.p99)}`)],
        ['request → answer p50 / p99', ...variants.map((v) => `${msText(v.answerMs.p50)} / ${msText(v.answerMs.p99)}`)],
        ['answers per second (one at a time)', ...variants.map((v) => formatNumber(v.perSecond, 0))],
      ],
    ),
  );
  const withBreakdown = variants.filter((v) => v.breakdown);
  if (withBreakdown.length === 0) return;
  const spaces = (b: MemoryBreakdown): string =>
    Object.entries(b.spaces)
      .map(([name, [used, committed]]) => `${name} ${formatNumber(used, 0)}/${formatNumber(committed, 0)}`)
      .join(', ');
  const rows = (name: string, b: MemoryBreakdown): string[] => [
    name,
    mb(b.rss),
    mb(b.rssFile),
    mb(b.rssAnon),
    `${mb(b.heapUsed)} / ${mb(b.heapCommitted)}`,
    spaces(b),
    `${mb(b.external)} (${mb(b.arrayBuffers)})`,
    mb(b.rssAnon - b.heapCommitted - b.arrayBuffers),
  ];
  print('');
  print('Where the memory is (MB; V8 spaces as used/committed; "other anonymous" = anonymous RSS − V8 heap − ArrayBuffers: malloc, stacks, code outside the heap)');
  print(
    markdownTable(
      ['bot, moment', 'RSS', 'file-backed', 'anonymous', 'V8 heap used / committed', 'V8 spaces', 'external (ArrayBuffers)', 'other anonymous'],
      withBreakdown.flatMap((v) => [rows(`${v.label}, idle`, v.breakdown!.idle), rows(`${v.label}, end`, v.breakdown!.end)]),
    ),
  );
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? DEFAULT_SLACK_MEMORY_REQUESTS);
  benchSlackMemory(Number.isInteger(n) && n > 0 ? n : DEFAULT_SLACK_MEMORY_REQUESTS).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
