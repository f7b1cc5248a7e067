import { detectAll } from 'tinyld';
import type { Locale } from '../reply';
import { englishOnlyStopwords, frenchOnlyStopwords } from './stopwords';
import { splitWords } from './lexicon';

/** French spelling that English never uses: accents, cedilla, elided articles (qu', l', d'…). */
const FRENCH_SPELLING = /[éèêàçùâîôûœ]|\b(qu|l|d|c|n|j|s)['’]\p{L}/iu;
/** Below this share of tinyld's belief, a short text's language is unknown. */
const MIN_TINYLD_ACCURACY = 0.05;

/**
 * French or English, or null when the words do not tell ("Ben Stiller"). French spelling decides first;
 * then stop words that belong to one language only (the `stopword` package's lists); ties go to the
 * tinyld detector (restricted to French and English) for texts of three words or more.
 */
export function detectLanguage(text: string): Locale | null {
  if (FRENCH_SPELLING.test(text)) return 'fr';
  const words = splitWords(text);
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (englishOnlyStopwords.has(w)) en += 1;
    if (frenchOnlyStopwords.has(w)) fr += 1;
  }
  if (en !== fr) return en > fr ? 'en' : 'fr';
  if (words.length < 3) return null;
  const [best] = detectAll(text, { only: ['en', 'fr'] });
  return best && best.accuracy >= MIN_TINYLD_ACCURACY ? (best.lang as Locale) : null;
}
