import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../src/app';
import { FactBase } from '../src/core/fact-base';
import { loadFactBase } from '../src/fact-files';
import { examplesFrom } from './learn-ask';
import type { Locale } from '../src/core/reply';
import { describe, evalSetSchema, expected, percent, score, tally, type AskData, type EvalItem, type Scored } from './ask-eval';

/**
 * `npm run eval:ask [-- file.json …] [--data dir] [--quiet]`: runs every question of the evaluation splits through
 * /ask as the CLI does (`letterbot ask "…" --json`) and prints, per split and language: right, clarify, no answer,
 * WRONG, then the confusion list. Tune on dev only; report test.
 */
const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'ask');

export async function evaluate(items: readonly EvalItem[], dataDir?: string, factBase?: FactBase): Promise<Scored[]> {
  const dispatcher = createDispatcher({ dataDir, facts: factBase, logger: { error: () => undefined } });
  const facts = dispatcher.facts;
  const idOf = (name: string): string | undefined => facts.signatories.find((s) => s.name === name)?.id;
  const out: Scored[] = [];
  for (const item of items) {
    const { reply } = await dispatcher.dispatch({
      command: 'ask',
      options: { question: item.q },
      locale: 'en' as Locale,
      user: { id: 'eval', isManager: false },
      channel: { platform: 'shell', id: 'eval' },
      requestId: item.id,
    });
    const data = (reply.data ?? {}) as AskData;
    const hasQuote = (id: string): boolean => Boolean(facts.facts.find((f) => f.id === id)?.quote);
    out.push({ item, outcome: score(item, data, idOf, hasQuote), got: describe(data) });
  }
  return out;
}

/** Folds of the dev split's cross-validation (by a hash of the id: adding a question moves no other). */
export const FOLDS = 5;

function foldOf(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % FOLDS;
}

/**
 * The dev split answered out of fold: /ask learns from the dev split (`data/examples.json`), so each dev question is
 * answered by a fact base whose examples are those of the other folds, never its own. What this prints for dev is
 * what the examples teach about questions they do not hold, as the test split measures with all of them.
 */
export async function evaluateOutOfFold(items: readonly EvalItem[], dataDir?: string): Promise<Scored[]> {
  const base = loadFactBase(dataDir).data;
  const scored = new Map<string, Scored>();
  for (let k = 0; k < FOLDS; k++) {
    const facts = FactBase.fromValidated({ ...base, examples: { ...base.examples, examples: examplesFrom(items.filter((it) => foldOf(it.id) !== k)) } });
    for (const s of await evaluate(items.filter((it) => foldOf(it.id) === k), dataDir, facts)) scored.set(s.item.id, s);
  }
  return items.map((it) => scored.get(it.id)!);
}

export function loadSplit(file: string): EvalItem[] {
  return evalSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function report(name: string, scored: readonly Scored[], print: (s: string) => void, quiet: boolean): void {
  const rows: [string, Scored[]][] = [
    ['all', [...scored]],
    ['en', scored.filter((s) => s.item.lang === 'en')],
    ['fr', scored.filter((s) => s.item.lang === 'fr')],
  ];
  print(`\n${name}`);
  print('lang   n     right          clarify        no answer      WRONG          off-topic declined');
  for (const [lang, list] of rows) {
    const t = tally(list);
    const off = list.filter((s) => s.item.kind === 'offtopic');
    const declined = off.filter((s) => s.outcome === 'right').length;
    const cell = (n: number): string => `${String(n).padStart(3)} ${percent(n, t.total).padStart(6)}    `;
    print(`${lang.padEnd(6)} ${String(t.total).padEnd(5)} ${cell(t.right)} ${cell(t.clarify)} ${cell(t.no_answer)} ${cell(t.wrong)} ${declined}/${off.length}`);
  }
  const kinds = [...new Set(scored.map((s) => s.item.kind))].sort();
  print(`by kind: ${kinds.map((k) => { const t = tally(scored.filter((s) => s.item.kind === k)); return `${k} ${t.right}/${t.total}${t.wrong ? ` (${t.wrong} wrong)` : ''}`; }).join(' · ')}`);
  const misses = scored.filter((s) => s.outcome !== 'right');
  if (misses.length === 0 || quiet) return;
  print('confusion (expected → got):');
  for (const s of misses) print(`  ${s.outcome.toUpperCase().padEnd(9)} ${s.item.id.padEnd(8)} ${s.item.q}\n            ${expected(s.item)} → ${s.got}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const dataAt = args.indexOf('--data');
  const dataDir = dataAt >= 0 ? args[dataAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (dataAt < 0 || i !== dataAt + 1));
  const splits = files.length > 0 ? files : ['dev.json', 'test.json'].map((f) => path.join(FIXTURES, f));
  const print = (s: string): void => void process.stdout.write(`${s}\n`);
  for (const file of splits) {
    const name = path.basename(file, '.json');
    // The dev split is what /ask learns from: it is answered out of fold (see evaluateOutOfFold).
    const learnedFrom = name === 'dev';
    const scored = learnedFrom ? await evaluateOutOfFold(loadSplit(file), dataDir) : await evaluate(loadSplit(file), dataDir);
    report(learnedFrom ? `dev (out of fold: ${FOLDS} folds, each answered with the examples of the others)` : name, scored, print, quiet);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`eval:ask failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
