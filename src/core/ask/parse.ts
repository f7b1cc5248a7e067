import type { NameIndex, NameMatch } from '../name-index';
import type { Locale } from '../reply';
import type { Cue, Role, WordList } from '../schema';
import { editDistance, foldText } from '../text';
import { isLeadingTitle } from '../names';
import { isDictionaryTypo, isDictionaryWord } from './dictionary';
import { detectLanguage } from './language';
import { Lexicon, MONTH_NUMBER, NO_POSITIONS, indexOfPhrase, spelledAt, splitWords, startsWithCapital, stem, swapsOf, typedWordCount, typedWords, type Reading, type Term } from './lexicon';
import { alignedGaps, sentenceBreak, sentenceOpenings, typedGaps } from './question-text';

export type QuestionType = 'who' | 'when' | 'how_many' | 'which' | 'yes_no' | 'compare' | 'list' | 'quote' | 'other';

/** A span of the question that the signatory matcher recognises (or that is the subject of "did … sign?"). */
export interface PersonSlot {
  span: string;
  match: NameMatch;
}

/** What a question asks and about whom or what, read before any retrieval. */
export interface ParsedQuestion {
  text: string;
  /** Detected language; null when the words do not tell. */
  lang: Locale | null;
  type: QuestionType;
  reading: Reading;
  cues: ReadonlySet<Cue>;
  /** People the signatory matcher recognises, longest span first; never inside quotation marks. */
  people: PersonSlot[];
  /** In a yes/no question about signing, the name asked about even when it is not in our list. */
  subject: string | null;
  /** About signing ("sign", "signataire", "on the list"). */
  aboutSigning: boolean;
  /** The words of signing stand in a clause that a question word opens: it asks something else of the signing (see `parseQuestion`). */
  signingUnderWh: boolean;
  /** "Which strike ended first?": a "which" of a kind, then a word of being first (see `parseQuestion`). */
  whichFirst: boolean;
  roles: Role[];
  /** Figures in the question, as numbers (230bn → 230e9), years excluded. */
  numbers: number[];
  years: number[];
  /** Text inside quotation marks: titles and campaign names; a person only when it is a signatory's name (see `signatoryQuoted`). */
  quoted: string[];
  /** Names a letter that is not ours and none that is ("another letter", "une lettre du même genre"). */
  otherLetter: boolean;
  /**
   * Full names typed that are no signatory's but end with a signatory's surname ("Jake Gyllenhaal", "Bryce Dallas
   * Howard"), as typed: a namesake asked about beside the signatory must get a verdict of its own, never the signatory's.
   */
  namesakes: string[];
}

/** A word of signing that is the signers' noun, not a verb ("signatories", "signataires", "signers"; folded). */
export const SIGNING_NOUN = /^signat|^signers$/;
const QUOTED = /"([^"]{2,})"|“([^”]{2,})”|«\s*([^»]{2,}?)\s*»|‘([^’]{2,})’/g;
/**
 * The same, with straight single quotes too ('Stealing Isn't Innovation', "spells it 'Maggie Gylenhall'"): an opening
 * mark after a space, a closing one before a space or punctuation, so that "l'IA" or "the writers' strike" is none.
 * Only for what a quotation is not (a person); a figure quoted so is still one to check ("wrote '500 signatures'").
 */
const QUOTED_ANY = /"([^"]{2,})"|“([^”]{2,})”|«\s*([^»]{2,}?)\s*»|‘([^’]{2,})’|(?<=^|[\s(])'([^']{2,}?)'(?=$|[\s.,;:!?)—–-])/g;
/** The marks QUOTED_ANY's quotations open with. */
const QUOTE_MARK = /["“«‘']/;
const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, mille: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9,
  milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, t: 1e12, tn: 1e12, trillion: 1e12, trillions: 1e12,
};
/** `SCALE` by word: a Map, so a word typed in a question ("constructor", "valueOf") finds no property of every object. */
const SCALE_OF: ReadonlyMap<string, number> = new Map(Object.entries(SCALE));
const NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)*)\s*(k|thousand|mille|mn|m|millions?|bn|b|billions?|milliards?|mds?|tn|t|trillions?)?\b(?!\s*(?:min|minutes?|h|heures?|hours?|sec|secondes?|seconds?|ans|years?|[ap]\.?m|o['’]?clock)\b)/giu;
/** A term that names something of its own: full weight, neither a figure nor a role ("a thing signed", "a thing joined"). */
const substantive = (t: Term): boolean => t.weight >= 1 && t.kind !== 'number' && t.kind !== 'role';
/** Years people ask about (2023, 2025); other figures are numbers to check. */
export const YEAR = /^(19|20)\d{2}$/;

/** No years: one empty list shared by the letters typed with none (most). */
const NO_YEARS: readonly number[] = [];

/** The year typed as the word at `k` of folded words (`YEAR`), or null. */
export function yearAt(words: readonly string[], k: number): number | null {
  const word = words[k];
  return word !== undefined && YEAR.test(word) ? Number(word) : null;
}

/**
 * The years typed on a word for a letter (the term at `at`, `span` words long): right before it ("the 2024 letter"),
 * and, given `ofWords`, after it and one of them ("la lettre de 2024"). Whose letter that year dates is the caller's to read.
 */
export function yearsOnLetter(words: readonly string[], term: Pick<Term, 'at' | 'span'>, ofWords?: ReadonlySet<string>): readonly number[] {
  const before = yearAt(words, term.at - 1);
  const end = term.at + (term.span ?? 1);
  const after = ofWords !== undefined && ofWords.has(words[end] ?? '') ? yearAt(words, end + 1) : null;
  if (before === null) return after === null ? NO_YEARS : [after];
  return after === null ? [before] : [before, after];
}
/** Words of digits, read for every word of a question (a pattern literal would be a new object each time). */
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const FOUR_DIGITS = /^\d{4}$/;
const DIGITS_ONLY = /^\d+$/;
/** A group of thousands ("000" of "1 000"), and the figure before one: made once, not at every word (a pattern literal is a new object each time). */
const THREE_DIGITS = /^\d{3}$/;
const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;
const DIGIT = /\d/;
const DIGIT_FIRST = /^\d/;
const MAX_SPAN = 4;

/** Month names in English and French, folded, from the platform's calendar data: a day next to one is a date. */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NUMBER.keys());

/**
 * The first month a text's folded words date something with ("On 11 June 2025…" → 5, "en juin" → 5): a month name
 * next to a day or a year, or one that is no other word too ("may" is a verb unless a day or year stands by it).
 */
export function firstMonth(words: readonly string[]): number | undefined {
  const dated = (w: string | undefined): boolean => w !== undefined && (FOUR_DIGITS.test(w) || (ONE_OR_TWO_DIGITS.test(w) && Number(w) >= 1 && Number(w) <= 31));
  for (let i = 0; i < words.length; i++) {
    const m = MONTH_NUMBER.get(words[i]!);
    if (m === undefined) continue;
    if (dated(words[i - 1]) || dated(words[i + 1]) || words[i] !== 'may') return m;
  }
  return undefined;
}

/**
 * The latest date a text's folded words give, as a number yyyymmdd ("On 11 June 2025…" → 20250611), or undefined: a
 * year with the month and day before it when there are; a year alone counts as its last day, a month without a day
 * as its last days (31).
 */
export function latestDate(words: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!YEAR.test(words[i]!)) continue;
    const month = MONTH_NUMBER.get(words[i - 1] ?? '');
    const day = month !== undefined && ONE_OR_TWO_DIGITS.test(words[i - 2] ?? '') ? Number(words[i - 2]) : 31;
    const date = Number(words[i]) * 10000 + (month === undefined ? 1231 : (month + 1) * 100 + Math.min(day, 31));
    if (latest === undefined || date > latest) latest = date;
  }
  return latest;
}

/**
 * The earliest year a text's folded words reach back to, or undefined when it gives no year and no span: its earliest
 * year, or a span of years counted back from its latest year (else `fromYear`) when it goes further ("for nearly 250
 * years" → 1775 of a 2025 text; "the first time in 63 years" → 1960 of a 2023 one). `spanUnits` are the words of a
 * year ("years", "ans").
 */
export function earliestYear(words: readonly string[], spanUnits: ReadonlySet<string>, fromYear: number): number | undefined {
  let earliest: number | undefined;
  let latest: number | undefined;
  for (const w of words) {
    if (!YEAR.test(w)) continue;
    const year = Number(w);
    if (earliest === undefined || year < earliest) earliest = year;
    if (latest === undefined || year > latest) latest = year;
  }
  for (let i = 1; i < words.length; i++) {
    if (!spanUnits.has(words[i]!) || !DIGITS_ONLY.test(words[i - 1]!) || YEAR.test(words[i - 1]!)) continue;
    const back = (latest ?? fromYear) - Number(words[i - 1]);
    if (earliest === undefined || back < earliest) earliest = back;
  }
  return earliest;
}

/**
 * The first date a text gives (folded words), as yyyymmdd: its first year, with its month and day when they stand
 * before it. A fact's answer opens on its own event ("On 11 December 2025 Trump signed…"), then may date what it
 * builds on ("EO 14179, the January 2025 order").
 */
export function firstDate(words: readonly string[]): number | undefined {
  const i = words.findIndex((w) => YEAR.test(w));
  if (i < 0) return undefined;
  const month = MONTH_NUMBER.get(words[i - 1] ?? '');
  const day = month !== undefined && ONE_OR_TWO_DIGITS.test(words[i - 2] ?? '') ? Number(words[i - 2]) : 1;
  return Number(words[i]) * 10000 + (month === undefined ? 101 : (month + 1) * 100 + Math.min(day, 31));
}

/** Day names in English and French, folded, from the platform's calendar data ("monday", "samedi"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  (['en', 'fr'] as const).flatMap((lang) => Array.from({ length: 7 }, (_, d) => foldText(new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 0, 5 + d)))))),
);

/**
 * Where a text gives a date, by word index in `words` (folded words): a month or day name, a year, or a day of the
 * month next to a month name ("19" in "march 19", "le 20 mars"), typed as an ordinal too (its ending a word of
 * `ordinalEndings`, the `wordLists` list: "march 1st", "le 1er mars").
 */
export function dateWordsAt(words: readonly string[], ordinalEndings: ReadonlySet<string>): Set<number> {
  const at = new Set<number>();
  const month = (i: number): boolean => MONTHS.has(words[i] ?? '');
  words.forEach((w, i) => {
    // A day typed as an ordinal ("le 1er mars", "March 1st") is read as a figure and its ending.
    const ordinal = ordinalEndings.has(words[i + 1] ?? '');
    if (month(i) || WEEKDAYS.has(w) || YEAR.test(w) || (ONE_OR_TWO_DIGITS.test(w) && Number(w) >= 1 && Number(w) <= 31 && (month(i - 1) || month(i + 1) || (ordinal && month(i + 2))))) at.add(i);
  });
  return at;
}

/**
 * Counts a text gives by word index in `words` (folded words): a figure ("1000", not a year) or a word of scale typed
 * alone ("a thousand people", "les mille stars"), not after a figure ("2 mille" is read by `readNumbers`).
 */
export function countsAt(words: readonly string[]): Map<number, number> {
  const at = new Map<number, number>();
  // "1 000 stars": groups of three digits after a figure of one to three are its thousands (read at the last group).
  const group = (i: number): boolean => THREE_DIGITS.test(words[i] ?? '') && ONE_TO_THREE_DIGITS.test(words[i - 1] ?? '');
  words.forEach((w, i) => {
    if (group(i + 1)) return;
    if (group(i)) {
      let from = i - 1;
      while (group(from)) from--;
      at.set(i, Number(words.slice(from, i + 1).join('')));
    } else if (DIGITS_ONLY.test(w) && !YEAR.test(w)) at.set(i, Number(w));
    else if (w.length > 2 && !DIGIT_FIRST.test(words[i - 1] ?? '')) {
      const scale = SCALE_OF.get(w);
      if (scale !== undefined) at.set(i, scale);
    }
  });
  return at;
}

/** Relative gap within which a figure in a question is "the same" as one in the data (230 vs 229 billion). */
const NUMBER_TOLERANCE = 0.05;

/** Whether two figures are the same within NUMBER_TOLERANCE ("230 billion" is the letter's 229). */
export function sameFigure(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.abs(a - b) / Math.max(a, b) <= NUMBER_TOLERANCE;
}

/**
 * Figures in a text: "$229Bn" → 229e9, "2.3 million" → 2.3e6, "8,755" → 8755; years apart; days of a month ("March 19", "le
 * 20 mars") are no figures, nor an hour typed with its "h", "a.m.", "p.m." or "o'clock" ("18 h", "6pm", "10 a.m."), nor spans of
 * minutes or hours ("20 min"). A question's other times of the clock are written so first (`Lexicon.clockTimes`: "18:00"
 * → "18h00", "19 h 30" → "19h30").
 */
export function readNumbers(text: string): { numbers: number[]; years: number[] } {
  const numbers: number[] = [];
  const years: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1]!.replace(/[ \u00a0\u202f]/g, '');
    const scale = m[2] ? SCALE_OF.get(m[2].toLowerCase()) : undefined;
    if (!scale && /^\d{1,2}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 31) {
      const before = foldText(text.slice(0, m.index)).match(/([a-z]+)\s*$/)?.[1];
      const after = foldText(text.slice(m.index + m[0].length)).match(/^\s*([a-z]+)/)?.[1];
      if ((before && MONTHS.has(before)) || (after && MONTHS.has(after))) continue;
    }
    // "the 2007-08 strike", "la saison 1999/00": two digits right after a year and a dash or slash end a span of years.
    const spanFrom = !scale && /^\d{2}$/.test(raw) ? text.slice(0, m.index).match(/\b((?:19|20)\d{2})[-–/]$/) : null;
    if (spanFrom) {
      const from = Number(spanFrom[1]);
      const to = Math.floor(from / 100) * 100 + Number(raw);
      years.push(to < from ? to + 100 : to);
      continue;
    }
    // "8,755" is eight thousand; "2,3" (French) and "2.3" are decimals.
    const value = /^\d{1,3}(,\d{3})+$/.test(raw) ? Number(raw.replace(/,/g, '')) : Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    if (!scale && YEAR.test(raw)) years.push(value);
    else numbers.push(value * (scale ?? 1));
  }
  return { numbers, years };
}

/**
 * Whether a word of three letters or more is one of `words` with one letter typed for another ("ehat" for "what") or
 * two letters side by side typed in each other's place ("hwo" for "how", "waht" for "what").
 */
function slipOfAny(word: string, words: ReadonlySet<string>): boolean {
  if (word.length < 3) return false;
  for (const w of words) {
    if (w.length !== word.length || w === word) continue;
    let diff = 0;
    for (let i = 0; i < w.length && diff < 2; i++) if (w[i] !== word[i]) diff += 1;
    if (diff === 1) return true;
  }
  return swapsOf(word).some((swapped) => words.has(swapped));
}

/**
 * Whether the words of a "did … sign?" subject can be a person's name, as typed: no acronym ("AFP", "SACD", "NY Sun"),
 * one case throughout (a short lowercase particle aside: "Guillermo del Toro"; not "Matrix co" of "Matrix co-creator"),
 * and, in lower case, not only common words or fragments ("one line", "matrix co"; "elon musk", "ben affleck" are names);
 * a lone lowercase common word only right before the verb ("gosling signed it?", "musk a signé ?"; not the "rumeur" of
 * "il a signé ou c'est une rumeur ?").
 */
function personLike(words: readonly string[], asTyped: boolean, beforeVerb: boolean): boolean {
  if (!asTyped) return true;
  if (words.some((w) => w.length >= 2 && /^\p{Lu}+$/u.test(w))) return false;
  const capitalised = words.map((w) => startsWithCapital(w));
  if (capitalised.every((c) => !c)) return (words.length === 1 && beforeVerb) || !words.every((w) => w.length <= 2 || isDictionaryWord(foldText(w)));
  return words.every((w, i) => capitalised[i] || (w.length <= 3 && i > 0 && i < words.length - 1));
}

/**
 * What parts the two things after a cue of "between" that ends on `word`: "and" (`andWords`: "between A and B"); "to"
 * after "from" (`rangeOpeners`, `rangeClosers`: "days from A to B"); "from" after "separate" (`separatingVerbs`,
 * `separatingJoiners`: "how many months separate A from B").
 */
export function betweenJoiners(word: string, lexicon: Pick<Lexicon, 'wordList'>): ReadonlySet<string> {
  if (lexicon.wordList('rangeOpeners').has(word)) return lexicon.wordList('rangeClosers');
  if (lexicon.wordList('separatingVerbs').has(word)) return lexicon.wordList('separatingJoiners');
  return lexicon.wordList('andWords');
}

/**
 * The "de" that parts A from B after a French verb of separating that ends at `from` ("combien de jours séparent A de
 * B ?": `frenchSeparatingVerbs`, its "de" `frenchSeparatingJoiners`, a determiner `frenchSeparatingOpeners`), or -1: the
 * first that a determiner follows and that follows who or what A is about (a name, role, figure or the letter: "la fin
 * de la grève des scénaristes | de la fin…", "la signature du décret 14179 | de sa publication"). A's own "de" follows
 * a word of what happened ("la fin | de la grève").
 */
export function separatingDe(reading: Pick<Reading, 'terms' | 'words'>, from: number, lexicon: Pick<Lexicon, 'wordList'>): number {
  const { terms, words } = reading;
  const ands = lexicon.wordList('andWords');
  if (!lexicon.wordList('frenchSeparatingVerbs').has(words[from - 1] ?? '') || words.some((w, i) => i > from && ands.has(w))) return -1;
  const joiners = lexicon.wordList('frenchSeparatingJoiners');
  const openers = lexicon.wordList('frenchSeparatingOpeners');
  const who = (at: number): boolean => terms.some((t) => t.at === at && (t.kind === 'role' || t.kind === 'number' || t.kind === 'word' || t.term === 'c:letter'));
  return words.findIndex((w, i) => i > from + 1 && joiners.has(w) && openers.has(words[i + 1] ?? '') && who(i - 1));
}

/** Whether a term's last word is typed in the plural ("actors", "acteurs", "réseaux"; not "actress"). */
function typedPlural(words: readonly string[], t: Pick<Term, 'at' | 'span'>): boolean {
  return /[^s]s$|x$/.test(words[t.at + (t.span ?? 1) - 1] ?? '');
}

/** How many words before a "between" a unit of time may stand and still be the time asked between the two things. */
const SPAN_BEFORE_BETWEEN = 4;

/**
 * "Entre l'envoi de la lettre et l'article de BFMTV, il s'est passé combien de jours ?", "how many days did people have
 * between the RFI being published and the comment deadline?": the time between two things asked apart from its
 * "between" ("how many days" or "combien de temps" elsewhere in the sentence, not one cue with it). The two things, as
 * word ranges: from the "between" to its "and", and from there to the time asked, or the end. Null when the question
 * asks no time (how many days, weeks…; a compare cue of several words) or a side names nothing.
 */
export function betweenParts(reading: Reading, lexicon: Pick<Lexicon, 'wordList'>): [[number, number], [number, number]] | null {
  const { terms, cues, words } = reading;
  const compares = cues.filter((c) => c.cue === 'compare');
  const inCompare = (at: number): boolean => compares.some((c) => at >= c.at && at < c.at + c.length);
  // Where the time is asked: "how many" right before a span of time ("days", "jours"), or a compare cue of several words
  // ("s'est écoulé combien de temps").
  const spans = cues.filter((c) => c.cue === 'span');
  const asked = [
    ...terms.filter((t) => t.term === 'c:howmany' && spans.some((c) => c.at > t.at && c.at <= t.at + (t.span ?? 1) + 1)).map((t) => t.at),
    ...compares.filter((c) => c.length > 1).map((c) => c.at),
    // "How long was it between A and B?": a span of time asked (`howLong`) apart from its "between".
    ...cues.filter((c) => c.cue === 'howLong').map((c) => c.at),
    // "…weeks passed between the letter and the Action Plan?", "…jours entre la lettre et l'article ?": a unit of time a
    // few words before the "between" is the time between them, though its "how many" was lost or never typed.
    ...spans.filter((c) => cues.some((b) => b.cue === 'between' && b.at > c.at && b.at - c.at <= SPAN_BEFORE_BETWEEN)).map((c) => c.at),
  ].sort((a, b) => a - b);
  const asking = new Set([...terms.filter((t) => t.term === 'c:howmany').map((t) => t.at), ...spans.map((c) => c.at)]);
  // "Entre la lettre et le plan d'action de juillet, il s'est passé… ?", "between the RFI and the deadline?": a question
  // that opens on its "between" and asks nothing else (no question word but a "how many", no yes/no verb) asks the
  // time between the two things, though the words asking it are lost or never typed.
  const opening = asked.length === 0 && !cues.some((c) => (c.cue === 'wh' && !asking.has(c.at)) || c.cue === 'yesno');
  if (asked.length === 0 && !opening) return null;
  const names = (from: number, to: number): boolean =>
    terms.some((t) => t.at >= from && t.at < to && (t.weight >= 1 || t.term === 'c:letter') && t.term !== 'c:happen' && !asking.has(t.at) && !inCompare(t.at));
  for (const between of cues.filter((c) => c.cue === 'between' && !inCompare(c.at) && (!opening || c.at === 0))) {
    const from = between.at + between.length;
    const joiners = betweenJoiners(words[from - 1] ?? '', lexicon);
    const separated = separatingDe(reading, from, lexicon);
    const and = separated >= 0 ? separated : words.findIndex((w, i) => i > from && joiners.has(w));
    if (and < 0 || asked.some((at) => at > between.at && at < and)) continue;
    const to = asked.find((at) => at > and) ?? words.length;
    if (names(from, and) && names(and + 1, to)) return [[from, and], [and + 1, to]];
  }
  return null;
}

/** How many words a "which" may stand before the compare cue it asks ("which one came first", "lequel d'abord", "which ruling came down first", "lequel a été jugé en premier"). */
const PAIRED_WHICH_REACH = 4;

/**
 * "…on the same day or not?", "le même jour ou pas ?": whether an "or" cue is one that only words of "not"
 * (`orNotWords`) follow to the end of the question: it asks yes or no and offers no second thing.
 */
export function orNot(reading: Reading, lexicon: Pick<Lexicon, 'wordList'>, c: Reading['cues'][number]): boolean {
  const words = reading.corrected;
  const not = lexicon.wordList('orNotWords');
  return c.at + c.length < words.length && words.slice(c.at + c.length).every((w) => not.has(w));
}

/**
 * "Bartz and Kadrey rulings — which was first?", "rapport du Copyright Office et renvoi de Hayden, lequel d'abord ?":
 * two things joined by the one "and" before a "which" that asks a compare cue of them are set against each other as
 * "or" sets them. The index of that "and", when no "or" is typed (but the "or not" closing a yes/no question) and each
 * side of it names something; else -1.
 */
export function pairedAnd(reading: Reading, lexicon: Pick<Lexicon, 'wordList'>, text?: string): number {
  const { terms, cues, corrected: words } = reading;
  const andWords = lexicon.wordList('andWords');
  if (cues.some((c) => c.cue === 'alternative' && !orNot(reading, lexicon, c))) return -1;
  // The question's end, before such an "or not": a cue before it still closes the question.
  const end = cues.find((c) => c.cue === 'alternative')?.at ?? words.length;
  const inCue = (at: number): boolean => cues.some((c) => c.cue !== 'which' && c.cue !== 'list' && at >= c.at && at < c.at + c.length);
  // The reach counts from the which's last word: "lequel des deux a précédé" is as near as "lequel a précédé".
  const names = (from: number, to: number): boolean =>
    terms.some((t) => t.at >= from && t.at < to && (t.weight >= 1 || t.term === 'c:letter') && t.term !== 'c:happen' && t.term !== 'c:first' && !inCue(t.at));
  const which = cues.find(
    (w) =>
      ((w.cue === 'which' || w.cue === 'wh') && cues.some((c) => c.cue === 'compare' && ((c.at >= w.at && c.at - (w.at + w.length - 1) <= PAIRED_WHICH_REACH) || (w.at > c.at && w.at < c.at + c.length)))) ||
      firstOfTwo(reading, w) !== null,
  );
  if (!which) return closingPair(reading, names, inCue, andWords, end, lexicon.wordList('rangeClosers'));
  // "Disney et Universal ont porté plainte contre Midjourney combien de temps après la lettre ?": a cue the question word
  // opens that asks a span of time (a `howLong` cue: "how long", "combien de jours") and ends on a lone "before" or
  // "after" (a compare cue of one word, not one of being first), naming the other thing after it, compares what stands
  // before it with what follows; the "and" before it joins two names of the first thing. Not "quel écart entre A et
  // B", which asks no span that way.
  const firsts = new Set(terms.filter((t) => t.term === 'c:first').map((t) => t.at));
  const within = (d: Reading['cues'][number], c: Reading['cues'][number]): boolean => d.at >= c.at && d.at + d.length <= c.at + c.length;
  const opened = cues.find(
    (c) =>
      c.cue === 'compare' && which.at >= c.at && which.at < c.at + c.length &&
      cues.some((d) => d.cue === 'howLong' && within(d, c)) &&
      cues.some((d) => d.cue === 'compare' && d.length === 1 && d.at === c.at + c.length - 1 && !firsts.has(d.at)),
  );
  if (opened && names(opened.at + opened.length, end)) return -1;
  // The two things stand in the which's own sentence ("…a weekend. Which outlets reported it first?" pairs nothing
  // before its full stop), when the text is given.
  const sentences = text === undefined ? null : sentencesOf(text, words.length, lexicon.wordList('dottedAbbreviations'));
  const opens = sentences ? sentences.of.indexOf(sentences.of[which.at]!) : 0;
  const ands = words.map((w, i) => (i >= opens && i < which.at && andWords.has(w) && !inCue(i) ? i : -1)).filter((i) => i >= 0);
  if (ands.length === 0) {
    // "Dans quel ordre : A et B ?", "in what order, A and B?": a question that opens on the cue it asks (nothing named
    // before it) sets the two things joined by the one "and" after it against each other.
    const asked = cues.find((c) => c.cue === 'compare' && which.at >= c.at && which.at < c.at + c.length && !cues.some((d) => d.cue === 'compare' && d.at === c.at && d.length > c.length));
    if (!asked || names(0, asked.at)) return -1;
    const end = asked.at + asked.length;
    const after = words.map((w, i) => (i >= end && andWords.has(w) && !inCue(i) ? i : -1)).filter((i) => i >= 0);
    return after.length === 1 && names(end, after[0]!) && names(after[0]! + 1, words.length) ? after[0]! : -1;
  }
  if (ands.length !== 1) return -1;
  const and = ands[0]!;
  return names(opens, and) && names(and + 1, which.at) ? and : -1;
}

/**
 * "Hayden et Perlmutter : laquelle des deux a été écartée la première ?", "which of the two rulings came down first?": a
 * "which of the two" (a `which` cue of several words) asks a comparison by a compare cue or a word of being first
 * anywhere after it, however far: the first such, as a word index and length (a compare cue of several words whole).
 * Null for any other cue.
 */
export function firstOfTwo(reading: Reading, which: Reading['cues'][number]): { at: number; length: number } | null {
  if (which.cue !== 'which' || which.length < 3) return null;
  const after = which.at + which.length;
  const cue = reading.cues.find((c) => c.cue === 'compare' && c.at >= after);
  const first = reading.terms.find((t) => t.term === 'c:first' && t.at >= after);
  if (cue && (!first || cue.at <= first.at)) return { at: cue.at, length: cue.length };
  return first ? { at: first.at, length: first.span ?? 1 } : null;
}

/**
 * "Were OpenAI's and Google's filings on the same day?", "DeepSeek R1 et l'abrogation du décret de Biden, même jour ?",
 * "the firing and the report: how far apart?": a compare cue of several words that closes the question (nothing named
 * after it) and sets no one thing against another of its own ("before or after", "how long after" say of one thing
 * that it came before another) sets the two things joined by the one "and" before it against each other. The index of
 * that "and", when each side of it names something; else -1.
 */
function closingPair(
  reading: Reading,
  names: (from: number, to: number) => boolean,
  inCue: (at: number) => boolean,
  andWords: ReadonlySet<string>,
  end: number,
  closers: ReadonlySet<string>,
): number {
  const { terms, cues, corrected: words } = reading;
  const oneSided = (c: Reading['cues'][number]): boolean =>
    terms.some((t) => t.term === 'c:first' && t.at >= c.at && t.at < c.at + c.length) ||
    cues.some((d) => (d.cue === 'alternative' || d.cue === 'since') && d.at >= c.at && d.at < c.at + c.length);
  // "la signature du décret et sa publication, combien de jours ?": a span of time asked (`howLong`, of several words)
  // that closes the question asks the time between the two things joined before it, as "how far apart" does.
  const closing = closingCue(reading, names, end) ?? closingSpan(reading, names, end);
  if (!closing) return openingPair(reading, names, inCue, andWords);
  if (oneSided(closing)) return -1;
  const joining = (joiners: ReadonlySet<string>): number[] => words.map((w, i) => (i < closing.at && joiners.has(w) && !inCue(i) ? i : -1)).filter((i) => i >= 0);
  // "EO 14179 to ltr submission - how many days": with no "and", the one "to" of a range (`rangeClosers`) joins the two
  // as "from A to B" does. Not the "to" after a thing sent ("letter to OSTP", "comments to the White House"): it names
  // where that thing went.
  const ands = joining(andWords);
  const sentTo = (at: number): boolean => SENT_THINGS.has(terms.filter((t) => t.at < at && (t.weight >= 1 || t.term === 'c:letter')).at(-1)?.term ?? '');
  const parts = ands.length === 0 ? joining(closers).filter((at) => !sentTo(at)) : ands;
  if (parts.length !== 1) return -1;
  const and = parts[0]!;
  return names(0, and) && names(and + 1, closing.at) ? and : -1;
}

/** Concepts of a thing sent, or its sending: a "to" after one names where it went, not the end of a range (see closingPair). */
const SENT_THINGS: ReadonlySet<string> = new Set(['c:letter', 'c:comment', 'c:send', 'c:argue']);

/** A span of time asked (`howLong`, of several words: "how long", "combien de jours") with nothing named after it. */
function closingSpan(reading: Reading, names: (from: number, to: number) => boolean, end = reading.words.length): Reading['cues'][number] | undefined {
  // Not after a question word of its own ("qui a fait grève, et pendant combien de temps ?"): the "and" joins two questions.
  const asks = (c: Reading['cues'][number]): boolean => reading.cues.some((w) => w.cue === 'wh' && w.at < c.at);
  return reading.cues.find((c) => c.cue === 'howLong' && c.length > 1 && !names(c.at + c.length, end) && !asks(c));
}

/**
 * "same day? Trump revoking Biden's order and the DeepSeek R1 release", "même jour : A et B ?": the words of one day
 * (`sameDay`, of several words) that open the question, nothing named before them, set the two things joined by the one
 * "and" after them against each other: its index, or -1.
 */
function openingPair(reading: Reading, names: (from: number, to: number) => boolean, inCue: (at: number) => boolean, andWords: ReadonlySet<string>): number {
  const { cues, corrected: words } = reading;
  const opening = cues.find((c) => c.cue === 'sameDay' && c.length > 1 && !names(0, c.at) && !cues.some((d) => d.cue === c.cue && d.at <= c.at && d.at + d.length > c.at && d.length > c.length));
  if (!opening) return -1;
  const end = opening.at + opening.length;
  const ands = words.map((w, i) => (i >= end && andWords.has(w) && !inCue(i) ? i : -1)).filter((i) => i >= 0);
  if (ands.length !== 1) return -1;
  const and = ands[0]!;
  return names(end, and) && names(and + 1, words.length) ? and : -1;
}

/**
 * The compare cue, or the words of one day ("same day", "même jour": `sameDay`), of several words that closes a question
 * (its words up to `end`: see pairedAnd): nothing named after it, and no longer compare cue around it. "Le même jour
 * qu'OpenAI" is no closing cue: it names what it sets its subject against.
 */
export function closingCue(reading: Reading, names: (from: number, to: number) => boolean, end = reading.words.length): Reading['cues'][number] | undefined {
  const { cues } = reading;
  return cues.find(
    (c) => (c.cue === 'compare' || c.cue === 'sameDay') && c.length > 1 && !names(c.at + c.length, end) && !cues.some((d) => d.cue === c.cue && d.at <= c.at && d.at + d.length > c.at && d.length > c.length),
  );
}

/** How many words after an auxiliary of a past state (`doneByAuxiliaries`) its participle may come ("était-il déjà signé"). */
const DONE_BY_REACH = 3;

/**
 * "Had the writers' strike ended when the actors walked out?", "was the strike still on by the time the deal came?",
 * "la grève était-elle finie quand celle des acteurs a commencé ?": whether one thing had ended (or was still going on)
 * when another happened is the order of the two in time. The joint ("when", "by the time", "quand": `overlapJoints`), as a word index and
 * length, when no compare cue is typed, the joint is not the question's first word, the part before it asks of an end,
 * of "still" (`stillWords`) or of something done by then ("had … ratified": `doneByOpeners`) and names something else too, and the part after it names something. Null otherwise.
 */
export function overlapJoint(reading: Reading, lexicon: Pick<Lexicon, 'wordList' | 'overlapJoints'>): { at: number; length: number } | null {
  const { terms, cues, words } = reading;
  if (cues.some((c) => c.cue === 'compare')) return null;
  const named = (t: Term): boolean => t.weight >= 1 && t.term !== 'c:happen' && t.term !== 'c:end' && t.term !== 'c:when';
  // After the joint, the letter is one thing to set against another (its filing), though a word of little weight: "had
  // the order been signed at the time of the letter?".
  const namedLater = (t: Term): boolean => named(t) || t.term === 'c:letter';
  // Whether the joint at `at` joins an end asked of something named to something named after it (out of the loop: a
  // loop whose variable a closure captures builds a new scope object at every word).
  const joins = (at: number, length: number): boolean => {
    // The terms before and after the joint, in one pass and no list of either.
    let asksEnd = false;
    let namedBefore = false;
    let namedAfter = false;
    for (const t of terms) {
      if (t.at < at) {
        if (t.term === 'c:end') asksEnd = true;
        if (named(t)) namedBefore = true;
      } else if (t.at >= at + length && namedLater(t)) namedAfter = true;
    }
    const still = lexicon.wordList('stillWords');
    for (let k = 0; k < at && !asksEnd; k++) if (still.has(words[k]!)) asksEnd = true;
    if (lexicon.wordList('doneByOpeners').has(words[0]!)) asksEnd = true;
    // "le décret était signé au moment de la lettre ?": an auxiliary of a past state (`doneByAuxiliaries`) with a verb
    // asked within a few words after it (past the inverted pronoun or "été") asks whether it was done by then. Not in
    // a question of who or what ("qui était président au moment de la lettre ?"): that asks for someone then.
    if (!asksEnd && !cues.some((c) => c.cue === 'wh')) {
      const done = lexicon.wordList('doneByAuxiliaries');
      for (let k = 0; k < at && !asksEnd; k++) if (done.has(words[k]!) && terms.some((t) => t.at > k && t.at <= k + DONE_BY_REACH && t.at < at && t.weight >= 1)) asksEnd = true;
    }
    return asksEnd && namedBefore && namedAfter;
  };
  for (let at = 1; at < words.length; at++) {
    const joint = overlapJointAt(words, at, lexicon.overlapJoints);
    if (joint && joins(at, joint.length)) return { at, length: joint.length };
  }
  // "When the letter was sent, was the report already out?", "Au moment de l'envoi de la lettre, le rapport était-il déjà
  // sorti ?": the joint may open the question, the thing it dates first; what follows asks whether the other was done by
  // then (a word of "already", `alreadyWords`) and names two things (the letter counts: see `namedLater`). Not a question
  // of who or what after the joint ("when the letter was sent, who was already in office?").
  const opening = overlapJointAt(words, 0, lexicon.overlapJoints);
  if (opening && !cues.some((c) => c.cue === 'wh' && c.at >= opening.length)) {
    const already = lexicon.wordList('alreadyWords');
    const after = terms.filter((t) => t.at >= opening.length && namedLater(t));
    if (words.some((w, k) => k > opening.length && already.has(w)) && after.length >= 2) return { at: 0, length: opening.length };
  }
  return null;
}

/** The first of the joints (`overlapJoints`) spelt at word `at`, if any. */
function overlapJointAt(words: readonly string[], at: number, joints: readonly (readonly string[])[]): readonly string[] | undefined {
  for (const joint of joints) if (spelledAt(words, at, joint)) return joint;
  return undefined;
}

/** The patterns of `withSignSlipRead`, built from a lexicon's word lists once per lexicon. */
const SIGN_SLIP_PATTERNS = new WeakMap<Pick<Lexicon, 'wordList'>, { opening: RegExp; sungThing: RegExp }>();

/** Words of a word list as one alternation of a pattern (folded words: letters and digits, nothing to escape). */
const alternation = (lexicon: Pick<Lexicon, 'wordList'>, name: WordList): string => `(?:${[...lexicon.wordList(name)].join('|')})`;

/**
 * The opening of a question whose verb may be a slip of "sign": an auxiliary (`signSlipAuxiliaries`), a name of one to
 * four words, the verb, and then the end, a pronoun (`signSlipObjects`, `signSlipParticles`) or the letter
 * (`signSlipArticles`, `signSlipNouns`); and what follows a form of "sing" that makes it signing (`sungArticles`, `sungNouns`).
 */
function signSlipPatterns(lexicon: Pick<Lexicon, 'wordList'>): { opening: RegExp; sungThing: RegExp } {
  let patterns = SIGN_SLIP_PATTERNS.get(lexicon);
  if (!patterns) {
    const list = (name: WordList): string => alternation(lexicon, name);
    patterns = {
      opening: new RegExp(
        `^(\\s*${list('signSlipAuxiliaries')}\\s+)((?:[\\p{L}'’.-]+\\s+){1,4}?)([a-z]{3,7})(?=\\s*(?:$|[?!.,]|\\s(?:${list('signSlipObjects')}|${list('signSlipArticles')}\\s+${list('signSlipNouns')}|${list('signSlipParticles')}\\b)))`,
        'iu',
      ),
      sungThing: new RegExp(`^\\s+${list('sungArticles')}\\s+${list('sungNouns')}\\b`, 'iu'),
    };
    SIGN_SLIP_PATTERNS.set(lexicon, patterns);
  }
  return patterns;
}

/**
 * "did cate blanchett sigh the letter", "has tom hanks singed it": a slip of "sign" (one letter changed, added, left out
 * or swapped; "singed", "signd" for "signed") typed as the verb right after "did/has/does" and a name of one to four
 * words, and before the end, "it" or "the letter" (see `signSlipPatterns`): read as "sign". Never "sing" at the end or
 * before "it" ("sing the letter" is no song), "sin" or "sine" (other verbs, `signSlipExempt`: "did Taylor Swift
 * sing?"), never in another place ("a deep sigh"), never after a word of grammar (`signSlipGrammar`: "did the crowd sigh").
 */
export function withSignSlipRead(text: string, lexicon: Pick<Lexicon, 'wordList'>): string {
  const { opening: slipOpening, sungThing } = signSlipPatterns(lexicon);
  const m = slipOpening.exec(text);
  if (!m) return text;
  const [, opening, name, verb] = m;
  const word = verb!.toLowerCase();
  const names = name!.trim().toLowerCase().split(/\s+/);
  const grammar = lexicon.wordList('signSlipGrammar');
  if (names.some((w) => grammar.has(w))) return text;
  // "did ruffalo sing the letter": a letter or petition is not sung; "sing" before one is the two letters of "sign" swapped.
  if (lexicon.wordList('sungForms').has(word) && sungThing.test(text.slice(m[0].length))) return opening! + name! + (lexicon.wordList('sungPresentForms').has(word) ? 'sign' : 'signed') + text.slice(m[0].length);
  if (lexicon.wordList('signSlipExempt').has(word)) return text;
  // One slip: one letter changed, added, dropped, or two neighbouring letters swapped (an edit distance of one).
  const to = editDistance(word, 'sign', 1) === 1 ? 'sign' : editDistance(word, 'signed', 1) === 1 ? 'signed' : null;
  return to ? opening! + name! + to + text.slice(m[0].length) : text;
}

/** At most this many words stand between a cleft's opening and its relative ("was it Lilly Wachowski or Lana who signed"). */
const CLEFT_REACH = 6;
/** At most this many auxiliaries (`cleftAuxiliaries`: "who has signed", "qui a signé") stand between a cleft's relative and its verb of signing. */
const CLEFT_VERB_GAP = 2;

/**
 * "Was it Jake Gyllenhaal who signed?", "is that Lilly Wachowski who has signed?", "c'est Emma Stone ou Emma Watson qui
 * a signé ?": a cleft (a verb of being beside its pronoun, `cleftCopulas` and `cleftPronouns`, in either order; then
 * the one or the few in focus; then a relative, `cleftRelatives`, and the verb of signing, auxiliaries at most between)
 * asks whether those in focus signed, as "did X sign?" does. A rule of language: its "who" or "qui" is the relative that
 * closes the focus, no question word asking who signed; the reading drops the question-word cue and the "who" term
 * there. Only with words in focus: "who was it that signed?", "qu'est-ce qui a signé ?" ask who.
 */
function withCleftRead(reading: Reading, lexicon: Pick<Lexicon, 'wordList'>): Reading {
  const { words, terms, cues } = reading;
  // A cleft's relative is read as a question word: a question with none (most) has no cleft to look for.
  if (!cues.some((c) => c.cue === 'wh')) return reading;
  const copulas = lexicon.wordList('cleftCopulas');
  const pronouns = lexicon.wordList('cleftPronouns');
  const relatives = lexicon.wordList('cleftRelatives');
  const auxiliaries = lexicon.wordList('cleftAuxiliaries');
  const or = lexicon.wordList('orWords');
  const asking = (k: number): boolean => cues.some((c) => c.cue === 'wh' && k >= c.at && k < c.at + c.length);
  const relativeAt = new Set<number>();
  for (let o = 1; o < words.length; o++) {
    const pair = (copulas.has(words[o - 1]!) && pronouns.has(words[o]!)) || (pronouns.has(words[o - 1]!) && copulas.has(words[o]!));
    if (!pair) continue;
    for (let r = o + 2; r < words.length && r <= o + 1 + CLEFT_REACH; r++) {
      if (!relatives.has(words[r]!) || !asking(r)) continue;
      // The focus holds no question word nor a signing of its own; a word of "or" between two in focus is no question word
      // ("c'est Emma Stone ou Emma Watson qui a signé ?": "ou" also reads as "où").
      const focus = words.slice(o + 1, r);
      if (focus.some((w, k) => asking(o + 1 + k) && !or.has(w)) || terms.some((t) => t.term === 'c:sign' && t.at > o && t.at < r)) break;
      let v = r + 1;
      while (v < words.length && v - r - 1 < CLEFT_VERB_GAP && auxiliaries.has(words[v]!)) v += 1;
      if (terms.some((t) => t.term === 'c:sign' && t.at === v)) relativeAt.add(r);
      break;
    }
  }
  if (relativeAt.size === 0) return reading;
  // A new reading: one read is never changed once made (a build keeps them, `Lexicon.useReadings`).
  return { ...reading, cues: cues.filter((c) => !(c.cue === 'wh' && relativeAt.has(c.at))), terms: terms.filter((t) => !(t.term === 'c:who' && relativeAt.has(t.at))) };
}

/** How many stop words may stand between a word of "other" and the noun of work it qualifies ("other kinds of workers"). */
const OTHER_WORK_GAP = 2;
/** The concept of work as jobs (a count of them: "2.3 million jobs"), and what a question names as beyond the story's trades. */
const JOBS = 'c:job';
const BEYOND = 'c:beyond';

/**
 * "which other jobs does the letter name?", "what other kinds of workers are at risk?", « quels autres emplois ? »: a noun
 * of work (c:job) right after a word of "other" (the `another` cue; stop words at most between, "kinds of") asks about
 * trades beyond the story's own, not about how many jobs it supports: the reading takes it as going beyond (c:beyond).
 * A rule of language: "other" sets those jobs apart from the ones already in view.
 */
function withOtherWorkRead(reading: Reading, lexicon: Pick<Lexicon, 'isStopword'>): Reading {
  const { words, terms, cues } = reading;
  const others = cues.filter((c) => c.cue === 'another');
  if (others.length === 0) return reading;
  const afterOther = (at: number): boolean =>
    others.some((c) => {
      const end = c.at + c.length;
      return end <= at && at - end <= OTHER_WORK_GAP && words.slice(end, at).every((w) => lexicon.isStopword(w));
    });
  if (!terms.some((t) => t.term === JOBS && afterOther(t.at))) return reading;
  // A new reading: one read is never changed once made (a build keeps them, `Lexicon.useReadings`).
  return { ...reading, terms: terms.map((t) => (t.term === JOBS && afterOther(t.at) ? { ...t, term: BEYOND } : t)) };
}

/** The concepts of asking who, of the letter, and of the one it went to. */
const WHO = 'c:who';
const LETTER = 'c:letter';
const RECIPIENT = 'c:recipient';
/** How many stop words may stand between a verb of getting and the letter ("who got this letter?"). */
const GOT_LETTER_GAP = 1;

/**
 * "who got the letter?", "who gets the petition?": a verb of getting (`gotVerbs`) right after "who" and right before
 * the letter (one stop word at most between: "who got this letter?") asks who received it, as "who received the
 * letter?" does: the reading reads that verb as the letter's recipient (c:recipient, `Term.ruled`: no typo of one of
 * its words) and keeps the letter. A rule of language: "who got X" has X as what was got; the verb alone is a stop
 * word. Only with nothing read at the verb ("who got the letter going" is an organising, read as one phrase), nor
 * right after the letter ("who got the letter started?", "signed?": a getting done, causative).
 */
function withGotLetterRead(reading: Reading, lexicon: Pick<Lexicon, 'wordList' | 'isStopword'>): Reading {
  const { words, terms } = reading;
  const got = lexicon.wordList('gotVerbs');
  const letterAfter = (v: number): boolean =>
    terms.some(
      (t) =>
        t.term === LETTER &&
        t.at > v &&
        t.at - v - 1 <= GOT_LETTER_GAP &&
        words.slice(v + 1, t.at).every((w) => lexicon.isStopword(w)) &&
        // "who got the letter started / signed?": a word read right after the letter makes the getting causative.
        !terms.some((u) => u.at === t.at + (t.span ?? 1)),
    );
  const at = terms
    .filter((t) => t.term === WHO && (t.span ?? 1) === 1)
    .map((t) => t.at + 1)
    .filter((v) => v < words.length && got.has(words[v]!) && !terms.some((t) => t.at === v) && letterAfter(v));
  if (at.length === 0) return reading;
  // A new reading: one read is never changed once made (a build keeps them, `Lexicon.useReadings`).
  const added: Term[] = at.map((v) => ({ term: RECIPIENT, weight: 1, kind: 'concept', at: v, ruled: true }));
  return { ...reading, terms: [...terms, ...added].sort((a, b) => a.at - b.at) };
}

/** No words: one empty set shared by the questions that quote nothing (most), none built each time. */
const NO_WORDS: ReadonlySet<string> = new Set<string>();

/** What may stand between two names joined as one list besides a word of joining: spaces and a comma. */
const JOINING_GAP = /^[\s,]*$/;
/** How long a lone word typed as the subject of "did … sign?" is, at least, to be read as a name when a typo of a stop word. */
const LONE_SUBJECT_LETTERS = 4;
/** A bracket typed between two words, or a mark that ends a sentence or sets a clause off (a spaced dash): no name runs across it. */
const RUN_BREAK = /[()[\].!?;:—–]|\s-\s/;
/** At most this many letters before a full stop make an initial or an abbreviation ("J.", "St."), no sentence's end. */
const ABBREVIATION_LETTERS = 2;
/** Text that may hold a mark a name runs across no more (`RUN_BREAK`) or a comma after a company's name. */
const RUN_BREAK_TEXT = /[()[\],.!?;:—–]|\s-\s/;

/**
 * A signatory's surname typed alone, as spelt or with a slip the name matcher is sure of ("gyllnehaal", "wacohwski": one
 * surname one typo away, nobody's first name): the same surname, read the same way wherever a lone surname matters (a
 * namesake's first name given elsewhere, "or his sister?"). A rule of language: a typo does not change which word is typed.
 */
export function typedSurnameAlone(match: NameMatch): boolean {
  return match.verdict === 'signed' && (match.match!.method === 'surname' || match.reason === 'surname_typo');
}

/**
 * A name typed with a first name and a surname (`first`, `surname` as typed), as typed when the matcher reads it as no
 * one, else with the surname as its signatory spells it when the matcher reads it alone through a slip
 * (`typedSurnameAlone`: "wacohwski", "gyllnehaal"): "Lana Wacohwski" is read as "Lana Wachowski" is, no one on the list,
 * never a "which one?" between two Wachowskis nor the sister's "yes". A typo does not change which word is typed.
 */
export function nameAsSpelt(names: Pick<NameIndex, 'match'>, first: string, surname: string): string {
  const typed = `${first} ${surname}`;
  // As typed when the matcher already reads it as no one ("Jake Gyllnehaal"): the reply names whom the asker typed.
  if (names.match(typed).verdict === 'not_listed') return typed;
  const spelt = surnameAsSpelt(names, surname);
  return spelt === null ? typed : `${first} ${spelt}`;
}

/**
 * A surname typed alone with a slip the matcher is sure of ("wacohwski"), as its signatory spells it ("Wachowski");
 * null when the matcher reads it any other way (as spelt, or no one). `nameAsSpelt`'s second half, for a caller that
 * tries several first names with one surname.
 */
export function surnameAsSpelt(names: Pick<NameIndex, 'match'>, surname: string): string | null {
  const alone = names.match(surname);
  if (alone.verdict !== 'signed' || alone.reason !== 'surname_typo') return null;
  return typedWords(alone.match!.name).pop() ?? surname;
}

/**
 * Read a question: its language, type (who / when / how many / which / yes-no / compare / list / quote) and
 * slots (people, roles, numbers, years, quoted titles). People are spans of words that are no stop word, concept
 * or cue, outside quotation marks, that the signatory matcher recognises ("ruffallo", "cate blanchet").
 */
export function parseQuestion(typedText: string, lexicon: Lexicon, names: Pick<NameIndex, 'match'>, forcedLang?: Locale): ParsedQuestion {
  const text = withSignSlipRead(typedText, lexicon);
  const detected = detectLanguage(text);
  const lang = forcedLang ?? detected;
  // No quote mark, no quotation (every form of QUOTED_ANY opens with one): most questions skip the search.
  const quoted = !QUOTE_MARK.test(text) ? [] : [...text.matchAll(QUOTED_ANY)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim()).filter((q) => q.length > 0);
  const reading = withGotLetterRead(withOtherWorkRead(withCleftRead(lexicon.read(text, detected ?? lang ?? null), lexicon), lexicon), lexicon);
  const cues = new Set(reading.cues.map((c) => c.cue));
  const terms = reading.terms;
  const has = (token: string): boolean => terms.some((t) => t.term === token);
  // Each role once, in the order first read (a plain loop: no mapped, filtered and deduplicated copies per question).
  const roles: Role[] = [];
  for (const t of terms) {
    const role = Lexicon.roleOf(t.term);
    if (role !== null && !roles.includes(role)) roles.push(role);
  }
  // "Did Trump sign an order on crypto?", "OpenAI a signé un accord ?": signing something other than the letter is
  // no question about the letter's signatories (a thing signed comes after the verb, and the letter is not named).
  // Only the verb ("sign", "signé"), not "signatories"; and the thing right after it, before any "it".
  const signAt = terms.find((t) => t.term === 'c:sign' && !/^signat/.test(reading.words[t.at] ?? ''))?.at;
  const itAt = reading.words.findIndex((w, i) => signAt !== undefined && i > signAt && lexicon.wordList('letterReferents').has(w));
  // A question or list word after it ("Des producteurs ont signé ? lesquels ?") is no thing signed.
  const cueAt = new Set<number>();
  for (const c of reading.cues) for (let k = 0; k < c.length; k++) cueAt.add(c.at + k);
  // "La SACD a signé une lettre du même genre ?", "did he sign another letter?": another letter than ours ("another",
  // "similar" right before it; "du même genre" right after it).
  const another = (at: number): boolean =>
    reading.cues.some((c) => ((c.cue === 'another' || c.cue === 'alike') && c.at + c.length === at) || (c.cue === 'alike' && c.at > at && c.at <= at + 2));
  const ourLetter = terms.some((t) => t.term === 'c:letter' && !another(t.at));
  // "Paul Simon, signed or not?": what follows "or" after the verb is the other answer, no thing signed; so is another
  // letter after it ("did X put his name to it or was that a different letter?": the letter or another is what is asked).
  const orBetween = (from: number, to: number): boolean => reading.words.slice(from + 1, to).some((w) => lexicon.wordList('orWords').has(w));
  // "Did he sign on for another Zoolander?", "a signé pour réaliser Star Wars ?": signing on or up for something names
  // it a few words further.
  const reach = signAt !== undefined && lexicon.wordList('signParticles').has(reading.words[signAt + 1] ?? '') ? 5 : 3;
  // A thing signed follows the verb in its clause: "a-t-il signé, comme Cate Blanchett ?" names someone else after a comma.
  // Each word's stretch (see stretchesOf), read once when the question is about signing, for both uses below.
  let stretches: number[] | null | undefined;
  const stretchesOnce = (): number[] | null => (stretches === undefined ? (stretches = stretchesOf(text, reading.words.length)) : stretches);
  // Each word's sentence (see sentencesOf), read once for the uses below.
  let sentencesRead: ReturnType<typeof sentencesOf> | undefined;
  const sentencesOnce = (): ReturnType<typeof sentencesOf> => (sentencesRead === undefined ? (sentencesRead = sentencesOf(text, reading.words.length, lexicon.wordList('dottedAbbreviations'))) : sentencesRead);
  const stretchOf = signAt !== undefined ? stretchesOnce() : null;
  // Nor in another sentence: "someone says X signed. can we stand that up?" signs nothing that follows the full stop.
  const signSentences = signAt !== undefined ? sentencesOnce() : null;
  const sameStretch = (at: number): boolean =>
    signAt === undefined || ((!stretchOf || stretchOf[at] === stretchOf[signAt]) && (!signSentences || signSentences.of[at] === signSentences.of[signAt]));
  // The letter named in another clause is no thing signed either: "Trump signed his AI order in March, the same week as
  // the letter, correct?" signs the order.
  const letterSigned = terms.some((t) => t.term === 'c:letter' && !another(t.at) && sameStretch(t.at));
  // "did X sign in March?", "signed back in march 2025": a date after the verb (a month, a day, a year, and a word of
  // time just before it) says when, not what was signed.
  let dateAt: Set<number> | undefined;
  const signedWhen = (): Set<number> => {
    if (dateAt) return dateAt;
    dateAt = dateWordsAt(reading.words, lexicon.wordList('ordinalEndings'));
    for (const at of [...dateAt]) {
      for (const k of [at - 1, at - 2]) if (lexicon.wordList('timeBeforeDate').has(reading.words[k] ?? '')) dateAt.add(k);
    }
    return dateAt;
  };
  // "a-t-elle signé le texte ?", "did she sign the document?": a document named by no name of its own, right after the
  // verb (stop words between) and naming nothing after it, is the letter the question is about.
  const documentSigned = (at: number): boolean =>
    signAt !== undefined && lexicon.wordList('signedDocuments').has(reading.words[at] ?? '') && reading.words.slice(signAt + 1, at).every((w) => lexicon.isStopword(w)) &&
    // Nothing of its own after it ("the document on tariffs", "le texte du décret"): only stop words, cues or a date.
    reading.words.slice(at + 1).every((w, k) => lexicon.isStopword(w) || cueAt.has(at + 1 + k) || signedWhen().has(at + 1 + k));
  // "signed by Ruffalo or nah", "signé par Chris Rock ?": who follows "by" right after the verb is who signed, not what
  // was; what was signed then stands before the verb ("was the order signed by Trump?", "le décret signé par Trump"),
  // a signatory's name aside ("Waititi: signed by him or not?").
  const byAgent = signAt !== undefined && lexicon.wordList('signedBy').has(reading.words[signAt + 1] ?? '');
  const signedBefore = (): boolean =>
    terms.some(
      (t) =>
        t.at < signAt! &&
        substantive(t) &&
        t.term !== 'c:sign' &&
        !cueAt.has(t.at) &&
        sameStretch(t.at) &&
        names.match(reading.words[t.at]!).verdict === 'not_listed',
    );
  // "Trump a-t-il signé en 2026 un décret ?": the words of a date between the verb and the thing signed say when; the
  // thing is as near the verb as without them.
  const datedBetween = (from: number, to: number): number => {
    let n = 0;
    for (let k = from + 1; k < to; k++) if (signedWhen().has(k)) n++;
    return n;
  };
  const signsOther =
    signAt !== undefined &&
    !letterSigned &&
    (byAgent
      ? signedBefore()
      : terms.some(
          (t) =>
            t.at > signAt &&
            ((t.term === 'c:letter' && another(t.at) && !orBetween(signAt, t.at)) ||
              (t.at <= signAt + reach + datedBetween(signAt, t.at) && (itAt < 0 || t.at < itAt) && !cueAt.has(t.at) && !signedWhen().has(t.at) && !documentSigned(t.at) && substantive(t) && !orBetween(signAt, t.at) && sameStretch(t.at))),
        ));
  // "Scarlett Johansson soutient Stealing Isn't Innovation ?", "did Ruffalo back the campaign?": supporting or joining
  // something named after the verb, when the letter is not named, is no question about the letter's signatories.
  // "did Bob Iger weigh in on the letter?", "qu'a-t-elle dit elle-même sur la lettre ?": "on" (or "sur") right after a word
  // of remarking (`remarkOn`) or of saying (c:argue), with at most a pronoun of who says it or a question word between,
  // is the "on" of what is said about the letter, not of being on it.
  const remarks = (on: number): boolean => lexicon.wordList('remarkOn').has(reading.words[on - 1] ?? '');
  // "l'article de bfmtv sur la lettre", "the CBS piece on the letter": "on" a few words after a news piece
  // (`sourceDocuments`, its outlet's name between) is the "on" of what the piece is about, not of being on the list.
  const pieceOn = (on: number): boolean => [on - 1, on - 2, on - 3].some((k) => k >= 0 && lexicon.wordList('sourceDocuments').has(reading.words[k] ?? ''));
  const saidOn = (on: number): boolean => {
    if (reading.words[on] !== 'on' && reading.words[on] !== 'sur') return false;
    let k = on - 1;
    while (k >= 0 && reading.cues.some((c) => (c.cue === 'someone' || c.cue === 'wh') && k >= c.at && k < c.at + c.length)) k -= 1;
    return remarks(k + 1) || terms.some((t) => t.term === 'c:argue' && k >= t.at && k < t.at + (t.span ?? 1)) || pieceOn(on);
  };
  // "il a joué quel rôle là-dedans ?", "what role did she play in it": a cue of being in it right after a word of someone's
  // part (`c:profile`, one of `playedPartNouns`: not "the Lost guy on the letter") is where the part is played, not the list.
  const partNouns = lexicon.wordList('playedPartNouns');
  const partIn = (at: number): boolean => terms.some((t) => t.term === 'c:profile' && t.at + (t.span ?? 1) === at && partNouns.has(reading.words[at - 1] ?? ''));
  const onList = reading.cues.filter((c) => c.cue === 'onList' && !saidOn(c.at) && !partIn(c.at));
  const inOnList = (at: number): boolean => onList.some((c) => at >= c.at && at < c.at + c.length);
  // A cue that ends on "it" or names the list ("on it", "sur la liste") is about the letter's list itself.
  const namesList = (c: { at: number; length: number }): boolean =>
    lexicon.isStopword(reading.words[c.at + c.length - 1] ?? '') || reading.cues.some((l) => l.cue === 'list' && l.at >= c.at && l.at < c.at + c.length);
  const cueSentences = onList.length > 0 ? sentencesOnce() : null;
  const cueStretches = onList.length > 0 ? stretchesOnce() : null;
  // "is natasha lyon on it lol autocorrect": a word of laughter (`laughWords`) closes what is said as a mark does; a word
  // after it is a remark of its own, no thing joined.
  const laughs = lexicon.wordList('laughWords');
  const laughBetween = (from: number, to: number): boolean => reading.words.slice(from, to).some((w) => laughs.has(w));
  const joinsOther =
    !has('c:letter') &&
    onList.length > 0 &&
    onList.every((c) => {
      const end = c.at + c.length;
      // A thing joined is named in the cue's sentence: "any musicians on there? need names for a segment" joins nothing.
      const thing = (t: Term): boolean =>
        !inOnList(t.at) &&
        substantive(t) &&
        t.term !== 'c:sign' &&
        (!cueSentences || cueSentences.of[t.at] === cueSentences.of[c.at]) &&
        // Nor after a dash or a comma: "is X on there — the Lord and Miller director, I mean?" says who X is.
        (!cueStretches || cueStretches[t.at] === cueStretches[c.at]) &&
        !laughBetween(c.at, t.at);
      // A cue that names the list ("on it", "il y est", "dans le lot") holds unless a thing follows it at once, a stop
      // word aside ("Trump, il y est mentionné ?", "Disney est dans le lot des entreprises visées ?"); not after "or".
      if (namesList(c)) return terms.some((t) => thing(t) && t.at >= end && t.at <= end + 1 && reading.words.slice(end, t.at).every((w) => lexicon.isStopword(w) && w !== 'or' && w !== 'ou'));
      // "il soutient qui ?", "who does he support?" asked as "he supports who?": a question word for what is joined asks
      // what that is, whoever is named ("Ruffalo et la politique, il soutient qui"); not "il en fait partie ou quoi ?".
      // Nor someone joined ("did Ruffalo endorse anyone in the midterms?"): another person backed, not the letter.
      const askedWhat = (reading.cues.some((w) => w.cue === 'wh' && w.at === end) && !orBetween(end - 2, end + 1)) || lexicon.wordList('someone').has(reading.words[end] ?? '');
      if (askedWhat) return true;
      // Or after stop words only, however many ("did Ruffalo endorse anyone in the midterms?").
      return terms.some((t) => thing(t) && t.at >= end && (t.at <= end + 2 || reading.words.slice(end, t.at).every((w) => lexicon.isStopword(w))));
    });
  // "Is X on the March 2025 letter?": a cue that names the letter ("on the letter") holds with a longer name of it, read
  // as its first or last word ("lettre de mars 2025" → "lettre", "march 2025 letter" → "letter").
  // Or with other words before it ("on that hollywood copyright letter", "sur cette tribune"): "on" (or "sur") a few words
  // before it, only stop words and words of the story's theme (of little weight) between.
  // Not in a question that asks what ("what did he do on this letter?"): that asks of a part in it, not whether one is on it.
  const themedOn = (t: Term): number | undefined => {
    if (reading.cues.some((c) => c.cue === 'wh')) return undefined;
    const on = [2, 3, 4, 5].map((d) => t.at - d).find((k) => k >= 0 && lexicon.wordList('onWords').has(reading.words[k] ?? ''));
    // "did Elon Musk weigh in on the letter", "comment on it": the "on" of saying something about it, not of being on it.
    if (on === undefined || remarks(on) || pieceOn(on)) return undefined;
    // Or its date ("on the march '25 letter", "on the 2025 letter").
    // Not across an "or" ("still working on this or was the letter a one-off?"): the letter then opens another question.
    const between = reading.words.slice(on + 1, t.at).every((w, j) => {
      if (w === 'or' || w === 'ou') return false;
      if (signedWhen().has(on + 1 + j)) return true;
      const term = terms.find((u) => u.at <= on + 1 + j && on + 1 + j < u.at + (u.span ?? 1));
      return term ? term.kind === 'concept' && term.weight < 1 : lexicon.isStopword(w);
    });
    return between ? on : undefined;
  };
  const themed = (t: Term): boolean => themedOn(t) !== undefined;
  // "was Tom Hanks in the March letter?", "scarlett johansson était dans la lettre de mars ?": "in" (or "dans") the
  // letter is being on it only as the whole of what is said of a name: the name and a form of "be" right before "in"
  // (in either order), no word of the story's but the letter's after it (a date and stop words at most, to the
  // sentence's end). "Is Trump named in the letter?", "OpenAI is valued at what in the letter?", "was the $230bn
  // figure in the letter?", "was Stiller in the letter about training?" ask what the letter says. (Someone the letter
  // is asked to name, "is Trump in the letter?", is then read by the signing step as `namedInLetter`.)
  // A name's word here is one of letters that no concept, role, cue or stop word reads.
  const nameLike = (k: number): boolean =>
    /^[a-z][a-z'-]*[a-z]$/.test(reading.words[k] ?? '') && !lexicon.isStopword(reading.words[k]!) && !cueAt.has(k) && !terms.some((u) => u.kind !== 'word' && u.at <= k && k < u.at + (u.span ?? 1));
  const beForm = (k: number): boolean => lexicon.wordList('beForms').has(reading.words[k] ?? '');
  const inLetterAt = (t: Term): number | undefined => {
    // Folded, the "ou" of "ou pas" is the question word "où": no question word.
    if (reading.cues.some((c) => c.cue === 'wh' && reading.words[c.at] !== 'ou')) return undefined;
    const inAt = [1, 2, 3, 4, 5].map((d) => t.at - d).find((k) => k >= 1 && lexicon.wordList('inWords').has(reading.words[k] ?? ''));
    if (inAt === undefined) return undefined;
    const between = reading.words.slice(inAt + 1, t.at).every((w, j) => signedWhen().has(inAt + 1 + j) || (lexicon.isStopword(w) && !terms.some((u) => u.at === inAt + 1 + j)));
    // "Name was in", "was Name in": a name of one to three words, the form of "be" after it or before it.
    // Where the name ending at `end` starts, or undefined when no name's word stands there.
    const nameStart = (end: number): number | undefined => {
      let k = end;
      while (k >= 0 && end - k < 3 && nameLike(k)) k -= 1;
      return k < end ? k + 1 : undefined;
    };
    const beforeIn = nameStart(inAt - 1);
    const named = beForm(inAt - 1) ? nameStart(inAt - 2) !== undefined : beforeIn !== undefined && beForm(beforeIn - 1);
    if (!between || !named) return undefined;
    const sentences = sentencesOnce();
    const end = t.at + (t.span ?? 1);
    // "…, or not?", "too?", "oui ou non ?" (`nameOnlyWords`) ask nothing more of it.
    const asksNothing = (w: string, k: number): boolean => signedWhen().has(k) || lexicon.wordList('nameOnlyWords').has(w) || (lexicon.isStopword(w) && !terms.some((u) => u.at === k));
    const rest = reading.words.slice(end).every((w, j) => (sentences !== null && sentences.of[end + j] !== sentences.of[t.at]) || asksNothing(w, end + j));
    return rest ? inAt : undefined;
  };
  // Read once for each name of the letter: the filter below and where its cue starts.
  const inLetter = new Map(terms.filter((t) => t.term === 'c:letter').map((t) => [t, inLetterAt(t)]));
  const letterOn = terms.filter(
    (t) =>
      t.term === 'c:letter' &&
      (themed(t) ||
        inLetter.get(t) !== undefined ||
        ((t.span ?? 1) > 1 &&
          ![t.at - 1, t.at].some((k) => lexicon.wordList('onWords').has(reading.words[k] ?? '') && (remarks(k) || pieceOn(k))) &&
          // Read as the words before it and that one word would be (`cueEndsOn`: no text joined and read again).
          (lexicon.cueEndsOn(reading.words, t.at, reading.words[t.at]!, 'onList') || lexicon.cueEndsOn(reading.words, t.at, reading.words[t.at + (t.span ?? 1) - 1]!, 'onList')))),
  );
  const onLetter = letterOn.length > 0;
  // Where such a cue starts: "on" (or "sur") one or two words before the letter's name.
  const letterOnAt = letterOn.map((t) => [t.at - 2, t.at - 1].find((k) => k >= 0 && lexicon.wordList('onWords').has(reading.words[k] ?? '')) ?? themedOn(t) ?? inLetter.get(t) ?? t.at);
  // "Bryan Cranston dans les 400 ?", "was X one of the 400?": a count of people after a word of belonging ("among", "one
  // of", "dans", "parmi"; an article between) is the letter's signers, when nothing follows it but a word of them or of
  // grammar ("les 400 signataires", "the 400 who signed"; not "in the 400 billion", "dans les 180 jours"): being in them
  // is being on the list.
  const groups = groupCounts(reading, lexicon);
  const amongAt = groups.map((g) => g.at);
  // The relative word after such a count ("the 400 who signed") asks nothing: it says who the count is.
  // No count of a group (most questions), no set built.
  // So does the one after a plural role right after a word of belonging ("was X one of the actors who signed?", "fait-il
  // partie des acteurs qui ont signé ?"; an article between): it says who that group is, as after a count.
  const relatives = lexicon.wordList('groupRelatives');
  const articles = lexicon.wordList('articles');
  const amongEnds = reading.cues.filter((c) => c.cue === 'among').map((c) => c.at + c.length);
  const roleGroupEnds = terms
    .filter((t) => t.kind === 'role' && typedPlural(reading.words, t) && amongEnds.some((e) => e === t.at || (e === t.at - 1 && articles.has(reading.words[e] ?? ''))))
    .map((t) => t.at + (t.span ?? 1));
  const groupEnds = [...groups.map((g) => g.end + 1), ...roleGroupEnds];
  const groupRelativeAt = groupEnds.length === 0 ? NO_POSITIONS : new Set(groupEnds.filter((k) => relatives.has(reading.words[k] ?? '')));
  letterOnAt.push(...amongAt);
  // "La lettre soutient-elle la proposition de Google ?": the letter supporting or joining something is no question
  // about who is on it (a cue that names the list itself, "on the letter", aside).
  const letterActs = onList.length > 0 && onList.every((c) => !namesList(c) && terms.some((t) => t.term === 'c:letter' && t.at < c.at));
  // "OpenAI vaut 157 milliards d'après les signataires ?": the signers as the source of a claim (right after "according
  // to", stop words between) ask nothing about who signed.
  const sourceEnds = reading.cues.filter((c) => c.cue === 'according').map((c) => c.at + c.length);
  const sourced = (t: Term): boolean => sourceEnds.some((end) => t.at >= end && t.at <= end + 2 && reading.words.slice(end, t.at).every((w) => lexicon.isStopword(w)));
  // "Trump a-t-il répondu aux signataires ?", "did OpenAI write back to the signatories?": the signers as whom something is
  // addressed to (the noun right after "to", "aux", an article between) ask nothing about who signed either.
  // A count may stand between ("did Sam Altman reply to the 400 signatories?", "a-t-il répondu aux 400 signataires ?"):
  // it names the group written to, no figure to check (see `addressedCounts`).
  let counts: Map<number, number> | undefined;
  const addressedCounts: number[] = [];
  const addressed = (t: Term): boolean => {
    if (!/^signat|^signers$/.test(reading.words[t.at] ?? '')) return false;
    counts ??= countsAt(reading.words);
    let k = t.at - 1;
    if (lexicon.wordList('countRounding').has(reading.words[k] ?? '') && counts.has(k - 1)) k -= 1;
    const count = counts.get(k);
    if (count !== undefined) k -= 1;
    const toAt = lexicon.wordList('addressArticles').has(reading.words[k] ?? '') ? k - 1 : k;
    // Not after a verb of adding: "was X added to the signatories?" asks whether X signed.
    const to = lexicon.wordList('addressedTo').has(reading.words[toAt] ?? '') && !lexicon.wordList('added').has(reading.words[toAt - 1] ?? '');
    if (to && count !== undefined) addressedCounts.push(count);
    return to;
  };
  // "did X say…, after signing the letter?", "X a-t-il réagi après avoir signé ?": signing right after "after" (the
  // `since` cue; "avoir" between in French) dates what is asked, which is something else.
  const sinceEnds = reading.cues.filter((c) => c.cue === 'since').map((c) => c.at + c.length);
  const timed = (t: Term): boolean => sinceEnds.some((end) => t.at === end || (t.at === end + 1 && lexicon.wordList('sinceAuxiliaries').has(reading.words[end] ?? '')));
  // Every signing term is read for a group written to, not just up to the first that asks about signing: each count
  // it names is collected.
  const addressedTerms = new Set(terms.filter((t) => t.term === 'c:sign' && addressed(t)));
  const signing = terms.some((t) => t.term === 'c:sign' && !sourced(t) && !addressedTerms.has(t) && !timed(t));
  const aboutSigning = (signing && !signsOther) || (onList.length > 0 && !joinsOther && !letterActs) || onLetter || amongAt.length > 0;
  const read = readNumbers(text.replace(QUOTED, ' '));
  const { years } = read;
  const numbers = addressedCounts.length > 0 ? read.numbers.filter((n) => !addressedCounts.includes(n)) : read.numbers;

  // Words that may be part of a name: outside quotes, no stop word, concept, role or cue, no digits.
  // Not, in a question about signing, a quoted name of two words or more that is a signatory's, typed or misspelt
  // ("la « Maggie Gylenhal » de l'article a signé ?"): quoted as the article spelt it, it is still the person asked
  // about. Asked of otherwise, with a question word ("the piece spells one signatory 'Maggie Gylenhal': what is the
  // right spelling?"), the quote is the spelling checked.
  const signatoryQuoted = (q: string): boolean => aboutSigning && !cues.has('wh') && splitWords(q).length >= 2 && names.match(q).verdict === 'signed';
  const quotedWords = quoted.length === 0 ? NO_WORDS : new Set(quoted.filter((q) => !signatoryQuoted(q)).flatMap((q) => splitWords(q)));
  const phraseAt = new Set(terms.filter((t) => t.kind === 'concept' || t.kind === 'role').map((t) => t.at));
  // The user's own spelling of each word, for names shown back ("Trump", not "trump"), when it lines up.
  const original = reading.shown;
  const aligned = original.length === reading.words.length;
  const shown = aligned ? original : reading.words;
  const capital = (i: number): boolean => aligned && startsWithCapital(original[i]!);
  // A signatory's surname as spelt is a phrase word only as spelt too, whatever its case ("chris miller" is no "mille").
  const isSurname = (w: string): boolean => {
    const m = names.match(w);
    return m.verdict === 'signed' && m.match!.method === 'surname';
  };
  // A word in lower case that the typo reader reads as a stop word ("étiaent" → "étaient") is that word, no name.
  // Not one word alone between the auxiliary that opens a yes/no question and the verb of signing, typed long and with
  // no two letters swapped, read as no pronoun ("did hanks sign?" is no "did thanks sign"; "did tehy sign?" is "they"):
  // that is the one asked about.
  // A word of grammar it reads as ("somone" → "someone", "theese" → "these") is no one's name either.
  const grammar = lexicon.wordList('signSlipGrammar');
  const echoes = lexicon.wordList('subjectEchoes');
  const singular = lexicon.wordList('singularPronouns');
  // A pronoun that stands back for someone ("they", "both", "il").
  const echo = (w: string): boolean => echoes.has(w) || singular.has(w);
  const pronoun = (w: string): boolean => echo(w) || grammar.has(w);
  const loneSubject = (i: number): boolean =>
    i >= 1 &&
    reading.words[i]!.length >= LONE_SUBJECT_LETTERS &&
    lexicon.wordList('signSlipAuxiliaries').has(reading.words[i - 1]!) &&
    terms.some((t) => t.term === 'c:sign' && t.at === i + 1) &&
    !pronoun(reading.corrected[i] ?? '') &&
    !isDictionaryTypo(reading.words[i]!);
  const typoOfStopword = (i: number): boolean => !capital(i) && reading.corrected[i] !== reading.words[i] && lexicon.isStopword(reading.corrected[i] ?? '') && !loneSubject(i);
  // A word typed with a capital is a phrase word only as spelt ("Miller" is no form of "mille"). The matcher is asked
  // whether a word is a surname only when that decides it: a word in lower case whose stem alone is a phrase word's.
  const phraseWord = (w: string, i: number): boolean => lexicon.isPhraseWord(w, true) || (!capital(i) && lexicon.isPhraseWord(w) && !isSurname(w));
  // Nor is a word of grammar that no stop word list holds ("nobody signed?", "everyone signed?": `signSlipGrammar`).
  // A stop word that is a signatory's first name ("did Ben sign?"; « ben » is French filler) is a name only typed with a
  // capital after the question's first word, and typed once: then it asks "which one?", as any first name alone does
  // ("Is Ben Affleck on it? I know a Ben signed": the one named in full is asked about). In lower case too when it is the
  // one word between an English auxiliary that opens the question and the verb of signing ("did ben sign?", "has ben
  // signed it?"): no filler stands there.
  const auxiliaries = lexicon.wordList('signSlipAuxiliaries');
  const subjectOfSigning = (i: number): boolean => auxiliaries.has(reading.words[i - 1]!) && terms.some((t) => t.term === 'c:sign' && t.at === i + 1);
  const firstNameStop = (w: string, i: number): boolean =>
    i > 0 && (capital(i) || subjectOfSigning(i)) && lexicon.isStopword(w) && reading.words.indexOf(w) === reading.words.lastIndexOf(w) && names.match(w).reason === 'first_name_only';
  const nameable = reading.words.map(
    (w, i) =>
      !quotedWords.has(w) && !cueAt.has(i) && !phraseAt.has(i) && (!lexicon.isStopword(w) || firstNameStop(w, i)) && !grammar.has(w) && !DIGIT.test(w) && w.length > 1 && !phraseWord(w, i) && !typoOfStopword(i),
  );
  // Runs of such words (by position), each a place a name may be. A name is typed in one case: a word in lower case
  // before a capitalised one is no first name of it ("I heard Lindelof signed": not "heard Lindelof").
  // Nor does a name run across a bracket ("lindelof (lost, leftovers) signed?": the words inside describe the one named),
  // nor across a comma after a company's name ("le patron de Nvidia, Jensen Huang, a signé ?": no part of a person's
  // name; "Waller-Bridge, Phoebe" is one name typed surname first).
  // The marks typed between the words, lined up with them: read at most once, and only when a run needs them.
  let typedBetween: string[] | null | undefined;
  const gapsOnce = (): string[] | null => (typedBetween === undefined ? (typedBetween = alignedGaps(text, reading.words.length)) : typedBetween);
  const bracketGaps = RUN_BREAK_TEXT.test(text) ? gapsOnce() : null;
  const companies = lexicon.wordList('companyNames');
  // The full stop of an initial or a short abbreviation ("J. J. Abrams", "St. Vincent") is part of the name, no sentence's end.
  const initialStop = (i: number): boolean => (bracketGaps![i - 1] ?? '').trim() === '.' && (reading.words[i - 1] ?? '').length <= ABBREVIATION_LETTERS;
  const bracketBefore = (i: number): boolean =>
    bracketGaps !== null &&
    ((RUN_BREAK.test(bracketGaps[i - 1] ?? '') && !initialStop(i)) || ((bracketGaps[i - 1] ?? '').includes(',') && companies.has(reading.words[i - 1] ?? '')));
  // The words typed inside brackets (by position), when any are.
  const bracketed = new Set<number>();
  if (bracketGaps !== null) {
    let depth = 0;
    reading.words.forEach((_, i) => {
      const gap = i > 0 ? bracketGaps[i - 1]! : '';
      depth = Math.max(0, depth + (gap.match(/[([]/g)?.length ?? 0) - (gap.match(/[)\]]/g)?.length ?? 0));
      if (depth > 0) bracketed.add(i);
    });
  }
  const runAt: number[][] = [];
  let current: number[] = [];
  reading.words.forEach((_, i) => {
    if (nameable[i]) {
      if (current.length > 0 && ((capital(i) && !capital(current[current.length - 1]!)) || bracketBefore(i))) {
        runAt.push(current);
        current = [];
      }
      current.push(i);
      return;
    }
    if (current.length > 0) runAt.push(current);
    current = [];
  });
  if (current.length > 0) runAt.push(current);
  // "lindelof (lost, leftovers) signed this one?": words in brackets right after a name say what the person is known
  // for, no more of the name; a run stops at a bracket, and what the brackets hold right after a name is no one asked.
  if (/[([]/.test(text)) {
    const bracketed = stretchesOnce();
    if (bracketed !== null) {
      const inside = (k: number): boolean => bracketed[k] === -1;
      const cut = runAt.flatMap((r) => {
        const parts: number[][] = [];
        for (const at of r) {
          const last = parts[parts.length - 1];
          if (last && inside(last[last.length - 1]!) === inside(at)) last.push(at);
          else parts.push([at]);
        }
        return parts;
      });
      runAt.splice(0, runAt.length, ...cut.filter((r, k) => !(inside(r[0]!) && k > 0 && !inside(cut[k - 1]![cut[k - 1]!.length - 1]!) && cut[k - 1]![cut[k - 1]!.length - 1]! === r[0]! - 1)));
    }
  }
  // "Did Lilly Wachowski's sister sign?", "la sœur de Lilly Wachowski a signé ?": a name that a relative is named by is
  // not who is asked about (nor is anyone the question names otherwise).
  const kin = reading.cues.filter((c) => c.cue === 'kin');
  // "Did a friend of Ben Stiller sign?", « l'agent de Ruffalo a signé ? »: one named by whom they are close to out of the
  // family (`associateWords`) is no more that one than a relative is (the "Yes: Ben Stiller" answered someone else).
  const associates = lexicon.wordList('associateWords');
  const close = [...kin, ...reading.words.flatMap((w, at) => (associates.has(w) ? [{ at, length: 1 }] : []))];
  // Linked by a possessive before the word ("Wachowski's sister") or "of" after it ("la sœur de Wachowski"); a name right
  // after it is who the relative is ("her partner Bryn Mooser").
  const relative = (r: readonly number[]): boolean =>
    close.some((c) => {
      const last = r[r.length - 1]!;
      if (c.at > last) return c.at === last + 2 && lexicon.wordList('possessiveMarks').has(reading.words[last + 1] ?? '');
      const between = reading.words.slice(c.at + c.length, r[0]!);
      return c.at + c.length <= r[0]! && between.length >= 1 && between.length <= 2 && lexicon.wordList('kinLinks').has(between[0]!) && between.slice(1).every((w) => lexicon.wordList('kinArticles').has(w));
    });
  // "musos on the letter apart from Macca", "à part Ruffalo, qui a signé ?": a name right after a word of exception (stop
  // words between) is set aside, no one asked about.
  // So is one right before "and who else" in a question that names a role ("des humoristes signataires ? chris rock et
  // qui d'autre", "comedians who signed? Chris Rock and who else?"): one the asker already has, the others of the role
  // asked for (`andWords`, a word of who, stop words, then `elseWords`).
  const elseWords = lexicon.wordList('elseWords');
  const othersAfter = (r: readonly number[]): boolean => {
    if (roles.length === 0) return false;
    let k = r[r.length - 1]! + 1;
    if (lexicon.wordList('andWords').has(reading.words[k] ?? '')) k += 1;
    if (!terms.some((t) => t.term === 'c:who' && t.at === k)) return false;
    for (k += 1; k < reading.words.length && !elseWords.has(reading.words[k]!) && lexicon.isStopword(reading.words[k]!); k++);
    return elseWords.has(reading.words[k] ?? '');
  };
  const excepted = (r: readonly number[]): boolean =>
    othersAfter(r) || reading.cues.some((c) => c.cue === 'except' && c.at + c.length <= r[0]! && reading.words.slice(c.at + c.length, r[0]!).every((w) => lexicon.isStopword(w)));
  // "anyone other than Ben Stiller and Mark Ruffalo?": a name joined to one set aside ("and", "et", or a comma alone
  // inside a list an "and" closes; no mark that ends a sentence or opens an aside) is set aside with it. Not "Other
  // than Ben Stiller, Tom Hanks signed it?": a comma alone ends the exception, and Hanks is asked about.
  const joiners = lexicon.wordList('andWords');
  // Each run of two words or more that `cuts` picks is two at its first comma as typed (its last with `atLast`): the names
  // either side of it are two.
  const splitAtComma = (cuts: (r: readonly number[]) => boolean, atLast = false): void => {
    for (let k = runAt.length - 1; k >= 0; k--) {
      const r = runAt[k]!;
      if (r.length < 2 || !cuts(r)) continue;
      const typed = gapsOnce();
      let cut = -1;
      for (let i = 0; i < r.length - 1; i++) {
        if (!(typed?.[r[i]!] ?? '').includes(',')) continue;
        cut = i;
        if (!atLast) break;
      }
      if (cut >= 0) runAt.splice(k, 1, r.slice(0, cut + 1), r.slice(cut + 1));
    }
  };
  // "Other than Ben Stiller, Tom Hanks signed it?": a run set aside that a comma cuts is two, the name set aside and the
  // one after it, which the comma's rule below reads.
  splitAtComma(excepted);
  // "what about jake gyllenhaal, maggie's brother": a run that owns a relative ("maggie's brother", `relative`) is the
  // owner only after its last comma; the name before the comma is the one that relative is, set beside it, no owner.
  const possessiveMarks = lexicon.wordList('possessiveMarks');
  splitAtComma((r) => close.some((c) => c.at === r[r.length - 1]! + 2) && possessiveMarks.has(reading.words[r[r.length - 1]! + 1] ?? ''), true);
  // « le pote de Stiller, Ruffalo, il a signé ? », "the friend of Stiller, Ruffalo, did he sign?": a run a relative is
  // named by after "of" (`relative`) holds its owner only up to its first comma; the name after it, set beside the
  // relative, is who that relative is, and is asked about.
  splitAtComma((r) => relative(r) && !close.some((c) => c.at > r[r.length - 1]!));
  const gaps = runAt.length > 1 ? gapsOnce() : null;
  const linkOf = (from: number, to: number): 'word' | 'comma' | undefined => {
    const between = reading.words.slice(from + 1, to);
    if (gaps === null || !between.every((w) => joiners.has(w)) || !gaps.slice(from, to).every((g) => JOINING_GAP.test(g))) return undefined;
    return between.length > 0 ? 'word' : 'comma';
  };
  const aside = runAt.map(() => false);
  const links: ('word' | 'comma' | undefined)[] = runAt.map(() => undefined);
  runAt.forEach((r, k) => {
    const prev = runAt[k - 1];
    if (excepted(r)) aside[k] = true;
    else if (prev !== undefined && aside[k - 1]!) {
      links[k] = linkOf(prev[prev.length - 1]!, r[0]!);
      aside[k] = links[k] !== undefined;
    }
  });
  // From the end of each list: names joined by commas alone are set aside only when an "and" closes the list after them.
  let closed = false;
  for (let k = runAt.length - 1; k >= 0; k--) {
    if (links[k] === 'word') closed = true;
    else if (links[k] === 'comma' && !closed) aside[k] = false;
    if (links[k] === undefined) closed = false;
  }
  // "Was Paul McCartney's son James on it too?": a given name (`givenNames`) typed alone right after a word of kin that a
  // name owns ("X's son") is that relative's, who bears the owner's surname: the relative is who is asked about.
  const kinNamed: { first: number; surname: number }[] = [];
  for (const r of runAt) {
    const last = r[r.length - 1]!;
    if (!lexicon.wordList('possessiveMarks').has(reading.words[last + 1] ?? '')) continue;
    const c = kin.find((k) => k.at === last + 2);
    const next = c && runAt.find((n) => n.length === 1 && n[0] === c.at + c.length);
    if (next && lexicon.wordList('givenNames').has(reading.words[next[0]!]!)) kinNamed.push({ first: next[0]!, surname: last });
  }
  // The words set aside: each word of exception and the names after it ("besides McCartney"), which ask for nothing.
  const setAside = new Set<number>();
  for (let k = runAt.length - 1; k >= 0; k--) {
    if (aside[k]) for (const at of runAt[k]!) setAside.add(at);
    if (relative(runAt[k]!) || aside[k]) runAt.splice(k, 1);
  }
  if (setAside.size > 0) for (const c of reading.cues) if (c.cue === 'except') for (let k = 0; k < c.length; k++) setAside.add(c.at + k);

  // "le rappeur Common a signé ?", "did the actress Zendaya sign?": a name typed with capitals (not all in capitals) right
  // after a role's word in the singular is the one person that role describes, who is asked about; no list of the role
  // ("les réalisateurs Français" are many).
  const single = (t: Term): boolean => !typedPlural(reading.words, t);
  const apposed =
    aboutSigning &&
    runAt.some((r) => r.every((k) => aligned && /^\p{Lu}\p{Ll}/u.test(original[k]!)) && terms.some((t) => t.kind === 'role' && single(t) && t.at + (t.span ?? 1) === r[0]));
  // "common (the rapper) signed?", "did Jake Gyllenhaal (the actor) sign?": a role in the singular in brackets right after
  // a run of name words (stop words between) says which person of that name is meant: no list of the role either.
  const bracketStretches = aboutSigning && roles.length > 0 ? stretchesOnce() : null;
  const inBrackets = (k: number): boolean => bracketStretches !== null && bracketStretches[k] === -1;
  // So does one in the clause right after the name's, set off by a dash or a comma, that signs nothing and names no
  // letter ("is Tom Hanks on there — the Forrest Gump actor?").
  const signsIn = (n: number): boolean =>
    terms.some((t) => bracketStretches![t.at] === n && (t.term === 'c:sign' || t.term === 'c:letter')) || onList.some((c) => bracketStretches![c.at] === n);
  const described =
    bracketStretches !== null &&
    runAt.some((r) => {
      const end = r[r.length - 1]!;
      return terms.some(
        (t) =>
          t.kind === 'role' &&
          single(t) &&
          t.at > end &&
          !inBrackets(end) &&
          ((inBrackets(t.at) && reading.words.slice(end + 1, t.at).every((w, k) => inBrackets(end + 1 + k) && lexicon.isStopword(w))) ||
            (bracketStretches[t.at] === bracketStretches[end]! + 1 && !signsIn(bracketStretches[t.at]!))),
      );
    });
  // "steven spielberg, the lego movie director — did he sign?": roles all in the singular, and "he" or "she" asked about,
  // describe one person, named elsewhere in the question: no list of the role.
  const roleTerms = terms.filter((t) => t.kind === 'role');
  const personal =
    aboutSigning &&
    roleTerms.length > 0 &&
    roleTerms.every(single) &&
    reading.cues.some((c) => c.cue === 'refers' && singular.has(reading.words[c.at] ?? '')) &&
    !reading.words.some((w) => lexicon.wordList('oneOf').has(w));

  // A plural role or "stars" right after a word, or right before it ("de" at most between): see `common` below.
  const plural = (t: Term): boolean => (t.kind === 'role' || t.term === 'c:stars') && !single(t);
  const kindOfPeople = (k: number): boolean =>
    terms.some((t) => plural(t) && (t.at === k + 1 || t.at + (t.span ?? 1) === k || (t.at + (t.span ?? 1) === k - 1 && lexicon.wordList('complementLinks').has(reading.words[k - 1]!))));
  const people: PersonSlot[] = [];
  const spanOf = (at: readonly number[]): string => at.map((k) => shown[k]!).join(' ');
  // "A Gyllenhaal signed: was it Jake Gyllenhaal?": a surname typed whole with another first name (no signatory's name)
  // is a namesake; the same surname typed alone elsewhere is then no sure sign of the signatory who bears it.
  const namesakes = new Set<string>();
  const namesakeSpans: string[] = [];
  // Whether a run is the one place in the question a name may be and every other word is read: a stop word as typed, a
  // cue, or a concept's, role's or number's word (`soleFirstNames`, `titledSurnames`); the words of "not" that close a
  // yes/no question after its "or" ("Sir Paul: on the letter or not?", `orNot`) add no one.
  const orNotCue = reading.cues.find((c) => c.cue === 'alternative' && orNot(reading, lexicon, c));
  const readElse = (k: number): boolean =>
    (lexicon.isStopword(reading.words[k]!) && reading.corrected[k] === reading.words[k]) ||
    cueAt.has(k) ||
    (orNotCue !== undefined && k >= orNotCue.at + orNotCue.length) ||
    terms.some((t) => t.kind !== 'word' && t.at <= k && k < t.at + (t.span ?? 1));
  const onlyName = (at: readonly number[]): boolean => runAt.length === 1 && reading.words.every((_, k) => at.includes(k) || readElse(k));
  for (const at of runAt) {
    // The whole run first: "Lana Wachowski" is not Lilly Wachowski, "Eva Mendes" is not Sam Mendes.
    const whole = spanOf(at.slice(0, MAX_SPAN));
    const match = names.match(whole);
    // "did phoebe waller bridg sign": the end of a name typed short, which the typo reader took for another word ("bridg"
    // read as "bring"), is still the name's when the run with it, as typed, is one signatory's whole name.
    const next = at[at.length - 1]! + 1;
    const slipped = at.length < MAX_SPAN && match.verdict !== 'signed' && reading.corrected[next] !== undefined && stem(reading.corrected[next]!, 'en') !== stem(reading.words[next]!, 'en') && !lexicon.isStopword(reading.words[next]!) && !cueAt.has(next);
    const withSlip = slipped ? names.match(spanOf([...at, next])) : null;
    if (withSlip?.verdict === 'signed') {
      people.push({ span: spanOf([...at, next]), match: withSlip });
      continue;
    }
    if (at.length === 1) {
      // One word: a surname or full name that is one person's, or a first name or shared surname typed alone
      // ("did Paul sign?") that asks "which one?"; a loose typo of one word is not enough.
      // Not after "the": "did the rock sign?" asks about a nickname (Dwayne Johnson's), not Chris Rock.
      const article = at[0]! > 0 && reading.words[at[0]! - 1] === 'the';
      // "any jazz legends among the signers?", "des légendes du jazz ?": a common word in lower case that is only a
      // signatory's surname, right before a plural role or "stars" (or after one, "de" at most between), says what kind of
      // people are asked for: no one is named ("jazz stars" is a genre, whoever is called Jazz). A capital that only opens
      // the question is no sign of a name ("Jazz stars who signed?").
      const common = match.verdict === 'signed' && match.match!.method === 'surname' && (!capital(at[0]!) || at[0] === 0) && isDictionaryWord(reading.words[at[0]!]!);
      const sure = match.verdict === 'signed' && (match.match!.method !== 'fuzzy' || whole.length >= 7) && !article && !(common && kindOfPeople(at[0]!));
      const asked = match.verdict === 'ambiguous' && ['first_name_only', 'shared_surname', 'same_name'].includes(match.reason);
      // "did taika sign?": a first name only one signatory is known by (`soleFirstNames`) names that signatory when it is
      // the one place in the question a name may be and every other word is read: a stop word as typed, a cue, or a
      // concept's, role's or number's word. A word read as nothing, or only as a typo of another, may be the name asked
      // about ("obsessed with taika, so did gosling sign?", "hanks taika — on the list?": still "which one?").
      const sole =
        asked &&
        match.reason === 'first_name_only' &&
        match.candidates.length === 1 &&
        runAt.length === 1 &&
        lexicon.wordList('soleFirstNames').has(reading.words[at[0]!]!) &&
        onlyName(at);
      const byFirstName = sole ? names.match(match.candidates[0]!.name) : null;
      // The span is then the full name, which the /signatory reply is asked with.
      if (byFirstName?.verdict === 'signed') people.push({ span: byFirstName.match!.name, match: byFirstName });
      else if (sure || asked) people.push({ span: whole, match });
      else if (at[0]! > 0 && lexicon.isStopword(reading.words[at[0]! - 1]!)) {
        // A first name that is also a stop word somewhere ("ben" in "did ben stiler sign"): the two words together.
        const span = spanOf([at[0]! - 1, at[0]!]);
        const withFirst = names.match(span);
        if (withFirst.verdict === 'signed') people.push({ span, match: withFirst });
      }
      continue;
    }
    // "did sir paul sign?": a title of honour (`honourTitles`) and a first name, of which one bearer is the signatory the press calls so
    // (`titledSurnames`: Paul McCartney, not Paul Simon), as the only name in the question (`onlyName`), names that
    // signatory; else "which Paul?" as before.
    const titled =
      at.length === 2 && match.reason === 'first_name_only' && lexicon.wordList('honourTitles').has(reading.words[at[0]!]!) && onlyName(at)
        ? match.candidates.filter((c) => lexicon.wordList('titledSurnames').has(splitWords(foldText(c.name)).pop() ?? ''))
        : [];
    const byTitle = titled.length === 1 ? names.match(titled[0]!.name) : null;
    if (byTitle?.verdict === 'signed') {
      people.push({ span: byTitle.match!.name, match: byTitle });
      continue;
    }
    // "Lana Wacohwski a signé ? on a vu Wachowski dans une liste": a first name typed before a signatory's surname typed
    // through a slip the matcher is sure of (`surnameAsSpelt`) is read as with the surname spelt (`nameAsSpelt`): when
    // that is no one on the list, a namesake is typed, and the surname typed alone elsewhere is the namesake's again, as
    // when it is spelt right. A rule of language: a typo does not change which word is typed.
    if (match.verdict !== 'signed' && at.length === 2) {
      const typedSurname = shown[at[1]!]!;
      const spelt = surnameAsSpelt(names, typedSurname);
      const firstWord = reading.words[at[0]!]!;
      const full = spelt === null || lexicon.isKnown(firstWord) || isDictionaryWord(firstWord) ? null : nameAsSpelt(names, shown[at[0]!]!, typedSurname);
      const meant = full === null ? null : names.match(full);
      if (full !== null && meant?.verdict === 'not_listed') {
        namesakes.add(foldText(typedSurname));
        namesakes.add(foldText(spelt!));
        namesakeSpans.push(full);
        people.push({ span: full, match: meant });
        continue;
      }
    }
    if (match.verdict !== 'not_listed') {
      people.push({ span: whole, match });
      continue;
    }
    const surname = at.length <= MAX_SPAN ? names.match(shown[at[at.length - 1]!]!) : null;
    if (surname?.verdict === 'signed' && surname.match!.method === 'surname') {
      namesakes.add(reading.words[at[at.length - 1]!]!);
      // The full name as typed: the words with a capital, joined by spaces alone, that end on the surname ("Bryce Dallas
      // Howard"; the run may open on other words). None when the surname with the words before it is already someone's
      // name ("the Beatle Paul McCartney", "Wicked's Cynthia Erivo"): no namesake is typed, a signatory is.
      const gaps = gapsOnce();
      let from = at.length - 1;
      let someone = false;
      while (!someone && from > 0 && capital(at[from - 1]!) && at[from - 1] === at[from]! - 1 && gaps !== null && /^\s+$/u.test(gaps[at[from - 1]!] ?? '')) {
        from--;
        someone = names.match(spanOf(at.slice(from))).verdict !== 'not_listed';
      }
      if (!someone && at.length - from >= 2 && capital(at[at.length - 1]!)) namesakeSpans.push(spanOf(at.slice(from)));
    }
    // A longer run may hold a full name among other words ("Ben Stiller Zoolander"): only an exact full name counts.
    for (let len = Math.min(MAX_SPAN, at.length) - 1; len >= 2; len--) {
      for (let i = 0; i + len <= at.length; i++) {
        const span = spanOf(at.slice(i, i + len));
        const inner = names.match(span);
        if (inner.verdict === 'signed' && (inner.match!.method === 'exact' || inner.match!.method === 'alias')) people.push({ span, match: inner });
      }
    }
    // A run that opens with one signatory's surname exactly ("lyonne hereslf sign it"): names end with the surname, so
    // the words after it are not part of it (unlike "Lana Wachowski", whose first name comes before a signatory's surname).
    // Only when the words after it are words of the story or stop words, typed in lower case ("herself"): a word the
    // data never uses may be a surname, the head then a first name ("Simon Pegg", "Howard Stern", "rock hudson").
    const head = spanOf(at.slice(0, 1));
    const byHead = names.match(head);
    // An adverb of certainty typed after it ("Is Blanchett definitely a signatory?", `nameTailAdverbs`) is no word of a
    // name either, though the data never uses it: the surname is read alone, as before "really" (a stop word).
    const tailAdverbs = lexicon.wordList('nameTailAdverbs');
    const tail = at.slice(1).every((k) => !capital(k) && (lexicon.isKnown(reading.corrected[k] ?? '') || tailAdverbs.has(reading.words[k] ?? '')));
    if (tail && !people.some((p) => at.some((k) => p.span.split(' ').includes(shown[k]!))) && byHead.verdict === 'signed' && byHead.match!.method === 'surname') people.push({ span: head, match: byHead });
  }
  readInitials(runAt, reading.words, shown, people, names, (w) => lexicon.isStopword(w));
  // "Is Gyllenhaal on there? Jake, I mean": a surname typed alone, and elsewhere a lone word typed with a capital that
  // names no one, no word of the data nor of a dictionary, is the first name the asker means: a namesake when the two
  // together are no signatory's name, who is asked about instead of the signatory bearing the surname.
  const bySurname = aboutSigning ? people.find((p) => typedSurnameAlone(p.match) && !p.span.includes(' ')) : undefined;
  if (bySurname) {
    // Typed as a first name is (a capital, then small letters: no "BFM"), opening its sentence or a clause after a dash:
    // not after an article or a negation ("the Beatles guy", "pas Jake": that one is set aside).
    const opening = sentenceOpenings(text, true);
    // Or the one who does the signing, right before its verb ("wachowski - did lana sign too?"), in lower case too when
    // it is typed as a name is (three letters or more, a vowel among them) and the typo reader read no other word there.
    const signsNext = (k: number): boolean => terms.some((t) => t.term === 'c:sign' && t.at === k + 1);
    const lowerName = (k: number): boolean => /^(?=[a-z'-]*[aeiouy])[a-z'-]{3,}$/.test(shown[k]!) && reading.corrected[k] === reading.words[k];
    // A question typed with no capital at all ("is gyllenhaal on there? jake, i mean") has none to tell a first name by:
    // there a word typed as a name is stands for one (casing is how it is typed, not what it says).
    const uncased = aligned && !/\p{Lu}/u.test(text);
    const asFirstName = (k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(shown[k]!) || (uncased && lowerName(k));
    // Not a word after "of" or an article ("did the director of Roma sign? Cuaron I think"): the work or thing a role or a
    // noun is of (`ofWords`), no first name.
    const ofWords = lexicon.wordList('ofWords');
    const articles = lexicon.wordList('articles');
    // Nor a word that qualifies the common noun typed right after it, with no punctuation between ("Aussie angle for
    // the 6am", "Toronto bureau here"): a first name stands alone, beside a name or an adverb ("Jake, I mean", "Jake or
    // Maggie?", "Jake definitely").
    const qualifies = (k: number): boolean => {
      const next = reading.words[k + 1];
      const gap = gapsOnce()?.[k];
      return (
        next !== undefined &&
        gap !== undefined &&
        /^\s+$/u.test(gap) &&
        !startsWithCapital(shown[k + 1]!) &&
        !lexicon.isStopword(next) &&
        !lexicon.endsAs('mannerAdverbs', next) &&
        (isDictionaryWord(next) || lexicon.isKnown(next))
      );
    };
    const first = runAt.find(
      (r) =>
        r.length === 1 &&
        !ofWords.has(reading.words[r[0]! - 1] ?? '') &&
        !articles.has(reading.words[r[0]! - 1] ?? '') &&
        ((opening.has(r[0]!) && asFirstName(r[0]!) && !qualifies(r[0]!)) || (signsNext(r[0]!) && (/^\p{Lu}\p{Ll}+$/u.test(shown[r[0]!]!) || lowerName(r[0]!)))) &&
        shown[r[0]!] !== bySurname.span &&
        names.match(shown[r[0]!]!).verdict === 'not_listed' &&
        !lexicon.isKnown(reading.words[r[0]!]!) &&
        !isDictionaryWord(reading.words[r[0]!]!),
    );
    // Unless the asker offers the signatory's own first name as the other choice ("Gyllenhaal — Jake or Maggie?",
    // "Wachowski: Lana, or her sister Lilly?"): then which of the two signed is the question, and the signatory answers it.
    // Not one the asker rules out (`ruledOutWords`: "Gyllenhaal — Jake, not Maggie"): Jake is still who is asked about.
    const ruledOut = lexicon.wordList('ruledOutWords');
    const offered = (k: number): boolean => {
      if (ruledOut.has(reading.words[k - 1] ?? '')) return false;
      const named = names.match(`${shown[k]!} ${bySurname.span}`);
      // With the surname typed through a slip ("Gyllnehaal — Jake or Maggie?"), the whole name is read through the same slip.
      const asSpelt = named.match?.method === 'exact' || named.match?.method === 'alias' || bySurname.match.reason === 'surname_typo';
      return named.verdict === 'signed' && asSpelt;
    };
    const full = first && !shown.some((w, k) => k !== first[0] && /^\p{L}{3,}$/u.test(w) && offered(k)) ? nameAsSpelt(names, shown[first[0]!]!, bySurname.span) : '';
    const meant = full ? names.match(full) : null;
    if (meant && meant.verdict === 'not_listed') {
      namesakes.add(foldText(bySurname.span));
      namesakeSpans.push(full);
      people.push({ span: full, match: meant });
    }
  }
  // The relative so named is a namesake of the owner ("James McCartney"): the surname typed alone elsewhere ("or just
  // Macca?") is then no sure sign of the signatory, and the given name alone is no one asked about.
  for (const { first, surname } of kinNamed) {
    const full = `${shown[first]!} ${shown[surname]!}`;
    const meant = names.match(full);
    if (meant.verdict === 'ambiguous') continue;
    for (const p of [...people]) if (p.span === shown[first]) people.splice(people.indexOf(p), 1);
    if (meant.verdict === 'not_listed') {
      namesakes.add(foldText(shown[surname]!));
      namesakeSpans.push(full);
    }
    people.push({ span: full, match: meant });
  }
  for (const p of [...people]) if (typedSurnameAlone(p.match) && namesakes.has(foldText(p.span))) people.splice(people.indexOf(p), 1);
  people.sort((a, b) => b.span.split(' ').length - a.span.split(' ').length || (a.match.verdict === 'signed' ? -1 : 1));
  // "Did Chris Miller (the one who works with Phil Lord) sign?", "Ruffalo a signé, comme Blanchett ?": who signs is
  // named in the clause of the verb; a name in an aside (brackets, or a clause set off by commas or dashes without the
  // verb) is someone else mentioned in passing. Those named in the verb's clause come first.
  const signVerbAt = [...terms.filter((t) => t.term === 'c:sign').map((t) => t.at), ...onList.map((c) => c.at), ...letterOnAt];
  const asides = aboutSigning && people.length > 0 ? asidesOf(stretchesOnce(), signVerbAt) : null;
  // "Omar Sy, qui vit à Los Angeles, a-t-il signé ?", "X, who lives in LA, signed?": with no one the matcher knows, an
  // aside set off on both sides that opens on a relative pronoun (`asideRelatives`) says who the one before it is. A
  // rule of language: that "qui" or "who" asks nothing, and no name in the aside is who signs.
  const relativeAside = new Set<number>();
  if (aboutSigning && people.length === 0) {
    const stretch = stretchesOnce();
    const bare = stretch ? asidesOf(stretch, signVerbAt) : null;
    const opening = lexicon.wordList('asideRelatives');
    if (stretch && bare) {
      for (let k = 1; k < reading.words.length; k++) {
        if (!bare.has(k) || stretch[k] === stretch[k - 1] || !opening.has(reading.words[k]!)) continue;
        // Set off on both sides: the verb's stretch comes after it, a stretch before it holds the one it says who is.
        const last = stretch.lastIndexOf(stretch[k]!);
        if (!signVerbAt.some((v) => v > last)) continue;
        for (let j = k; j <= last; j++) relativeAside.add(j);
      }
    }
  }
  const inAside = (p: PersonSlot): boolean => {
    if (!asides) return false;
    const span = p.span.split(' ');
    for (let k = 0; k + span.length <= shown.length; k++) if (span.every((w, j) => shown[k + j] === w)) return asides.has(k);
    return false;
  };
  // "Ron Howard a signé, mais sa fille Bryce Dallas Howard aussi ?", "X signed, but what about Y?": an aside with a word
  // of addition asks about the one it names (typed whole, with capitals, or recognised); the verb's clause is what is known.
  const stretchAt = asides ? stretchesOnce() : null;
  const addedIn = asides && stretchAt ? reading.cues.filter((c) => c.cue === 'also' && asides.has(c.at)).map((c) => stretchAt[c.at]!) : [];
  // "On a Ron Howard, mais sa fille Bryce Dallas Howard, elle a signé aussi ?", "we have X, but Y, did she sign too?":
  // the word of addition in the verb's own clause, which names no one (a pronoun stands for them), adds the one named
  // in the last clause before it; the names further back are what is known.
  let addedBefore = false;
  if (asides && stretchAt && addedIn.length === 0) {
    const also = reading.cues.find((c) => c.cue === 'also' && !asides.has(c.at));
    const own = also === undefined ? -2 : stretchAt[also.at]!;
    if (also !== undefined && own >= 0 && !runAt.some((r) => r.some((k) => stretchAt[k] === own))) {
      const prior = runAt.filter((r) => r[r.length - 1]! < also.at && r.every((k) => asides.has(k) && stretchAt[k] === stretchAt[r[0]!])).pop();
      // Set off by a word of contrast ("but", "mais") that opens its clause, after a clause naming someone else.
      const opensOn = prior === undefined ? -1 : stretchAt.indexOf(stretchAt[prior[0]!]!);
      const earlier =
        prior !== undefined && CONTRAST_OPENERS.has(reading.words[opensOn] ?? '') && runAt.some((r) => r[r.length - 1]! < prior[0]! && stretchAt[r[0]!] !== stretchAt[prior[0]!]);
      if (prior !== undefined && earlier) {
        addedIn.push(stretchAt[prior[0]!]!);
        addedBefore = true;
      }
    }
  }
  const addedRun = runAt.find((r) => addedIn.includes(stretchAt?.[r[0]!] ?? -2) && r.every((k) => stretchAt?.[k] === stretchAt?.[r[0]!]) && r.length >= 2 && (r.every((k) => capital(k)) || personLike(r.map((k) => shown[k]!), aligned, false)));
  const inAdded = (p: PersonSlot): boolean => {
    const at = indexOfPhrase(shown, p.span.split(' '));
    return at >= 0 && addedIn.includes(stretchAt?.[at] ?? -2);
  };
  const addition = addedIn.length > 0 && (addedRun !== undefined || people.some((p) => (addedBefore ? inAdded(p) : inAside(p))));
  let added: string | null = null;
  if (addition) {
    const kept = people.filter((p) => (addedBefore ? inAdded(p) : inAside(p)));
    people.length = 0;
    people.push(...kept);
    if (kept.length === 0 && addedRun) added = spanOf(addedRun);
  }
  const asideOnly = asides !== null && !addition && people.every(inAside);
  // "did any of the signatories (ruffalo, stiller…) sue OpenAI?": with signing said only by the noun ("signatories",
  // "signataires"), no "on the list" and no "on the letter", names in an aside only say who the signatories are; the
  // question asks something else of them: no one is asked about.
  if (asideOnly && people.length > 0 && onList.length === 0 && letterOnAt.length === 0) {
    const signing = terms.filter((t) => t.term === 'c:sign');
    if (signing.length > 0 && signing.every((t) => SIGNING_NOUN.test(reading.words[t.at] ?? ''))) {
      // Only names after the noun ("blanchett, signataire ou juste sur la photo ?" asks of her).
      const nounAt = Math.min(...signing.map((t) => t.at));
      if (people.every((p) => shown.some((w, k) => k > nounAt && w === p.span.split(' ')[0]))) people.length = 0;
    }
  }
  // "Did Trump say anything about Cate Blanchett or the other signatories?", "Trump a-t-il parlé de Ruffalo et des autres
  // signataires ?": with signing said only by the noun, each time right after a word of "other", a name joined to it
  // ("or", "and", "et", stop words between) says who one of the signatories is; the question asks something else of
  // them: that name is no one asked about.
  if (people.length > 0 && onList.length === 0 && letterOnAt.length === 0) {
    const signing = terms.filter((t) => t.term === 'c:sign');
    const otherAt = (t: Term): number => (SIGNING_NOUN.test(reading.words[t.at] ?? '') ? (reading.cues.find((c) => c.cue === 'another' && c.at + c.length === t.at)?.at ?? -1) : -1);
    const cueAts = signing.map(otherAt);
    const [ands, ors] = [lexicon.wordList('andWords'), lexicon.wordList('orWords')];
    const joining = (w: string): boolean => ands.has(w) || ors.has(w);
    const joinedToOthers = (p: PersonSlot): boolean => {
      const own = splitWords(p.span);
      const at = indexOfPhrase(reading.words, own);
      const between = (cue: number): string[] => reading.words.slice(at + own.length, cue);
      return at >= 0 && cueAts.some((cue) => cue > at && between(cue).some(joining) && between(cue).every((w) => joining(w) || lexicon.isStopword(w)));
    };
    if (signing.length > 0 && cueAts.every((at) => at >= 0)) {
      const kept = people.filter((p) => !joinedToOthers(p));
      people.length = 0;
      people.push(...kept);
    }
  }
  if (asides) people.sort((a, b) => Number(inAside(a)) - Number(inAside(b)));
  // "Did X sign? I'll pair her with Y in the piece.": a name in a sentence of its own that asks nothing (no "?") and
  // holds no verb of signing says what the asker plans; who is asked about is named in the sentence that asks.
  if (aboutSigning && people.length > 1 && signVerbAt.length > 0) {
    const of = sentencesOnce()?.of;
    const ends = [...text.matchAll(/[.!?](?=\s|$)/g)].map((m) => m[0]);
    const told = (p: PersonSlot): boolean => {
      const span = p.span.split(' ');
      for (let k = 0; of && k + span.length <= shown.length; k++) {
        if (!span.every((w, j) => shown[k + j] === w)) continue;
        const n = of[k]!;
        return !signVerbAt.some((v) => of[v] === n) && ends[n] !== undefined && ends[n] !== '?';
      }
      return false;
    };
    if (of && shown.length === of.length) people.sort((a, b) => Number(told(a)) - Number(told(b)));
  }

  // "can you tell me…", "tu peux me dire…" (chatter in data): the question starts after it.
  const lead = terms[0]?.term === 'c:chatter' && terms[0].at === 0 ? (terms[0].span ?? 1) : 0;
  const first = reading.words[lead] ?? '';
  const content = terms.filter((t) => t.term !== 'c:chatter');
  const startsWh = reading.cues.some((c) => c.cue === 'wh' && c.at === lead) || (has('c:howmany') && content[0]?.term === 'c:howmany');
  // A question word anywhere; "ou" (or) folds like "où" (where) and is none.
  // Nor is the "que" of "est-ce que", which asks yes or no.
  const inYesNo = (at: number): boolean => reading.cues.some((c) => c.cue === 'yesno' && at >= c.at && at < c.at + c.length);
  // "où" typed with its accent is "where".
  // Nor a question word inside an aside that alone names someone ("did Tom Cruise (who worked with Ben Stiller) sign?").
  // Nor the "que" after a verb of saying ("une rumeur dit que X a signé"), which opens what is said.
  // Nor any "que" inside the sentence but after "ce" ("qu'est-ce que"): "est-il vrai que X a signé ?", "on lit que X a
  // signé : exact ?" open what is checked.
  const said = (at: number): boolean =>
    (reading.words[at] === 'que' || reading.words[at] === 'qu') && ((at > lead && reading.words[at - 1] !== 'ce' && !(sentencesOnce()?.opens.has(at) ?? false)) || terms.some((t) => t.term === 'c:argue' && t.at + (t.span ?? 1) === at));
  // The clause of a word: its stretch (commas, dashes) within its sentence, a ":" or ";" opening another; with where
  // its own words start (after stop words or chatter only: "and what…", "pourriez-vous me dire comment…").
  const clauseOf = (at: number): { from: number; to: number; opening: number } => {
    const stretch = stretchesOnce();
    const sentence = sentencesOnce();
    const together = (k: number): boolean => (!stretch || stretch[k] === stretch[at]) && (!sentence || sentence.of[k] === sentence.of[at]);
    let from = at;
    while (from > 0 && together(from - 1) && !(sentence?.opens.has(from) ?? false)) from -= 1;
    let to = at + 1;
    while (to < reading.words.length && together(to) && !(sentence?.opens.has(to) ?? false)) to += 1;
    const chatterAt = (k: number): boolean => terms.some((t) => t.term === 'c:chatter' && k >= t.at && k < t.at + (t.span ?? 1));
    let opening = from;
    while (opening < to && (lexicon.isStopword(reading.words[opening]!) && !reading.cues.some((c) => c.at === opening) || chatterAt(opening))) opening += 1;
    return { from, to, opening };
  };
  // Nor a word that a content term reads (weight 1 or more; a question word's own term weighs less): the English noun
  // "comment" ("OpenAI filed its comment before the letter?") is French "how" only in French.
  const content1 = (at: number): boolean => terms.some((t) => t.at === at && t.weight >= 1);
  const askingWh = (c: { cue: Cue; at: number }): boolean =>
    c.cue === 'wh' && (reading.words[c.at] !== 'ou' || (aligned && original[c.at]!.toLowerCase() === 'où')) && !inYesNo(c.at) && !(asideOnly && asides.has(c.at)) && !said(c.at) && !groupRelativeAt.has(c.at) && !relativeAside.has(c.at) && !content1(c.at);
  const asksWh = reading.cues.some(askingWh);
  // The clauses a question word opens (no relative: "the 400 who signed"), and whether a clause asks yes or no: a yes/no
  // word opening it, a French one anywhere in it ("Ruffalo a-t-il signé"), or a "?" closing it. Not "what about X?",
  // which asks the same of X; nor a "que" after words (chatter: "on m'a dit que X a signé"), which opens what is said.
  const about = reading.cues.filter((c) => c.cue === 'also').map((c) => c.at);
  const opensClause = (at: number, clause: { from: number; opening: number }): boolean => {
    const que = reading.words[at] === 'que' || reading.words[at] === 'qu';
    return clause.opening === at && (!que || clause.from === at) && !about.includes(at);
  };
  const whClauses = aboutSigning ? reading.cues.filter(askingWh).map((c) => ({ at: c.at, clause: clauseOf(c.at) })).filter((w) => opensClause(w.at, w.clause)).map((w) => w.clause) : [];
  const asksYesNo = (clause: { from: number; to: number; opening: number }): boolean =>
    reading.cues.some((c) => c.cue === 'yesno' && c.at >= clause.from && c.at < clause.to && (c.at === clause.opening || c.length > 1)) ||
    (clause.to === reading.words.length ? /\?\s*$/.test(text) : aligned && /\?/.test(typedGaps(text)[clause.to - 1] ?? ''));
  const inClause = (at: number, clause: { from: number; to: number }): boolean => at >= clause.from && at < clause.to;
  // "Lyonne is our guest, so some background: what company is she involved with?", "j'aimerais savoir qui est à
  // l'origine de la lettre signée par Stiller": the words of signing in a clause a question word opens ask for something
  // else than whether anyone signed. So do those in a clause that asks nothing ("Given that Ruffalo signed it, who was
  // it addressed to?") beside one a question word opens, unless that word asks to check the rest ("…, how sure is that?").
  const premise = whClauses.length > 0 && whClauses.every((w) => !reading.cues.some((c) => c.cue === 'check' && c.at === w.opening + 1));
  const signingUnderWh =
    whClauses.length > 0 && signVerbAt.length > 0 && signVerbAt.every((v) => whClauses.some((w) => inClause(v, w) && v > w.opening) || (premise && !asksYesNo(clauseOf(v))));
  // French asks yes/no by intonation too: "DeepSeek est sorti avant Stargate ?", with or without its question mark in a chat.
  const yesNo = !startsWh && (reading.cues.some((c) => c.cue === 'yesno' && c.at >= lead && (c.at === lead || c.length > 1 || lang === 'fr')) || (lang === 'fr' && (/\?\s*$/.test(text) || (!asksWh && reading.words.length >= 4))));
  // "Did Tom Cruise sign?": the run before or after the verb is who the question is about, listed or not.
  let subject: string | null = added;
  // "Tom Cruise a signé ?", "did Tom Cruise sign?": no question word before it.
  // Not when a question word is anywhere: "…which outlet ran the story on the letter?" names no one who signed. The
  // "what" of "what about" ("what about jake gyllenhaal, did he sign") asks no more than "and" does.
  const startsAsking = startsWh && !reading.cues.some((c) => c.cue === 'wh' && c.at === lead && inAlsoCue(reading, c.at));
  const asksBeyondAbout = reading.cues.some((c) => askingWh(c) && !inAlsoCue(reading, c.at));
  if (!addition && aboutSigning && !startsAsking && (people.length === 0 || asideOnly) && !asksBeyondAbout) {
    const original = text.replace(QUOTED_ANY, ' ').split(/\s+/);
    const capitalised = new Set(original.filter((w) => startsWithCapital(w)).flatMap((w) => splitWords(w)));
    // A first name that is a stop word too ("ben affleck a signé ?") opens the run it stands before.
    const opened = runAt.map((r) => {
      const before = r[0]! - 1;
      const w = reading.words[before];
      return r.length === 1 && before >= 0 && w !== undefined && w.length >= 3 && lexicon.isStopword(w) && !cueAt.has(before) && !lexicon.isPhraseWord(w) ? [before, ...r] : r;
    }).map((r) => {
      // "did tom hanks sign": the end of a name in lower case that the typo reader took for another word ("hanks" read as
      // "thanks") is still the name's, when no word of signing or of the letter is read there.
      const k = r[r.length - 1]! + 1;
      const w = reading.words[k];
      const read = reading.corrected[k];
      const slip = w !== undefined && read !== undefined && r.some((j) => !isDictionaryWord(reading.words[j]!)) && stem(read, 'en') !== stem(w, 'en') && r.length < MAX_SPAN && !capital(k) && !lexicon.isStopword(w) && !terms.some((t) => t.at === k && (t.term === 'c:sign' || t.term === 'c:letter'));
      return slip ? [...r, k] : r;
    });
    // "Omar Sy, qui vit à Los Angeles, a signé ?": a run inside a relative aside says where or who, no one asked about.
    for (let k = opened.length - 1; k >= 0; k--) if (opened[k]!.every((j) => relativeAside.has(j))) opened.splice(k, 1);
    // "Nolan (Oppenheimer) a signé ?": a run inside brackets describes one named outside them, who is asked about.
    if (opened.some((r) => !r.every((k) => bracketed.has(k)))) for (let k = opened.length - 1; k >= 0; k--) if (opened[k]!.every((j) => bracketed.has(j))) opened.splice(k, 1);
    // …or the only one, a word the data never uses ("did zendaya sign?").
    // Or a name the data spells only with a capital, typed in lower case ("johansson on the letter?").
    // A company's name alone beside it ("Lehane, le monsieur d'OpenAI, il a signé ?") only says where that one works.
    // Nor does a title typed as a common noun after an article ("le monsieur d'OpenAI").
    const companyRun = (r: readonly number[]): boolean =>
      r.length === 1 && (companies.has(reading.words[r[0]!]!) || (isLeadingTitle(reading.words[r[0]!]!) && lexicon.wordList('articles').has(reading.words[r[0]! - 1] ?? '')));
    const people1 = opened.filter((r) => !companyRun(r));
    const loneAt = people1.length === 1 && people1[0]!.length === 1 && (!lexicon.isKnown(reading.words[people1[0]![0]!]!) || lexicon.isName(reading.words[people1[0]![0]!]!)) ? opened.indexOf(people1[0]!) : -1;
    const lone = loneAt >= 0;
    // A capital that opens a sentence ("Context: …", "Question: did…") is no sign of a name; nor is a name in another
    // sentence than the one that asks about signing.
    const sentence = sentencesOnce();
    const signAts = [...terms.filter((t) => t.term === 'c:sign').map((t) => t.at), ...onList.map((c) => c.at), ...letterOnAt];
    const sameSentence = (r: readonly number[]): boolean => sentence === null || signAts.some((v) => r.some((k) => sentence.of[k] === sentence.of[v]));
    const capitalName = (r: readonly number[]): boolean => r.some((k) => capitalised.has(reading.words[k]!) && reading.words[k] !== first && !(sentence?.opens.has(k) ?? false));
    // "According to Politico, did Tom Hanks sign?": among such runs, the one right before the verb (stop words at most
    // between) is who signs; one further away ("Politico") only when none is.
    const nameRun = (r: readonly number[]): boolean => sameSentence(r) && (r.length >= 2 || capitalName(r));
    // Only a verb of signing or a word of the list: "…about X or the other signatories?" names the signers, no verb.
    const signAtAll = [...terms.filter((t) => t.term === 'c:sign' && !SIGNING_NOUN.test(reading.words[t.at] ?? '')).map((t) => t.at), ...onList.map((c) => c.at)];
    // Not across a pronoun that stands back for another ("Wachowski — Lilly, not Lana — did she sign?": `echo`).
    const rightBefore = (r: readonly number[]): boolean => signAtAll.some((v) => v > r[r.length - 1]! && reading.words.slice(r[r.length - 1]! + 1, v).every((w) => lexicon.isStopword(w) && !echo(w)));
    const rightBeforeAt = opened.findIndex((r) => nameRun(r) && rightBefore(r));
    // "Sam Altman from OpenAI signed the letter too?", « Kent Walker de Google a signé la lettre ? », "Chris Lehane, the one
    // from OpenAI, signed?": a company's name right after a word of affiliation (`affiliationWords`), with only stop words
    // back to a run before it, says where that run's person works: that person is who signs, not the company.
    const affiliations = lexicon.wordList('affiliationWords');
    const worksFor = (at: number): number => {
      const r = opened[at];
      if (r === undefined || r.length !== 1 || !companies.has(reading.words[r[0]!]!) || !affiliations.has(reading.words[r[0]! - 1] ?? '')) return -1;
      let before = at - 1;
      while (before >= 0 && !(nameRun(opened[before]!) && !opened[before]!.some((i) => companies.has(reading.words[i]!)))) before--;
      const end = before >= 0 ? opened[before]![opened[before]!.length - 1]! : -1;
      return before >= 0 && reading.words.slice(end + 1, r[0]! - 1).every((w) => lexicon.isStopword(w)) ? before : -1;
    };
    const employee = worksFor(rightBeforeAt);
    const subjectRun = employee >= 0 ? employee : rightBeforeAt;
    // "le patron de Google, Sundar Pichai, il a signé ?": a company's name that only says whose head the person named
    // after it is gives way to that person's name (`companyNames`; "did Google sign?" alone still names the company).
    const firstNamed = opened.findIndex(nameRun);
    const company = (r: readonly number[]): boolean => r.length === 1 && companies.has(reading.words[r[0]!]!);
    const personAfter = subjectRun < 0 && firstNamed >= 0 && company(opened[firstNamed]!) ? opened.findIndex((r, k) => k > firstNamed && nameRun(r) && r.length >= 2 && !r.some((i) => companies.has(reading.words[i]!))) : -1;
    const named = lone ? (sameSentence(opened[loneAt]!) ? loneAt : -1) : subjectRun >= 0 ? subjectRun : personAfter >= 0 ? personAfter : firstNamed;
    // "The signatories call Trump dangerous?": when signing is only said by the noun ("signatories", "signataires"),
    // the signatories are who acts, and a name after them is no one asked about.
    const signs = terms.filter((t) => t.term === 'c:sign');
    const byNoun = !cues.has('onList') && signs.length > 0 && signs.every((t) => /^signat|^signers$/.test(reading.words[t.at] ?? ''));
    const after = named >= 0 && byNoun && opened[named]![0]! > Math.min(...signs.map((t) => t.at));
    const span = named >= 0 && !after ? opened[named]!.map((k) => shown[k]!) : null;
    // Right before the verb, or only stop words away ("gosling a signé", "musk has signed", "swift sign it?").
    const run = named >= 0 ? opened[named]! : [];
    const end = run[run.length - 1] ?? -1;
    const verbAt = [...terms.filter((t) => t.term === 'c:sign').map((t) => t.at), ...onList.map((c) => c.at), ...letterOnAt];
    // A word of naming between them is the name itself ("is Sam Altman's name on the letter?").
    const naming = new Set(reading.cues.filter((c) => c.cue === 'naming').flatMap((c) => Array.from({ length: c.length }, (_, k) => c.at + k)));
    // A noun of signing after "of" ("the final tally of signatures", "le total des signatures") is what the word before
    // it counts or lists, not someone who signs.
    const ofNoun = (v: number): boolean => SIGNING_NOUN.test(reading.words[v] ?? '') && reading.words.slice(end + 1, v).some((w) => lexicon.wordList('complementLinks').has(w));
    // Words in brackets that describe the one named are part of the name ("common (the rapper) signed?").
    const before = (v: number): boolean => v > end && !ofNoun(v) && reading.words.slice(end + 1, v).every((w, k) => lexicon.isStopword(w) || naming.has(end + 1 + k) || (described && inBrackets(end + 1 + k)));
    const beforeVerb = verbAt.some(before);
    // A noun of signing is no verb a common word is the subject of ("highest signature count reported?": "highest" is
    // no one's name; "zendaya signature?" still asks of Zendaya, no dictionary word).
    const beforeNounOnly = beforeVerb && verbAt.every((v) => !before(v) || SIGNING_NOUN.test(reading.words[v] ?? ''));
    // "The Variety piece on the letter?": with no verb of signing, only "on the list" or the like, who is asked about
    // stands right before it; a name further away describes something else that is on it.
    const onlyOnList = !terms.some((t) => t.term === 'c:sign');
    // Common words typed in lower case ("just a few", "keep collecting", "c'est une rumeur") are no one's name, unless
    // right before the verb as who signs; nor are acronyms or words of one case only (see personLike).
    const common = run.length > 0 && (!beforeVerb || beforeNounOnly) && run.every((k) => !capital(k) && (isDictionaryWord(reading.words[k]!) || lexicon.isStopword(reading.words[k]!)));
    // One or two letters alone ("hw many ppl signd", "cb de signataires", "a couple Qs on the letter") are shorthand or
    // an abbreviation, with a capital or not: a name typed alone has three letters or more.
    const shorthand = run.length === 1 && reading.words[run[0]!]!.length <= 2;
    // Nor is a word in lower case that opens the question, no dictionary's, one letter off a question word that never
    // opens a relative clause (`askingWords`: "ehat figure for jobs in lettr" is "what", a key slipped).
    const askingSlip = run.length === 1 && run[0] === lead && !capital(run[0]) && !isDictionaryWord(reading.words[run[0]]!) && slipOfAny(reading.words[run[0]]!, lexicon.wordList('askingWords'));
    // One word after "the" is a nickname or a thing ("did the rock sign?"), which the name matcher would read as a surname.
    const nickname = run.length === 1 && run[0]! > 0 && reading.words[run[0]! - 1] === 'the';
    // One word in lower case after an article is a thing ("un edito sur la lettre ?", "an op-ed on the letter?"): no
    // one's name is typed after "a" or "un" (a name typed with a capital may be: "un Gyllenhaal a signé").
    // Nor after a word of any one ("did any senator come out in support?", "aucun sénateur ?"): a kind of people, no one named.
    const determiner = (w: string): boolean => lexicon.wordList('articles').has(w) || lexicon.wordList('indefiniteArticles').has(w);
    const thing = run.length === 1 && !capital(run[0]!) && determiner(reading.words[run[0]! - 1] ?? '');
    // Nor a common word in lower case right after a word that stands back for someone ("son collègue a signé ?", "did his
    // colleague sign?": the `refers` cue, "son", "his"): a relation of someone named elsewhere, no one's name. So is one
    // right after a possessive mark ("did Waititi's friend sign?": the one who owns it is named before).
    const owned = lexicon.wordList('possessiveMarks').has(reading.words[run[0]! - 1] ?? '');
    const theirs = run.length === 1 && !capital(run[0]!) && isDictionaryWord(reading.words[run[0]!]!) && (owned || reading.cues.some((c) => c.cue === 'refers' && c.at + c.length === run[0]));
    // A common word that opens the question and is set off by a comma ("Frankly, …", "Franchement, …") is the asker's
    // aside, an adverb or an interjection: no one's name.
    const aside = run.length === 1 && run[0] === 0 && /^[^\s,]+,/u.test(text.trimStart()) && isDictionaryWord(reading.words[0]!);
    // Nor is one that says what kind of people are asked for ("des légendes du jazz ?": see `kindOfPeople`).
    const kind = run.length === 1 && (!capital(run[0]!) || run[0] === 0) && isDictionaryWord(reading.words[run[0]!]!) && kindOfPeople(run[0]!);
    // A body's name ("the Screen Actors Association", "la Fédération des éditeurs") is no one's: the list holds people,
    // and whether a body backed the letter is no signatory verdict (see `organisationNouns`).
    const organisation = run.some((k) => lexicon.wordList('organisationNouns').has(reading.words[k]!));
    // "the eo number trump signed", "la loi que Biden a signée", "did Biden sign the order the week of the letter?":
    // someone the story knows and no signatory is, signing after the noun of another document (an order, a law) in
    // their sentence, signs that document, the object the clause leaves out; or signs the one named first after the
    // verb, before any word of the letter. No one is asked about as a signer of the letter.
    const verb = verbAt.filter(before).sort((a, b) => a - b)[0];
    const letterBetween = (from: number, to: number): boolean => terms.some((l) => l.term === 'c:letter' && l.at > from && l.at < to);
    const otherDocument =
      verb !== undefined &&
      run.some((k) => lexicon.isName(reading.words[k]!) && names.match(reading.words[k]!).verdict === 'not_listed') &&
      terms.some(
        (t) =>
          (t.term === 'c:order' || t.term === 'c:law') &&
          (sentence === null || sentence.of[t.at] === sentence.of[run[0]!]) &&
          (t.at < run[0]! || (t.at > verb && !letterBetween(verb, t.at))),
      );
    // "did Sam Altman sign with the actors?", "steven spielberg a signé ? le réalisateur": beside a role that describes no
    // one named (neither in apposition nor in brackets), a run is who the question asks about only when it reads as a full
    // name: two words or more, typed with capitals, opening on a given name (`givenNames`), or opening on a word of three
    // letters or more that is no stop word and holding one no dictionary has ("sam altman"). Common words there ("des
    // humoristes / stand-uppers", "the on-screen faces"), an aside ("à votre connaissance") or a prefix ("ex-beatles")
    // are more of the kind of people asked for.
    const givenNames = lexicon.wordList('givenNames');
    const roleBeside = roles.length > 0 && !apposed && !personal && !described;
    const opener = reading.words[run[0] ?? -1] ?? '';
    const unknownName = opener.length >= 3 && !lexicon.isStopword(opener) && run.some((k) => !isDictionaryWord(reading.words[k]!));
    // One word is a name there only typed with a capital inside its sentence, right before the verb as who signs, and no
    // common word ("did Altman sign with the actors?"; not a slip in lower case, "any film dircetors among the signers?").
    const surnameSigns = run.length === 1 && beforeVerb && capitalName(run) && opener.length >= 3 && !lexicon.isStopword(opener) && (lexicon.isName(opener) || !isDictionaryWord(opener));
    const fullName = (run.length >= 2 && (run.every((k) => capital(k)) || givenNames.has(opener) || unknownName)) || surnameSigns;
    // "Is it correct that the Action Plan included strong copyright protections, as the letter requested?": a verb of
    // containing (`containVerbs`) with its object right after it (a word that is no stop word) says what the run holds,
    // not that it is on a list: no one is asked about ("was Tom Hanks included in the letter?" still asks of him).
    const holds = verb !== undefined && lexicon.wordList('containVerbs').has(reading.words[verb] ?? '') && verb + 1 < reading.words.length && !lexicon.isStopword(reading.words[verb + 1]!);
    // "the judge ruled for Meta in June; did the letter's signatories say anything?", "On Monday did anyone sign?": a
    // month's full name or a day's is a date, no one's (not a short month of three letters: "et Jul il a signé ?" asks
    // about the rapper).
    const month = run.length > 0 && run.every((k) => (reading.words[k]!.length > 3 && MONTHS.has(reading.words[k]!)) || WEEKDAYS.has(reading.words[k]!));
    // "Did Action Plan sign?", "the Copyright Office signed it?": words the story itself uses as common nouns (`isCommonNoun`),
    // a dictionary's and none a given name, are a thing's name, no one's ("Plan is not among the signatories").
    const thingName = run.length > 0 && !givenNames.has(opener) && run.every((k) => lexicon.isCommonNoun(reading.words[k]!) && isDictionaryWord(reading.words[k]!));
    // Nor is an outlet's (`outletNames`: "Did Variety sign the letter?", « Le Parisien a signé ? »): the list holds people.
    const outlet = run.length > 0 && run.every((k) => lexicon.wordList('outletNames').has(reading.words[k]!));
    subject = span && !holds && !month && !thingName && !outlet && !otherDocument && !common && !kind && !shorthand && !askingSlip && !nickname && !thing && !theirs && !aside && !organisation && (!roleBeside || fullName) && (beforeVerb || !onlyOnList) && personLike(span, aligned, beforeVerb) ? span.join(' ') : null;
    // Only names in asides were recognised, and the verb's clause names someone else ("did Tom Cruise (who worked with
    // Ben Stiller) sign?"): that one is who the question is about, listed or not.
    if (asideOnly && subject !== null && !people.some((p) => p.span === subject)) people.length = 0;
    else if (asideOnly) subject = null;
  }

  let type: QuestionType = 'other';
  // "before or after", "did A happen before B?", "which came first, A or B?" ("A vs B") — not "who reported it first?".
  const hasOr = cues.has('alternative');
  // A cue of several words ("before or after", "how long after") is a comparison by itself; "en premier" is only "first".
  const firstAt = new Set(terms.filter((t) => t.term === 'c:first').map((t) => t.at));
  // A cue of several words that asks the time between two things ("combien de temps après", "how long before") is one
  // whatever verb the question uses ("le décret est arrivé combien de temps après le plan ?"); a lone "after" next to a
  // verb of happening ("what happened after the letter?") asks what came next.
  // "…after the letter did the Action Plan come out?": a yes/no word after "before"/"after", then something named (not
  // only a verb: "after the letter was sent"), and no question word, asks whether one came before the other.
  const inverted =
    !asksWh &&
    reading.cues.some(
      (c) => c.cue === 'yesno' && reading.cues.some((k) => k.cue === 'compare' && !firstAt.has(k.at) && k.at < c.at) && terms.some((t) => t.at > c.at && t.kind !== 'concept' && t.weight >= 1),
    );
  // So is one that ends on its "between" ("gap between", "time between"): the two things follow, whatever verb
  // closes them ("…and the final Action Plan being released?": "final" is no happening asked).
  const endsOnBetween = (c: Reading['cues'][number]): boolean => c.length > 1 && reading.cues.some((b) => b.cue === 'between' && b.at === c.at + c.length - 1);
  const gapCue = reading.cues.some((c) => c.cue === 'compare' && (c.length > 2 || endsOnBetween(c)) && !firstAt.has(c.at));
  // Two things set against each other in time, whatever verb or question word surrounds them: a compare cue and an
  // "or" with something named on each side of it ("ended first, the writers' or the actors'?", "qu'est-ce qui est
  // arrivé en premier : A ou B ?"), or, with no question word at all, a compare cue with something named on each side
  // of it that is a word of the story, more than the letter alone ("actors' strike start before the writers' strike?";
  // not "anything new after the letter?", nor "need to confirm before air"). A single fact answers neither: both are comparisons.
  const compareCues = reading.cues.filter((c) => c.cue === 'compare');
  const inCompareCue = (at: number): boolean => compareCues.some((c) => at >= c.at && at < c.at + c.length);
  // The letter is one thing to set against another (its filing), though a word of little weight.
  const named = (t: Term): boolean => (t.weight >= 1 || t.term === 'c:letter') && t.term !== 'c:happen' && t.term !== 'c:first' && !inCompareCue(t.at);
  // A word of the story: a concept, role, figure or word the data uses ("before air" names nothing of it).
  const ofStory = (t: Term): boolean => t.kind !== 'word' || lexicon.isKnown(reading.corrected[t.at] ?? '');
  const namedBetween = (from: number, to: number, letter = true, story = false): boolean =>
    terms.some((t) => t.at >= from && t.at < to && named(t) && (letter || t.term !== 'c:letter') && (!story || ofStory(t)));
  // "où" typed with its accent is "where", no alternative.
  const orAt = reading.cues.filter((c) => c.cue === 'alternative' && !(aligned && original[c.at]!.toLowerCase() === 'où')).map((c) => c.at);
  // Both in one sentence: "Spielberg, signed or not? need it before we print" sets nothing against anything.
  const sentences = sentencesOnce();
  const sentenceOf = (at: number): number => sentences?.of[at] ?? 0;
  const within = (at: number): [number, number] => {
    const all = reading.words.map((_, k) => k).filter((k) => sentenceOf(k) === sentenceOf(at));
    return [all[0] ?? 0, (all[all.length - 1] ?? reading.words.length - 1) + 1];
  };
  // "How long did the White House take to put out its plan after the letter?", "combien de temps le gouvernement a-t-il
  // mis à publier son plan après la lettre ?": a span of time asked (`howLong`) and, later in its sentence, a lone
  // "before" or "after" ask the time between two things as "how long after" does, whatever words stand between them.
  const spanApart = reading.cues.some(
    (h) => h.cue === 'howLong' && reading.cues.some((c) => c.cue === 'compare' && c.length === 1 && c.at >= h.at + h.length && !firstAt.has(c.at) && sentenceOf(c.at) === sentenceOf(h.at)),
  );
  const alternatives = orAt.some((at) => {
    const [from, to] = within(at);
    return compareCues.some((c) => sentenceOf(c.at) === sentenceOf(at)) && namedBetween(from, at) && namedBetween(at + 1, to);
  });
  // "did the copyright office put out anything on AI training after the letter?": an unnamed thing (`indefiniteThings`)
  // before a lone "after" or "before" in its sentence is what a yes/no question asks of: what came then, not which of
  // two came first.
  const things = lexicon.wordList('indefiniteThings');
  const somethingAsked = compareCues.some((c) => c.length === 1 && !firstAt.has(c.at) && reading.corrected.some((w, k) => k < c.at && sentenceOf(k) === sentenceOf(c.at) && things.has(w)));
  // Not with a verb of happening ("les signatures ont continué d'arriver après l'envoi ?" asks what came next), nor with
  // a pronoun after the cue ("…to Perlmutter after she was fired?"): that side is the other's own story, no second event.
  const happens = terms.some((t) => t.term === 'c:happen' && !inCompareCue(t.at));
  // Not with an unnamed thing before a lone cue either ("did the Copyright Office put out anything … after the letter
  // went in?": see somethingAsked): what came then is asked, though the letter's filing is named after the cue.
  const statement =
    !asksWh &&
    !startsWh &&
    !happens &&
    !somethingAsked &&
    compareCues.some((c) => {
      const [from, to] = within(c.at);
      // A pronoun after something named there is that thing's ("before the White House released its plan"), not the subject.
      const after = c.at + c.length;
      return (
        !firstAt.has(c.at) &&
        namedBetween(from, c.at, false, true) &&
        namedBetween(after, to, false, true) &&
        !reading.cues.some((r) => r.cue === 'refers' && r.at >= after && r.at < to && !namedBetween(after, r.at, false, true))
      );
    });
  // "La lettre est arrivée avant le plan d'action de juillet ?", "did the letter come out after the RFI?": the letter and
  // a verb of happening alone before the cue is the letter's filing; set against something of the story after it.
  // Not "les signatures ont continué d'arriver après l'envoi" (the signatures arrive), nor "what happened after the
  // letter?" (nothing before the verb).
  // A cue's clause (`within`) and the content terms in it before the cue: what `letterHappens` and `namedHappens` read.
  const beforeCue = (c: { at: number }): { from: number; to: number; before: Term[] } => {
    const [from, to] = within(c.at);
    return { from, to, before: terms.filter((t) => t.at >= from && t.at < c.at && t.weight >= 1) };
  };
  const letterHappens =
    !asksWh &&
    !startsWh &&
    compareCues.some((c) => {
      const { from, to, before } = beforeCue(c);
      return (
        !firstAt.has(c.at) &&
        terms.some((t) => t.at >= from && t.at < c.at && t.term === 'c:letter') &&
        before.length > 0 &&
        before.every((t) => t.term === 'c:happen') &&
        namedBetween(c.at + c.length, to, false, true) &&
        !reading.cues.some((r) => r.cue === 'refers' && r.at >= c.at + c.length && r.at < to)
      );
    });
  // "Stealing Isn't Innovation, c'est venu après la lettre ?", "did Stargate come before the letter?": names (words the
  // data spells with a capital) and verbs of happening alone before the cue, the letter alone after it: the named
  // thing's date set against the letter's filing. Not "les signatures ont continué d'arriver après l'envoi" (no name).
  const namedHappens =
    !asksWh &&
    !startsWh &&
    compareCues.some((c) => {
      const { to, before } = beforeCue(c);
      const after = terms.filter((t) => t.at >= c.at + c.length && t.at < to && (t.weight >= 1 || t.term === 'c:letter'));
      return (
        !firstAt.has(c.at) &&
        before.some((t) => t.kind === 'word' && lexicon.isName(reading.words[t.at] ?? '')) &&
        before.every((t) => t.term === 'c:happen' || (t.kind === 'word' && lexicon.isName(reading.words[t.at] ?? ''))) &&
        after.length > 0 &&
        after.every((t) => t.term === 'c:letter')
      );
    });
  // "After Trump's order was the letter submitted?": a yes/no word after the cue, with something named between them and
  // the letter after it.
  const invertedLetter =
    !asksWh &&
    reading.cues.some(
      (c) => c.cue === 'yesno' && compareCues.some((k) => !firstAt.has(k.at) && k.at < c.at && namedBetween(k.at + k.length, c.at)) && terms.some((t) => t.at > c.at && t.term === 'c:letter'),
    );
  // "The report: out before or", "arrivé en premier : A ou": a comparison that stops on its "or" leaves one of the two
  // things out; what it would compare is a guess, no one fact's question. (Not one that stops on "before": "juste
  // avant ?" is before what was just said.)
  const dangling = orAt.includes(reading.words.length - 1);
  // "Was the plan out within the 180 days the order set?", "sorti dans les 180 jours ?": a span of time after "within"
  // ("dans", "sous"), stop words aside, sets a date against a deadline: a comparison of two things in time.
  const deadline = reading.cues.some((c) => {
    if (c.cue !== 'within') return false;
    const next = reading.words.findIndex((w, k) => k >= c.at + c.length && !lexicon.isStopword(w));
    return next >= 0 && /^\d+$/.test(reading.words[next]!) && reading.cues.some((u) => u.cue === 'span' && u.at === next + 1);
  });
  // "Did Google's filing land before the letter or after?", "c'était avant la lettre ou après ?": an "or" that only a
  // compare cue follows to the end of its sentence offers the order itself, with something named before it.
  const orderOffered = orAt.some((at) => {
    const [from, to] = within(at);
    // "…before the letter or after it?": a pronoun for the thing already named may close it.
    const closes = (end: number): boolean => end === to || (end === to - 1 && reading.cues.some((r) => r.cue === 'refers' && r.at === end));
    return compareCues.some((c) => c.at === at + 1 && closes(c.at + c.length)) && compareCues.some((c) => c.at < at) && namedBetween(from, at);
  });
  // "when did OpenAI send its comments vs the Hollywood letter?": a question of when with an alternative between two
  // things of the story named in one sentence asks the time of each against the other, no one thing's date.
  const whenAgainst =
    has('c:when') &&
    orAt.some((at) => {
      const [from, to] = within(at);
      // Each side names a thing of the story (a concept, a figure, the letter), not two common words ("chaque article ou chaque livre").
      const thing = (a: number, b: number): boolean => terms.some((t) => t.at >= a && t.at < b && named(t) && t.kind !== 'word');
      return thing(from, at) && thing(at + 1, to);
    });
  // "Which strike ended first?": a "which" and then, in its sentence, only concepts (two or more: no name, role or
  // figure) before a word of being first may ask which of two things of a kind came first (see EventComparer: when
  // exactly two events are of that kind). The question keeps its type: "which outlets reported it first?" asks a fact.
  const whichFirst = reading.cues.some((w) =>
    w.cue === 'which' &&
    reading.cues.some((c) => {
      if (c.cue !== 'compare' || !firstAt.has(c.at) || c.at < w.at + w.length || sentenceOf(c.at) !== sentenceOf(w.at)) return false;
      const kind = terms.filter((t) => t.at >= w.at + w.length && t.at < c.at && t.weight >= 1);
      return kind.length >= 2 && kind.every((t) => t.kind === 'concept');
    }),
  );
  const compareForm =
    deadline ||
    whenAgainst ||
    overlapJoint(reading, lexicon) !== null ||
    pairedAnd(reading, lexicon, text) >= 0 ||
    (orderOffered && !asksWh) ||
    betweenParts(reading, lexicon) !== null ||
    (cues.has('compare') &&
      (gapCue ||
        spanApart ||
        alternatives ||
        dangling ||
        statement ||
        invertedLetter ||
        letterHappens ||
        namedHappens ||
        ((yesNo || inverted || reading.cues.some((c) => c.cue === 'compare' && c.length > 1 && !firstAt.has(c.at)) || (cues.has('list') && hasOr)) &&
          !somethingAsked &&
          !terms.some((t) => t.term === 'c:happen' && !reading.cues.some((c) => c.cue === 'compare' && t.at >= c.at && t.at < c.at + c.length)))));
  // "Pourriez-vous me citer les comédiennes et comédiens signataires ?": in a question about signing, a verb of quoting
  // whose object is a role (an article at most between) names people of that role; it asks for no words of the letter.
  // Not "cite-moi la phrase sur les acteurs": no one signs there. So does one whose object is a name typed as who may
  // have signed ("on peut citer Patton Oswalt comme signataire ?": whether to name them is whether they signed).
  const quotesRole = (c: Reading['cues'][number]): boolean => {
    const after = c.at + c.length;
    const next = lexicon.wordList('articles').has(reading.words[after] ?? '') || lexicon.wordList('complementLinks').has(reading.words[after] ?? '') ? after + 1 : after;
    return aboutSigning && (terms.some((t) => t.kind === 'role' && t.at === next) || runAt.some((r) => r[0] === after));
  };
  const reason = content[0]?.term === 'c:why' && content[0].at === lead;
  // "côté musique, qui a signé ?", "in music, who signed?": a question about signing that names no role but the field
  // one role alone works in asks for the signatories of that role.
  // Only when it asks who or which ("did Sony Music comment on the letter?" asks for no one).
  const field = roles.length === 0 && aboutSigning && people.length === 0 && (has('c:who') || cues.has('list')) ? lexicon.roleOfField(reading.words) : null;
  if (field !== null) roles.push(field);
  // "et les actrices ?", "and the directors?": a question of a role in the plural and nothing else but joining words
  // and articles (`questionJoiners`, `articles`) asks for their list too; not "same question for the actors", which
  // points back to a question not asked here.
  const roleOnly = (): boolean => {
    const joiners = lexicon.wordList('questionJoiners');
    const articles = lexicon.wordList('articles');
    const inRole = (k: number): boolean => roleTerms.some((t) => k >= t.at && k < t.at + (t.span ?? 1));
    // A bare word of a role ("singers") may be what is left of a longer question: a joining word or an article asks.
    const around = reading.words.filter((_, k) => !inRole(k));
    return roleTerms.some((t) => !single(t)) && around.length > 0 && around.every((w) => joiners.has(w) || articles.has(w));
  };
  // "actors list", "gimme the actors, just names": the words of the cue that asks for a list ("list", "names") are the
  // request itself, no other thing asked about beside the role.
  const listing = (t: Term): boolean => reading.cues.some((c) => (c.cue === 'list' || c.cue === 'naming') && t.at >= c.at && t.at < c.at + c.length);
  // "toutes les actrices citées", "the actors named": a word of naming right after the role says which of them are asked
  // (those the sources name), no other thing asked about.
  const namedRole = (t: Term): boolean => t.term === 'c:mention' && roleTerms.some((r) => r.at + (r.span ?? 1) === t.at);
  // "did Streep sign it, or was she only quoted?": a verb of quoting offered after "or" as the other side of a named
  // person's signing says what else may have been said of them; the question asks whether they signed, no words of the letter.
  const signingSide = (c: Reading['cues'][number]): boolean =>
    aboutSigning &&
    (people.length > 0 || subject !== null) &&
    reading.cues.some((a) => a.cue === 'alternative' && a.at < c.at && terms.some((t) => t.term === 'c:sign' && t.at < a.at));
  if (reading.cues.some((c) => c.cue === 'quote' && !quotesRole(c) && !signingSide(c))) type = 'quote';
  else if (compareForm) type = 'compare';
  // "why did the studio back it with the writers?": a question opening on a reason asks why, never for a list of a role.
  // "any musicians besides McCartney?": a word of exception and the name it sets aside ask for no one else.
  else if (
    roles.length > 0 &&
    people.length === 0 &&
    subject === null &&
    !reason &&
    !apposed &&
    !personal &&
    !described &&
    (aboutSigning ||
      (cues.has('list') && terms.every((t) => t.kind === 'role' || t.weight < 1 || t.term === 'c:letter' || setAside.has(t.at) || listing(t) || namedRole(t))) ||
      roleOnly())
  )
    type = 'list';
  else if (yesNo || (aboutSigning && !startsAsking && (people.length > 0 || subject !== null))) type = 'yes_no';
  else if (has('c:who')) type = 'who';
  else if (has('c:when')) type = 'when';
  else if (has('c:howmany')) type = 'how_many';
  else if (cues.has('list')) type = 'which';
  const otherLetter = has('c:letter') && !ourLetter;
  return { text, lang, type, reading, cues, people, subject, aboutSigning, signingUnderWh, whichFirst, roles, numbers, years, quoted, otherLetter, namesakes: namesakeSpans };
}

/** The smallest count read as a group of people one may be among (not "dans les 2 jours"). */
const GROUP_MIN = 50;
/** What may follow such a count: the signers' own words ("signataires", "people", "stars", a role). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['c:sign', 'c:people', 'c:stars', 'c:mention']);
/** How far after a relative word following such a count (`groupRelatives`: "the 400 who signed") the signing may come. */
const GROUP_RELATIVE_GAP = 3;

/** Whether word `at` is inside a cue of one more (`also`: "what about", "quid de", "too"): its "what" asks nothing of its own. */
export function inAlsoCue(reading: Pick<Reading, 'cues'>, at: number): boolean {
  return reading.cues.some((c) => c.cue === 'also' && at >= c.at && at < c.at + c.length);
}

/**
 * Where a word of belonging (the `among` cues) stands before a count of people, where that count is, and where it ends
 * with the words that round it ("the 400 or so"; see `parseQuestion`).
 */
export function groupCounts(reading: Reading, lexicon: Lexicon): { at: number; count: number; end: number }[] {
  // No word of belonging ("among", "parmi": most questions): no count read, no map built.
  if (!reading.cues.some((c) => c.cue === 'among')) return [];
  const counts = countsAt(reading.words);
  const { words, terms } = reading;
  return reading.cues.flatMap((c) => {
    if (c.cue !== 'among') return [];
    let k = c.at + c.length;
    if (lexicon.wordList('groupArticles').has(words[k] ?? '')) k += 1;
    // "among the roughly 400 who signed", "parmi les quelque 400": a word that rounds the count before it (two at most).
    const approximators = lexicon.wordList('countApproximators');
    for (let n = 0; n < 2 && approximators.has(words[k] ?? '') && !counts.has(k); n++) k += 1;
    if ((counts.get(k) ?? 0) < GROUP_MIN) return [];
    const figure = k;
    // "one of the 400-odd signatories", "among the 400 or so": a word that only rounds the count is part of it, an
    // "or" before it too.
    const rounding = lexicon.wordList('countRounding');
    if (rounding.has(words[k + 1] ?? '')) k += 1;
    else if (lexicon.wordList('orWords').has(words[k + 1] ?? '') && rounding.has(words[k + 2] ?? '')) k += 2;
    const next = words[k + 1];
    const term = terms.find((t) => t.at === k + 1);
    // "among the 400 who signed", "parmi les 400 qui ont signé": a relative word, then the signing a few words on.
    const signedBy = lexicon.wordList('groupRelatives').has(next ?? '') && terms.some((t) => t.term === 'c:sign' && t.at > k + 1 && t.at <= k + 1 + GROUP_RELATIVE_GAP);
    // A stop word after the count holds only when no word of content follows it up to an "or" ("among the 400, right?",
    // "one of the 400 or not?"; not "one of the 100 most influential people", which names another group).
    const orAt = reading.cues.find((q) => q.cue === 'alternative' && q.at > k)?.at ?? words.length;
    // "one of the 400 on the March letter", "one of the 400 on the 2025 letter": the letter's own name (the words the
    // lexicon reads as it, and a year right before it) says which group the count is, no other one.
    const letterAt = (at: number): boolean =>
      terms.some((t) => t.term === 'c:letter' && ((at >= t.at && at < t.at + (t.span ?? 1)) || (at === t.at - 1 && /^(19|20)\d\d$/.test(words[at] ?? ''))));
    const grammarOnly = (): boolean =>
      words.slice(k + 1, orAt).every((w, j) => {
        const at = k + 1 + j;
        return reading.cues.some((q) => at >= q.at && at < q.at + q.length) || letterAt(at) || (lexicon.isStopword(w) && !terms.some((t) => t.at === at && t.weight >= 1));
      });
    const people = next === undefined || signedBy || (term ? GROUP_WORDS.has(term.term) || term.kind === 'role' : grammarOnly());
    return people ? [{ at: c.at, count: figure, end: k }] : [];
  });
}

/**
 * "jake g signed? (gyllenhaal)", "cate B, elle est dans les signataires": a name typed as a first name and the initial of
 * a surname (one letter, no stop word). A surname recognised alone elsewhere in the question that starts with that
 * letter is that person's: read with the first name typed ("jake gyllenhaal"), so a first name that is not the
 * signatory's never yields "signed" for them. With no such surname, the one signatory whose first name is the one typed
 * and whose surname starts with the letter is who is asked about ("Cate Blanchett"). `people` is updated in place.
 */
function readInitials(
  runAt: readonly number[][],
  words: readonly string[],
  shown: readonly string[],
  people: PersonSlot[],
  names: Pick<NameIndex, 'match'>,
  isStopword: (w: string) => boolean,
): void {
  for (const run of runAt) {
    const at = run[run.length - 1]!;
    const letter = words[at + 1] ?? '';
    if (!/^\p{L}$/u.test(letter) || isStopword(letter) || words[at]!.length < 3) continue;
    const first = shown[at]!;
    const initialOf = (name: string): boolean => foldText(splitWords(name).pop() ?? '').startsWith(letter);
    const drop = (p: PersonSlot): void => void people.splice(people.indexOf(p), 1);
    // The first name typed alone ("cate" → which one?) gives way to what the initial says.
    const alone = people.find((p) => p.span === first);
    const bySurname = people.find((p) => p.match.verdict === 'signed' && p.match.match!.method === 'surname' && initialOf(p.match.match!.name));
    if (bySurname) {
      const span = `${first} ${bySurname.span}`;
      drop(bySurname);
      if (alone) drop(alone);
      people.push({ span, match: names.match(span) });
      continue;
    }
    const byFirst = names.match(first);
    const fits = byFirst.verdict === 'ambiguous' && byFirst.reason === 'first_name_only' ? byFirst.candidates.filter((c) => initialOf(c.name)) : [];
    if (fits.length !== 1) continue;
    const match = names.match(fits[0]!.name);
    if (match.verdict !== 'signed') continue;
    if (alone) drop(alone);
    people.push({ span: fits[0]!.name, match });
  }
}

/**
 * Each word's stretch (as `typedWords` counts words): stretches are set off by commas (not inside a figure: "1,5"), "but"/"mais",
 * semicolons or spaced dashes; words in brackets are in none (-1), and a bracket does not end the stretch around it
 * ("did X (…) sign?" is one). Null when the words do not line up with `count`.
 */
/** The words of contrast that open a stretch of their own (see `stretchesOf`). */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['but', 'mais']);

function stretchesOf(text: string, count: number): number[] | null {
  const stretchOf: number[] = [];
  let stretch = 0;
  for (const part of text.split(/(\([^)]*\)|\[[^\]]*\])/)) {
    if (/^[([]/.test(part)) {
      for (let k = typedWordCount(part); k > 0; k--) stretchOf.push(-1);
      continue;
    }
    part.split(/,(?!\d)|;|\s[-–—]\s|\s(?=(?:but|mais)\s)/i).forEach((piece, i) => {
      if (i > 0) stretch += 1;
      for (let k = typedWordCount(piece); k > 0; k--) stretchOf.push(stretch);
    });
  }
  return stretchOf.length === count ? stretchOf : null;
}

/**
 * The word positions (as `typedWords` counts them) inside asides: text in brackets, or a stretch set off by commas,
 * semicolons or dashes that holds none of the verb positions `verbAt` while another stretch does (the stretch just
 * before an aside that ends at the verb's is the verb's clause too), from each word's stretch (`stretchesOf`). Null
 * when the words did not line up (no stretches), or when no stretch holds the verb.
 */
function asidesOf(stretchOf: readonly number[] | null, verbAt: readonly number[]): Set<number> | null {
  if (!stretchOf) return null;
  const verbStretches = new Set(verbAt.map((v) => stretchOf[v]!).filter((n) => n >= 0));
  if (verbStretches.size === 0) return null;
  // "X, who often works with Y, signed?": an aside set off on both sides leaves the subject before it in the verb's clause.
  for (const n of [...verbStretches]) if (n >= 2 && !verbStretches.has(n - 1)) verbStretches.add(n - 2);
  const out = new Set<number>();
  stretchOf.forEach((n, k) => {
    if (!verbStretches.has(n)) out.add(k);
  });
  return out;
}

/**
 * For each of the `count` words of a text (as `typedWords` splits it), which sentence it is in (sentences end with
 * ".", "!" or "?", not the full stop of an abbreviation: see `sentenceBreak`), and the words that open a sentence or a clause after ":" or ";"; null when the text's words do not
 * line up with `count`.
 */
function sentencesOf(text: string, count: number, abbreviations: ReadonlySet<string>): { of: number[]; opens: Set<number> } | null {
  const of: number[] = [];
  const opens = new Set<number>();
  text.split(sentenceBreak(abbreviations)).forEach((sentence, n) => {
    for (const clause of sentence.split(/[:;](?=\s|$)/)) {
      // Counted, not listed: only how many words each clause has matters here.
      const count = typedWordCount(clause);
      if (count > 0) opens.add(of.length);
      for (let k = 0; k < count; k++) of.push(n);
    }
  });
  return of.length === count ? { of, opens } : null;
}
