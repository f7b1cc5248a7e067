/**
 * Figures typed in words ("four hundred and sixty", "quatre cent vingt", "two thirty billion" said aloud) rewritten in
 * digits, so that the figure checks that read digits (`readNumbers`, the premise slots) read them too. Number words are
 * a closed class of each language's grammar, like the scale words `parse.ts` knows ("thousand", "milliards"): kept
 * here, not in `data/`.
 */

type Lang = 'en' | 'fr';

/** A number word: its value, what it does (a figure of 1 to 99, a multiplier of what stands before it), its languages. */
interface NumberWord {
  value: number;
  kind: 'small' | 'hundred' | 'thousand';
  langs: readonly Lang[];
}

const EN_SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// "un" and "une" are articles far more often than figures: only "vingt et un" reads one (see AND_BEFORE).
const FR_SMALL = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const FR_TENS: Record<string, number> = { vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90 };
/** "une quarantaine de personnalités": about forty, read as the figure it rounds to. */
const FR_ABOUT: Record<string, number> = { vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100 };

const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map([
  ...EN_SMALL.map((w, i): [string, NumberWord] => [w, { value: i + 1, kind: 'small', langs: w === 'six' ? ['en', 'fr'] : ['en'] }]),
  ...EN_TENS.map((w, i): [string, NumberWord] => [w, { value: (i + 2) * 10, kind: 'small', langs: ['en'] }]),
  ...FR_SMALL.map((w, i): [string, NumberWord] => [w, { value: i + 1, kind: 'small', langs: ['fr'] }]).filter(([w]) => w !== 'six'),
  ...Object.entries(FR_TENS).map(([w, value]): [string, NumberWord] => [w, { value, kind: 'small', langs: ['fr'] }]),
  ['hundred', { value: 100, kind: 'hundred', langs: ['en'] }],
  ['hundreds', { value: 100, kind: 'hundred', langs: ['en'] }],
  ['cent', { value: 100, kind: 'hundred', langs: ['fr'] }],
  ['cents', { value: 100, kind: 'hundred', langs: ['fr'] }],
  ['thousand', { value: 1000, kind: 'thousand', langs: ['en'] }],
  ['mille', { value: 1000, kind: 'thousand', langs: ['fr'] }],
]);

/** Whether a word, folded, is a number word of either language ("four", "vingt"): "four o'clock", "dix minutes" (see `Lexicon.clockAt`). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

/** The words that join two number words inside one figure ("two hundred and fifty", "vingt et un"). */
const AND_BEFORE: Record<Lang, ReadonlySet<string>> = { en: new Set(['and']), fr: new Set(['et']) };
/** A figure typed in words below this is left as typed: "two companies", "deux phrases", "four o'clock" count nothing of the story. */
const SMALLEST = 20;
/** Words and what separates them: letters (with an apostrophe inside: "o'clock") or anything else. */
const TOKENS = /[\p{L}]+(?:['’][\p{L}]+)*|[^\p{L}]+/gu;

/** The value of a run of number words of one language, or null when they make no one figure ("two three"). */
function valueOf(words: readonly NumberWord[], lang: Lang): number | null {
  let total = 0;
  let hundreds = 0;
  let group: number | null = null;
  for (const w of words) {
    if (w.kind === 'thousand') {
      total += (hundreds + (group ?? 0) || 1) * 1000;
      hundreds = 0;
      group = null;
    } else if (w.kind === 'hundred') {
      if (hundreds > 0 && group === null) return null;
      hundreds += (group ?? 1) * 100;
      group = null;
    } else if (group === null) {
      group = w.value;
    } else if (lang === 'fr' && group === 4 && w.value === 20) {
      group = 80;
    } else if (group >= 20 && group % 10 === 0 && (w.value < 10 || (lang === 'fr' && (group === 60 || group === 80) && w.value < 20))) {
      group += w.value;
    } else if (w.value >= 10 && hundreds === 0) {
      // Said aloud in pairs: "four sixty" is 460, "two twenty nine" 229, "twenty twenty three" 2023.
      hundreds = group * 100;
      group = w.value;
    } else {
      return null;
    }
  }
  return total + hundreds + (group ?? 0);
}

/** A run of number words found in a text: where it starts and ends (in `tokens`) and its words. */
interface Run {
  from: number;
  to: number;
  words: NumberWord[];
  lang: Lang;
}

/** Whether a run holds a figure of its own: a word of 1 to 99, not a scale word alone ("mille stars", "a hundred"). */
function counts(run: Run): boolean {
  return run.words.some((w) => w.kind === 'small');
}

/**
 * The text with each figure typed in words ("quatre cent vingt signataires", "five hundred billion") in digits ("420
 * signataires", "500 billion"); one below twenty is left as typed. A scale word after it ("billion", "milliards") stays:
 * `readNumbers` reads it after digits.
 */
export function spelledFigures(text: string): string {
  if (!/\p{L}/u.test(text)) return text;
  const tokens = text.match(TOKENS) ?? [];
  // No word of a figure nor of about one (most questions): the text as typed, no copy of it joined again. Each token
  // put in lower case once for both lists (this runs for every question).
  const numberWord = (token: string): boolean => {
    const lower = token.toLowerCase();
    return NUMBER_WORDS.has(lower) || Object.hasOwn(FR_ABOUT, lower);
  };
  if (!tokens.some(numberWord)) return text;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = runAt(tokens, i);
    if (!run) {
      out.push(aboutFigure(tokens, i) ?? tokens[i]!);
      i++;
      continue;
    }
    const value = counts(run) ? valueOf(run.words, run.lang) : null;
    if (value !== null && value >= SMALLEST) out.push(written(value, run));
    else out.push(...tokens.slice(run.from, run.to + 1));
    i = run.to + 1;
  }
  return out.join('');
}

/** Years said with "thousand" ("deux mille vingt-cinq"): of this story's centuries, not round hundreds. */
const YEARS = { from: 1900, to: 2099 };

/**
 * A figure in digits: with a thousands separator when said with "thousand" ("deux mille signataires" are 2,000, a
 * count, not the year 2000), plain otherwise ("twenty twenty three", "deux mille vingt-trois" are the year 2023).
 */
function written(value: number, run: Run): string {
  const year = value >= YEARS.from && value <= YEARS.to && value % 100 !== 0;
  return run.words.some((w) => w.kind === 'thousand') && !year ? value.toLocaleString('en-US') : String(value);
}

/** The longest run of number words of one language from token `i` (words apart by spaces or a hyphen, "and" between). */
function runAt(tokens: readonly string[], i: number): Run | null {
  const first = NUMBER_WORDS.get(tokens[i]!.toLowerCase());
  if (!first) return null;
  let langs = first.langs;
  const words = [first];
  let to = i;
  for (let k = i + 1; k + 1 < tokens.length; k += 2) {
    if (!/^[\s-]+$/.test(tokens[k]!)) break;
    let next = tokens[k + 1]!.toLowerCase();
    let at = k + 1;
    // "two hundred and fifty", "vingt et un": a joining word between two number words of the run's language.
    if (langs.some((l) => AND_BEFORE[l].has(next)) && k + 3 < tokens.length && /^[\s-]+$/.test(tokens[k + 2]!)) {
      next = tokens[k + 3]!.toLowerCase();
      at = k + 3;
    }
    const word = NUMBER_WORDS.get(next);
    const shared = word ? langs.filter((l) => word.langs.includes(l)) : [];
    if (!word || shared.length === 0) break;
    langs = shared;
    words.push(word);
    to = at;
    k = at - 1;
  }
  return { from: i, to, words, lang: langs[0]! };
}

/** "une quarantaine": the figure it rounds to, in place of the word of about (the article before it stays). */
function aboutFigure(tokens: readonly string[], i: number): string | null {
  const word = tokens[i]!.toLowerCase();
  if (!Object.hasOwn(FR_ABOUT, word)) return null;
  const value = FR_ABOUT[word]!;
  return /^une?$/i.test(tokens[i - 2] ?? '') ? String(value) : null;
}
