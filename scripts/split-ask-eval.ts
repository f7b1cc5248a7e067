import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../bench/measure';

/**
 * Builds the /ask evaluation splits: `test/fixtures/ask/raw.json` (the questions, written from the shared
 * sources only) + `labels.json` (the expected outcome per question id, labelled afterwards against `data/`)
 * → `dev.json` (60 %) and `test.json` (40 %).
 *
 * The split is stratified by (lang, kind) and depends only on the ids, languages, kinds and SEED, never on
 * the labels: fixing a label and re-running keeps every question in the split it was in. It was made once;
 * do not change SEED or the ratio to move questions between dev and test.
 *
 * Run: `npm run build && node dist/scripts/split-ask-eval.js` (from the repository root).
 */
export const SEED = 20261130;
export const DEV_RATIO = 0.6;

const DIR = join('test', 'fixtures', 'ask');

interface RawItem {
  id: string;
  lang: 'en' | 'fr';
  q: string;
  kind: string;
  note: string;
}


/** Ids going to dev: per (lang, kind) stratum, ids sorted, Fisher–Yates shuffled, first round(n × ratio). */
export function splitIds(items: readonly { id: string; lang: string; kind: string }[], seed = SEED, ratio = DEV_RATIO): Set<string> {
  const strata = new Map<string, string[]>();
  for (const item of items) {
    const key = `${item.lang}/${item.kind}`;
    strata.set(key, [...(strata.get(key) ?? []), item.id]);
  }
  const random = seededRandom(seed);
  const dev = new Set<string>();
  for (const key of [...strata.keys()].sort()) {
    const ids = [...(strata.get(key) ?? [])].sort();
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    }
    for (const id of ids.slice(0, Math.round(ids.length * ratio))) dev.add(id);
  }
  return dev;
}

function writeArray(path: string, items: readonly object[]): void {
  writeFileSync(path, `[\n${items.map((item) => ` ${JSON.stringify(item)}`).join(',\n')}\n]\n`);
}

function main(): void {
  const raw = JSON.parse(readFileSync(join(DIR, 'raw.json'), 'utf8')) as RawItem[];
  const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, unknown>;
  const missing = raw.filter((item) => labels[item.id] === undefined).map((item) => item.id);
  if (missing.length > 0) throw new Error(`unlabelled questions: ${missing.join(', ')}`);
  const labelled = raw.map(({ id, lang, q, kind, note }) => ({ id, lang, q, kind, expect: labels[id], note }));
  const dev = splitIds(raw);
  writeArray(join(DIR, 'dev.json'), labelled.filter((item) => dev.has(item.id)));
  writeArray(join(DIR, 'test.json'), labelled.filter((item) => !dev.has(item.id)));
  process.stdout.write(`dev ${dev.size}, test ${raw.length - dev.size} (seed ${SEED})\n`);
}

if (require.main === module) main();
