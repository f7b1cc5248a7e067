/**
 * Helpers that read a question as typed (capitals, punctuation, clause breaks) rather than as terms: where its sentences
 * open, the names it types with capitals, its last clause, its parts. Pure string work, no data but the word lists
 * passed in.
 */
import { spelledAt, splitWords, startsWithCapital, typedWordCount, typedWords } from './lexicon';
import { escapeRegExp } from '../text';

/** What stands between each two words of `typedWords(text)` (split the same way): spaces only, or punctuation too. */
export function typedGaps(text: string): string[] {
  // Split with a capture group: word, separator, word…; a separator before the first or after the last word is no gap.
  const parts = text
    .replace(/(\d)[.,](\d)/g, '$1$2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(/([^\p{L}\p{N}]+)/u);
  const gaps: string[] = [];
  let pending: string | null = null;
  let seen = false;
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      if (seen) pending = part;
    } else if (part !== '') {
      if (pending !== null) gaps.push(pending);
      seen = true;
      pending = null;
    }
  });
  return gaps;
}

/**
 * `typedGaps(text)` when they line up with the `wordCount` words read from it (one gap fewer than words), else null: the
 * typed punctuation between two words is known only then.
 */
export function alignedGaps(text: string, wordCount: number): string[] | null {
  const gaps = typedGaps(text);
  return gaps.length + 1 === wordCount ? gaps : null;
}

/** A separator typed inside a figure ("4,000", "2.3", "10 000"), which the words read leave out ("4000"). */
const FIGURE_SEPARATOR = /[.,\s\u00a0\u202f']?/.source;

/**
 * Where each word as shown (`reading.shown`) stands in the text, found in turn from the start: its first and past-last
 * character. A figure is found across the separators typed inside it ("4,000" for "4000"). Null when a word is not found.
 */
export function typedSpans(text: string, shown: readonly string[]): { start: number; end: number }[] | null {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const w of shown) {
    let start = text.indexOf(w, at);
    let end = start + w.length;
    if (start < 0 && /\d/.test(w)) {
      const chars = [...w].map(escapeRegExp);
      const figure = new RegExp(chars.map((c, k) => (k > 0 && /\d/.test(c) && /\d/.test(chars[k - 1]!) ? FIGURE_SEPARATOR : '') + c).join(''), 'gu');
      figure.lastIndex = at;
      const m = figure.exec(text);
      if (m) {
        start = m.index;
        end = m.index + m[0].length;
      }
    }
    if (start < 0) return null;
    spans.push({ start, end });
    at = end;
  }
  return spans;
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** A word typed all in capitals, two letters or more ("EU", "WGA"). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Words typed all in capitals that make a whole question shouted ("DID ZENDAYA SIGN"), not one with an acronym ("RFI ?"). */
const SHOUTED_WORDS = 3;

/**
 * A question typed all in capitals ("SAM SMITH A SIGNÉ ???") says nothing by its case: read in lower case, as a question
 * typed without capitals is, so that its names are not acronyms ("SMITH" is no "WGA"). Any other text as typed.
 */
export function unshouted(text: string): string {
  if (/\p{Ll}/u.test(text)) return text.replace(SHOUTABLE_CLAUSE, (clause) => unshoutedClause(clause));
  return unshoutedClause(text);
}

/** A clause after a ":", ";" or sentence end set off by a space: "hey, quick one for my piece: DID X SIGN". */
const SHOUTABLE_CLAUSE = /(?<=[:;.!?]\s+)[^:;.!?]+[.!?]*$/u;

/**
 * "hey, quick one for my piece: SCARLETT JOHANSSON SIGNED THIS ONE RIGHT": the last clause typed all in capitals after
 * words of chatter typed in lower case is shouted as a whole question is (`unshouted`); its case says nothing.
 */
function unshoutedClause(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return typedWords(text).filter(isAcronym).length >= SHOUTED_WORDS ? text.toLowerCase() : text;
}

/** Where `lastClause` cuts a question (`clause`), and the same with a "?" that another question follows (`clauseOrQuestion`). */
interface ClauseSplits {
  /** A sentence end before more text, for `askingSentence` (global). */
  sentence: RegExp;
  clause: RegExp;
  clauseOrQuestion: RegExp;
  /** A sentence end (".", "!" or "?" before a space or the end) that ends no abbreviation, for `sentenceBreak`. */
  end: RegExp;
  /** Where a clause of context ends before the asking one, for `askingSpan` (global): `end`, ":", ";" or a dash set off by spaces. */
  contextEnd: RegExp;
  /** `contextEnd` or a run of emoji before a space ("désolée de te déranger encore une fois 😅 la lettre, …"), for `askingWords`. */
  contextEndOrEmoji: RegExp;
}

/** A mark without which no text holds a sentence end of `ClauseSplits.sentence` ("." "!" "…" or an emoji). */
const SENTENCE_MARK = /[.!…]|\p{Extended_Pictographic}/u;

/** The splits built so far, per list of abbreviations (one list, the lexicon's, in practice). */
const clauseSplits = new WeakMap<ReadonlySet<string>, ClauseSplits>();

/**
 * Where a question is cut into clauses: ":", ";", "!", or a full stop before no figure that ends no abbreviation ("Bartz
 * v. Anthropic", "Warner Bros. Discovery", "Mr. Altman"): a single letter, or a short form of `abbreviations` (folded
 * words, `dottedAbbreviations`; matched in any case).
 */
function clauseSplitsFor(abbreviations: ReadonlySet<string>): ClauseSplits {
  let splits = clauseSplits.get(abbreviations);
  if (!splits) {
    // Folded words are letters and digits only: nothing to escape.
    const stop = String.raw`(?<!(?:^|[^\p{L}])(?:\p{L}|${[...abbreviations].join('|')}))`;
    splits = {
      sentence: new RegExp(String.raw`(?<!\d)(?:(?:${stop}\.|[!…])+|\p{Extended_Pictographic}+)\s+(?=\S)`, 'giu'),
      clause: new RegExp(String.raw`[:;!]|${stop}\.(?!\d)`, 'iu'),
      clauseOrQuestion: new RegExp(String.raw`[:;!]|${stop}\.(?!\d)|\?(?=[^?]+\?\s*$)`, 'iu'),
      end: new RegExp(String.raw`(?:${stop}\.|[!?])(?=\s|$)`, 'iu'),
      contextEnd: new RegExp(String.raw`(?:${stop}\.|[!?])(?=\s|$)|[:;]|\s[—–-]{1,2}\s`, 'giu'),
      contextEndOrEmoji: new RegExp(String.raw`(?:${stop}\.|[!?])(?=\s|$)|[:;]|\s[—–-]{1,2}\s|\p{Extended_Pictographic}+(?=\s)`, 'giu'),
    };
    clauseSplits.set(abbreviations, splits);
  }
  return splits;
}

/**
 * Where a text's sentences end, to split it: ".", "!" or "?" before a space or the end, but not the full stop of an
 * abbreviation (a single letter or one of `abbreviations`, as `lastClause` reads them): "the report vs. Perlmutter
 * fired — which happened first?" is one sentence, whose second name is no sentence's first word.
 */
export function sentenceBreak(abbreviations: ReadonlySet<string>): RegExp {
  return clauseSplitsFor(abbreviations).end;
}

/**
 * The text after the last ":", ";", "." or "!" that ends a sentence, or a "?" that another question follows ("The letter
 * didn't ask for new laws, did it? So what did it ask for?"), when there is one of two words or more. Not after a question
 * that gives a figure or date: "filed on 1 March, right? What happened next?" has a premise to correct first. A full stop
 * after a single letter or one of `abbreviations` (`dottedAbbreviations`: "Warner Bros. Discovery") ends no sentence.
 */
export function lastClause(question: string, abbreviations: ReadonlySet<string>): string | null {
  const asked = question.lastIndexOf('?', question.trimEnd().length - 2);
  const splits = clauseSplitsFor(abbreviations);
  const split = asked >= 0 && /\d/.test(question.slice(0, asked)) ? splits.clause : splits.clauseOrQuestion;
  const parts = question.split(split).map((p) => p.trim()).filter((p) => p.length > 0);
  const last = parts[parts.length - 1];
  return parts.length > 1 && last && last.split(/\s+/).length >= 2 ? last : null;
}

/**
 * The two sides of a dash set off by spaces ("I'm building a timeline — which outlets had it first?", "who collected
 * them — the White House itself?"), when there is exactly one such dash and each side has two words or more.
 */
export function dashParts(question: string): [string, string] | null {
  const parts = question.split(/\s+[—–-]{1,2}\s+/).map((p) => p.trim());
  return parts.length === 2 && parts.every((p) => p.split(/\s+/).length >= 2) ? [parts[0]!, parts[1]!] : null;
}

/** The text after the last comma, when there is one of three words or more. */
export function commaClause(question: string): string | null {
  const at = question.lastIndexOf(',');
  const after = at >= 0 ? question.slice(at + 1).trim() : '';
  return after.split(/\s+/).length >= 3 ? after : null;
}

/** Whether `words` holds `run` as consecutive words. */
export function contains(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (spelledAt(words, i, run)) return true;
  return false;
}

/**
 * Names of two words or more typed with capitals inside a sentence ("Copyright Office", "Warner Bros"), folded; the
 * first word of a sentence is no part of one.
 */
export function typedNames(shown: readonly string[], opening: ReadonlySet<number>): string[] {
  const names: string[] = [];
  // The current run of capitalised words, as indexes [runStart, i): each word is folded only when its run is a name.
  let runStart = 0;
  const endRun = (end: number): void => {
    if (end - runStart >= 2) names.push(shown.slice(runStart, end).map((w) => splitWords(w).join(' ')).join(' '));
  };
  for (let i = 0; i < shown.length; i++) {
    if (opening.has(i) || !startsWithCapital(shown[i]!)) {
      endRun(i);
      runStart = i + 1;
    }
  }
  endRun(shown.length);
  return names;
}

/**
 * Whether the word at `k` of `shown` (a question's words as typed) is typed with a capital where no sentence opens
 * (`opening`, as `sentenceOpenings` reads them): the sign of a name or a title ("the creator of Lost"), which the
 * capital of a sentence's first word is not. False for a position outside `shown`. Callers check that `shown` lines up
 * with the words read.
 */
export function capitalInside(shown: readonly string[], k: number, opening: ReadonlySet<number>): boolean {
  return !opening.has(k) && startsWithCapital(shown[k] ?? '');
}

/** Indexes (in `typedWords`) of the words that open a sentence or a clause after ":" or ";". */
export function sentenceOpenings(text: string, dashes = false): Set<number> {
  const opening = new Set<number>([0]);
  // With `dashes`, a clause set off by a dash between spaces opens too ("Gyllenhaal a signé — Jake, je veux dire ?").
  const sentences = text.split(dashes ? /[.:;!?](?=\s)|\s[—–-]\s/ : /[.:;!?](?=\s)/);
  // The words of each sentence but the last are counted: the last opens no sentence after it.
  let at = 0;
  for (let k = 0; k + 1 < sentences.length; k++) {
    at += typedWordCount(sentences[k]!);
    opening.add(at);
  }
  return opening;
}

/** The splits `questionParts` built so far, per list of joining words (one list, the lexicon's, in practice). */
const partSplits = new WeakMap<ReadonlySet<string>, RegExp>();

/**
 * The questions of a sentence that asks two ("who sued, and when?", "qui a organisé la lettre et est-ce que…"): the
 * text split before a word of `joiners` (`questionJoiners`: "and", "et", "but", "mais"; after a comma or not, in any
 * case) and at ";" or "?" inside it; only when there are two parts.
 */
export function questionParts(question: string, joiners: ReadonlySet<string>): string[] {
  let split = partSplits.get(joiners);
  if (!split) {
    // Folded words are letters and digits only: nothing to escape.
    split = new RegExp(String.raw`[;?](?=\s*\S)|,?\s+(?:${[...joiners].join('|')})\s+(?=\S)`, 'i');
    partSplits.set(joiners, split);
  }
  const parts = question
    .split(split)
    .map((p) => p.replace(/^[\s,:;]+|[\s,:;]+$/g, ''))
    .filter((p) => p.split(/\s+/).length >= 2);
  return parts.length >= 2 ? parts : [];
}

/** How many words the one asking sentence of a message must have to be read alone (`askingSentence`). */
const ASKING_WORDS = 3;

/**
 * Where a text's last sentence starts, after the last sentence end before more text: a full stop (not after a digit, a
 * single letter or a short form of `abbreviations`: "Warner Bros. Discovery", as in `lastClause`), "!", "…" or an emoji
 * ("I have 10 min 😬 what was…"); null when the text is one sentence.
 */
export function lastSentenceStart(text: string, abbreviations: ReadonlySet<string>): number | null {
  // No mark that may end a sentence, no sentence before the last (most questions): the splitter's look-behinds not run.
  if (!SENTENCE_MARK.test(text)) return null;
  const breaks = [...text.matchAll(clauseSplitsFor(abbreviations).sentence)];
  const last = breaks[breaks.length - 1];
  return last ? last.index + last[0].length : null;
}

/**
 * "thanks for yesterday! today's one: what did it ask for? cheers to the desk": the sentence that ends on a message's only
 * "?" (a run of them counts once), from the end of the sentence before it (".", "!", "…", an emoji), when chatter stands around it
 * (a sentence before it or words after it) and it has `ASKING_WORDS` words or more; null otherwise.
 */
export function askingSentence(question: string, abbreviations: ReadonlySet<string>): string | null {
  const marks = [...question.matchAll(/\?+/g)];
  if (marks.length !== 1) return null;
  const mark = marks[0]!;
  const { start, sentence } = sentenceEndingOn(question, mark, abbreviations);
  if (start === 0 && question.slice(mark.index + mark[0].length).trim().length === 0) return null;
  return sentence.split(/\s+/).length >= ASKING_WORDS ? sentence : null;
}

/** The sentence that ends on a run of "?" (`mark`), from the end of the sentence before it, and where it starts. */
function sentenceEndingOn(question: string, mark: RegExpMatchArray & { index: number }, abbreviations: ReadonlySet<string>): { start: number; sentence: string } {
  const start = lastSentenceStart(question.slice(0, mark.index), abbreviations) ?? 0;
  return { start, sentence: question.slice(start, mark.index + mark[0].length).trim() };
}

/**
 * "la lettre était adressée à qui exactement ? à trump en personne ?", "Bryn Mooser, c'est qui lui ? il apparaît à côté de
 * Lyonne": of a message with several "?", the sentence that ends on the first one (from the sentence end before it), when
 * more text follows it; null when the message has one "?" or none (see `askingSentence`), or that sentence is short.
 */
export function firstAskingSentence(question: string, abbreviations: ReadonlySet<string>): string | null {
  const marks = [...question.matchAll(/\?+/g)];
  if (marks.length < 2) return null;
  const { sentence } = sentenceEndingOn(question, marks[0]!, abbreviations);
  return sentence.split(/\s+/).length >= ASKING_WORDS ? sentence : null;
}

/**
 * A question and the clause it ends on ("when did they send it, need it 4 my lede", "la lettre date de quand ? c pr mon
 * chapo"): the text before the last ",", ";", ":", "!", "?", a full stop before no figure, or a dash set off by spaces
 * (a "?" kept with it), and the text after it; null when either side is empty.
 */
export function trailingClause(question: string): [string, string] | null {
  const text = question.trimEnd();
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(/\s*(?:[,;:!?…]+|\.(?!\d)|\s[—–-]{1,2})\s+(?=\S)/gu)) last = m;
  if (!last || last.index === undefined || last.index === 0) return null;
  const head = text.slice(0, last.index) + (last[0].includes('?') ? '?' : '');
  const tail = text.slice(last.index + last[0].length);
  return head.trim().length > 0 && tail.trim().length > 0 ? [head, tail] : null;
}

/**
 * "So OpenAI made this a 'national security' thing, which, ok, bold — what did their submission argue?": the stretch of
 * a question that asks (its first and past-last character), when other clauses of context stand around it: the clause
 * that ends on the text's last "?", from the sentence end, ":", ";" or dash set off by spaces before it (or a run of emoji,
 * with `emoji`). Null when the text has no "?", or when that clause is the whole text.
 */
export function askingSpan(text: string, abbreviations: ReadonlySet<string>, emoji = false): { start: number; end: number } | null {
  const marks = [...text.matchAll(/\?+/g)];
  if (marks.length === 0) return null;
  // A run of them ("the date??") ends one clause.
  const last = marks[marks.length - 1]!;
  const mark = last.index + last[0].length - 1;
  const before = text.slice(0, last.index);
  let start = 0;
  const splits = clauseSplitsFor(abbreviations);
  for (const m of before.matchAll(emoji ? splits.contextEndOrEmoji : splits.contextEnd)) start = (m.index ?? 0) + m[0].length;
  while (start < mark && /\s/.test(text[start]!)) start++;
  const end = mark + 1;
  if (start === 0 && text.slice(end).trim() === '') return null;
  return { start, end };
}

/**
 * Whether each word of a reading (by position in `shown`) stands in the text's asking clause (`askingSpan`), when the
 * clauses around it are context that asks nothing ("hope you're well, we're closing the arts page tonight — who organised
 * the letter?"); null when the whole text asks (no clause of context around it), when a question comes before it
 * ("Dans quel cadre la lettre a-t-elle été envoyée ? Un appel à commentaires ?") or a word is not found where it is typed.
 */
export function askingWords(text: string, shown: readonly string[], abbreviations: ReadonlySet<string>): ((at: number) => boolean) | null {
  const span = askingSpan(text, abbreviations, true);
  if (span === null || text.slice(0, span.start).includes('?')) return null;
  const spans = typedSpans(text, shown);
  if (spans === null) return null;
  return (at) => spans[at] !== undefined && spans[at].start >= span.start && spans[at].end <= span.end;
}

/**
 * "what about google then", "so the letter then": a particle of following on (`closingParticles`) that closes a question,
 * set off by a space or a comma, means "in that case" and asks nothing; read as a word of what came next ("then"), it
 * made a bare follow-up ask what came of what it names. The question is what comes before it, its closing marks kept.
 * Null when there is none, when the word before makes a phrase with it (`leads`: "back then", "now and then", "and
 * then?"), or when no word would be left.
 */
export function withoutClosingParticle(question: string, particles: ReadonlySet<string>, leads: ReadonlySet<string>): string | null {
  const m = /[\s,]+([\p{L}]+)\s*([?!.…]*)\s*$/u.exec(question);
  if (!m || !particles.has(m[1]!.toLowerCase())) return null;
  const head = question.slice(0, m.index);
  const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(head);
  if (!before || leads.has(before[1]!.toLowerCase())) return null;
  return `${head}${m[2] ?? ''}`;
}

/**
 * The pattern of a closing of thanks for `withoutClosingThanks`: a phrase of thanks (folded words, `followUps.thanks`:
 * "thanks", "thank you", "merci") with words of `tails` after it ("a lot", "d'avance"), then only "!" or "." to the end;
 * group 1 is a mark that sets it off from the question before it, group 2 its "!". Null when there is no phrase.
 */
export function closingThanksPattern(phrases: readonly (readonly string[])[], tails: ReadonlySet<string>): RegExp | null {
  const said = phrases.filter((p) => p.length > 0).map((p) => p.map(escapeRegExp).join(String.raw`[\s'’-]+`));
  if (said.length === 0) return null;
  const tail = tails.size > 0 ? String.raw`(?:[\s'’-]+(?:${[...tails].map(escapeRegExp).join('|')}))*` : '';
  return new RegExp(String.raw`(?:([?.!,:;…]|\s[—–-]{1,2})\s*|\s+)(?:${said.join('|')})${tail}\s*(!*)[\s!.]*$`, 'iu');
}

/**
 * "disney's midjourney lawsuit: before the letter or after thanks!", "c koi la lettre des acteurs merci !": a phrase of
 * thanks that closes a question (`closingThanksPattern`) thanks the bot and asks nothing; read as content, "thanks" or
 * "merci" weighed as a word of the question and drew another fact. It is a closing when a mark sets it off (",", "?",
 * ":", a dash) or it ends on "!" (no one asks "…who did they thank!"): the question is what comes before it, its "?"
 * kept. Null when there is no closing, when it follows the "?" of a question after sentences of context, or when no
 * word would be left.
 */
export function withoutClosingThanks(question: string, pattern: RegExp | null): string | null {
  const m = pattern?.exec(question);
  if (!m || (m[1] === undefined && (m[2] ?? '') === '')) return null;
  const mark = m[1] ?? '';
  const head = (question.slice(0, m.index) + (/^[?.!…]$/.test(mark) ? mark : '')).trim();
  // After the "?" of a question that sentences of context come before ("…organise un débat. du coup : c'était quand la
  // lettre ? merci"), the words after the "?" are left to tell the asking sentence from the scene (`askedSentence`).
  if (mark === '?' && /[.!:;…](?=\s)/.test(question.slice(0, m.index))) return null;
  return head.split(/\s+/).some((w) => /[\p{L}\p{N}]/u.test(w)) ? head : null;
}

/**
 * "hey bot, hope your day's going ok 🙂 quick one: who…?", "Bonjour, il drache à Bruxelles… Les deux boîtes…?", "Sorry to
 * bother you again. Subs are asking whether…": an opening that greets, thanks or apologises (a word of `courtesies`
 * among its first two folded words) up to the first end of a sentence (".", "!", "…", an emoji), or, when there is none
 * before the question's first "?", to its first ",", ":" or dash set off by spaces. The opening and what follows it; null
 * when there is no such opening or nothing with a letter would be left.
 */
export function openingCourtesy(question: string, courtesies: ReadonlySet<string>): { opening: string; rest: string } | null {
  const words = splitWords(question.slice(0, 40));
  if (!words.slice(0, 2).some((w) => courtesies.has(w))) return null;
  const asked = question.indexOf('?');
  const upTo = asked < 0 ? question.length : asked;
  const at = (pattern: RegExp): number | null => {
    const m = pattern.exec(question);
    return m && m.index + m[0].length <= upTo ? m.index + m[0].length : null;
  };
  const end = at(/(?:[.!…]+|\p{Extended_Pictographic}+)(?:\s+|$)/u) ?? at(/\s*(?:[,:;]|\s[—–-]{1,2})\s+/u);
  if (end === null) return null;
  const rest = question.slice(end).trim();
  return /\p{L}/u.test(rest) ? { opening: question.slice(0, end).trim(), rest } : null;
}

/**
 * "Dernière question avant l'enregistrement : elle est partie quand ?", "Last thing and then I'll leave you alone — when
 * did…?": an opening clause up to the first ":" or dash set off by spaces, before the question's first "?", and what
 * follows it; null when there is none or nothing with a letter would be left.
 */
export function openingLabel(question: string): { opening: string; rest: string } | null {
  const m = /\s*(?::|\s[—–-]{1,2})\s+/u.exec(question);
  const asked = question.indexOf('?');
  if (!m || m.index === 0 || (asked >= 0 && m.index > asked)) return null;
  const rest = question.slice(m.index + m[0].length).trim();
  return /\p{L}/u.test(rest) ? { opening: question.slice(0, m.index).trim(), rest } : null;
}

/**
 * "whats Asteria? keeps coming up in the wires", « la lettre est partie quel jour ? bisous »: after a question's last "?",
 * a remark with no "?" of its own (where the asker saw a name, who asks, a goodbye). The question up to its last "?" and
 * the remark; null when no "?" is followed by a word, or when nothing with a letter comes before it.
 */
export function closingRemark(question: string): { rest: string; remark: string } | null {
  const m = /\?+(?=[^?]*$)/u.exec(question);
  if (!m) return null;
  const end = m.index + m[0].length;
  const remark = question.slice(end).trim();
  const rest = question.slice(0, end).trim();
  return /\p{L}/u.test(remark) && /^\s/u.test(question.slice(end)) && /\p{L}/u.test(rest) ? { rest, remark } : null;
}

/**
 * "…it's been a day, anyway, who…?", « il est perdu le pauvre, bref, la lettre elle est partie quel jour ? »: a word that
 * turns from chatter to the point (`resumers`), right after a mark that ends a clause or a sentence (or an emoji) and
 * before the question's first "?", opens what is asked. The text before it and what follows it (past a comma); the
 * last such word counts. Null when there is none or nothing with a letter would be left.
 */
export function resumedQuestion(question: string, resumers: ReadonlySet<string>): { opening: string; rest: string } | null {
  const asked = question.indexOf('?');
  const upTo = asked < 0 ? question.length : asked;
  let found: { opening: string; rest: string } | null = null;
  for (const m of question.matchAll(/(?:[,.;:!…]|\p{Extended_Pictographic})\s*(\p{L}+)\s*(?:[,:]|[—–-]{1,2})?\s+/gu)) {
    if ((m.index ?? 0) >= upTo || !resumers.has(m[1]!.toLowerCase())) continue;
    const rest = question.slice((m.index ?? 0) + m[0].length).trim();
    if (/\p{L}/u.test(rest)) found = { opening: question.slice(0, m.index).trim(), rest };
  }
  return found;
}
