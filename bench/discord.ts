/**
 * Discord interaction → callback latency, letterbot beside a bare discord.js client that answers a fixed
 * string (the floor), in the same run, alternating interaction by interaction (and which goes first).
 *
 * Each bot has its own loopback FakeDiscord (a fake delivers every interaction to every connected client).
 * Latency = the fake writing INTERACTION_CREATE on the gateway → the callback POST arriving at the fake, both
 * `performance.now()` in this process. letterbot answers real commands (signatory, timeline, ask, in turn) with
 * real logging at info; the next interaction waits for its one log line, so no two overlap.
 *
 *   node dist/bench/discord.js [interactions]
 */
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startDiscord } from '../src/adapters/discord';
import { createDispatcher } from '../src/app';
import { startFloorBot } from '../test/helpers/discord-floor';
import { FakeDiscord, type ChatInputOptions } from '../test/helpers/fake-discord';
import { formatNumber, markdownTable, summarise, write, type Latency } from './measure';

export interface DiscordBenchResult {
  letterbot: Latency;
  floor: Latency;
  byCommand: Record<string, Latency>;
  /** Time inside `dispatcher.dispatch` (the core: validation, search, wording), per interaction. */
  dispatch: Latency;
  /** Callback latency minus the core's dispatch time: what the adapter and discord.js add. */
  adapter: Latency;
  /** letterbot p99 − floor p99, in ms (the measure). */
  overheadP99Ms: number;
  /** adapter p99 − floor p99, in ms (the Discord adapter's own share). */
  adapterOverheadP99Ms: number;
}

/** What letterbot is asked, in turn: a typo'd lookup, the first timeline page (buttons), a sourced answer. */
const QUERIES: readonly ChatInputOptions[] = [
  { name: 'signatory', options: { name: 'cate blanchet' } },
  { name: 'timeline' },
  { name: 'ask', options: { question: 'how many people signed?' }, locale: 'fr' },
  { name: 'signatory', options: { name: 'Paul' } },
];

export const OVERHEAD_GOAL_MS = 5;

export async function benchDiscord(
  n = 2000,
  options: { warmup?: number; print?: (line: string) => void; queries?: readonly ChatInputOptions[] } = {},
): Promise<DiscordBenchResult> {
  const print = options.print ?? write;
  const queries = options.queries ?? QUERIES;
  const botFake = await FakeDiscord.start();
  const floorFake = await FakeDiscord.start();
  let logged: (() => void) | undefined;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (chunk.includes('"msg":"discord interaction"')) logged?.();
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const dispatcher = createDispatcher({ logger });
  // Time the core's share of each interaction, to tell it apart from the adapter's.
  let dispatchMs = 0;
  const dispatch = dispatcher.dispatch.bind(dispatcher);
  dispatcher.dispatch = async (request) => {
    const t0 = performance.now();
    try {
      return await dispatch(request);
    } finally {
      dispatchMs = performance.now() - t0;
    }
  };
  const bot = await startDiscord({ config: { token: botFake.token, appId: botFake.applicationId, guildId: undefined, apiUrl: botFake.apiUrl }, dispatcher, logger });
  const floor = await startFloorBot(floorFake);

  let turn = 0;
  const timeLetterbot = async (): Promise<{ command: string; ms: number; dispatchMs: number }> => {
    const query = queries[turn++ % queries.length]!;
    const done = new Promise<void>((resolve) => (logged = resolve));
    const sent = botFake.sendInteraction(botFake.chatInput(query));
    const callback = await botFake.waitForCallback(sent.id);
    await done;
    if (callback.status !== 204) throw new Error(`letterbot's callback got ${callback.status}`);
    botFake.clearRequests();
    return { command: query.name, ms: callback.at - sent.sentAt, dispatchMs };
  };
  const timeFloor = async (): Promise<number> => {
    const sent = floorFake.sendInteraction(floorFake.chatInput({ name: 'ping' }));
    const callback = await floorFake.waitForCallback(sent.id);
    if (callback.status !== 204) throw new Error(`the floor's callback got ${callback.status}`);
    // Let the floor's reply promise settle before the next interaction, as letterbot's log line does.
    await new Promise((resolve) => setImmediate(resolve));
    floorFake.clearRequests();
    return callback.at - sent.sentAt;
  };

  const samples = { letterbot: [] as number[], floor: [] as number[], dispatch: [] as number[], adapter: [] as number[], byCommand: new Map<string, number[]>() };
  const record = (r: { command: string; ms: number; dispatchMs: number }): void => {
    samples.letterbot.push(r.ms * 1e6);
    samples.dispatch.push(r.dispatchMs * 1e6);
    samples.adapter.push((r.ms - r.dispatchMs) * 1e6);
    const list = samples.byCommand.get(r.command) ?? [];
    list.push(r.ms * 1e6);
    samples.byCommand.set(r.command, list);
  };
  try {
    const warmup = options.warmup ?? Math.min(200, n);
    for (let i = 0; i < warmup; i++) {
      await timeLetterbot();
      await timeFloor();
    }
    turn = 0;
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) {
        record(await timeLetterbot());
        samples.floor.push((await timeFloor()) * 1e6);
      } else {
        samples.floor.push((await timeFloor()) * 1e6);
        record(await timeLetterbot());
      }
    }
    if (floor.errors.length > 0) throw new Error(`the floor bot failed ${floor.errors.length} times`);
  } finally {
    await bot.stop();
    await floor.stop();
    await botFake.close();
    await floorFake.close();
  }

  const result: DiscordBenchResult = {
    letterbot: summarise(samples.letterbot),
    floor: summarise(samples.floor),
    byCommand: Object.fromEntries([...samples.byCommand].map(([name, list]) => [name, summarise(list)])),
    dispatch: summarise(samples.dispatch),
    adapter: summarise(samples.adapter),
    overheadP99Ms: 0,
    adapterOverheadP99Ms: 0,
  };
  result.overheadP99Ms = (result.letterbot.p99Us - result.floor.p99Us) / 1000;
  result.adapterOverheadP99Ms = (result.adapter.p99Us - result.floor.p99Us) / 1000;
  const ms = (us: number): string => formatNumber(us / 1000, 2);
  print('');
  print(`Discord interaction → callback, loopback fake (${n} interactions each, alternating; ms)`);
  print('');
  print(
    markdownTable(
      ['bot', 'p50', 'p99'],
      [
        ['letterbot (all)', ms(result.letterbot.p50Us), ms(result.letterbot.p99Us)],
        ...Object.entries(result.byCommand).map(([name, l]) => [`  /${name}`, ms(l.p50Us), ms(l.p99Us)]),
        ['  of which core dispatch', ms(result.dispatch.p50Us), ms(result.dispatch.p99Us)],
        ['  of which adapter + discord.js', ms(result.adapter.p50Us), ms(result.adapter.p99Us)],
        ['bare discord.js (floor)', ms(result.floor.p50Us), ms(result.floor.p99Us)],
      ],
    ),
  );
  const verdict = (v: number): string => (v < OVERHEAD_GOAL_MS ? 'goal met' : 'GOAL MISSED');
  print(`overhead p99 = ${formatNumber(result.overheadP99Ms, 2)} ms above the floor (goal < ${OVERHEAD_GOAL_MS} ms: ${verdict(result.overheadP99Ms)})`);
  print(`adapter's own overhead p99 (without core dispatch) = ${formatNumber(result.adapterOverheadP99Ms, 2)} ms above the floor (${verdict(result.adapterOverheadP99Ms)})`);
  return result;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 2000);
  benchDiscord(Number.isInteger(n) && n > 0 ? n : 2000).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
