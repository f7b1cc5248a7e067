/**
 * Slack slash-command round trip (signed HTTP request → ack response) for letterbot beside a bare Bolt app
 * whose one command acks a fixed string, in the same run, alternating request by request.
 *
 * The client runs in a worker thread, as Slack runs on other machines: it times request → ack while the
 * apps (and FakeSlack) run on the main thread. letterbot is asked `/signatory cate blanchett`: it acks empty
 * at once, then answers through the response_url; that answer is not timed, but the next request waits for
 * it (its one log line per request), so no request is measured while the previous one is still being worked on.
 *
 *   node dist/bench/slack.js [requests]
 */
import { Agent } from 'node:http';
import { Writable } from 'node:stream';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import pino from 'pino';
import { createDispatcher } from '../src/app';
import { startSlack } from '../src/adapters/slack/index';
import { FakeSlack, postToApp, signSlackRequest, slashCommandBody } from '../test/helpers/fake-slack';
import { startFloorSlackApp } from '../test/helpers/slack-floor';
import { collectGarbage, formatNumber, markdownTable, percentile, write } from './measure';

/** Request → ack latency in milliseconds. */
export interface LatencySummary {
  p50: number;
  p99: number;
}

export interface SlackBenchResult {
  letterbot: LatencySummary;
  floor: LatencySummary;
  /** letterbot p50 / bare Bolt p50 (goal ≤ 1.1). */
  ratio: number;
}

function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

export async function benchSlack(n = 2000, options: { warmup?: number; print?: (line: string) => void } = {}): Promise<SlackBenchResult> {
  const print = options.print ?? write;
  const fake = await FakeSlack.start();
  // Real logging at info, to a sink that notices the one line per request (the handler's last act).
  let requestDone: (() => void) | undefined;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (chunk.includes('"msg":"slack request"')) requestDone?.();
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const letterbot = await startSlack({
    config: { mode: 'http', botToken: fake.botToken, signingSecret: fake.signingSecret, port: 0, apiUrl: fake.apiUrl },
    dispatcher: createDispatcher({ logger }),
    logger,
    host: '127.0.0.1',
    retries: 0,
  });
  const floor = await startFloorSlackApp(fake);
  const letterbotUrl = `http://127.0.0.1:${letterbot.port ?? 0}/slack/events`;
  const client = new BenchClient();

  let sequence = 0;
  const timeLetterbot = async (): Promise<number> => {
    const id = `bench-${sequence++}`;
    const body = slashCommandBody({ command: '/signatory', text: 'cate blanchett', responseUrl: fake.responseUrl(id) });
    const finished = new Promise<void>((resolve) => (requestDone = resolve));
    const { elapsed, status } = await client.post('letterbot', letterbotUrl, body, signSlackRequest(fake.signingSecret, body));
    if (status !== 200) throw new Error(`letterbot answered ${status}`);
    await finished;
    // Let the handler unwind (its promise, the response_url connection) before the next request.
    await new Promise((resolve) => setImmediate(resolve));
    if (fake.responseUrlUses(id) !== 1) throw new Error('letterbot did not answer through the response_url');
    fake.clearCalls();
    return elapsed;
  };
  const timeFloor = async (): Promise<number> => {
    const body = slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl() });
    const { elapsed, status, text } = await client.post('floor', floor.url, body, signSlackRequest(fake.signingSecret, body));
    if (status !== 200 || text !== 'pong') throw new Error(`floor answered ${status}`);
    return elapsed;
  };

  const samples = { letterbot: [] as number[], floor: [] as number[] };
  try {
    const warmup = options.warmup ?? Math.min(200, n);
    for (let i = 0; i < warmup; i++) {
      await timeLetterbot();
      await timeFloor();
    }
    collectGarbage();
    for (let i = 0; i < n; i++) {
      // Alternate which goes first so neither always follows the other's work.
      if (i % 2 === 0) {
        samples.letterbot.push(await timeLetterbot());
        samples.floor.push(await timeFloor());
      } else {
        samples.floor.push(await timeFloor());
        samples.letterbot.push(await timeLetterbot());
      }
    }
  } finally {
    await client.close();
    await letterbot.stop();
    await floor.stop();
    await fake.close();
  }

  const result: SlackBenchResult = { letterbot: summarize(samples.letterbot), floor: summarize(samples.floor), ratio: 0 };
  result.ratio = result.letterbot.p50 / result.floor.p50;
  const ms = (v: number): string => formatNumber(v, 3);
  print(`Slack slash command, signed HTTP request → ack, ${n} requests each (ms; client in a worker thread)`);
  print(
    markdownTable(
      ['app', 'p50', 'p99'],
      [
        ['letterbot (/signatory cate blanchett)', ms(result.letterbot.p50), ms(result.letterbot.p99)],
        ['bare Bolt (/ping acks "pong")', ms(result.floor.p50), ms(result.floor.p99)],
        ['ratio', `${formatNumber(result.ratio, 2)}×`, `${formatNumber(result.letterbot.p99 / result.floor.p99, 2)}×`],
      ],
    ),
  );
  print(`goal: p50 ratio ≤ 1.10× → ${result.ratio <= 1.1 ? 'met' : 'missed'}`);
  return result;
}

interface ClientRequest {
  id: number;
  target: 'letterbot' | 'floor';
  url: string;
  body: string;
  headers: Record<string, string>;
}

interface ClientResponse {
  id: number;
  elapsed: number;
  status: number;
  text: string;
  error?: string;
}

const CLIENT_ROLE = 'letterbot-slack-bench-client';

/** The timing client, in a worker thread (this same file): one keep-alive connection per app. */
class BenchClient {
  private readonly worker = new Worker(__filename, { workerData: { role: CLIENT_ROLE } });
  private readonly pending = new Map<number, (response: ClientResponse) => void>();
  private next = 0;

  constructor() {
    this.worker.on('message', (response: ClientResponse) => {
      this.pending.get(response.id)?.(response);
      this.pending.delete(response.id);
    });
  }

  async post(target: ClientRequest['target'], url: string, body: string, headers: Record<string, string>): Promise<ClientResponse> {
    const id = this.next++;
    const response = await new Promise<ClientResponse>((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, target, url, body, headers } satisfies ClientRequest);
    });
    if (response.error) throw new Error(`bench client: ${response.error}`);
    return response;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function runClient(): void {
  const agents = { letterbot: new Agent({ keepAlive: true, maxSockets: 1 }), floor: new Agent({ keepAlive: true, maxSockets: 1 }) };
  parentPort?.on('message', (request: ClientRequest) => {
    const t0 = process.hrtime.bigint();
    postToApp(request.url, request.body, request.headers, { agent: agents[request.target] }).then(
      (res) => parentPort?.postMessage({ id: request.id, elapsed: Number(process.hrtime.bigint() - t0) / 1e6, status: res.status, text: res.text } satisfies ClientResponse),
      (error: unknown) => parentPort?.postMessage({ id: request.id, elapsed: 0, status: 0, text: '', error: (error as Error).message } satisfies ClientResponse),
    );
  });
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === CLIENT_ROLE) {
  runClient();
} else if (require.main === module) {
  const n = Number(process.argv[2] ?? 2000);
  benchSlack(Number.isInteger(n) && n > 0 ? n : 2000).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
