/**
 * Text helpers shared by name matching, Q&A and input validation. Pure functions.
 */
import { stripVTControlCharacters } from 'node:util';

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Lower-case, strip accents and fold special letters: "Cuarón" → "cuaron", "Œuvre" → "oeuvre". */
export function foldText(input: string): string {
  // ASCII is its own NFKD form and has no marks or special letters: lower case is all there is to do.
  if (isAscii(input)) return input.toLowerCase();
  // Latin-1 and Latin Extended-A (most accented names) fold one character at a time from a table.
  const table = latinFolds();
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const folded = table[input.charCodeAt(i)];
    if (folded === undefined) return foldSlowly(input);
    out += folded;
  }
  return out;
}

function foldSlowly(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

function isAscii(input: string): boolean {
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Each character up to U+017F folded alone by the general path. Folding a text of such characters is
 * folding each in turn: each decomposes to a letter and its own marks (never reordered past a letter), marks
 * are dropped one by one, and lower case depends on context only for the Greek final sigma, not here.
 */
let latinTable: string[] | null = null;

function latinFolds(): string[] {
  latinTable ??= Array.from({ length: 0x180 }, (_, code) => foldSlowly(String.fromCharCode(code)));
  return latinTable;
}

/** Words of a text after folding: letters and digits only, apostrophes joined ("aujourd'hui" → "aujourdhui"). */
/** A text as a regular expression that matches it literally ("a.m." matches only "a.m."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function words(input: string): string[] {
  return foldText(input)
    .replace(/['’`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Control characters other than ordinary white space. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Drops control characters, and terminal escape sequences whole (Node's own `stripVTControlCharacters`: a pasted
 * coloured line or hyperlink keeps its words, not `[31m` once the escape byte alone is gone).
 */
export function stripControl(input: string): string {
  return stripVTControlCharacters(input).replace(CONTROL, '');
}

export function hasControl(input: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(input);
  CONTROL.lastIndex = 0;
  return found;
}

/** Chat mention syntax: Discord `<@id>`, `<@&id>`, `<#id>`, `@everyone`/`@here`; Slack `<!channel>`, `<@U…>`. */
const MENTION = /<[@#!][^>]*>|@(everyone|here|channel)\b/i;

export function hasMention(input: string): boolean {
  return MENTION.test(input);
}

/** True when the text has at least one letter or digit (so "🎬🎬" or "!!!" is not a question). */
export function hasWordCharacter(input: string): boolean {
  return /[\p{L}\p{N}]/u.test(input);
}

/** Length in user-perceived code points, not UTF-16 units. */
export function codePointLength(input: string): number {
  let n = 0;
  for (const _ of input) n += 1;
  return n;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions),
 * giving up early once the distance must exceed `max`. Returns `max + 1` in that case.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rows[0]!.length <= lb) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(lb * 2 + 2);
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let curr = rows[2]!;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[lb]!;
}

/** Rows reused by editDistance (it is synchronous, so one set is enough); grown for longer words. */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
