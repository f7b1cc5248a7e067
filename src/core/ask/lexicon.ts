import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { isDictionaryTypo, isDictionaryWord } from './dictionary';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { eng as englishStopwords, fra as frenchStopwords } from 'stopword';
import type { Locale } from '../reply';
import { ROLES, WORD_ENDINGS, WORD_LISTS, type ConceptData, type Cue, type Role, type WordEnding, type WordList } from '../schema';
import { setBounded } from '../bounded-cache';
import { editDistance, escapeRegExp, foldText } from '../text';
import { isNumberWord } from './spelled-numbers';
import { Lexicon as WordNumbers, TokenIndex } from '../token-index';

/** One search term of a text: a stemmed word, a concept (`c:organise`), a role (`r:director`) or a number. */
export interface Term {
  term: string;
  /** 1 for content; less for question words such as "who" or "when". */
  weight: number;
  kind: 'word' | 'concept' | 'role' | 'number';
  /** Index of the text's first word this term was read from. */
  at: number;
  /** How many words it was read from, when a phrase. */
  span?: number;
  /**
   * Casual wording: a common dictionary word, no name (the engine's `commonMarked`); when no item uses it, it weighs less
   * in the share of the question an item carries than a rare word or a name no item uses ("crowd", "side").
   */
  common?: true;
  /**
   * Read by a rule of language from a word that is no phrase of the concept ("got" in "who got the letter?" read as
   * receiving, parse.ts): no typo of one, so it stands for the concept as if spelt as one.
   */
  ruled?: true;
}

/** The key of a text's reading in a language, in `Lexicon.useReadings`'s map and the stored readings. */
export const readingKey = (text: string, lang: Locale | null): string => `${lang ?? '-'}\u0001${text}`;

/** A text read once: its folded words and where each cue phrase was found. */
export interface Reading {
  /** The words as typed, folded. */
  words: string[];
  /** The words as typed, case and accents kept (`typedWords`): one for each of `words` unless `words` split them otherwise. */
  shown: string[];
  /** The same words with typos read as the data's words ("leter" → "letter"). */
  corrected: string[];
  terms: Term[];
  /** Every cue found, with the index of its first word and how many words it spans. */
  cues: { cue: Cue; at: number; length: number }[];
  /** Words that are stop words in English only or French only: a hint for language detection. */
  stopHits: { en: number; fr: number };
}

interface Phrase {
  /** The phrase's words, folded. */
  words: string[];
  /** Each word's stems, read once when the phrase is added; null for a word of three letters or fewer (see `sameStems`). */
  stems: ({ en: string; fr: string } | null)[];
  token: string;
  weight: number;
  kind: 'concept' | 'role';
}

/** How many words after a verb of running a piece its noun may stand (`runPieces`: "ran the AFP version"). */
const RUN_REACH = 4;
/*
 * The patterns read for every word of every question, made once: a regular expression literal is a new object each
 * time it is evaluated. Those with the g flag are only given to replace, which starts them from the beginning.
 */
/** A decimal or thousands separator between digits ("1.5", "8,755"), dropped: one figure. */
const DIGIT_SEPARATOR = /(\d)[.,](\d)/g;
/** A digit right before a letter ("230bn"), folded or as typed: two words. */
const FOLDED_DIGIT_LETTER = /(\d)([a-z])/g;
const TYPED_DIGIT_LETTER = /(\d)(\p{L})/gu;
/** What separates words, folded or as typed. */
const FOLDED_WORD_BREAK = /[^a-z0-9]+/;
const TYPED_WORD_BREAK = /[^\p{L}\p{N}]+/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const DIGIT = /\d/;
const DIGIT_FIRST = /^\d/;
/** A figure that can be an hour or a count of minutes (see `clockAt`): up to three digits. */
const CLOCK_FIGURE = /^\d{1,3}$/;
/** The French hour's word with its minutes typed in one ("h30" of "12h30"). */
const HOUR_AND_MINUTES = /^h[0-5]\d$/;
/** An hour typed apart from its minutes ("19 h 30", "18 heures 45"). */
const HOUR_SPACED = /(?<![\d.,:])(\d{1,2})\s*h(?:eures?)?\s+([0-5]\d)(?![\d.,:]*\d)/iu;
const HOUR_SPACED_ALL = new RegExp(HOUR_SPACED.source, 'giu');
/** A time typed with a colon or a point ("18:00", "7.40"), with the word before it: tested before any text is rewritten. */
const CLOCK_TYPED = /(?<![\d.,:])\d{1,2}[:.][0-5]\d(?![\d.,:]*\d)/u;
const CLOCK_TYPED_ALL = /((?:(\p{L}+)\s+)?)(?<![\d.,:])(\d{1,2})([:.])([0-5]\d)(?![\d.,:]*\d)/gu;
/** A scale or share right after a figure ("2.30 million", "7.40 %"): a decimal, no time of the clock. */
const SCALE_AFTER = /^\s*(?:k|thousand|mille|mn|m|millions?|bn|b|billions?|milliards?|mds?|tn|t|trillions?|%|percent|pour)(?![\p{L}])/iu;
/** The last hour of a day's clock. */
const LAST_HOUR = 23;
/** Minutes of the hour: two digits. */
const MINUTES = /^[0-5]\d$/;
const LOWER_CASE_ONLY = /^\p{Ll}+$/u;
/** A word of a given name's shape, folded: letters only, three or more, a vowel among them. */
const GIVEN_NAME = /^(?=[a-z]*[aeiouy])[a-z]{3,}$/;
/** A name's initials typed as one word: two consonants ("jd", "rj"). */
const INITIALS = /^[bcdfghjklmnpqrstvwxz]{2}$/;
/** A French elision typed without its apostrophe ("denvoi"): the word after it. */
const ELISION = /^(?:[dlnsjmc]|qu)([aeiouyhéèêàâîôû].{3,})$/u;

/** Whether a word as typed starts with a capital letter ("Trump", "OpenAI", "Écrivains"). */
export function startsWithCapital(word: string): boolean {
  return CAPITAL_FIRST.test(word);
}

/** Folded words of a text; apostrophes and hyphens split words ("l'origine" → l, origine; "est-ce" → est, ce). */
export function splitWords(text: string): string[] {
  return withoutEmptyEnds(foldText(text).replace(DIGIT_SEPARATOR, '$1$2').replace(FOLDED_DIGIT_LETTER, '$1 $2').split(FOLDED_WORD_BREAK));
}

/** A text's folded words, one space apart and around: a phrase is found in it whole by `includes(' … ')`. */
export const padded = (text: string): string => ` ${splitWords(text).join(' ')} `;

/**
 * The words of a text as typed (case and accents kept), one for each of `splitWords`: "$1.5bn" is one figure there
 * and here ("15", "bn"), so a word's capital can be read at the same index.
 */
export function typedWords(text: string): string[] {
  return withoutEmptyEnds(text.replace(DIGIT_SEPARATOR, '$1$2').replace(TYPED_DIGIT_LETTER, '$1 $2').split(TYPED_WORD_BREAK));
}

/** The characters `foldsWordwise` knows: up to the end of General Punctuation (Latin letters, dashes, curly quotes, "…"). */
const WORDWISE_END = 0x2070;
/**
 * Whether each character of `WORDWISE_END` folds within its word (see `foldsWordwise`): a letter that folds to letters
 * a to z ("é" → "e", "œ" → "oe"), or what is no letter nor figure and folds to a separator still ("«", "’", "—", a
 * no-break space; not a mark, which folds to nothing, nor "․", which folds to a full stop). No figure but the ASCII
 * digits: "²" folds to one.
 */
let wordwiseTable: Uint8Array | null = null;

function wordwiseFolds(): Uint8Array {
  wordwiseTable ??= Uint8Array.from({ length: WORDWISE_END }, (_, code) => {
    const c = String.fromCharCode(code);
    const folded = foldText(c);
    if (/\p{L}/u.test(c)) return /^[a-z]+$/.test(folded) ? 1 : 0;
    return !/\p{N}/u.test(c) && folded.length > 0 && !/[a-z0-9.,]/.test(folded) ? 1 : 0;
  });
  return wordwiseTable;
}

/**
 * Whether a text's folded words are its typed words each folded (`splitWords` is then `typedWords` folded word by
 * word): ASCII, or every other character folds within its word (see `wordwiseFolds`).
 */
function foldsWordwise(text: string): boolean {
  let table: Uint8Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    table ??= wordwiseFolds();
    if (code >= WORDWISE_END || table[code] === 0) return false;
  }
  return true;
}

/** A text's folded words and its words as typed (`splitWords`, `typedWords`), split once when its folding allows (see `foldsWordwise`). */
export function foldedAndTyped(text: string): { folded: string[]; typed: string[] } {
  const typed = typedWords(text);
  return { folded: foldsWordwise(text) ? typed.map(foldText) : splitWords(text), typed };
}

/** A letter or figure at a position (sticky: read where `lastIndex` is set, no string cut out). */
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;

/** Whether the code point `code` at `at` is a letter or figure: ASCII by its code, any other by `WORD_CHAR_AT`. */
function wordCharAt(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text);
}

/** Whether the code point at `at` is a letter (see `wordCharAt`). */
function letterAt(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text);
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * How many words `typedWords` finds in a text, without the list: sentence and clause splits only count them. The runs of
 * letters and figures, less one for each separator it drops between digits (as its pattern does, leftmost first and
 * never overlapping: "1.5.3" is "15" and "3"), plus one for each digit right before a letter ("230bn": two words).
 */
export function typedWordCount(text: string): number {
  let runs = 0;
  let inRun = false;
  let joined = 0;
  let split = 0;
  // Where the last separator dropped between digits ended: a match never starts inside one ("1.2.3").
  let matchEnd = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const word = wordCharAt(text, i, code);
    if (word && !inRun) runs += 1;
    inRun = word;
    if (isAsciiDigit(code)) {
      const next = text.charCodeAt(i + 1);
      if (i >= matchEnd && (next === 46 || next === 44) && isAsciiDigit(text.charCodeAt(i + 2))) {
        joined += 1;
        matchEnd = i + 3;
      }
      if (i + 1 < text.length && letterAt(text, i + 1, text.codePointAt(i + 1)!)) split += 1;
    }
    i += width;
  }
  return runs - joined + split;
}

/**
 * The parts of a split on a run of separators without the empty ones, which only its ends can be (a separator that
 * opens or closes the text): dropped in place, no filtered copy of every text's words.
 */
function withoutEmptyEnds(parts: string[]): string[] {
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length > 0 && parts[0] === '') parts.shift();
  return parts;
}

/** Every word two neighbouring letters of `word` swapped give ("hwo": "who", "how"). */
export function swapsOf(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    found.push(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
  }
  return found;
}

/**
 * The one word `has` accepts among those two neighbouring letters of `word` swapped give ("whta" → "what"), or null
 * when none or several do (two same letters swapped give the word itself: skipped).
 */
function oneSwap(word: string, has: (swapped: string) => boolean): string | null {
  let found: string | null = null;
  for (const swapped of swapsOf(word)) {
    if (!has(swapped) || swapped === found) continue;
    if (found !== null) return null;
    found = swapped;
  }
  return found;
}

/** How many words before a digit typed for a word ("2" for "to") the verb taking that word may stand ("send their comment 2 …"). */
const SHORTHAND_REACH = 3;
/** Shorter words are never corrected: "soir" is not a typo of "voir". */
const MIN_CORRECTED = 5;
/** Where two words of one length differ, if in exactly one letter ("meny", "many": 1); -1 otherwise. */
export function substitutedAt(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** Whether two words of one length differ by one vowel typed for another ("meny", "many"). */
function vowelSlip(a: string, b: string): boolean {
  const at = substitutedAt(a, b);
  return at >= 0 && /[aeiouy]/.test(a[at]!) && /[aeiouy]/.test(b[at]!);
}

/** How many times more often the texts use a short word's nearest reading than any other for it to be read so. */
const SHORT_TYPO_LEAD = 4;
/** A short word read as the head of a name ("BFM" for BFMTV): at least this long, and the name at most this longer. */
const NAME_HEAD_MIN = 3;
const NAME_HEAD_REST = 2;
/**
 * A longer word that is no common word may be misspelt by sound ("copyrite", "openaille"): read as the one data word
 * that starts with the same `SOUND_PREFIX` letters and sounds the same (see `soundKey`).
 */
const SOUND_MIN = 7;
const SOUND_PREFIX = 3;
/** Spellings of one sound in English and French, each read as one (in this order): "gh" is silent, "aille" is "ai". */
const SOUNDS: [RegExp, string][] = [
  [/gh/g, ''],
  [/ph/g, 'f'],
  [/aille?s?$/g, 'ai'],
  [/(qu|ck|q|c)/g, 'k'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/(?<=.{3})e?s?$/g, ''],
];

/** How a folded word sounds, roughly: "copyrite" and "copyright" are both "kopirit"; "politico" is no "politique". */
function soundKey(word: string): string {
  return SOUNDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
}
/** The concept of what happens next ("after", "après"), which "d'après" (according to) is not. */
const HAPPEN = 'c:happen';
/** The concept of chatter ("on deadline", "desk here"): the asker's words, not the question's. */
const CHATTER_TERM = 'c:chatter';
/** The letter, and the word of opposing that may name what it is against (`letterAgainstTheme`). */
const LETTER_TERM = 'c:letter';
const OPPOSE_TERM = 'c:oppose';
/** Concepts of a question word ("who", "qui"): what a question asks, never a theme a word of opposing names. */
const ASKING_TERMS: ReadonlySet<string> = new Set(['c:who', 'c:when', 'c:why', 'c:where', 'c:howmany']);
/** How far after a word for the letter its "against" still describes it ("la lettre des stars d'Hollywood contre l'IA"). */
const LETTER_DESCRIPTION_REACH = 5;
/** Cues that tell the form of a question, not its subject. */
const FORM_CUES: ReadonlySet<Cue> = new Set<Cue>(['quote', 'check', 'yesno']);
/** Shared empty results, for what most words and texts have none of (an `?? []` is a new array every time). */
const NO_PHRASES: readonly Phrase[] = [];

/** The most words of a verb's object a phrase may hold between its words ("took Walt Disney to court"). */
const OBJECT_GAP = 2;

/** The fewest letters of a verb whose phrase may hold its object ("took", "sued"; not the "d" of "d'Hollywood"). */
const OBJECT_VERB = 3;
const NO_CUE_PHRASES: readonly { cue: Cue; words: string[] }[] = [];
/** No positions: an empty set shared by whatever finds none, so none is built each time. */
export const NO_POSITIONS: ReadonlySet<number> = new Set<number>();

const stemCache = new Map<string, { en: string; fr: string }>();
/**
 * How many words' stems, and how many words' corrections, are kept (the oldest dropped first). The words of the dev
 * split's questions alone are over 5,000 different ones, with their corrections and the data's words on top: 5,000 kept
 * cycled through, every common word stemmed again every few thousand questions. An entry weighs about 150 bytes:
 * 20,000 of them, about 3 MB.
 */
const STEM_CACHE_SIZE = 20000;

/** A word's English and French Snowball stems (words of three letters or fewer are their own stem). */
function stems(word: string): { en: string; fr: string } {
  let found = stemCache.get(word);
  if (!found) {
    found = word.length <= 3 || /\d/.test(word) ? { en: word, fr: word } : { en: stemEnglish(word), fr: stemFrench(word) };
    setBounded(stemCache, word, found, STEM_CACHE_SIZE);
  }
  return found;
}

/** The stem used for a search term in a language; when the language is unknown, English. */
export function stem(word: string, lang: Locale | null): string {
  return stems(word)[lang ?? 'en'];
}

/**
 * Two words are the same for a phrase when equal or, from four letters on, when they share a stem in either language:
 * whether a word shares a stem with a phrase's word whose stems are `other` (null: one of three letters or fewer).
 */
function sameStems(a: string, other: { en: string; fr: string } | null, lang: Locale | null): boolean {
  if (other === null || a.length < 4) return false;
  const own = stems(a);
  // In a text of known language, its own stemmer: English "write" is no "writer", though French stems them alike.
  return lang ? own[lang] === other[lang] : own.en === other.en || own.fr === other.fr;
}

/** Month `m`'s name (0 for January) in a language, whole or short, folded, as the platform's calendar data gives it. */
function monthName(lang: Locale, month: 'long' | 'short', m: number): string {
  return foldText(new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2025, m, 1))));
}

/** A month name's number (0 for January), in English or French, folded, whole or short ("jan", "sept", "janv"), from the platform's calendar data ("june", "juin" → 5). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  (['en', 'fr'] as const).flatMap((lang) => (['long', 'short'] as const).flatMap((month) => Array.from({ length: 12 }, (_, m) => [monthName(lang, month, m).replace(/\.$/, ''), m] as const))),
);

/** Each month's whole name (0 for January) in English and French, folded ("october", "octobre"). */
const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: Array.from({ length: 12 }, (_, m) => monthName('en', 'long', m)),
  fr: Array.from({ length: 12 }, (_, m) => monthName('fr', 'long', m)),
};

/**
 * A month shortened next to a figure ("oct 2025", "Jan 2025", "12 oct"): its whole name in the text's language, as
 * the data writes it. Alone, a short form may be another word ("sept" is seven in French, "mar" a verb).
 */
function wholeMonth(words: readonly string[], i: number, lang: Locale | null): string | null {
  const word = words[i]!;
  const month = MONTH_NUMBER.get(word);
  if (month === undefined || MONTH_NAMES.en[month] === word || MONTH_NAMES.fr[month] === word) return null;
  const beside = DIGIT_FIRST.test(words[i + 1] ?? '') || DIGIT_FIRST.test(words[i - 1] ?? '');
  return beside ? MONTH_NAMES[lang ?? 'en'][month]! : null;
}

/**
 * The words of `data/concepts.json` compiled for matching: concepts and roles become single terms (so
 * "filmmakers", "réalisatrices" and "directors" are all `r:director`), stop words come from the `stopword`
 * package plus the data's own, and cue phrases tell the kind of question. Pure and built once per fact base.
 */
export class Lexicon {
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly cuePhrases = new Map<string, { cue: Cue; words: string[] }[]>();
  /** The most words a cue phrase has. */
  private longestCue = 0;
  /** Each word that names a role's field (`roleFields`), with the role. */
  private readonly fieldRoles = new Map<string, Role>();
  /** The most words a concept or role phrase has. */
  private longestPhrase = 0;
  private readonly stopwords = { en: new Set<string>(), fr: new Set<string>() };
  private readonly phraseKeys = new Map<string, string>();
  /** The words of the concept, role and cue phrases as spelt (`phraseKeys` also holds their stems). */
  private readonly phraseSpelt = new Set<string>();
  /** Every word the data and the lexicon use, with how often: typos are read as the nearest of these. */
  private readonly vocabulary = new Map<string, number>();
  /** The vocabulary's typo index, built on first use after the vocabulary last changed. */
  private nearIndex: TokenIndex | null = null;
  /** The vocabulary by first letters, for sound-alike typos; built with the typo index. */
  private heads: Map<string, { word: string; key: string }[]> | null = null;
  private readonly corrections = new Map<string, string>();
  /** One-word English phrases that are French stop words ("ai"): in a French text, that word unless in capitals. */
  private readonly englishOnly = new Set<string>();
  /** Words the data spells with a capital somewhere (names, acronyms). */
  private readonly properWords = new Set<string>();
  /** The `joinHash` of each of those words of five letters or more, built when first needed (`learn` starts it again). */
  private properHashes: Set<number> | null = null;
  /** Words the data types all in capitals ("OSTP", "WGA"), folded: an acronym typed with two letters swapped is read back. */
  private readonly acronymWords = new Set<string>();
  /** The words of the signatories' names and aliases, folded (`learnNames`): never read as a typo of another word. */
  private readonly nameWords = new Set<string>();

  /** Words the data spells in lower case somewhere (a capital on them may only open a sentence or a title). */
  private readonly commonWords = new Set<string>();

  /** Chat shorthand typed as figures, per language (`data/concepts.json` `shorthand`). */
  private readonly shorthand: { en: Readonly<Record<string, string>>; fr: Readonly<Record<string, string>> };

  /** Newsroom abbreviations (`data/concepts.json` `abbreviations`): as typed (keys with a capital) and folded to lower case. */
  private readonly abbreviations: { typed: ReadonlyMap<string, string>; folded: ReadonlyMap<string, string> };

  /** The keys of several words among them ("goo gull"), as one pattern of their words in a row; null when there is none. */
  private readonly abbreviatedRuns: RegExp | null;
  /** A count of the answer's own form ("in 3 bullets", "en 2 lignes"): see `formatCounts`. */
  private readonly formatCount: RegExp | null;

  /** The named word lists of a question's grammar (`data/concepts.json` `wordLists`), as sets: never words of the vocabulary. */
  private readonly wordLists: Readonly<Record<WordList, ReadonlySet<string>>>;

  /** The named endings of a word's kind (`data/concepts.json` `wordEndings`), each as the pattern of a whole folded word. */
  private readonly wordEndings: Readonly<Record<WordEnding, RegExp>>;

  /** The words that join two things in time (`data/concepts.json` `overlapJoints`), folded, English then French. */
  readonly overlapJoints: readonly (readonly string[])[];

  /** The phrases of asking that lead into a question (`data/concepts.json` `askLeads`), as folded words, both languages, by first word. */
  private readonly askLeads = new Map<string, string[][]>();

  /** The phrases that open a claim to check (`claimLeads`) by first word, and those that close one (`claimTags`), folded. */
  private readonly claimLeads = new Map<string, string[][]>();
  private readonly claimTags: string[][] = [];

  constructor(data: ConceptData) {
    for (const words of [...(data.claimLeads?.en ?? []), ...(data.claimLeads?.fr ?? [])].map((p) => splitWords(p))) {
      if (words.length > 0) this.claimLeads.set(words[0]!, [...(this.claimLeads.get(words[0]!) ?? []), words]);
    }
    for (const words of [...(data.claimTags?.en ?? []), ...(data.claimTags?.fr ?? [])].map((p) => splitWords(p))) {
      if (words.length > 0) this.claimTags.push(words);
    }
    this.shorthand = data.shorthand ?? { en: {}, fr: {} };
    for (const words of [...(data.askLeads?.en ?? []), ...(data.askLeads?.fr ?? [])].map((p) => splitWords(p))) {
      if (words.length > 0) this.askLeads.set(words[0]!, [...(this.askLeads.get(words[0]!) ?? []), words]);
    }
    this.wordLists = Object.fromEntries(WORD_LISTS.map((l): [WordList, ReadonlySet<string>] => [l, new Set(data.wordLists[l].words)])) as Record<WordList, ReadonlySet<string>>;
    this.wordEndings = Object.fromEntries(
      WORD_ENDINGS.map((l): [WordEnding, RegExp] => [l, new RegExp(`^[a-z]{${data.wordEndings[l].stem},}(?:${data.wordEndings[l].endings.join('|')})$`)]),
    ) as Record<WordEnding, RegExp>;
    this.overlapJoints = [...data.overlapJoints.en, ...data.overlapJoints.fr].map((p) => splitWords(p)).filter((words) => words.length > 0);
    const entries = Object.entries(data.abbreviations ?? {});
    this.abbreviations = {
      typed: new Map(entries.filter(([key]) => key.toLowerCase() !== key)),
      folded: new Map(entries.filter(([key]) => key.toLowerCase() === key)),
    };
    // Longest first: "open a i" before "open a" when both are keys.
    const runs = entries.map(([key]) => key.split(' ')).filter((words) => words.length > 1).sort((a, b) => b.length - a.length);
    const units = [...this.wordLists.formatUnits].sort((a, b) => b.length - a.length).map((u) => escapeRegExp(u).replace(/ /g, '\\s+'));
    const leads = [...this.wordLists.formatLeads].map(escapeRegExp);
    this.formatCount =
      units.length > 0 && leads.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${leads.join('|')})\\s+\\d{1,2}(?:\\s*(?:or|to|ou|à|-|–)\\s*\\d{1,2})?\\s+(${units.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
    this.abbreviatedRuns = runs.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${runs.map((words) => words.join('\\s+')).join('|')})(?![\\p{L}\\p{N}-])`, 'giu') : null;
    for (const [lang, list] of [['en', [...englishStopwords, ...data.stopwords.en]], ['fr', [...frenchStopwords, ...data.stopwords.fr]]] as const) {
      for (const w of list) for (const part of splitWords(w)) this.stopwords[lang].add(part);
    }
    for (const set of [this.stopwords.en, this.stopwords.fr]) for (const w of set) this.addWord(w, 1);
    for (const c of data.concepts) for (const p of [...c.en, ...c.fr]) this.addPhrase(p, `c:${c.id}`, c.weight ?? 1, 'concept');
    // Words that are a phrase only in English and a stop word in French ("ai": "j'ai" is no "AI").
    for (const c of data.concepts) {
      const fr = new Set(c.fr.flatMap((p) => splitWords(p)));
      for (const p of c.en) {
        const words = splitWords(p);
        if (words.length === 1 && !fr.has(words[0]!) && this.stopwords.fr.has(words[0]!)) this.englishOnly.add(words[0]!);
      }
    }
    for (const role of ROLES) for (const p of [...data.roles[role].en, ...data.roles[role].fr]) this.addPhrase(p, `r:${role}`, 1, 'role');
    for (const role of ROLES) for (const w of data.roleFields[role] ?? []) this.fieldRoles.set(w, role);
    for (const [cue, byLang] of Object.entries(data.cues) as [Cue, { en: string[]; fr: string[] }][]) {
      for (const p of [...byLang.en, ...byLang.fr]) {
        const words = splitWords(p);
        if (words.length === 0) continue;
        for (const w of words) this.addWord(w, 2);
        const list = this.cuePhrases.get(words[0]!) ?? [];
        list.push({ cue, words });
        this.cuePhrases.set(words[0]!, list);
      }
    }
    for (const list of [...this.phrases.values()]) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of [...this.cuePhrases.values()]) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.cuePhrases.values()) for (const p of list) this.longestCue = Math.max(this.longestCue, p.words.length);
  }

  /**
   * Whether `read` finds a `cue` that ends on `last` in the text of the folded words `words[0..before)` and `last` after
   * them, without reading that text again: its words are those words, all in lower case (each corrected as a common
   * word), and a cue ending on `last` starts at most `longestCue` words before it.
   */
  cueEndsOn(words: readonly string[], before: number, last: string, cue: Cue): boolean {
    const corrected = (k: number): string => this.correct(k === before ? last : words[k]!);
    for (let start = before; start >= 0 && before - start < this.longestCue; start--) {
      const length = before + 1 - start;
      for (const p of this.cuePhrases.get(corrected(start)) ?? NO_CUE_PHRASES) {
        if (p.cue !== cue || p.words.length !== length) continue;
        let spelt = true;
        for (let j = 1; j < length && spelt; j++) spelt = p.words[j] === corrected(start + j);
        if (spelt) return true;
      }
    }
    return false;
  }

  /**
   * Where each phrase of asking (`askLeads`) found in these folded words ends: the index of the word after it. Adverbs
   * that ask nothing (`askLeadFillers`: "I'd also like to know exactly…", "j'aimerais toutefois savoir…") may stand
   * between its words and right after it; the question begins after them.
   */
  askLeadEnds(words: readonly string[]): number[] {
    const fillers = this.wordLists.askLeadFillers;
    const ends: number[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const p of this.askLeads.get(words[i]!) ?? []) {
        let at = i + 1;
        let j = 1;
        for (; j < p.length; j++) {
          while (at < words.length && words[at] !== p[j] && fillers.has(words[at]!)) at++;
          if (words[at] !== p[j]) break;
          at++;
        }
        if (j < p.length) continue;
        while (at < words.length && fillers.has(words[at]!)) at++;
        ends.push(at);
      }
    }
    return ends;
  }

  /**
   * Where a phrase that opens a claim (`claimLeads`) at the first word ends (the index of the word after the longest
   * one), and where a phrase that closes it (`claimTags`) at the last words starts (the shortest start): -1 when none.
   */
  claimFrame(words: readonly string[]): { lead: number; tag: number } {
    let lead = -1;
    for (const p of this.claimLeads.get(words[0] ?? '') ?? []) {
      if (p.length > lead && p.length <= words.length && p.every((w, j) => words[j] === w)) lead = p.length;
    }
    let tag = -1;
    for (const p of this.claimTags) {
      const from = words.length - p.length;
      if (from > 0 && (tag < 0 || from < tag) && p.every((w, j) => words[from + j] === w)) tag = from;
    }
    return { lead, tag };
  }

  /** The words of one of the named word lists (`data/concepts.json` `wordLists`), folded. */
  wordList(name: WordList): ReadonlySet<string> {
    return this.wordLists[name];
  }

  /** Whether a folded word has one of the named endings (`data/concepts.json` `wordEndings`) after a long enough stem. */
  endsAs(name: WordEnding, word: string): boolean {
    return this.wordEndings[name].test(word);
  }

  /**
   * Whether the word at `k` is a French verb inverted before its subject: a pronoun after its "t" (`invertedLinks`,
   * `invertedSubjects`: "a-t-elle", "va-t-il"; a plural one too, as typed for "ont-ils": "a-t-ils") or a plural one
   * right after it (`pluralInvertedSubjects`: "ont-ils").
   */
  invertedAt(words: readonly string[], k: number): boolean {
    const next = words[k + 1] ?? '';
    if (!this.wordLists.invertedLinks.has(next)) return this.wordLists.pluralInvertedSubjects.has(next);
    const pronoun = words[k + 2] ?? '';
    return this.wordLists.invertedSubjects.has(pronoun) || this.wordLists.pluralInvertedSubjects.has(pronoun);
  }

  /**
   * Where the subject of the verb at `at` ends: the first word before it that is no auxiliary, adverb or part of an
   * inversion (`yesNoAuxiliaries`, `participleAuxiliaries`, `negations`, `phraseAdverbs`, `invertedSubjects`,
   * `pluralInvertedSubjects`, `invertedLinks`) nor, with `possessive`, a possessive "s" ("Google's argument"); -1 for none.
   */
  subjectEndBefore(words: readonly string[], at: number, possessive = false): number {
    const skipped = (['yesNoAuxiliaries', 'participleAuxiliaries', 'negations', 'phraseAdverbs', 'invertedSubjects', 'pluralInvertedSubjects', 'invertedLinks'] as const).map((name) => this.wordLists[name]);
    const marks = this.wordLists.possessiveMarks;
    let k = at - 1;
    while (k >= 0 && ((possessive && marks.has(words[k]!)) || skipped.some((list) => list.has(words[k]!)))) k--;
    return k;
  }

  /**
   * A text with its chat shorthand read back ("when was it sent 2 the White House" → "sent to the"): a figure of the
   * `shorthand` list between a word of letters that is no stop word, month nor part ("sent", not "the 2", "March 2" nor
   * "part 2"), or an object pronoun ("send it 2 the"), and a stop word of the shorthand's language. Any other text as
   * typed.
   */
  unshortened(text: string): string {
    return text.replace(/(\p{L}+)(\s+)(\d+)(?=\s+(\p{L}+))/gu, (all: string, before: string, gap: string, digits: string, after: string, offset: number) => {
      const prior = foldText(before);
      const next = foldText(after);
      // After a pronoun a verb takes as its object ("send it 2 the"), as after the verb itself.
      const object = this.wordLists.objectPronouns.has(prior);
      // Or after a word whose phrase goes on with the shorthand's word ("sent 2 white house": "sent to" is a phrase), whatever follows.
      const phrasedAfter = (w: string, word: string): boolean => (this.phrases.get(w) ?? []).some((p) => p.words.length > 1 && p.words[0] === w && p.words[1] === word);
      const phrased = (word: string): boolean => phrasedAfter(prior, word);
      // Or a few words after such a word, its object between ("send their coment 2 whitehouse"), before a name or a word
      // no dictionary knows: no count of things ("sent their 2 letters" counts letters).
      const reaching = (word: string): boolean =>
        (this.isName(next) || !isDictionaryWord(next)) &&
        foldText(text.slice(0, offset)).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-SHORTHAND_REACH).some((w) => phrasedAfter(w, word));
      const lang = (['en', 'fr'] as const).find((l) => {
        const word = this.shorthand[l][digits];
        return word !== undefined && ((this.stopwords[l].has(next) && (object || !this.stopwords[l].has(prior))) || phrased(word) || reaching(word));
      });
      // Not a part's number ("part 2 of the report", `partNouns`), as not a day's after a month.
      return lang && !MONTH_NUMBER.has(prior) && !this.wordLists.partNouns.has(prior) ? `${before}${gap}${this.shorthand[lang][digits]!}` : all;
    });
  }

  /**
   * A question with its times of the clock typed with a colon ("the 18:00 bulletin", "11:59 p.m."), with the French
   * hour's word apart from its minutes ("19 h 30", "18 heures 45") or, after a word that leads one (`clockLeads`: "at
   * 7.40", "à 9.30"), with a point, written as the French hour in one ("18h00", "19h30", "at 7h40"): one way the words
   * read it (`clockAt`), and no figure `readNumbers` takes ("7.40" is no 7.4, "19 h 30" no 30). Hours up to 23, minutes
   * of two digits; "3:1" or "at 2.30 million" (a scale after it) stay as typed. Any other text as typed.
   */
  clockTimes(text: string): string {
    const joined = HOUR_SPACED.test(text) ? text.replace(HOUR_SPACED_ALL, '$1h$2') : text;
    if (!CLOCK_TYPED.test(joined)) return joined;
    return joined.replace(CLOCK_TYPED_ALL, (all: string, before: string, lead: string | undefined, hour: string, mark: string, minutes: string, at: number) =>
      Number(hour) <= LAST_HOUR && (mark === ':' || (lead !== undefined && this.wordLists.clockLeads.has(foldText(lead)) && !SCALE_AFTER.test(joined.slice(at + all.length))))
        ? `${before}${hour}h${minutes}`
        : all,
    );
  }

  /**
   * "Give me the asks in 3 bullets", "en 2 lignes stp": a count of the answer's own form (a figure of up to two digits,
   * or two joined by "or"/"ou", after a word of `formatLeads`, before a word of `formatUnits`) says how to answer,
   * never a figure of the story to check: written without it ("in bullets").
   */
  formatCounts(text: string): string {
    return this.formatCount === null ? text : text.replace(this.formatCount, '$1 $2');
  }

  /**
   * A text with its newsroom abbreviations read back ("what did OAI tell the WH" → "what did OpenAI tell the White
   * House"): each whole word (letters and figures, no hyphen or letter against it) that is a key of `abbreviations`,
   * as typed for a key with a capital, in any case for one in lower case; a key of several words first ("what did goo
   * gull file" → "what did Google file"). Any other text as typed.
   */
  expanded(text: string): string {
    if (this.abbreviations.typed.size === 0 && this.abbreviations.folded.size === 0) return text;
    const joined = this.abbreviatedRuns ? text.replace(this.abbreviatedRuns, (run: string) => this.abbreviation(run.split(/\s+/u).join(' ')) ?? run) : text;
    return joined.replace(/(?<![\p{L}\p{N}-])[\p{L}\p{N}]+(?![\p{L}\p{N}-])/gu, (word: string) => this.abbreviation(word) ?? word);
  }

  /** What `typed` stands for: a key with a capital as typed, one in lower case in any case; undefined for no key. */
  private abbreviation(typed: string): string | undefined {
    return this.abbreviations.typed.get(typed) ?? this.abbreviations.folded.get(typed.toLowerCase());
  }

  /** Learn the words of the data (facts, events, quotes) so that typos of them can be read back. */
  learn(texts: readonly string[]): void {
    for (const text of texts) {
      for (const w of splitWords(text)) this.addWord(w, 1);
      for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
        for (const part of splitWords(w)) (/^\p{Lu}/u.test(w) ? this.properWords : this.commonWords).add(part);
        if (ALL_CAPITALS.test(w)) this.acronymWords.add(foldText(w));
      }
    }
    this.corrections.clear();
    this.properHashes = null;
  }

  /**
   * Learn the signatories' names: a word of one ("patton", "miller", "lilly") is that name as typed, never a typo of a
   * word the data uses ("patron", "mille", "tilly"); only of another name's word ("gylenhall" → gyllenhaal).
   */
  learnNames(names: readonly string[]): void {
    for (const name of names) for (const w of splitWords(name)) this.nameWords.add(w);
    this.corrections.clear();
  }

  /** A word as the data spells it: itself when known, else the one nearest word within one typo (two from 8 letters). */
  correct(word: string, proper = false): string {
    if (this.nameWords.has(word)) {
      const fixed = this.correctWord(word, proper);
      return this.nameWords.has(fixed) ? fixed : word;
    }
    return this.correctWord(word, proper);
  }

  private correctWord(word: string, proper: boolean): string {
    // A name typed with a capital inside a sentence is a typo only of a word the data spells with one ("Midjouney"),
    // never of a common word ("Poker" is not "power").
    // The vocabulary first: most words are known, and a map read costs less than a pattern's.
    if (proper && !this.vocabulary.has(word) && !DIGIT.test(word)) {
      const fixed = this.correct(word);
      return this.properWords.has(fixed) ? fixed : word;
    }
    if (this.vocabulary.has(word) || DIGIT.test(word)) return word;
    // The "g" of "-ing" dropped in chat ("complainin", "askin", "nothin"): the word with it, when that is a common word
    // and the word as typed is none.
    if (word.length >= 5 && word.endsWith('in') && !isDictionaryWord(word) && isDictionaryWord(`${word}g`)) return this.correct(`${word}g`);
    // A French elision typed without its apostrophe ("denvoi", "lannonce", "dopenai"): the word after it, when the data
    // uses that word and no dictionary knows the whole ("drain", "lover" stay themselves).
    const elided = ELISION.exec(word)?.[1];
    if (elided && this.vocabulary.has(elided) && !isDictionaryWord(word) && !this.isStopword(elided)) return elided;
    let found = this.corrections.get(word);
    // A short word's reading is kept too: it is sought among the vocabulary's words each time otherwise.
    if (found === undefined && word.length < MIN_CORRECTED) {
      found = this.swapped(word, true) ?? this.swappedAcronym(word) ?? this.dropped(word) ?? this.swappedShort(word) ?? this.nameHead(word) ?? this.oneTypoShort(word) ?? this.droppedVowelStop(word) ?? word;
      setBounded(this.corrections, word, found, STEM_CACHE_SIZE);
    }
    if (found === undefined) {
      const budget = word.length >= 8 ? 2 : 1;
      // Never read a word as a stop word: "died" is not "did", and an unknown word must stay unknown.
      const all = this.nearWords().near(word, budget);
      const near = all.filter((n) => !this.isStopword(n.word));
      const best = near[0];
      // The closest; between equally close words, the one the data uses most, unless they are equally common.
      const rivals = best ? near.filter((n) => n.distance === best.distance) : [];
      rivals.sort((a, b) => (this.vocabulary.get(b.word) ?? 0) - (this.vocabulary.get(a.word) ?? 0));
      const top = rivals[0];
      // Equally common rivals are a real doubt, unless they are forms of one word ("organise", "organised") or words of
      // one concept ("signatories", "signataires" for "signitaries": either is read as signing).
      const concept = top ? this.conceptOfWord(top.word) : null;
      const sameWord = rivals.every((r) => stems(r.word).en === stems(top!.word).en || stems(r.word).fr === stems(top!.word).fr || (concept !== null && this.conceptOfWord(r.word) === concept));
      const tie = rivals[1] && !sameWord && (this.vocabulary.get(rivals[1].word) ?? 0) === (this.vocabulary.get(top!.word) ?? 0);
      // Else two neighbouring letters swapped ("actaully", "vramient"), which the edit distance counts as two.
      found = top && !tie ? top.word : (this.swapped(word, false) ?? (near.length === 0 ? (this.soundAlike(word) ?? this.swappedTypo(word)) : null) ?? word);
      // A word no dictionary knows and one typo from one stop word only, and from no other word, is that stop word
      // misspelt ("mutch", "whitch"): read as it, it weighs nothing, where an unknown word would weigh most.
      if (found === word && near.length === 0 && !isDictionaryWord(word)) {
        const stop = all.filter((n) => n.distance === 1);
        if (stop.length === 1) found = stop[0]!.word;
      }
      // A common English or French word is that word, not a typo of another word the data uses ("spend" is no
      // "send"); it may still be a misspelt name one typo away ("lionne" → Lyonne; "specific" is two from "pacific")
      // or another form of the same word.
      // Nor a name that is a common word itself ("faces" is no "FAKES", of the NO FAKES Act).
      if (found !== word && isDictionaryWord(word) && (!this.isName(found) || isDictionaryWord(found) || editDistance(word, found, 2) > 1)) {
        const a = stems(word);
        const b = stems(found);
        if (a.en !== b.en && a.fr !== b.fr) found = word;
      }
      setBounded(this.corrections, word, found, STEM_CACHE_SIZE);
    }
    return found;
  }

  /** The concept or role a word is alone, as a phrase of one word ("signatories" → c:sign); null for none. */
  private conceptOfWord(word: string): string | null {
    for (const p of this.phrases.get(word) ?? NO_PHRASES) if (p.words.length === 1 && p.words[0] === word) return p.token;
    return null;
  }

  /**
   * A long word no common word list has, misspelt by sound ("copyrite" → copyright, "openaille" → openai): the one
   * word the data uses (not a stop word) that starts with the same letters and has the same `soundKey`.
   */
  private soundAlike(word: string): string | null {
    if (word.length < SOUND_MIN || isDictionaryWord(word)) return null;
    const head = word.slice(0, SOUND_PREFIX);
    const key = soundKey(word);
    const found = (this.byHead().get(head) ?? []).filter((known) => known.key === key && known.word !== word).map((known) => known.word);
    const top = found[0];
    if (!top) return null;
    return found.every((b) => stems(b).en === stems(top).en || stems(b).fr === stems(top).fr) ? top : null;
  }

  /**
   * Two neighbouring letters swapped and one more typo ("stragat" for "stargate", "copryite" for "copyright"): the one
   * known word that some swap of a word of `SOUND_MIN` letters or more is within one typo of (or sounds like). A name
   * no text uses stays itself: no swap of "tencent" is one typo from "percent".
   */
  private swappedTypo(word: string): string | null {
    // Shorter words have too many neighbours: "pratt" is one swap and one typo from "parti", "wilde" from "filed".
    if (word.length < SOUND_MIN) return null;
    const found = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
      const near = this.nearWords().near(swapped, 1).filter((n) => !this.isStopword(n.word));
      for (const n of near) found.add(n.word);
      if (near.length === 0) {
        const sound = this.soundAlike(swapped);
        if (sound) found.add(sound);
      }
    }
    const [first] = found;
    return first !== undefined && [...found].every((w) => stems(w).en === stems(first).en || stems(w).fr === stems(first).fr) ? first : null;
  }

  /**
   * A word of `MIN_CORRECTED` − 1 letters, no common word, with two neighbouring letters swapped ("lnog" for "long"):
   * the one lower-case word the data uses that gives. Names are left alone: a short name is too easily another's.
   */
  private swappedShort(word: string): string | null {
    if (word.length !== MIN_CORRECTED - 1 || isDictionaryWord(word) || !LOWER_CASE_ONLY.test(word)) return null;
    const found = this.swapped(word, false);
    return found && !this.isStopword(found) && !this.properWords.has(found) ? found : null;
  }

  /**
   * A word typed with two neighbouring letters swapped ("whta", "teh", "actaully", "vramient", "exatcement"): read as
   * the one known word that gives. A short word only into a stop word: "died" stays unknown, "sing" is never "sign".
   */
  private swapped(word: string, stopwordsOnly: boolean): string | null {
    if (word.length < 3) return null;
    return stopwordsOnly ? oneSwap(word, (w) => this.isStopword(w)) : oneSwap(word, (w) => this.vocabulary.has(w));
  }

  /**
   * An acronym of the data typed with two neighbouring letters swapped ("OSPT" for "OSTP"): the one acronym that gives,
   * when the word as typed is no common word. Three letters or more.
   */
  private swappedAcronym(word: string): string | null {
    if (word.length < 3 || isDictionaryWord(word)) return null;
    return oneSwap(word, (w) => this.acronymWords.has(w));
  }

  /**
   * A word of `MIN_CORRECTED` − 1 letters, no common word, one typo (a letter changed, added or dropped) from one word
   * the data or the lexicon uses only ("yuse" → use), or far more than any other (`SHORT_TYPO_LEAD`): that word. Names are left alone
   * (no word the data spells with a capital), and so is a word two or more known words are as near; a stop word only
   * by a vowel slip (`vowelSlip`).
   */
  private oneTypoShort(word: string): string | null {
    if (word.length !== MIN_CORRECTED - 1 || isDictionaryWord(word) || !LOWER_CASE_ONLY.test(word)) return null;
    const count = (w: string): number => this.vocabulary.get(w) ?? 0;
    const near = this.nearWords()
      .near(word, 1)
      .sort((a, b) => count(b.word) - count(a.word));
    const first = near[0]?.word;
    if (first === undefined || near.some((n) => this.properWords.has(n.word))) return null;
    // A stop word only for one vowel typed for another ("meny", "wuth"): a name typed in lower case is one letter from
    // many stop words ("jake" from "take", "lana" from "land"), and read as one it would be no one's name.
    if (this.isStopword(first) && !vowelSlip(word, first)) return null;
    // Or one the texts use far more than any other as near ("meny": many, not "mene").
    const own = stems(first);
    const sameWord = (w: string): boolean => {
      const other = stems(w);
      return other.en === own.en || other.fr === own.fr;
    };
    return near.every((n) => sameWord(n.word)) || near.every((n) => sameWord(n.word) || count(first) >= SHORT_TYPO_LEAD * count(n.word)) ? first : null;
  }

  /**
   * A word of three or four letters no common word list has, typed with one vowel left out inside it ("evn", "whch"): the
   * one stop word that vowel gives back, when no other word the data uses is one letter more ("evn" → even). Never a
   * vowel at either end ("sam" is no "same"), nor a word the data uses itself.
   */
  private droppedVowelStop(word: string): string | null {
    if (word.length < MIN_CORRECTED - 2 || word.length > MIN_CORRECTED - 1 || isDictionaryWord(word) || !LOWER_CASE_ONLY.test(word)) return null;
    let found: string | null = null;
    for (let i = 1; i < word.length; i++) {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        const full = word.slice(0, i) + c + word.slice(i);
        const stop = this.isStopword(full);
        if (!stop && !this.vocabulary.has(full)) continue;
        // Any other word one letter more, or a consonant given back: a doubt.
        if (!stop || !'aeiouy'.includes(c) || (found !== null && found !== full)) return null;
        found = full;
      }
    }
    return found;
  }

  /**
   * A short word no common word list has, typed with one letter left out ("namd", "wrot"): the one word the data uses
   * (not a stop word, nor a name: "ryan" is no "bryan") that this letter gives back. Only of 4 letters, never a word of its own.
   */
  private dropped(word: string): string | null {
    if (word.length !== MIN_CORRECTED - 1 || isDictionaryWord(word) || !LOWER_CASE_ONLY.test(word)) return null;
    const found = new Set<string>();
    for (let i = 0; i <= word.length; i++) {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        const full = word.slice(0, i) + c + word.slice(i);
        if (this.vocabulary.has(full) && !this.isStopword(full) && !this.properWords.has(full)) found.add(full);
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * A short word no dictionary knows that is the head of one name the data spells with a capital, a letter or two
   * shorter ("BFM" for BFMTV): that name, as people shorten it. Not a stop word, nor a word of two letters.
   */
  private nameHead(word: string): string | null {
    if (word.length < NAME_HEAD_MIN || isDictionaryWord(word) || this.isStopword(word) || DIGIT.test(word)) return null;
    // At most one such name: the search stops at a second, and copies no set.
    let found: string | null = null;
    for (const name of this.properWords) {
      if (name.length <= word.length || name.length > word.length + NAME_HEAD_REST || !name.startsWith(word)) continue;
      if (found !== null) return null;
      found = name;
    }
    return found;
  }

  /**
   * Whether the word at `k` is typed as a name's initials ("jd", "rj"): two consonants, read as typed, and no word of a
   * dictionary, of the data or a stop word.
   */
  private initialsAt(typed: readonly string[], words: readonly string[], k: number): boolean {
    const w = typed[k]!;
    return words[k] === w && INITIALS.test(w) && !this.vocabulary.has(w) && !this.isStopword(w) && !isDictionaryWord(w);
  }

  /**
   * Whether the word at `k` is typed as a given name no list knows ("meryl", "tom"): letters only, three or more with a
   * vowel, read as typed, and no word of a dictionary (nor one typed with two letters swapped), of the data or a stop word.
   */
  private givenNameAt(typed: readonly string[], words: readonly string[], k: number): boolean {
    const w = typed[k]!;
    return words[k] === w && GIVEN_NAME.test(w) && !this.vocabulary.has(w) && !this.isStopword(w) && !isDictionaryWord(w) && !isDictionaryTypo(w);
  }

  /**
   * The role whose field one of these folded words names (`data/concepts.json` `roleFields`: "musique" → musician), if
   * any, opened as a field (`fieldOpeners`, right before it or before an article: "côté musique", "in music", "dans la
   * musique"); a field word elsewhere ("the letter on AI training on music") names no role asked.
   */
  roleOfField(words: readonly string[]): Role | null {
    const openers = this.wordList('fieldOpeners');
    const articles = this.wordList('articles');
    for (const [k, w] of words.entries()) {
      const role = this.fieldRoles.get(w);
      if (!role) continue;
      const before = words[k - 1] ?? '';
      if (openers.has(before) || (articles.has(before) && openers.has(words[k - 2] ?? ''))) return role;
    }
    return null;
  }

  /** The role a term stands for, if it is one. */
  static roleOf(term: string): Role | null {
    return term.startsWith('r:') ? (term.slice(2) as Role) : null;
  }

  /**
   * Readings kept by text and language while an engine is built (`useReadings`): the build reads each example twice
   * and may start from the readings a build stored (src/reading-cache.ts). Null once built: a question is read anew.
   */
  private readings: Map<string, Reading> | null = null;

  /** Keep (and first look up) every reading in `readings` until called with null. Readings are never changed once made. */
  useReadings(readings: Map<string, Reading> | null): void {
    this.readings = readings;
  }

  /** Read a text in a language (null: unknown, English stems): its search terms and cues. */
  read(text: string, lang: Locale | null): Reading {
    if (!this.readings) return this.readAnew(text, lang);
    const key = readingKey(text, lang);
    let reading = this.readings.get(key);
    if (!reading) {
      reading = this.readAnew(text, lang);
      this.readings.set(key, reading);
    }
    return reading;
  }

  private readAnew(text: string, lang: Locale | null): Reading {
    const { folded: typed, typed: shown } = foldedAndTyped(text);
    const aligned = shown.length === typed.length;
    const capitalAt = (k: number): boolean => k >= 0 && k < shown.length && startsWithCapital(shown[k]!);
    const words = typed.map((w, i) => this.correct(w, aligned && i > 0 && startsWithCapital(shown[i]!)));
    // "meryl streep", "tom hanks": a word no dictionary knows, right after a given name as typed (a word of a name's
    // shape that no dictionary, the data nor the typo reader knows), is that name's surname, not a slip of a common word
    // that says nothing of the story ("street", "thanks": a stop word or no word of a concept's, a role's or a cue's).
    // A slip of one that does is still read as it ("jennifer aniston sigantory", "hwo orgnised").
    for (let i = 1; i < words.length; i++) {
      const read = words[i]!;
      if (read === typed[i] || isDictionaryWord(typed[i]!) || !isDictionaryWord(read)) continue;
      // "jd vance": after initials typed as a word (two consonants no list knows), the word is a surname whatever word of
      // a concept's it is one slip from ("lance").
      if (this.initialsAt(typed, words, i - 1)) words[i] = typed[i]!;
      else if (this.isPhraseWord(read) && !this.isStopword(read)) continue;
      else if (this.givenNameAt(typed, words, i - 1)) words[i] = typed[i]!;
    }
    // "hwo many": a word no dictionary knows, left as typed because two neighbouring letters swapped give two stop words
    // ("how", "who"), is the one of them that opens a phrase of several words with the words after it ("how many").
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i]!;
      if (word !== typed[i] || word.length < 3 || isDictionaryWord(word) || this.vocabulary.has(word)) continue;
      const opening = swapsOf(word).filter((w) => this.isStopword(w) && (this.phraseAt([w, ...words.slice(i + 1)], 0, lang)?.words.length ?? 0) > 1);
      if (opening.length === 1) words[i] = opening[0]!;
    }
    const terms: Term[] = [];
    const stopHits = { en: 0, fr: 0 };
    // The words after a verb's object that close the verb's phrase ("took Midjourney to court"): read with the verb.
    let tailFrom = -1;
    let tailEnd = -1;
    for (let i = 0; i < words.length; ) {
      if (i === tailFrom) {
        i = tailEnd;
        continue;
      }
      const word = words[i]!;
      // A name typed in two words ("open ai", "deep seek", "mid journey"): the name, read from both.
      const joined = this.joinedName(typed, words, i);
      if (joined) {
        terms.push({ term: this.termOf(joined, lang), weight: 1, kind: 'word', at: i, span: 2 });
        i += 2;
        continue;
      }
      const found = this.phraseAt(words, i, lang);
      // In French, an English one-word phrase that is a French stop word is that word unless in capitals: "j'ai" is no "AI".
      const frenchStop = found && lang === 'fr' && found.words.length === 1 && this.englishOnly.has(word) && !(aligned && ALL_CAPITALS.test(shown[i]!));
      // "our draft says Deadline had it first": a one-word phrase typed with a capital inside a sentence, alone (no
      // capital on the words either side: "the Copyright Office" is the office's), that the data spells both with one
      // (the outlet "Deadline") and without (a comment deadline), is that name, not the concept; a word the data spells
      // only with a capital ("Hollywood", "Washington") is the concept's own name; not in a text of capitals.
      const named =
        found && found.kind === 'concept' && found.words.length === 1 && aligned && i > 0 && capitalAt(i) && !capitalAt(i - 1) && !capitalAt(i + 1) && !ALL_CAPITALS.test(shown[i]!) && this.isProper(word) && !this.isName(word);
      if (named) {
        // As a name is read (see `termOf`): the folded word, in any language, as the data's own text reads it there.
        terms.push({ term: word, weight: 1, kind: 'word', at: i });
        i += 1;
        continue;
      }
      const phrase = frenchStop || (found && this.yieldsToSpelt(words, i, found, lang)) ? undefined : found;
      // "took Midjourney to court": a verb's phrase with its object between its words.
      // A one-word phrase there gives way to it ("a traîné OpenAI en justice" is no "entraîné").
      const gapped = (phrase && phrase.words.length > 1) || tailFrom > i ? null : this.phraseAroundObject(words, i, lang);
      if (gapped) {
        terms.push({ term: gapped.phrase.token, weight: gapped.phrase.weight, kind: gapped.phrase.kind, at: i });
        tailFrom = gapped.tailFrom;
        tailEnd = gapped.tailFrom + gapped.phrase.words.length - 1;
        i += 1;
        continue;
      }
      if (phrase) {
        terms.push({ term: phrase.token, weight: phrase.weight, kind: phrase.kind, at: i, span: phrase.words.length });
        i += phrase.words.length;
        continue;
      }
      const en = this.stopwords.en.has(word);
      const fr = this.stopwords.fr.has(word);
      if (en && !fr) stopHits.en += 1;
      if (fr && !en) stopHits.fr += 1;
      // "for the 6pm bulletin", "le journal de 19 h 30", "the four o'clock": the asker's hour, no term (see `clockAt`).
      const clock = this.clockAt(words, i);
      if (clock > 0) {
        i += clock;
        continue;
      }
      if (!en && !fr && (word.length > 1 || DIGIT.test(word))) {
        const figure = DIGIT_FIRST.test(word);
        terms.push({ term: figure ? word : this.termOf(wholeMonth(words, i, lang) ?? word, lang), weight: 1, kind: figure ? 'number' : 'word', at: i });
      }
      i += 1;
    }
    this.deskIntroductions(terms, words);
    this.runPieces(terms, words);
    this.letterAgainstTheme(terms);
    // "D'après la lettre", "according to the letter": who says it, not a time; the "après" inside it is no "after".
    // Not one that closes a longer comparison ("d'avant ou d'après", "avant ou d'après"): that "après" is "after".
    const found = this.cuesIn(words);
    const closesComparison = (a: Reading['cues'][number]): boolean => found.some((c) => c.cue === 'compare' && c.at < a.at && c.at + c.length >= a.at + a.length);
    const according = found.some((c) => c.cue === 'according') ? new Set(found.filter((c) => c.cue === 'according' && !closesComparison(c)).flatMap((c) => Array.from({ length: c.length }, (_, k) => c.at + k))) : NO_POSITIONS;
    // "The letter goes after Meta", "look after": a one-word "after" inside a phrase of several words is that phrase's.
    const inPhrase = (at: number): boolean => terms.some((t) => t.kind === 'concept' && (t.span ?? 1) > 1 && at >= t.at && at < t.at + (t.span ?? 1));
    // "Was X among those who signed?", "parmi ceux qui ont signé": the "who" that opens a relative clause asks nothing.
    const relative = found.some((c) => c.cue === 'relative') ? new Set(found.filter((c) => c.cue === 'relative').map((c) => c.at + c.length - 1)) : NO_POSITIONS;
    const cues = found.filter(
      (c) => (c.cue !== 'compare' || (!according.has(c.at + c.length - 1) && !(c.length === 1 && inPhrase(c.at)))) && !(c.cue === 'wh' && relative.has(c.at)),
    );
    // Words that only tell the form of the question ("exact words", "really", "did") are not its content.
    const form = cues.some((c) => FORM_CUES.has(c.cue)) ? new Set(cues.filter((c) => FORM_CUES.has(c.cue)).flatMap((c) => Array.from({ length: c.length }, (_, k) => c.at + k))) : NO_POSITIONS;
    const kept = terms.filter((t) => (t.kind === 'concept' || t.kind === 'role' || !form.has(t.at)) && !(t.term === HAPPEN && according.has(t.at)));
    return { words: typed, shown, corrected: words, terms: kept, cues, stopHits };
  }

  /**
   * How many words a time of the clock typed at `k` spans (0 when none is): a figure of up to three digits then a word of
   * `clockWords`, typed as one word or two ("6 pm", "10 a.m.", "18 h"), and the minutes after it ("19 h 30", "7h10"); or
   * a number word before one typed in two ("four o'clock"). "The 6pm bulletin" gives the hour of the asker's day: no
   * figure of the story, nor a word to search.
   */
  private clockAt(words: readonly string[], k: number): number {
    const word = words[k]!;
    const spelt = !CLOCK_FIGURE.test(word);
    if (spelt && !isNumberWord(word)) return 0;
    const units = this.wordLists.clockWords;
    const next = words[k + 1] ?? '';
    // "7h10", "12h30": the hour's word with its minutes in one ("11h59 pm" as `clockTimes` writes "11:59 pm").
    if (!spelt && HOUR_AND_MINUTES.test(next)) return units.has(words[k + 2] ?? '') ? 3 : 2;
    // "a.m.", "p.m.", "o'clock": typed in two words; after a number word, only these ("deux heures" may be a span).
    const joined = k + 2 < words.length && units.has(`${next}${words[k + 2]!}`) ? 2 : 0;
    const unit = joined || (units.has(next) && !spelt ? 1 : 0);
    if (unit === 0) return 0;
    // "19 h 30", "18 heures 30": the minutes after a word of the clock typed alone.
    const minutes = unit === 1 && MINUTES.test(words[k + 2] ?? '') ? 1 : 0;
    return 1 + unit + minutes;
  }

  /**
   * "the stars' letter against AI", "la lettre des stars d'Hollywood contre l'IA": a one-word "against" after a word for
   * the letter (only words of the story's theme, of little weight, between) and right before another such word (AI,
   * copyright) names the letter by what it is against, as its title would; it asks nothing of whom it opposes: it is no
   * term (the theme after it stays). "Who is the letter against?" keeps its "against".
   */
  private letterAgainstTheme(terms: Term[]): void {
    for (let k = 1; k + 1 < terms.length; k++) {
      const t = terms[k]!;
      if (t.term !== OPPOSE_TERM || (t.span ?? 1) > 1) continue;
      const theme = terms[k + 1]!;
      // A question word is no theme ("la lettre était contre qui ?" asks whom it opposes).
      if (theme.kind !== 'concept' || theme.weight >= 1 || theme.at > t.at + 2 || ASKING_TERMS.has(theme.term)) continue;
      let j = k - 1;
      while (j >= 0 && terms[j]!.term !== LETTER_TERM && terms[j]!.kind === 'concept' && terms[j]!.weight < 1) j--;
      const letter = terms[j];
      if (letter?.term === LETTER_TERM && t.at - letter.at <= LETTER_DESCRIPTION_REACH) terms.splice(k, 1);
    }
  }

  /**
   * "which outlet ran the AFP version?", "who carried the wire story first?": a verb of running a piece (`runVerbs`),
   * read as a plain word, with a noun of a piece (`runNouns`) at most `RUN_REACH` words after it, says the piece was
   * published: read as c:publish, whatever names the piece between ("the AFP", "BFMTV's"). Not "who ran the campaign?"
   * nor "the strike ran longer", whose verb runs no piece.
   */
  private runPieces(terms: Term[], words: readonly string[]): void {
    const verbs = this.wordList('runVerbs');
    const pieces = this.wordList('runNouns');
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      if (t.kind !== 'word' || (t.span ?? 1) !== 1 || !verbs.has(words[t.at] ?? '')) continue;
      if (!words.slice(t.at + 1, t.at + 1 + RUN_REACH).some((w) => pieces.has(w))) continue;
      terms[k] = { term: 'c:publish', weight: 1, kind: 'concept', at: t.at };
    }
  }

  /**
   * "research desk here", "ici le service sport": a phrase of chatter that opens (English) or ends (French) on a noun
   * of a newsroom's desk (`deskNouns`) names the desk with the one word beside it, before the English noun and after
   * the French one; that word is the asker's introduction, read into the chatter, not content ("culture", "research"
   * name no fact asked about). Only a plain word (no concept, no name): "copy desk: when was it sent?" keeps its "when".
   */
  private deskIntroductions(terms: Term[], words: readonly string[]): void {
    const desks = this.wordList('deskNouns');
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      const span = t.span ?? 1;
      if (t.term !== CHATTER_TERM || span < 2) continue;
      const plain = (o: Term | undefined, at: number): boolean => o !== undefined && o.kind === 'word' && o.at === at && (o.span ?? 1) === 1 && !this.isName(words[at] ?? '');
      const before = terms[k - 1];
      const after = terms[k + 1];
      if (desks.has(words[t.at]!) && plain(before, t.at - 1)) {
        terms.splice(k - 1, 2, { ...t, at: t.at - 1, span: span + 1 });
        k -= 1;
      } else if (desks.has(words[t.at + span - 1]!) && plain(after, t.at + span)) {
        terms.splice(k, 2, { ...t, span: span + 1 });
      }
    }
  }

  /**
   * The name two words at `i` make when typed together ("open ai" → "openai"): one the data spells with a capital
   * ("OpenAI", "DeepSeek") and no dictionary has, of 5+ letters. Else null.
   */
  private joinedName(typed: readonly string[], words: readonly string[], i: number): string | null {
    if (i + 1 >= words.length) return null;
    // As typed, then as corrected (two calls, no list of the two pairs built for every word).
    return this.joinedPair(typed[i]!, typed[i + 1]!) ?? this.joinedPair(words[i]!, words[i + 1]!);
  }

  /** The name two words make typed together (see `joinedName`), or null. */
  private joinedPair(a: string, b: string): string | null {
    // Too short, or with a digit: no such name, and no joined string made.
    if (a.length + b.length < 5 || DIGIT.test(a) || DIGIT.test(b)) return null;
    // Nor when no such name has the pair's hash (most pairs of words): no joined string made for every word.
    if (!this.properHashSet().has(joinHash(b, joinHash(a, 0)))) return null;
    const joined = a + b;
    return this.isProper(joined) && !isDictionaryWord(joined) ? joined : null;
  }

  /** The `joinHash` of every word the data spells with a capital, of five letters or more (as `joinedPair` reads). */
  private properHashSet(): Set<number> {
    if (!this.properHashes) {
      this.properHashes = new Set();
      for (const word of this.properWords) if (word.length >= 5) this.properHashes.add(joinHash(word, 0));
    }
    return this.properHashes;
  }

  /** Whether the data spells a folded word with a capital somewhere (a name: "trump", "lyonne"). */
  isProper(word: string): boolean {
    return this.properWords.has(word);
  }

  /** Whether the data spells a folded word with a capital and never without ("variety", "stargate"; not "copyright"). */
  /**
   * A word's search term: its stem, but a name as typed (folded). A name is no word of either language: the French
   * stemmer reads "OpenAI" as a verb ending in "-ai" and made it the English "open" ("why did the letter open by…").
   */
  termOf(word: string, lang: Locale | null): string {
    return this.isName(word) ? word : stem(word, lang);
  }

  isName(word: string): boolean {
    return this.properWords.has(word) && !this.commonWords.has(word);
  }

  /**
   * Whether the data spells a folded word in lower case as a common word ("plan", "office") and it is no word of a
   * signatory's name (`learnNames`: "miller", "stone" stay names): a word the story uses as a noun, no one's name.
   */
  isCommonNoun(word: string): boolean {
    return this.commonWords.has(word) && !this.nameWords.has(word);
  }

  /** Whether the data or the lexicon uses a folded word at all. */
  isKnown(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** Whether a folded word is a stop word in either language. */
  isStopword(word: string): boolean {
    return this.stopwords.en.has(word) || this.stopwords.fr.has(word);
  }

  /** Whether a folded word is, as spelt, one of the one-word phrases of a concept or role (`organisers` of `c:organise`). */
  spells(word: string, token: string): boolean {
    return (this.phrases.get(word) ?? []).some((p) => p.token === token && p.words.length === 1 && p.words[0] === word);
  }

  /**
   * Whether a folded word starts or is part of a concept, role or cue phrase (so it is no one's name); `asSpelt`: only
   * as spelt there, not by a shared stem (a capitalised "Miller" is no form of "mille").
   */
  isPhraseWord(word: string, asSpelt = false): boolean {
    // A word of three letters or fewer is one only as spelt, as `sameStems` matches it: "del" (of "del Toro") is no
    // form of "délai", whose French stem it merely equals.
    if (word.length < 4) return this.phraseSpelt.has(word);
    return this.phraseKeys.has(word) || (!asSpelt && (this.phraseKeys.has(stems(word).en) || this.phraseKeys.has(stems(word).fr)));
  }

  /** The vocabulary (stop words left out) by first `SOUND_PREFIX` letters, with each word's sound key; built on first use after the vocabulary last changed. */
  private byHead(): Map<string, { word: string; key: string }[]> {
    if (!this.heads) {
      this.heads = new Map();
      for (const known of this.vocabulary.keys()) {
        if (this.isStopword(known)) continue;
        const head = known.slice(0, SOUND_PREFIX);
        const list = this.heads.get(head) ?? [];
        list.push({ word: known, key: soundKey(known) });
        this.heads.set(head, list);
      }
    }
    return this.heads;
  }

  private nearWords(): TokenIndex {
    if (!this.nearIndex) {
      const numbers = new WordNumbers();
      const ids = [...this.vocabulary.keys()].map((w) => numbers.intern(w));
      this.nearIndex = TokenIndex.build(numbers, ids, ids, 2, 31);
    }
    return this.nearIndex;
  }

  private addWord(word: string, count: number): void {
    if (!this.vocabulary.has(word)) {
      this.nearIndex = null;
      this.heads = null;
    }
    this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + count);
  }

  private addPhrase(text: string, token: string, weight: number, kind: Phrase['kind']): void {
    const words = splitWords(text);
    if (words.length === 0) return;
    for (const w of words) this.addWord(w, 2);
    const key = words[0]!;
    const phrase: Phrase = { words, stems: words.map((w) => (w.length < 4 ? null : stems(w))), token, weight, kind };
    this.longestPhrase = Math.max(this.longestPhrase, words.length);
    for (const k of new Set([key, ...(key.length >= 4 ? [stems(key).en, stems(key).fr] : [])])) {
      const list = this.phrases.get(k) ?? [];
      list.push(phrase);
      this.phrases.set(k, list);
    }
    for (const w of words) {
      this.phraseKeys.set(w, token);
      this.phraseSpelt.add(w);
      if (w.length >= 4) {
        this.phraseKeys.set(stems(w).en, token);
        this.phraseKeys.set(stems(w).fr, token);
      }
    }
  }

  private phraseAt(words: readonly string[], i: number, lang: Locale | null): Phrase | undefined {
    const word = words[i]!;
    // The word, then its English and French stems when they differ (no list of the keys built for every word).
    const stemmed = word.length >= 4 ? stems(word) : null;
    const en = stemmed && stemmed.en !== word ? stemmed.en : null;
    const fr = stemmed && stemmed.fr !== word && stemmed.fr !== stemmed.en ? stemmed.fr : null;
    let best: Phrase | undefined;
    let bestSpelt = false;
    for (let k = 0; k < 3; k++) {
      const key = k === 0 ? word : k === 1 ? en : fr;
      if (key === null) continue;
      for (const p of this.phrases.get(key) ?? NO_PHRASES) {
        // Between phrases of one length, one spelt as typed wins over a stem-mate: "start" is c:start's own word, not
        // the stem of c:organise's "started".
        const spelt = spelledAt(words, i, p.words);
        if (best && (best.words.length > p.words.length || (best.words.length === p.words.length && (bestSpelt || !spelt)))) continue;
        // A stop word is itself, never another word's stem-mate ("petite" is not "pétition").
        if (this.phraseMatches(words, i, p, lang)) {
          best = p;
          bestSpelt = spelt;
        }
      }
    }
    return best;
  }

  /**
   * A phrase of several words that opens on the verb at `i` and closes after the verb's object: one or two names the
   * data spells with a capital ("took Midjourney to court", "a traîné OpenAI en justice"); not a pronoun ("send it to"
   * may ask when it was sent). The phrase and where its words after the object start; null for none. Looked at only
   * where a name follows a word that opens no phrase of several words.
   */
  private phraseAroundObject(words: readonly string[], i: number, lang: Locale | null): { phrase: Phrase; tailFrom: number } | null {
    // A name that opens no phrase of its own ("the Hollywood AI letter" holds no object: "AI" is a concept's).
    const object = (w: string | undefined): boolean => w !== undefined && this.isName(w) && !this.phrases.has(w);
    // A verb of a few letters, no stop word ("d'Hollywood c'était" holds no "D.C."), and a closing word that is none.
    if (!object(words[i + 1]) || words[i]!.length < OBJECT_VERB || this.isStopword(words[i]!)) return null;
    for (let gap = 1; gap <= OBJECT_GAP && object(words[i + gap]); gap++) {
      const joined = [words[i]!, ...words.slice(i + 1 + gap, i + 1 + gap + this.longestPhrase)];
      const found = this.phraseAt(joined, 0, lang);
      if (found && found.words.length > 1 && found.kind === 'concept' && joined.slice(1, found.words.length).some((w) => !this.isStopword(w))) return { phrase: found, tailFrom: i + 1 + gap };
    }
    return null;
  }

  /**
   * Whether a phrase found at `i` through a stem-mate gives way to a phrase spelt as typed that starts at that word and
   * runs past its end: "de droit d'auteur" is copyright, not "de droite" (whose "droite" shares "droit"'s stem).
   * Looked at only for a phrase of several words with a word not as spelt, which few are.
   */
  private yieldsToSpelt(words: readonly string[], i: number, found: Phrase, lang: Locale | null): boolean {
    if (found.words.length < 2) return false;
    for (let j = 1; j < found.words.length; j++) {
      if (words[i + j] === found.words[j]) continue;
      const other = this.phraseAt(words, i + j, lang);
      if (other && i + j + other.words.length > i + found.words.length && spelledAt(words, i + j, other.words)) return true;
    }
    return false;
  }

  /** Whether the phrase's words are at `i`, each as spelt or as a stem-mate (a stop word only as itself: "petite" is not "pétition"). */
  private phraseMatches(words: readonly string[], i: number, phrase: Phrase, lang: Locale | null): boolean {
    for (let j = 0; j < phrase.words.length; j++) {
      if (i + j >= words.length) return false;
      const typed = words[i + j]!;
      if (typed !== phrase.words[j] && (this.isStopword(typed) || !sameStems(typed, phrase.stems[j] ?? null, lang))) return false;
    }
    return true;
  }

  private cuesIn(words: readonly string[]): Reading['cues'] {
    const found: Reading['cues'] = [];
    for (let i = 0; i < words.length; i++) {
      for (const p of this.cuePhrases.get(words[i]!) ?? NO_CUE_PHRASES) {
        if (spelledAt(words, i, p.words)) found.push({ cue: p.cue, at: i, length: p.words.length });
      }
    }
    return found;
  }
}

/**
 * A hash of a text's characters, continued from `from`: the hash of "open" continued with "ai" is that of "openai", so
 * two words are looked up as one without joining them. Kept under 2³⁰ (a small integer: no number boxed).
 */
function joinHash(text: string, from: number): number {
  let hash = from;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

/** Whether `words` has `phrase` as spelt from index `at` (a plain loop: this runs for every phrase at every word). */
export function spelledAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (words[at + j] !== phrase[j]) return false;
  return true;
}

/** Where `phrase` is first spelt among `words` (`spelledAt`), or -1. */
export function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (spelledAt(words, k, phrase)) return k;
  return -1;
}
