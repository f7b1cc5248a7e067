/**
 * `npm run bench -- slack`, second part: the bot's resident memory (RSS) under sequential signed Slack slash
 * commands (issue 13: the plateau was about 295 MB; goal < 150 MB).
 *
 * The bot runs alone in a child process, as `npm start` runs it (`node dist/src/main.js` with Slack HTTP-mode
 * settings, logging at info to a pipe this process drains), against the loopback FakeSlack, so its RSS is its own.
 * Requests go one at a time: each waits for the previous answer to reach the fake's response_url. Payloads look
 * like Slack's: a fresh trigger_id and response_url each (Slack's are ~90 characters), 200 users, a few queries.
 * RSS is read from /proc/<pid>/status (VmRSS) every 250 requests; the plateau is the highest sample over the
 * last half of the run (the process no longer grows there).
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
import { formatNumber, markdownTable, rssMb, write } from './measure';

const DIST = path.resolve(__dirname, '..');
const ROOT = path.resolve(DIST, '..');
const MAIN = path.join(DIST, 'src', 'main.js');

export const SLACK_MEMORY_GOAL_MB = 150;
export const DEFAULT_SLACK_MEMORY_REQUESTS = 25_000;
const SAMPLE_EVERY = 250;
const QUERIES = ['cate blanchett', 'ben stiller', 'paul mccartney', 'natalie portman', 'chloé zhao', 'guillermo del toro'];
const USERS = 200;

export interface SlackMemoryResult {
  requests: number;
  idleMb: number;
  plateauMb: number;
  peakMb: number;
  /** [requests done, RSS MB] every SAMPLE_EVERY requests. */
  samples: [number, number][];
  seconds: number;
}


async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startBot(fake: FakeSlack, port: number, dir: string): Promise<ChildProcess> {
  const bot = spawn(process.execPath, [MAIN], {
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
  return new Promise((resolve, reject) => {
    let tail = '';
    const timer = setTimeout(() => fail(new Error(`the bot did not start in 30 s: ${tail.slice(-500)}`)), 30_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      bot.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      tail = (tail + chunk.toString()).slice(-4000);
      if (tail.includes('letterbot is serving')) {
        clearTimeout(timer);
        // Keep draining (one log line per request), without keeping it.
        bot.stderr!.off('data', onData);
        bot.stderr!.resume();
        resolve(bot);
      }
    };
    bot.stderr!.on('data', onData);
    bot.once('exit', (code) => fail(new Error(`the bot exited (${code}) before serving: ${tail.slice(-500)}`)));
  });
}

export async function benchSlackMemory(requests = DEFAULT_SLACK_MEMORY_REQUESTS, print: (line: string) => void = write): Promise<SlackMemoryResult> {
  const fake = await FakeSlack.start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-slack-memory-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bot = await startBot(fake, port, dir);
  const pid = bot.pid!;
  const samples: [number, number][] = [];
  const started = process.hrtime.bigint();
  try {
    // Idle: after start, before any request (a second to settle).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleMb = rssMb(pid);
    samples.push([0, idleMb]);
    for (let i = 1; i <= requests; i++) {
      // Slack's response_url: https://hooks.slack.com/commands/T…/<13 digits>/<24 characters>.
      const id = `T0FAKETEAM-${String(1_700_000_000_000 + i)}-${randomBytes(12).toString('hex')}`;
      const body = slashCommandBody({
        command: '/signatory',
        text: QUERIES[i % QUERIES.length]!,
        userId: `U0USER${String(i % USERS).padStart(4, '0')}`,
        responseUrl: fake.responseUrl(id),
      });
      const answered = fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id, 30_000);
      const res = await postToApp(url, body, signSlackRequest(fake.signingSecret, body), { agent });
      if (res.status !== 200) throw new Error(`the bot answered ${res.status} to request ${i}`);
      await answered;
      fake.clearCalls();
      if (i % SAMPLE_EVERY === 0 || i === requests) samples.push([i, rssMb(pid)]);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const lastHalf = samples.filter(([n]) => n >= requests / 2).map(([, mb]) => mb);
    const result: SlackMemoryResult = {
      requests,
      idleMb,
      plateauMb: Math.max(...lastHalf),
      peakMb: Math.max(...samples.map(([, mb]) => mb)),
      samples,
      seconds,
    };
    const mb = (v: number): string => `${formatNumber(v, 0)} MB`;
    const at = (fraction: number): [number, number] => samples.find(([n]) => n >= requests * fraction) ?? samples[samples.length - 1]!;
    print(`Slack bot RSS under ${formatNumber(requests, 0)} sequential signed slash commands (bot alone in a child process; ${formatNumber(seconds, 0)} s)`);
    print(
      markdownTable(
        ['point', 'RSS'],
        [
          ['idle (started, no request yet)', mb(idleMb)],
          ...[0.1, 0.25, 0.5, 0.75, 1].map((f): [string, string] => {
            const [n, v] = at(f);
            return [`after ${formatNumber(n, 0)} requests`, mb(v)];
          }),
          ['peak', mb(result.peakMb)],
          ['plateau (highest over the last half)', mb(result.plateauMb)],
        ],
      ),
    );
    print(`goal: plateau < ${SLACK_MEMORY_GOAL_MB} MB → ${result.plateauMb < SLACK_MEMORY_GOAL_MB ? 'met' : `missed by ${formatNumber(result.plateauMb - SLACK_MEMORY_GOAL_MB, 0)} MB`}`);
    return result;
  } finally {
    agent.destroy();
    if (bot.exitCode === null) {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      const timer = setTimeout(() => bot.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? DEFAULT_SLACK_MEMORY_REQUESTS);
  benchSlackMemory(Number.isInteger(n) && n > 0 ? n : DEFAULT_SLACK_MEMORY_REQUESTS).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
