/**
 * Commands per second through Discord's HTTP interactions mode: the loopback FakeDiscord POSTs signed
 * interactions to letterbot's `/discord/interactions` (signature check, real dispatcher and data, real logging at
 * info), `concurrency` at a time, and reads each answer. Beside it, in the same run and the same way, a floor: a
 * bare node:http server that checks the same signature and answers a fixed message, so the difference is
 * letterbot's own work (parse, dispatch, render). The same endpoint across one and three bot processes, with
 * Slack's `/slack/events` beside it, is `bench/http-instances.ts` (`npm run bench -- instances`).
 *
 *   node dist/bench/discord-http.js [interactions] [concurrency]
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import pino from 'pino';
import { discordPublicKey, verifyDiscordSignature } from '../src/adapters/discord/http';
import { createDispatcher } from '../src/app';
import { startHttp } from '../src/http-server';
import { FakeDiscord, type ChatInputOptions } from '../test/helpers/fake-discord';
import { formatNumber, markdownTable, summarise, write, type Latency } from './measure';

const QUERIES: readonly ChatInputOptions[] = [
  { name: 'signatory', options: { name: 'cate blanchet' } },
  { name: 'timeline' },
  { name: 'ask', options: { question: 'how many people signed?' }, locale: 'fr' },
  { name: 'signatory', options: { name: 'Paul' } },
];

export interface DiscordHttpBenchResult {
  letterbot: { perSecond: number; latency: Latency };
  floor: { perSecond: number; latency: Latency };
}

export async function benchDiscordHttp(n = 3000, concurrency = 8, options: { print?: (line: string) => void } = {}): Promise<DiscordHttpBenchResult> {
  const print = options.print ?? write;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const fake = await FakeDiscord.start();
  const logger = pino({ level: 'info' }, new Writable({ write: (_chunk, _encoding, done) => done() }));
  const dispatcher = createDispatcher({ logger });
  const http = (await startHttp({
    config: { http: { port: 0 }, discord: { token: fake.token, appId: fake.applicationId, guildId: undefined, apiUrl: fake.apiUrl, publicKey: publicHex } },
    dispatcher,
    logger,
    host: '127.0.0.1',
  }))!;
  // The floor: the same signature check, a fixed answer.
  const key = discordPublicKey(publicHex);
  const floorBody = JSON.stringify({ type: 4, data: { content: 'pong', allowed_mentions: { parse: [] } } });
  const floor = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const ok = verifyDiscordSignature(key, req.headers['x-signature-ed25519'] as string, req.headers['x-signature-timestamp'] as string, Buffer.concat(chunks));
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(ok ? floorBody : '{}');
    });
  });
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
  const letterbotUrl = `http://127.0.0.1:${http.port}/discord/interactions`;
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}/discord/interactions`;

  const run = async (url: string, count: number): Promise<{ perSecond: number; latency: Latency }> => {
    const samples: number[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < count) {
        const query = QUERIES[next++ % QUERIES.length]!;
        const delivery = await fake.postInteraction(url, fake.chatInput(query), { signWith: privateKey });
        if (delivery.status !== 200) throw new Error(`${url} answered ${delivery.status}`);
        samples.push((delivery.answeredAt - delivery.sentAt) * 1e6);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    fake.httpDeliveries.length = 0;
    fake.clearRequests();
    return { perSecond: count / seconds, latency: summarise(samples) };
  };

  let result: DiscordHttpBenchResult;
  try {
    await run(letterbotUrl, Math.min(300, n));
    await run(floorUrl, Math.min(300, n));
    // Alternate halves so neither side gets the warmer half of the run.
    const a1 = await run(letterbotUrl, n / 2);
    const f1 = await run(floorUrl, n / 2);
    const f2 = await run(floorUrl, n / 2);
    const a2 = await run(letterbotUrl, n / 2);
    const merge = (x: typeof a1, y: typeof a1) => ({
      perSecond: (x.perSecond + y.perSecond) / 2,
      latency: { p50Us: (x.latency.p50Us + y.latency.p50Us) / 2, p99Us: Math.max(x.latency.p99Us, y.latency.p99Us), samples: x.latency.samples + y.latency.samples },
    });
    result = { letterbot: merge(a1, a2), floor: merge(f1, f2) };
  } finally {
    await http.stop();
    await new Promise<void>((resolve) => floor.close(() => resolve()));
    await fake.close();
  }
  const ms = (us: number): string => formatNumber(us / 1000, 2);
  print('');
  print(`Discord HTTP interactions: signed POST → answer, loopback fake, ${n} interactions each, ${concurrency} in flight, one process`);
  print('');
  print(
    markdownTable(
      ['endpoint', 'commands/s', 'p50 ms', 'p99 ms'],
      [
        ['letterbot /discord/interactions', formatNumber(result.letterbot.perSecond, 0), ms(result.letterbot.latency.p50Us), ms(result.letterbot.latency.p99Us)],
        ['floor (signature check + fixed answer)', formatNumber(result.floor.perSecond, 0), ms(result.floor.latency.p50Us), ms(result.floor.latency.p99Us)],
      ],
    ),
  );
  return result;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 3000);
  const c = Number(process.argv[3] ?? 8);
  benchDiscordHttp(Number.isInteger(n) && n > 1 ? n : 3000, Number.isInteger(c) && c > 0 ? c : 8).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
