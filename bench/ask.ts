import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import MiniSearch from 'minisearch';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { eng, fra } from 'stopword';
import { createDispatcher } from '../src/app';
import type { FactBase } from '../src/core/fact-base';
import { foldText } from '../src/core/text';
import { score, tally, type AskData, type EvalItem, type Tally } from '../scripts/ask-eval';
import { loadSplit } from '../scripts/eval-ask';
import { formatNumber, markdownTable, startScriptFlags, summarise, write, type Latency } from './measure';

/**
 * /ask benchmark (issue 9): letterbot's engine beside a plain MiniSearch BM25 index with Snowball stemmers
 * (top result answered, nothing else), on the same evaluation questions: latency in process, and each
 * side's right / wrong counts on the test split (the dev split is for tuning only). A third row times letterbot
 * again in a child process started with `npm start`'s node flags (package.json), whose smaller young generation
 * collects more often and more briefly: the latency a running bot has, where the first rows have node's defaults.
 */

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'ask');
/** Rounds over every question; `npm run bench -- ask --ask-rounds=2` for a quick look (the child is given the same). */
const ROUNDS = ((): number => {
  const flag = process.argv.find((a) => a.startsWith('--ask-rounds='));
  const n = flag ? Number(flag.slice('--ask-rounds='.length)) : 20;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--ask-rounds wants a positive whole number, not ${flag}`);
  return n;
})();
const GOAL_P99_US = 2000;

interface Side {
  name: string;
  latency: Latency;
  /** p99 over questions of each question's median time across rounds: the slow questions without the scheduler's pauses. */
  p99QueryMedianUs: number;
  test: Tally;
}

/** The baseline: every fact's questions and keywords in MiniSearch, stop words out, stems in both languages. */
function baseline(facts: FactBase): (q: string) => AskData {
  const stop = new Set([...eng, ...fra].map((w) => foldText(w)));
  const terms = (term: string): string[] | null => {
    const w = foldText(term);
    return stop.has(w) ? null : [...new Set([stemEnglish(w), stemFrench(w)])];
  };
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], processTerm: terms });
  search.addAll(facts.facts.map((f) => ({ id: f.id, text: [f.topic, ...f.questions.en, ...f.questions.fr, ...f.keywords.en, ...f.keywords.fr].join(' \n ') })));
  return (q) => {
    const top = search.search(q, { fuzzy: 0.2, prefix: true })[0];
    return top ? { verdict: 'answered', mode: 'fact', fact: String(top.id) } : { verdict: 'no_answer', mode: 'fact' };
  };
}

async function timeSide(questions: readonly string[], answer: (q: string) => Promise<unknown> | unknown): Promise<{ latency: Latency; p99QueryMedianUs: number }> {
  // Every sample's slot is allocated before timing starts: the harness's own arrays growing between calls would add
  // young-generation work (and its pauses) to the calls being timed.
  const n = questions.length;
  const byQuestion = new Float64Array(n * ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      await answer(questions[i]!);
      byQuestion[i * ROUNDS + round] = Number(process.hrtime.bigint() - t0);
    }
  }
  const medians = Array.from({ length: n }, (_, i) => byQuestion.slice(i * ROUNDS, (i + 1) * ROUNDS).sort()[Math.floor(ROUNDS / 2)]!);
  return { latency: summarise(Array.from(byQuestion)), p99QueryMedianUs: summarise(medians).p99Us };
}

/** Every evaluation question, dev then test, as both timings ask them. */
function evaluationQuestions(): { questions: string[]; test: EvalItem[] } {
  const test = loadSplit(path.join(FIXTURES, 'test.json'));
  return { questions: [...loadSplit(path.join(FIXTURES, 'dev.json')), ...test].map((i) => i.q), test };
}

/** letterbot's /ask through the dispatcher, as a bot runs a command; the engine built before it is timed. */
function letterbotAsk(): { facts: FactBase; ask: (q: string) => Promise<AskData> } {
  const dispatcher = createDispatcher({ logger: { error: () => undefined } });
  // The engine is built on first use (src/core/fact-base.ts): build it before timing, as a bot does when it starts serving.
  void dispatcher.facts.ask;
  const ask = async (q: string): Promise<AskData> => {
    const { reply } = await dispatcher.dispatch({ command: 'ask', options: { question: q }, locale: 'en', user: { id: 'bench', isManager: false }, channel: { platform: 'shell', id: 'bench' }, requestId: 'bench' });
    return (reply.data ?? {}) as AskData;
  };
  return { facts: dispatcher.facts, ask };
}

/** The child of the third row (`--ask-child`): letterbot's timing alone, printed as one JSON line. */
export async function timeLetterbotChild(): Promise<void> {
  const timed = await timeSide(evaluationQuestions().questions, letterbotAsk().ask);
  process.stdout.write(`${JSON.stringify(timed)}\n`);
}

/** letterbot timed in a child node started with `npm start`'s flags (the same questions and rounds). */
async function timeWithStartFlags(flags: readonly string[]): Promise<{ latency: Latency; p99QueryMedianUs: number }> {
  const child = spawn(process.execPath, [...flags, path.join(__dirname, 'run.js'), 'ask', '--ask-child', `--ask-rounds=${ROUNDS}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the /ask child with ${flags.join(' ')} exited with ${code}`);
  // run.js prints "bench done in …" after the child's JSON line.
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`the /ask child with ${flags.join(' ')} printed no timing`);
  return JSON.parse(line) as { latency: Latency; p99QueryMedianUs: number };
}

export async function benchAsk(): Promise<Side[]> {
  const { facts, ask } = letterbotAsk();
  const { questions, test } = evaluationQuestions();
  const idOf = (name: string): string | undefined => facts.signatories.find((s) => s.name === name)?.id;
  const hasQuote = (id: string): boolean => Boolean(facts.facts.find((f) => f.id === id)?.quote);
  const plain = baseline(facts);
  const scoreAll = async (items: readonly EvalItem[], answer: (q: string) => Promise<AskData> | AskData): Promise<Tally> => {
    const scored = [];
    for (const item of items) scored.push({ item, outcome: score(item, await answer(item.q), idOf, hasQuote), got: '' });
    return tally(scored);
  };
  const ours: Side = { name: 'letterbot /ask (dispatcher, in process, node defaults)', ...(await timeSide(questions, ask)), test: await scoreAll(test, ask) };
  const sides: Side[] = [ours, { name: 'plain MiniSearch + Snowball, top result', ...(await timeSide(questions, plain)), test: await scoreAll(test, plain) }];
  const flags = startScriptFlags();
  // The same engine and answers: only the node flags differ, so its right / wrong counts are the first row's.
  const started: Side = { name: `letterbot /ask, npm start's flags (${flags.join(' ') || 'none'})`, ...(await timeWithStartFlags(flags)), test: ours.test };
  sides.push(started);
  write();
  write(`## /ask: ${questions.length} evaluation questions × ${ROUNDS} rounds; right/wrong on the test split (${test.length} questions)`);
  write();
  const pct = (n: number, t: Tally): string => `${n} (${formatNumber((100 * n) / t.total)} %)`;
  write(
    markdownTable(
      ['side', 'p50 µs', 'p99 µs', 'p99 of per-question medians µs', 'right', 'clarify', 'no answer', 'WRONG'],
      sides.map((s) => [s.name, formatNumber(s.latency.p50Us), formatNumber(s.latency.p99Us), formatNumber(s.p99QueryMedianUs), pct(s.test.right, s.test), pct(s.test.clarify, s.test), pct(s.test.no_answer, s.test), pct(s.test.wrong, s.test)]),
    ),
  );
  const met = (us: number): string => `${us < GOAL_P99_US ? 'met' : 'MISSED'} (${formatNumber(us)} µs)`;
  write();
  for (const side of [ours, started]) {
    write(`goal /ask p99 < ${GOAL_P99_US / 1000} ms in process, ${side.name}: over every sample ${met(side.latency.p99Us)}; over per-question medians ${met(side.p99QueryMedianUs)}`);
  }
  return sides;
}
