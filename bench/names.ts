import Fuse from 'fuse.js';
import { availableParallelism, loadavg } from 'node:os';
import { NameIndex, type NameRecord } from '../src/core/name-index';
import { loadFactBase } from '../src/fact-files';
import { buildCorpus, corpusStats, NameExclusions, syntheticNames, syntheticRecords, typedVariant, type CorpusStats } from './name-corpus';
import { NEGATIVE_QUERIES, REAL_QUERIES, type LabelledQuery } from './name-queries';
import { collectGarbage, formatNumber, markdownTable, seededRandom, summarise, write, type Latency } from './measure';

/**
 * Signatory lookup benchmark (issues 3 and 13): letterbot's NameIndex beside plain fuse.js with default
 * options, on the same names and queries, at 500, 10,000 and 100,000 names: build time, memory kept,
 * latency over every timed call, and accuracy on the labelled queries.
 */

export const CORPUS_SIZES = [500, 10_000, 100_000] as const;
const ABSENT_SYNTHETIC_QUERIES = 20;
/**
 * Timing queries: the real queries plus synthetic ones up to this many (names from the corpus with
 * typos, and a quarter of people absent from every corpus). fuse.js takes about a second per query at
 * 100k names, so this count (≥ 200 for a meaningful p99) sets most of the run time.
 */
const TIMING_QUERY_COUNT = 200;
/** Time budget per side and corpus size for the timed rounds (each side runs at least one full round). */
const LETTERBOT_BUDGET_MS = 2_000;
const FUSE_BUDGET_MS = 3_000;
const MAX_ROUNDS = 40;
/** Builds per side (median reported). */
const BUILD_RUNS = 3;

export interface SideResult {
  buildMs: number;
  /** CPU time of the build (this process, all threads): on a shared machine, wall time also counts waiting. */
  buildCpuMs: number;
  /** Memory the built index keeps after a full collection: JS heap plus typed-array buffers (outside the heap). */
  heapMb: number;
  /** Every timed call. */
  latency: Latency;
  /**
   * p99 over queries of each query's median time across rounds: the cost of the slow queries without
   * the scheduler's pauses (other processes on a busy machine). Equals the p99 when a side ran one round.
   */
  p99QueryMedianUs: number;
  /** Real queries answered right (see `isRight*`). */
  correct: number;
  /** A "signed" for someone not listed, or for the wrong person. */
  falseSigned: number;
  /** Real queries answered wrong: query, expected id (or none), what came back. */
  misses: { query: string; expected: string | null; got: string }[];
}

export interface SizeResult {
  size: number;
  corpus: CorpusStats;
  letterbot: SideResult;
  fuse: SideResult;
  /** fuse / letterbot: how many times faster letterbot is. */
  ratioP50: number;
  ratioP99: number;
}

export interface GoalResult {
  goal: string;
  met: boolean;
  detail: string;
}

export interface NameBenchResult {
  realQueries: number;
  negativeQueries: number;
  timingQueries: number;
  sizes: SizeResult[];
  goals: GoalResult[];
  /** The machine while it ran: timings inflate when other processes compete for the cores. */
  machine: { cpus: number; loadAtStart: number; loadAtEnd: number };
  seconds: number;
}

interface Side {
  name: 'letterbot' | 'fuse';
  /** One lookup; returns something derived from the answer so the call cannot be optimised away. */
  run: (query: string) => number;
  /** Given each timed answer, outside the timed span (fuse.js keeps them so accuracy needs no second pass). */
  onAnswer?: (query: string, answer: number) => void;
}

let sink = 0;

/** One timed call per query; `samples[i]` collects the nanoseconds of query i across rounds. */
function timeBlock(side: Side, queries: readonly string[], samples: number[][]): void {
  queries.forEach((q, i) => {
    const t0 = process.hrtime.bigint();
    const out = side.run(q);
    const t1 = process.hrtime.bigint();
    sink = (sink + out) | 0;
    (samples[i] ??= []).push(Number(t1 - t0));
    side.onAnswer?.(q, out);
  });
}

function passMs(side: Side, queries: readonly string[]): number {
  const t0 = process.hrtime.bigint();
  for (const q of queries) sink = (sink + side.run(q)) | 0;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Time both sides on the same queries. Rounds alternate which side goes first, with a full garbage
 * collection before each block, so neither side pays for the other's garbage. Rounds per side come
 * from a time budget estimated on a warm-up; fuse.js at 10k and 100k names gets a single round.
 */
function timeSides(letterbot: Side, fuse: Side, queries: readonly string[]): { letterbot: number[][]; fuse: number[][] } {
  // Warm-up: JIT both sides and estimate one pass.
  passMs(letterbot, queries);
  const letterbotPass = passMs(letterbot, queries);
  const probe = queries.slice(0, 3);
  const fusePass = passMs(fuse, probe) * (queries.length / probe.length);
  const rounds = {
    letterbot: Math.max(1, Math.min(MAX_ROUNDS, Math.floor(LETTERBOT_BUDGET_MS / Math.max(letterbotPass, 1e-3)))),
    fuse: Math.max(1, Math.min(MAX_ROUNDS, Math.floor(FUSE_BUDGET_MS / Math.max(fusePass, 1e-3)))),
  };
  const samples = { letterbot: [] as number[][], fuse: [] as number[][] };
  for (let r = 0; r < Math.max(rounds.letterbot, rounds.fuse); r++) {
    const order = r % 2 === 0 ? [letterbot, fuse] : [fuse, letterbot];
    for (const side of order) {
      if (r >= rounds[side.name]) continue;
      collectGarbage();
      timeBlock(side, queries, samples[side.name]);
    }
  }
  return samples;
}

function judgeLetterbot(index: NameIndex, queries: readonly LabelledQuery[]): Pick<SideResult, 'correct' | 'falseSigned' | 'misses'> {
  let correct = 0;
  let falseSigned = 0;
  const misses: SideResult['misses'] = [];
  for (const { query, expected } of queries) {
    const result = index.match(query);
    const signedId = result.verdict === 'signed' ? (result.match?.id ?? null) : null;
    const right = expected === null ? result.verdict !== 'signed' : signedId === expected;
    if (right) correct++;
    else {
      if (signedId !== null) falseSigned++;
      const got = signedId !== null ? `signed ${signedId}` : `${result.verdict} (${result.reason}${result.candidates.length ? `: ${result.candidates.map((c) => c.id).join(', ')}` : ''})`;
      misses.push({ query, expected, got });
    }
  }
  return { correct, falseSigned, misses };
}

/**
 * Plain fuse.js used naively: the top hit is the answer; no hit means "not listed". `topHits` holds the
 * top hit's index (-1: none) per query, as answered during timing.
 */
function judgeFuse(topHits: ReadonlyMap<string, number>, records: readonly NameRecord[], queries: readonly LabelledQuery[]): Pick<SideResult, 'correct' | 'falseSigned' | 'misses'> {
  let correct = 0;
  let falseSigned = 0;
  const misses: SideResult['misses'] = [];
  for (const { query, expected } of queries) {
    const top = topHits.get(query);
    if (top === undefined) throw new Error(`fuse.js was not timed on "${query}"`);
    const topRecord = top >= 0 ? records[top]! : null;
    const right = expected === null ? topRecord === null : topRecord?.id === expected;
    if (right) correct++;
    else {
      if (topRecord) falseSigned++;
      misses.push({ query, expected, got: topRecord ? `top hit ${topRecord.name}` : 'no hit' });
    }
  }
  return { correct, falseSigned, misses };
}

function latencyOf(perQuery: readonly number[][]): Pick<SideResult, 'latency' | 'p99QueryMedianUs'> {
  const medians = summarise(perQuery.map((times) => median(times)));
  return { latency: summarise(perQuery.flat()), p99QueryMedianUs: medians.p99Us };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** JS heap in use plus ArrayBuffer memory (typed arrays keep their data outside the heap), after a full collection. */
function settledMemory(): number {
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Build something and report its wall and CPU time and how much memory it keeps alive. */
function measureBuild<T>(build: () => T): { value: T; ms: number; cpuMs: number; bytes: number } {
  const before = settledMemory();
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = build();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const { user, system } = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (user + system) / 1000, bytes: settledMemory() - before };
}

/** Build one side `runs` times (median time and memory); return the last instance. */
function buildSide<T>(runs: number, build: () => T): { value: T; ms: number; cpuMs: number; heapMb: number } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const memory: number[] = [];
  const kept: { value?: T } = {};
  for (let i = 0; i < runs; i++) {
    delete kept.value; // let the previous instance go before measuring the next
    const run = measureBuild(build);
    kept.value = run.value;
    times.push(run.ms);
    cpuTimes.push(run.cpuMs);
    memory.push(run.bytes);
  }
  return { value: kept.value!, ms: median(times), cpuMs: median(cpuTimes), heapMb: median(memory) / 2 ** 20 };
}

function timingQueries(synthetic: readonly NameRecord[], absent: readonly string[]): string[] {
  const random = seededRandom(42);
  const present: string[] = [];
  const presentCount = TIMING_QUERY_COUNT - REAL_QUERIES.length - absent.length;
  for (let i = 0; i < presentCount; i++) {
    const record = synthetic[Math.floor(random() * synthetic.length)]!;
    present.push(typedVariant(record.name, random));
  }
  const queries = [...REAL_QUERIES.map((q) => q.query), ...present, ...absent.map((name) => typedVariant(name, random))];
  // Interleave the kinds so each block sees the same mix throughout.
  return queries.map((q, i) => ({ q, k: seededRandom(i + 1)() })).sort((a, b) => a.k - b.k).map((x) => x.q);
}

function benchSize(size: number, signatories: readonly NameRecord[], synthetic: readonly NameRecord[], queries: readonly string[]): SizeResult {
  const corpus = buildCorpus(signatories, synthetic, size);
  const names = corpus.records.map((r) => r.name);
  const lb = buildSide(BUILD_RUNS, () => new NameIndex(corpus.records));
  const fz = buildSide(BUILD_RUNS, () => new Fuse(names, {}));
  const index = lb.value;
  const fuse = fz.value;
  const topHits = new Map<string, number>();
  const letterbotSide: Side = { name: 'letterbot', run: (q) => index.match(q).candidates.length + 1 };
  const fuseSide: Side = { name: 'fuse', run: (q) => fuse.search(q)[0]?.refIndex ?? -1, onAnswer: (q, top) => topHits.set(q, top) };
  const samples = timeSides(letterbotSide, fuseSide, queries);
  const letterbot: SideResult = { buildMs: lb.ms, buildCpuMs: lb.cpuMs, heapMb: lb.heapMb, ...latencyOf(samples.letterbot), ...judgeLetterbot(index, REAL_QUERIES) };
  const fuseResult: SideResult = { buildMs: fz.ms, buildCpuMs: fz.cpuMs, heapMb: fz.heapMb, ...latencyOf(samples.fuse), ...judgeFuse(topHits, corpus.records, REAL_QUERIES) };
  return {
    size: corpus.records.length,
    corpus: corpusStats(corpus.records),
    letterbot,
    fuse: fuseResult,
    ratioP50: fuseResult.latency.p50Us / letterbot.latency.p50Us,
    ratioP99: fuseResult.latency.p99Us / letterbot.latency.p99Us,
  };
}

function judgeGoals(sizes: readonly SizeResult[]): GoalResult[] {
  const at10k = sizes.find((s) => s.size === 10_000);
  const at100k = sizes.find((s) => s.size === 100_000);
  const goals: GoalResult[] = [];
  const total = REAL_QUERIES.length;
  if (at10k) {
    goals.push({
      goal: '≥ 10× faster than plain fuse.js at 10k names (p50 and p99) (issue 3)',
      met: at10k.ratioP50 >= 10 && at10k.ratioP99 >= 10,
      detail: `p50 ${formatNumber(at10k.ratioP50)}×, p99 ${formatNumber(at10k.ratioP99)}×`,
    });
    goals.push({
      goal: 'equal or better accuracy than plain fuse.js at 10k names (issue 3)',
      met: at10k.letterbot.correct >= at10k.fuse.correct,
      detail: `letterbot ${at10k.letterbot.correct}/${total}, fuse.js ${at10k.fuse.correct}/${total}`,
    });
    goals.push({
      goal: 'accuracy kept at 10k names: every labelled query right, no false "signed" (issue 13)',
      met: at10k.letterbot.correct === total && at10k.letterbot.falseSigned === 0,
      detail: `${at10k.letterbot.correct}/${total}, ${at10k.letterbot.falseSigned} false "signed"`,
    });
    goals.push({
      goal: '≥ 100× faster than plain fuse.js at p50 at 10k names (issue 13)',
      met: at10k.ratioP50 >= 100,
      detail: `p50 ${formatNumber(at10k.ratioP50)}×`,
    });
  }
  if (at100k) {
    const lb = at100k.letterbot;
    goals.push({
      goal: 'build ≤ 1 s at 100k names (issue 13)',
      met: lb.buildMs <= 1000,
      detail: `${formatNumber(lb.buildMs / 1000, 2)} s wall, ${formatNumber(lb.buildCpuMs / 1000, 2)} s CPU (median of ${BUILD_RUNS})`,
    });
    goals.push({
      goal: 'memory ≤ 60 MB at 100k names, heap plus typed arrays (issue 13)',
      met: lb.heapMb <= 60,
      detail: `${formatNumber(lb.heapMb)} MB (fuse.js ${formatNumber(at100k.fuse.heapMb)} MB)`,
    });
    goals.push({
      goal: 'p99 ≤ 1 ms over every sample at 100k names (issues 3 and 13)',
      met: lb.latency.p99Us <= 1000,
      detail: `p99 ${formatNumber(lb.latency.p99Us / 1000, 2)} ms over ${lb.latency.samples.toLocaleString('en-US')} samples; per-query-median p99 ${formatNumber(lb.p99QueryMedianUs / 1000, 2)} ms`,
    });
  }
  return goals;
}

function printResult(result: NameBenchResult): void {
  const total = result.realQueries;
  write('## Signatory lookup: letterbot NameIndex vs plain fuse.js (default options)');
  write();
  write(
    `Real queries: ${total} (${total - result.negativeQueries} about signatories, ${result.negativeQueries} negatives sharing a first name or surname). ` +
      `Timing queries: ${result.timingQueries} (the real ones, plus synthetic names with 0–2 typos, ${ABSENT_SYNTHETIC_QUERIES} of them absent from every corpus), the same at every size.`,
  );
  const { cpus, loadAtStart, loadAtEnd } = result.machine;
  write(`Machine: ${cpus} CPUs, 1-min load average ${formatNumber(loadAtStart)} at start, ${formatNumber(loadAtEnd)} at end; ${formatNumber(result.seconds, 0)} s. p99 q-med = p99 over queries of each query's median across rounds.`);
  write();
  const rows: string[][] = [];
  for (const s of result.sizes) {
    for (const [label, side] of [
      ['letterbot', s.letterbot],
      ['fuse.js', s.fuse],
    ] as const) {
      rows.push([
        s.size.toLocaleString('en-US'),
        label,
        formatNumber(side.buildMs),
        formatNumber(side.buildCpuMs),
        formatNumber(side.heapMb),
        formatNumber(side.latency.p50Us),
        formatNumber(side.latency.p99Us),
        formatNumber(side.p99QueryMedianUs),
        side.latency.samples.toLocaleString('en-US'),
        `${side.correct}/${total} (${formatNumber((100 * side.correct) / total, 0)}%)`,
        String(side.falseSigned),
      ]);
    }
  }
  write(markdownTable(['names', 'matcher', 'build ms', 'build CPU ms', 'memory MB', 'p50 µs', 'p99 µs', 'p99 q-med µs', 'samples', 'accuracy', 'false signed'], rows));
  write();
  write(
    markdownTable(
      ['names', 'p50 fuse/letterbot', 'p99 fuse/letterbot', 'distinct surnames', 'largest surname group'],
      result.sizes.map((s) => [
        s.size.toLocaleString('en-US'),
        `${formatNumber(s.ratioP50)}×`,
        `${formatNumber(s.ratioP99)}×`,
        s.corpus.distinctSurnames.toLocaleString('en-US'),
        `${s.corpus.largestSurname} (${s.corpus.largestSurnameGroup})`,
      ]),
    ),
  );
  write();
  write('Memory: JS heap plus typed-array buffers the built index keeps after a full collection.');
  write();
  write('Goals:');
  for (const g of result.goals) write(`- [${g.met ? 'x' : ' '}] ${g.goal}: ${g.met ? 'met' : 'NOT met'} (${g.detail})`);
  for (const s of result.sizes) {
    if (s.letterbot.misses.length === 0) continue;
    write();
    write(`letterbot misses at ${s.size.toLocaleString('en-US')} names:`);
    for (const m of s.letterbot.misses) write(`- "${m.query}" expected ${m.expected ?? 'not signed'}, got ${m.got}`);
  }
  const last = result.sizes[result.sizes.length - 1];
  if (last) {
    const byKind = new Map<string, number>();
    for (const m of last.fuse.misses) {
      const kind = m.expected === null ? 'negative answered with a name' : m.got === 'no hit' ? 'no hit' : 'wrong top hit';
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    write();
    write(`fuse.js misses at ${last.size.toLocaleString('en-US')} names: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  }
}

export async function benchNames(): Promise<NameBenchResult> {
  const started = process.hrtime.bigint();
  const loadAtStart = loadavg()[0]!;
  const signatories: NameRecord[] = [...loadFactBase().signatories];
  const exclusions = new NameExclusions(
    signatories,
    NEGATIVE_QUERIES.map((q) => q.query),
  );
  const maxSize = Math.max(...CORPUS_SIZES);
  const stream = syntheticNames(exclusions);
  const generated: string[] = [];
  while (generated.length < maxSize - signatories.length + ABSENT_SYNTHETIC_QUERIES) generated.push(stream.next().value as string);
  const synthetic = syntheticRecords(generated.slice(0, maxSize - signatories.length));
  const absent = generated.slice(maxSize - signatories.length);
  // Timing queries come from the people in the smallest corpus, so every size answers the same queries.
  const smallest = buildCorpus(signatories, synthetic, Math.min(...CORPUS_SIZES));
  const queries = timingQueries(smallest.synthetic, absent);

  const sizes: SizeResult[] = [];
  for (const size of CORPUS_SIZES) {
    sizes.push(benchSize(size, signatories, synthetic, queries));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const result: NameBenchResult = {
    realQueries: REAL_QUERIES.length,
    negativeQueries: NEGATIVE_QUERIES.length,
    timingQueries: queries.length,
    sizes,
    goals: judgeGoals(sizes),
    machine: { cpus: availableParallelism(), loadAtStart, loadAtEnd: loadavg()[0]! },
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  printResult(result);
  if (sink === 0.5) write('');
  return result;
}
