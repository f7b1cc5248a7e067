import { foldText } from './text';

/** Titles dropped from the front of a name ("Sir Paul McCartney", "Dame …", "Mme …"). Not "Lord" or "Lady": they are surnames and stage names. */
const LEADING_TITLES = new Set(['sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle']);
/** Whether a word is a title typed before a name ("monsieur", "sir"): alone, after an article, a common noun ("le monsieur d'OpenAI"). */
export function isLeadingTitle(word: string): boolean {
  return LEADING_TITLES.has(word);
}

/** Suffixes that tell a parent from a child of the same name ("Jr.", "III"): dropped to compare, but kept apart by `generationOf`. */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Suffixes dropped from the end ("Jr.", "III", "OBE"). */
const TRAILING_SUFFIXES = new Set([...GENERATIONS, 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'phd']);

/**
 * Normalise a person's name to comparable tokens: case, accents, punctuation, hyphens, extra spaces,
 * honorifics and "Last, First" order. "Gordon-Levitt, Joseph" → ["joseph", "gordon", "levitt"].
 */
export function nameTokens(raw: string): string[] {
  // Asides are not part of the name: "Cate Blanchett (actress)", "Paul McCartney [musician]".
  let text = raw.includes('(') || raw.includes('[') ? raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ') : raw;
  if (text.includes(',')) {
    const parts = text.split(',');
    if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim()) text = `${parts[1]} ${parts[0]}`;
  }
  const tokens = letterRuns(foldText(text));
  // Numbers are not part of a name either ("Ben Stiller 2025"), unless that is all there is.
  if (tokens.some((t) => !isNumber(t))) for (let i = tokens.length - 1; i >= 0; i--) if (isNumber(tokens[i]!)) tokens.splice(i, 1);
  while (tokens.length > 1 && LEADING_TITLES.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && TRAILING_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

/**
 * The generation a name's suffixes give ("Chris Rock Jr." → "jr"), or "" without one: "Chris Rock Jr." is not
 * "Chris Rock", though `nameTokens` reads both alike.
 */
export function generationOf(raw: string): string {
  const words = letterRuns(foldText(raw));
  for (let i = words.length - 1; i > 0 && TRAILING_SUFFIXES.has(words[i]!); i--) if (GENERATIONS.has(words[i]!)) return words[i]!;
  return '';
}

/** Runs of a–z and 0–9 in folded text, apostrophes dropped so that "o'brien" stays one word. */
function letterRuns(folded: string): string[] {
  const runs: string[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) word += folded.slice(start, i);
    start = -1;
    if (APOSTROPHES.has(c)) continue;
    if (word) runs.push(word);
    word = '';
  }
  if (start >= 0) word += folded.slice(start);
  if (word) runs.push(word);
  return runs;
}

/** ' ’ ` ´ */
const APOSTROPHES = new Set([0x27, 0x2019, 0x60, 0xb4]);

function isNumber(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return token.length > 0;
}

/** The parts of a name the matcher compares: first name, the rest run together, and the last token. */
export interface NameShape {
  tokens: readonly string[];
  first: string;
  /** Everything after the first name without spaces: "del toro" → "deltoro", "gordon levitt" → "gordonlevitt". */
  rest: string;
  last: string;
}

export function nameShape(tokens: readonly string[]): NameShape {
  const first = tokens[0] ?? '';
  return {
    tokens,
    first,
    rest: tokens.length > 1 ? tokens.slice(1).join('') : first,
    last: tokens[tokens.length - 1] ?? '',
  };
}

/** Edits a name part may carry and still be the same person: none for 1–3 letters, one for 4–5, two from 6. */
export function typoBudget(part: string): number {
  if (part.length <= 3) return 0;
  if (part.length <= 5) return 1;
  return 2;
}

/** Spellings of one sound read as one, in this order, for `nameSound`: "ph" is "f", a "c" before e/i/y is "s", "d" is "t". */
const NAME_SOUNDS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck|qu|q/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/z/g, 's'],
  [/gu(?=[aeiouy])/g, 'g'],
  [/d/g, 't'],
  [/(.)\1+/g, '$1'],
  [/[aeiouyhw]+/g, 'a'],
  [/(.)\1+/g, '$1'],
];

/**
 * How a whole name sounds, roughly, its words run together: consonants kept (one spelling for each sound), each run of
 * vowels (and the "h", "w", "y" that only colour them) one "a". A name typed by its sounds, in pieces that are no
 * name's words ("jozef gordon levit", "tie-ka why-tee-tee"), keeps the key of the name it sounds like.
 */
export function nameSound(tokens: readonly string[]): string {
  return NAME_SOUNDS.reduce((w, [pattern, to]) => w.replace(pattern, to), tokens.filter((t) => !isNumber(t)).join(''));
}

/** A word's last "er" after a letter or more, which English without its "r" says as a vowel ("tiker" for "Taika"). */
const SPOKEN_ER = /(?<=\p{L}{2})er$/u;

/**
 * How a whole name typed by its sounds sounds (`nameSound`), each word's last "er" read as the vowel English without its
 * "r" says ("tiker wah titty" as "Taika Waititi"): only for offering a name by its sound, never for whether a given name
 * sounds as a signatory's own.
 */
export function wholeNameSound(tokens: readonly string[]): string {
  return nameSound(tokens.map((t) => t.replace(SPOKEN_ER, 'a')));
}

/** Edits between two `nameSound` keys, the longer `length` letters, that still sound alike: none under eight, one to thirteen, two from fourteen. */
export function soundBudget(length: number): number {
  if (length < 8) return 0;
  return length < 14 ? 1 : 2;
}

/**
 * People with their initials as one more alias when their name has three capitalised parts or more, the parts of a
 * hyphenated one counted apart ("Joseph Gordon-Levitt" is also "JGL"; "Guillermo del Toro" has two): the way such names are shortened. Not
 * initials two people share, nor ones that are a word of anyone's name.
 */
export function withInitials<T extends { name: string; aliases: readonly string[] }>(people: readonly T[]): T[] {
  const initialsOf = (name: string): string | null => {
    const parts = name.split(/[\s-]+/).filter((p) => /^\p{Lu}/u.test(p));
    return parts.length >= 3 ? foldText(parts.map((p) => p[0]!).join('')) : null;
  };
  const initials = people.map((p) => initialsOf(p.name));
  const words = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => nameTokens(n))));
  return people.map((p, i) => {
    const own = initials[i] ?? null;
    const unique = own !== null && initials.filter((x) => x === own).length === 1 && !words.has(own);
    return unique ? { ...p, aliases: [...p.aliases, own.toUpperCase()] } : p;
  });
}
