import type { Locale } from '../reply';
import { englishOnlyStopwords, frenchOnlyStopwords } from './stopwords';
import { splitWords } from './lexicon';

/** French spelling that English never uses: accents, cedilla, elided articles (qu', l', d'…). */
const FRENCH_SPELLING = /[éèêàçùâîôûœ]|\b(qu|l|d|c|n|j|s)['’]\p{L}/iu;
/** Below this share of tinyld's belief, a short text's language is unknown. */
const MIN_TINYLD_ACCURACY = 0.05;
/** A word all in capitals ("AI", "OSTP"): made once, not at every question (a pattern literal is a new object each time; `replace` starts it from the beginning). */
const ACRONYM = /\b\p{Lu}{2,}\b/gu;
/** The tinyld detector, loaded on the first tie (see `detectLanguage`). */
let tinyld: typeof import('tinyld') | undefined;

/**
 * French or English, or null when the words do not tell ("Ben Stiller"). French spelling decides first;
 * then stop words that belong to one language only (the `stopword` package's lists); ties go to the
 * tinyld detector (restricted to French and English) for texts of three words or more; no such word at all → null.
 */
export function detectLanguage(text: string): Locale | null {
  if (FRENCH_SPELLING.test(text)) return 'fr';
  // Acronyms in capitals (AI, IA, OSTP) belong to no language: "AI" is not the French "ai".
  const words = splitWords(text.replace(ACRONYM, ' '));
  let en = 0;
  let fr = 0;
  for (const w of words) {
    // Single letters are the leftovers of apostrophes ("what's" → s), not words of either language.
    if (w.length < 2) continue;
    if (englishOnlyStopwords.has(w)) en += 1;
    if (frenchOnlyStopwords.has(w)) fr += 1;
  }
  if (en !== fr) return en > fr ? 'en' : 'fr';
  // No word of either language at all (a name, mentions, codes): unknown rather than a guess.
  if (en === 0 || words.length < 3) return null;
  // Loaded here, on the first tie: tinyld's model costs ~45 MB of RSS and ~100 ms to load, and most questions never reach it.
  // Kept once loaded: a `require` of a loaded module still resolves its name at every call (a third of this function's time).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  tinyld ??= require('tinyld') as typeof import('tinyld');
  const [best] = tinyld.detectAll(text, { only: ['en', 'fr'] });
  return best && best.accuracy >= MIN_TINYLD_ACCURACY ? (best.lang as Locale) : null;
}
