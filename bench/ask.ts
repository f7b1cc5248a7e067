import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import MiniSearch from 'minisearch';
import path from 'node:path';
import { eng, fra } from 'stopword';
import { createDispatcher } from '../src/app';
import type { FactBase } from '../src/core/fact-base';
import { foldText } from '../src/core/text';
import { score, tally, type AskData, type EvalItem, type Tally } from '../scripts/ask-eval';
import { loadSplit } from '../scripts/eval-ask';
import { formatNumber, markdownTable, summarise, write, type Latency } from './measure';

/**
 * /ask benchmark (issue 9): letterbot's engine beside a plain MiniSearch BM25 index with Snowball stemmers
 * (top result answered, nothing else), on the same evaluation questions: latency in process, and each
 * side's right / wrong counts on the test split (the dev split is for tuning only).
 */

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'ask');
const ROUNDS = 20;
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

export async function benchAsk(): Promise<Side[]> {
  const dispatcher = createDispatcher({ logger: { error: () => undefined } });
  const facts = dispatcher.facts;
  // The engine is built on first use (src/core/fact-base.ts): build it before timing, as a bot does when it starts serving.
  void facts.ask;
  const dev = loadSplit(path.join(FIXTURES, 'dev.json'));
  const test = loadSplit(path.join(FIXTURES, 'test.json'));
  const questions = [...dev, ...test].map((i) => i.q);
  const idOf = (name: string): string | undefined => facts.signatories.find((s) => s.name === name)?.id;
  const hasQuote = (id: string): boolean => Boolean(facts.facts.find((f) => f.id === id)?.quote);
  const ask = async (q: string): Promise<AskData> => {
    const { reply } = await dispatcher.dispatch({ command: 'ask', options: { question: q }, locale: 'en', user: { id: 'bench', isManager: false }, channel: { platform: 'shell', id: 'bench' }, requestId: 'bench' });
    return (reply.data ?? {}) as AskData;
  };
  const plain = baseline(facts);
  const scoreAll = async (items: readonly EvalItem[], answer: (q: string) => Promise<AskData> | AskData): Promise<Tally> => {
    const scored = [];
    for (const item of items) scored.push({ item, outcome: score(item, await answer(item.q), idOf, hasQuote), got: '' });
    return tally(scored);
  };
  const sides: Side[] = [
    { name: 'letterbot /ask (dispatcher, in process)', ...(await timeSide(questions, ask)), test: await scoreAll(test, ask) },
    { name: 'plain MiniSearch + Snowball, top result', ...(await timeSide(questions, plain)), test: await scoreAll(test, plain) },
  ];
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
  const ours = sides[0]!;
  write();
  write(
    `goal /ask p99 < ${GOAL_P99_US / 1000} ms in process: ${ours.latency.p99Us < GOAL_P99_US ? 'met' : 'MISSED'} over every sample (${formatNumber(ours.latency.p99Us)} µs); ` +
      `${ours.p99QueryMedianUs < GOAL_P99_US ? 'met' : 'MISSED'} over per-question medians (${formatNumber(ours.p99QueryMedianUs)} µs)`,
  );
  return sides;
}
