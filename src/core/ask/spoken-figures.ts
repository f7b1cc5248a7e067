/**
 * Figures said in words, as a question dictated or typed by ear gives them ("four sixty signatures", "two thirty
 * billion", "quatre cent vingt", "twenty twenty three"), read back as figures the facts carry ("460", "230", "420",
 * "2023"). Pure string work over the number words of `data/concepts.json` (`numberWords`).
 */
import type { NumberWords } from '../schema';
import { foldText } from '../text';

/** A word that multiplies what comes before it ("four hundred", "deux mille"). */
const MULTIPLIERS: ReadonlySet<number> = new Set([100, 1000]);
/** Tens after which a French teen adds ("soixante-dix", "quatre-vingt-douze"). */
const TEEN_TENS: ReadonlySet<number> = new Set([60, 80]);
/** What stands between two words of one figure: spaces or a hyphen ("vingt-neuf"), no comma nor full stop. */
const WITHIN = /^[\s-]+$/u;
const WORD = /[\p{L}\p{N}]+/gu;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** One figure built word by word the standard way ("four hundred and sixty"), with the words it took. */
interface Group {
  value: number;
  words: number;
  multiplied: boolean;
}

/** Whether `value` may follow a figure at `current` in the same figure ("twenty" + "three", "cent" + "vingt"). */
function adds(current: number, value: number): boolean {
  const low = current % 100;
  if (current === 0 || low === 0) return true;
  if (low >= 20 && low % 10 === 0 && value < 10) return true;
  if (TEEN_TENS.has(low) && value >= 10 && value < 20) return true;
  return low === 10 && value >= 7 && value < 10;
}

/** The figure `current` with a multiplier after it, or null when it cannot take one ("four hundred hundred"). */
function multiplied(current: number, by: number): number | null {
  if (current >= by) return null;
  return (current === 0 ? 1 : current) * by;
}

/**
 * The groups of figures a run of number words says, in one language: standard groups ("twenty three", "quatre cent
 * vingt"), a new one where a word cannot continue the last ("four" | "sixty"). The run ends where a word is no number
 * word, a joiner ("and", "et") is not followed by one that continues, or the gap is more than spaces and hyphens.
 */
function groupsAt(text: string, tokens: readonly Token[], from: number, words: Readonly<Record<string, number>>, joiners: ReadonlySet<string>): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let i = from;
  for (; i < tokens.length; i++) {
    if (i > from && !WITHIN.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
    const pair = i + 1 < tokens.length && WITHIN.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? words[`${tokens[i]!.word} ${tokens[i + 1]!.word}`] : undefined;
    const value = pair ?? words[tokens[i]!.word];
    const last = groups[groups.length - 1];
    if (value === undefined) {
      // "four hundred and sixty", "vingt et un": a joiner inside one figure, between two words that make it.
      const next = tokens[i + 1] ? words[tokens[i + 1]!.word] : undefined;
      if (!joiners.has(tokens[i]!.word) || !last || last.value % 10 !== 0 || next === undefined || MULTIPLIERS.has(next) || !adds(last.value, next)) break;
      last.words++;
      continue;
    }
    const taken = pair !== undefined ? 2 : 1;
    if (MULTIPLIERS.has(value)) {
      const total = last ? multiplied(last.value, value) : value;
      if (total === null || !last) break;
      last.value = total;
      last.words += taken;
      last.multiplied = true;
    } else if (last && adds(last.value, value)) {
      last.value += value;
      last.words += taken;
    } else {
      groups.push({ value, words: taken, multiplied: false });
    }
    i += taken - 1;
  }
  return { groups, end: i };
}

/**
 * The figure a run of groups says, or null for none: one group of two words or more ("twenty three", "four hundred");
 * two groups said as a figure is in speech, hundreds then the rest ("four sixty" 460, "two twenty nine" 229, "twenty
 * twenty three" 2023), when neither has a multiplier and the first is no "one" (a "quick one" is no figure). One word
 * alone stays a word: "two strikes", "les deux", "which one".
 */
function figureOf(groups: readonly Group[]): number | null {
  const [first, second] = groups;
  if (!first) return null;
  if (groups.length === 1) return first.words >= 2 ? first.value : null;
  if (groups.length !== 2 || !second || first.multiplied || second.multiplied || first.value === 1) return null;
  return first.value < 100 && second.value >= 10 && second.value < 100 ? first.value * 100 + second.value : null;
}

/** `text` with each figure said in words of one language written as a figure; any other text as typed. */
export function spokenFigures(text: string, numberWords: NumberWords): string {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({ word: foldText(m[0]), start: m.index, end: m.index + m[0].length }));
  const joiners = new Set(numberWords.joiners);
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; ) {
    // The longer reading of the two languages: "six" is a number word of both, "cents" of French only.
    const runs = [numberWords.en, numberWords.fr].map((words) => groupsAt(text, tokens, i, words, joiners));
    const run = runs[0]!.end >= runs[1]!.end ? runs[0]! : runs[1]!;
    const figure = run.end > i ? figureOf(run.groups) : null;
    if (figure === null) {
      i = Math.max(run.end, i + 1);
      continue;
    }
    out += `${text.slice(at, tokens[i]!.start)}${figure}`;
    at = tokens[run.end - 1]!.end;
    i = run.end;
  }
  return out + text.slice(at);
}
