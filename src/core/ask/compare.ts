import type { TimelineEvent } from '../schema';
import { commonWord, isDictionaryWord } from './dictionary';
import { MONTH_NUMBER, startsWithCapital, type Lexicon, type Term } from './lexicon';
import { sentenceOpenings } from './question-text';
import { betweenJoiners, betweenParts, firstOfTwo, orNot, overlapJoint, pairedAnd, separatingDe, YEAR, type ParsedQuestion } from './parse';
import type { Ranked, Retriever } from './retrieve';

/** Month names in English and French, folded, whole or short, with their number ("july", "juillet", "jul" → 7). */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([...MONTH_NUMBER].map(([name, m]) => [name, m + 1] as const));
/** Each side of a comparison must carry at least this share of its words to an event. */
const COMPARE_MIN_COVERAGE = 0.8;
/** …or this much, when each side's event leads the next on its words by COMPARE_LOOSE_LEAD at least. */
const COMPARE_LOOSE_COVERAGE = 0.65;
const COMPARE_LOOSE_LEAD = 0.1;
/** Two events for one side of a comparison within this much coverage and this share of the score are a tie. */
const COMPARE_TIE_COVERAGE = 0.05;
const COMPARE_TIE_SCORE = 0.9;
/** How much the other side's general words count in a side that gives only names. */
const COMPARE_BORROWED = 0.8;
/** Concepts that, with the letter alone, name its filing ("the letter's submission", "sent", "came out": it was made public as filed). */
const LETTER_FILING: ReadonlySet<string> = new Set(['c:send', 'c:argue', 'c:publish']);
/** Concepts that name the letter's signers ("the signatories'", "celle des stars"): in time, their filing is the letter's. */
const LETTER_SIGNERS: ReadonlySet<string> = new Set(['c:sign', 'c:stars']);
/** How many words after a pronoun its verb of happening may come ("il s'est passé": reflexive, auxiliary, verb). */
const IMPERSONAL_REACH = 3;
/** Events considered for each side of a comparison. */
const COMPARE_POOL = 8;
/** What a word of an event's name the side does not give costs (`extraWords`): a name counts as much as two words. */
const EXTRA_WORD = 1;
const EXTRA_NAME = 2;

/** Comparisons in time: the two timeline events a question compares, read from its sides (for AskEngine). */
export class EventComparer {
  /** Event titles read once (see `titles`). */
  private readonly titleReadings = new Map<string, { terms: Term[]; corrected: string[] }>();
  /** Each event's names (title and aliases, both languages) read once (see `names`). */
  private readonly nameReadings = new Map<string, { terms: Term[]; corrected: string[] }[]>();

  constructor(
    private readonly events: Retriever<TimelineEvent>,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * "Did Google file before or after the letter?", "which strike ended first, the writers' or the actors'?",
   * "how long after the letter did the Action Plan come out?": the two events compared, if both are clear.
   */
  compare(parsed: ParsedQuestion): { events: [TimelineEvent, TimelineEvent]; coverage: number } | null {
    const words = parsed.reading.corrected;
    // "Which strike started first?": in time, a word that both organises and starts ("started") is a start; no event
    // is anyone's organising.
    // "…before or after the report dropped?": a past form of the data's `releasedVerbs`, as spelt, is the thing's coming out.
    // "Qu'est-ce qui vient en premier : A ou B ?": a form of coming (`comingVerbs`) only says something happened.
    const released = this.lexicon.wordList('releasedVerbs');
    // "Entre A et B, il s'est écoulé combien de jours ?": a form of time going by (`elapsingVerbs`) says no more.
    const coming = this.lexicon.wordList('comingVerbs');
    const elapsing = this.lexicon.wordList('elapsingVerbs');
    // "La décision Anthropic ou la décision Meta, laquelle est tombée en premier ?": a phrase of coming out ("est tombée",
    // c:publish) made of such a form says no more than that (a ruling is handed down, not published).
    const comes = (t: Term): boolean =>
      (t.kind === 'word' || t.term === 'c:publish') && Array.from({ length: t.span ?? 1 }, (_, k) => words[t.at + k] ?? '').some((w) => coming.has(w) || elapsing.has(w));
    // "Les acteurs se sont mis en grève avant les scénaristes ?": a participle of going (`strikeOpeners`) right before a
    // strike is its start.
    const openers = this.lexicon.wordList('strikeOpeners');
    const opensStrike = (t: Term): boolean => t.kind === 'word' && openers.has(words[t.at] ?? '') && parsed.reading.terms.some((u) => u.term === 'c:strike' && u.at === t.at + 1);
    // "…before the actors even went out?": a sending spelt with a form of going (`goingVerbs`: "went out") said of people (a
    // role the nearest content word before it) is their walking out, a start; the letter that "went out" is still sent.
    const going = this.lexicon.wordList('goingVerbs');
    const walksOut = (t: Term): boolean =>
      t.term === 'c:send' && (t.span ?? 1) > 1 && going.has(words[t.at] ?? '') && parsed.reading.terms.filter((u) => u.at < t.at && u.weight >= 1).at(-1)?.kind === 'role';
    // The words of an "or not" closing the question ("same day or not?": see orNot) name no thing compared.
    const tail = parsed.reading.cues.find((c) => c.cue === 'alternative' && orNot(parsed.reading, this.lexicon, c))?.at ?? words.length;
    const terms = parsed.reading.terms.filter((t) => t.at < tail).map((t) =>
      opensStrike(t) || walksOut(t) ? { ...t, term: 'c:start', kind: 'concept' as const } :
      t.term === 'c:organise' && this.lexicon.spells(words[t.at] ?? '', 'c:start')
        ? { ...t, term: 'c:start' }
        : t.kind === 'word' && released.has(words[t.at] ?? '')
          ? { ...t, term: 'c:publish', kind: 'concept' as const }
          : comes(t)
            ? { ...t, term: 'c:happen', kind: 'concept' as const }
            : t,
    );
    // "Had A ended when B began?": the joint stands for the cue (see overlapJoint).
    const joint = overlapJoint(parsed.reading, this.lexicon);
    // "A and B, same day?": the words of one day that close the question stand for the cue (see pairedAnd).
    // "Hayden et Perlmutter : laquelle des deux a été écartée la première ?": the word of being first after a "which of
    // the two" stands for it (see firstOfTwo).
    const paired = pairedAnd(parsed.reading, this.lexicon, parsed.text) >= 0;
    const sameDay = paired ? parsed.reading.cues.find((c) => c.cue === 'sameDay') : undefined;
    const ofTwo = paired ? parsed.reading.cues.map((c) => firstOfTwo(parsed.reading, c)).find((c) => c !== null) : undefined;
    // "A et B, combien de jours ?": the span of time asked that closes the question stands for the cue (see closingSpan).
    const span = paired && !sameDay && !ofTwo ? parsed.reading.cues.find((c) => c.cue === 'howLong' && c.length > 1) : undefined;
    // "Did any of the signatories later sue OpenAI?": a lone "later" before a word that is no word of grammar (not
    // "later than", "later or earlier", nor at the end) says afterwards, and compares nothing.
    const afterwards = this.lexicon.wordList('afterwardsAdverbs');
    const comparesTwo = (c: { at: number; length: number }): boolean => {
      const next = words[c.at + 1];
      return !(c.length === 1 && afterwards.has(words[c.at] ?? '') && next !== undefined && !this.lexicon.isStopword(next));
    };
    // "Did Lyonne keep lobbying after the letter?": with a verb of going on, the cue dates what went on (see goesOn).
    const cue =
      parsed.reading.cues.find((c) => c.cue === 'compare' && comparesTwo(c) && !goesOn(words, this.lexicon)) ??
      (joint ? { cue: 'compare' as const, ...joint } : sameDay ? { ...sameDay, cue: 'compare' as const } : ofTwo ? { cue: 'compare' as const, ...ofTwo } : span ? { ...span, cue: 'compare' as const } : undefined);
    // "Entre A et B, il s'est écoulé combien de temps ?": the two things are those around the "and" of a "between".
    const parts = betweenParts(parsed.reading, this.lexicon);
    if (!cue && !parts) return null;
    // Each side is ranked with and without the other's words, and again for its coverage: one search per distinct query.
    const ranks = new Map<string, Ranked<TimelineEvent>[]>();
    const rank = (query: Term[]): Ranked<TimelineEvent>[] => {
      const key = query.map((t) => `${t.term} ${t.weight}`).join('|');
      let ranked = ranks.get(key);
      if (!ranked) ranks.set(key, (ranked = this.events.rank(query)));
      return ranked;
    };
    const inCue = (at: number): boolean => cue !== undefined && at >= cue.at && at < cue.at + cue.length;
    // "How long between A and B?": after a cue that ends on "between" ("entre", "sépare"), "and" parts the two as "or" does.
    const between = cue !== undefined && parsed.reading.cues.some((c) => c.cue === 'between' && c.at === cue.at + cue.length - 1);
    // "filed its comment before the letter?", "was it sent before…?": a pronoun ("its", "sa", "it") with nothing named
    // before it (no name or figure, and at most one other word: the verb) is someone the question does not name; which
    // event it means is a guess. Not the "il" of "est-il", which repeats its subject, nor the "it" of a cue ("how long
    // did it take"), which stands for no one.
    const inverted = new Set(parsed.reading.cues.filter((c) => c.cue === 'yesno' || c.cue === 'compare').flatMap((c) => Array.from({ length: c.length }, (_, k) => c.at + k)));
    // A word typed with a capital inside the sentence names someone too ("the Copyright Office … its report").
    // Left inline, not `capitalInside`: the capital of a later sentence's first word counts here (`at > 0`); reading
    // the typed openings instead disagrees on 7 of the eval's calls (measured), so is no refactor.
    const shownWords = parsed.reading.shown;
    const typedCapital = (at: number): boolean => shownWords.length === words.length && at > 0 && startsWithCapital(shownWords[at] ?? '');
    const namesOne = (t: Term): boolean => t.kind === 'number' || (t.kind === 'word' && (this.lexicon.isName(words[t.at] ?? '') || typedCapital(t.at)));
    const before = (at: number): Term[] => terms.filter((t) => t.at < at && t.weight >= 1);
    // Nor the impersonal "il" of a verb of happening a few words on ("il s'est passé combien de jours entre…", "it has
    // happened"): time passes, no one acts.
    // Nor the "it" of "how long was it between…": a span of time, no one.
    const impersonal = (at: number): boolean =>
      terms.some((t) => t.term === 'c:happen' && t.at > at && t.at <= at + IMPERSONAL_REACH) || parsed.reading.cues.some((c) => c.cue === 'between' && c.at === at + 1);
    // Nor the possessive of "who" itself ("qui a fini sa grève en premier, les scénaristes ou les acteurs ?", "who ended
    // his strike first?"): the one asked about, whom the alternatives then name.
    const ofWho = (at: number): boolean => terms.some((t) => t.term === 'c:who' && t.at < at);
    // Nor the "it" of "is it correct that…", "is it true that…": a word of checking (a `check` cue) right after it, then a
    // word that opens a claim (`claimLinks`: "that", « que »), makes it the claim's, no one's ("Is it correct that OpenAI
    // filed its comment before the letter was submitted?"). "Was it really sent before…?" still names no one.
    const claimLinks = this.lexicon.wordList('claimLinks');
    const ofClaim = (at: number): boolean =>
      parsed.reading.cues.some((c) => c.cue === 'check' && c.at === at + 1 && claimLinks.has(words[c.at + c.length] ?? ''));
    const orphan = parsed.reading.cues.some(
      (c) => c.cue === 'refers' && !inverted.has(c.at) && !impersonal(c.at) && !ofWho(c.at) && !ofClaim(c.at) && before(c.at).length <= 1 && !before(c.at).some(namesOne),
    );
    if (orphan) return null;
    // "A or B", "A vs B": the word that offers the alternatives.
    // "A and B — which came first?": the "and" before the "which" (see pairedAnd).
    // Not the "or" of "or not", which offers no second thing (see orNot).
    const alternative = new Set([...parsed.reading.cues.filter((c) => c.cue === 'alternative' && !orNot(parsed.reading, this.lexicon, c)).map((c) => c.at), pairedAnd(parsed.reading, this.lexicon, parsed.text)].filter((at) => at >= 0));
    // "…before the letter or after?": an "or" that only cue words follow offers the order, not a second thing.
    const compareAt = (at: number): boolean => parsed.reading.cues.some((c) => c.cue === 'compare' && at >= c.at && at < c.at + c.length);
    const offersOrder = (at: number): boolean =>
      alternative.has(at) && at < words.length - 1 && words.slice(at + 1).every((_, k) => compareAt(at + 1 + k) || !terms.some((t) => t.at === at + 1 + k));
    // "Combien de jours séparent A de B ?": the "de" that opens B (see separatingDe) parts them as "and" does.
    const separated = between && cue ? separatingDe(parsed.reading, cue.at + cue.length, this.lexicon) : -1;
    // "How long from A to B?": a cue that ends on "from" parts its two things at its "to" ("until"), as "between" at its "and".
    const joiners = cue ? betweenJoiners(words[cue.at + cue.length - 1] ?? '', this.lexicon) : this.lexicon.wordList('andWords');
    const or = words.findIndex((w, i) => (alternative.has(i) || i === separated || (between && i > (cue?.at ?? 0) && joiners.has(w))) && !inCue(i) && !offersOrder(i));
    let sides: [Term[], Term[]];
    let shared: Term[] = [];
    if (parts) {
      // What the rest of the question says ("did people have") is no word of either thing.
      const [[a, b], [c, d]] = parts;
      sides = [terms.filter((t) => t.at >= a && t.at < b), terms.filter((t) => t.at >= c && t.at < d)];
    } else if (!cue) {
      return null;
    } else if (or >= 0) {
      // Two alternatives around "or"; the words on the cue's other side are what they share ("which strike ended").
      const [from, end] = or > cue.at ? [cue.at + cue.length, words.length] : [0, cue.at];
      // "writers' strike vs actors' strike: which began first?": a question word after the alternatives opens what
      // they share ("began"), not the second of them.
      // Not a word a content term reads too ("the comment deadline": "comment" is French "how"): a thing of its own.
      const asks = parsed.reading.cues.find((c) => c.cue === 'wh' && c.at > or + 1 && c.at < end && !inCue(c.at) && !terms.some((t) => t.at === c.at && t.weight >= 1));
      const to = asks ? asks.at : end;
      sides = [terms.filter((t) => t.at >= from && t.at < or), terms.filter((t) => t.at > or && t.at < to)];
      shared = terms.filter((t) => t.at < from || t.at >= to).filter((t) => !inCue(t.at));
    } else {
      // "…put out some AI training report right before that firing — gist?": the thing after the cue ends with its
      // sentence (or a clause a dash sets off); what a later one says ("gist?", "need it for a story") names no part of it.
      // When that later sentence asks something of its own (a question word or a yes/no word) and compares nothing ("…,
      // antérieure à la lettre ; de quoi s'agit-il ?", "…after the RFI deadline - did OSTP still take it?"), the sentence
      // with the cue is its setting: no comparison is asked. One that asks how long ("De combien de jours ?": a span of
      // time, a compare cue) asks the gap of the comparison; so does a bare "how many" ("De combien ?"), which is no
      // question of its own beside another ("C'est quand et combien ?" asks when).
      const closes = shownWords.length === words.length ? [...sentenceOpenings(parsed.text, true)].filter((at) => at > cue.at + cue.length).sort((x, y) => x - y)[0] : undefined;
      const later = (at: number): boolean => closes !== undefined && at >= closes;
      const howMany = (at: number): boolean => terms.some((t) => t.at === at && t.term === 'c:howmany');
      const gapLater = parsed.reading.cues.some((c) => later(c.at) && (c.cue === 'compare' || c.cue === 'howLong' || c.cue === 'span'));
      if (parsed.reading.cues.some((c) => later(c.at) && (c.cue === 'wh' || c.cue === 'yesno') && !howMany(c.at)) && !gapLater) return null;
      sides = [terms.filter((t) => t.at < cue.at), terms.filter((t) => t.at >= cue.at + cue.length && (closes === undefined || t.at < closes))];
      // "A, then B. How many days apart were those two submissions?": a demonstrative and a count of two after the cue
      // (`pairPointers`: "those two", "ces deux") point back to the two things named before it; they name no third.
      const pointer = this.lexicon.wordList('pairPointers');
      const demonstratives = this.lexicon.wordList('demonstratives');
      const pointsBack = words.findIndex((w, i) => i >= cue.at + cue.length && demonstratives.has(w) && pointer.has(words[i + 1] ?? ''));
      if (pointsBack >= 0 && sides[0].length > 0 && sides[1].every((t) => t.at >= pointsBack)) sides = [sides[0], []];
    }
    // "How many days after DeepSeek R1 did Stargate come out?": a yes/no word inside the only side parts its two events;
    // first, so that "how long after X was the letter filed" keeps the filing with the letter.
    for (const [i, j] of [[0, 1], [1, 0]] as const) {
      const first = sides[j][0]?.at ?? Number.POSITIVE_INFINITY;
      const verb = parsed.reading.cues.find((c) => c.cue === 'yesno' && c.at > first && sides[j].some((t) => t.at > c.at));
      // Each part must name something (a word, figure, role or the letter): "after the letter was sent?" is one event.
      const names = (part: Term[]): boolean => part.some((t) => t.kind !== 'concept' || t.term === 'c:letter');
      const parts = verb ? [sides[j].filter((t) => t.at < verb.at), sides[j].filter((t) => t.at > verb.at)] : [];
      // The part before the verb may be a thing the data names by a concept alone ("the RFI", "la grève"): it is all
      // that stands between the cue and the verb.
      const thing = (part: Term[]): boolean => names(part) || part.some((t) => t.weight >= 1 && t.term !== 'c:happen');
      if (sides[i].length === 0 && verb && thing(parts[0]!) && names(parts[1]!)) sides = [parts[0]!, parts[1]!];
    }
    // "How long after the letter did X happen?": the letter is one side, the rest the other, when the rest names
    // something (a word, figure or role): "after the letter was sent?" is one event.
    // "Combien de temps après l'appel à commentaires la lettre a-t-elle été envoyée ?": a letter after something else
    // the side gives takes what follows it (its sending); what stands before it is the other event.
    for (const [i, j] of [[0, 1], [1, 0]] as const) {
      const letterAt = sides[j].findIndex((t) => t.term === 'c:letter');
      const ahead = letterAt > 0 ? sides[j].slice(0, letterAt) : [];
      if (sides[i].length === 0 && ahead.some((t) => t.weight >= 1 && t.term !== 'c:happen') && !ahead.some((t) => t.term === 'c:letter')) {
        const [thing, letter] = [ahead, sides[j].slice(letterAt)];
        sides = i === 0 ? [letter, thing] : [thing, letter];
      }
    }
    for (const [i, j] of [[0, 1], [1, 0]] as const) {
      if (sides[i].length === 0 && sides[j].some((t) => t.term === 'c:letter') && sides[j].some((t) => t.kind !== 'concept')) {
        sides = i === 0 ? [sides[j].filter((t) => t.term === 'c:letter'), sides[j].filter((t) => t.term !== 'c:letter')] : [sides[j].filter((t) => t.term !== 'c:letter'), sides[j].filter((t) => t.term === 'c:letter')];
      }
    }
    // "Perlmutter a été virée après avoir signé la lettre ?", "was X fired after signing the letter?": a side that opens
    // on a verb of signing right after the cue, in a perfect infinitive (`perfectAuxiliaries`: "avoir", "having") or as
    // "signing" itself (not "before the signing of the letter", nor "celui des signataires"), has no signer of its own:
    // it is the signing of the one the other side names, which no event of the timeline is (the letter's filing is no
    // one's signing). No comparison: it would answer whether that person signed with the letter's date.
    const auxiliaries = this.lexicon.wordList('perfectAuxiliaries');
    const signingOfOther = (side: Term[], other: Term[]): boolean => {
      const first = side[0];
      if (!cue || !first || first.term !== 'c:sign' || first.at < cue.at + cue.length) return false;
      const gap = words.slice(cue.at + cue.length, first.at);
      const verb = gap.length > 0 ? gap.every((w) => auxiliaries.has(w)) : this.lexicon.wordList('signingActs').has(words[first.at] ?? '');
      return verb && other.some((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(words[t.at] ?? ''));
    };
    if (signingOfOther(sides[1], sides[0]) || signingOfOther(sides[0], sides[1])) return null;
    // Verbs of happening ("come out", "arrivé") tell no event from another.
    // "the July plan", "le plan d'action de juillet", "the 2023 strike": a month or year a side names is no word of its
    // event but its date; the events it may mean are those dated then. A year outside the sides dates both.
    const monthOf = (t: Term): number | undefined => (t.kind === 'word' ? MONTH_NUMBERS.get(words[t.at] ?? '') : undefined);
    const isYear = (t: Term): boolean => t.kind === 'number' && YEAR.test(t.term);
    const sharedYears = shared.filter(isYear).map((t) => t.term);
    // "On the 13th, who filed first?": a day typed as an ordinal dates the events too; it and its ending are no words.
    // So does a day beside its month ("son décret du 23 janvier", "on January 23"): the month dates it as well.
    const isDay = (t: Term): boolean =>
      t.kind === 'number' && Number(t.term) >= 1 && Number(t.term) <= 31 &&
      (this.lexicon.wordList('ordinalEndings').has(words[t.at + 1] ?? '') || MONTH_NUMBERS.has(words[t.at + 1] ?? '') || (t.at > 0 && MONTH_NUMBERS.has(words[t.at - 1] ?? '')));
    const dayEnding = new Set([...sides.flat(), ...shared].filter(isDay).map((t) => t.at + 1));
    const sharedDays = shared.filter(isDay).map((t) => Number(t.term));
    // "…which was earlier that June?": a month outside the sides dates both, as a year there does (a side's own month
    // first).
    const sharedMonths = shared.map(monthOf).filter((m) => m !== undefined);
    const dates = sides.map((side) => {
      const months = side.map(monthOf).filter((m) => m !== undefined);
      return {
        months: months.length > 0 ? months : sharedMonths,
        years: [...side.filter(isYear).map((t) => t.term), ...sharedYears],
        days: [...side.filter(isDay).map((t) => Number(t.term)), ...sharedDays],
      };
    });
    const fits = (k: number) => (e: TimelineEvent): boolean =>
      (dates[k]!.months.length === 0 || dates[k]!.months.includes(Number(e.date.slice(5, 7)))) &&
      (dates[k]!.years.length === 0 || dates[k]!.years.includes(e.date.slice(0, 4))) &&
      (dates[k]!.days.length === 0 || dates[k]!.days.includes(Number(e.date.slice(8, 10))));
    // "le décret de fin janvier", "début mars", "mid-March": a word of time right before a month (`timeBeforeDate`; an
    // "of" between, "fin de janvier") says which part of the month, no end or start of an event.
    const monthPart = (t: Term): boolean =>
      (t.span ?? 1) === 1 && this.lexicon.wordList('timeBeforeDate').has(words[t.at] ?? '') &&
      (MONTH_NUMBERS.has(words[t.at + 1] ?? '') || (this.lexicon.wordList('ofWords').has(words[t.at + 1] ?? '') && MONTH_NUMBERS.has(words[t.at + 2] ?? '')));
    const dateWord = (t: Term): boolean => isYear(t) || isDay(t) || dayEnding.has(t.at) || monthPart(t);
    // A month or year is then no word of the side, nor of what the sides share (no event's text gives its own year: as
    // a word, it would leave every side that gives one short of its event). A side of a year and a thin rest ("in 2023,
    // the writers' strike": its start or its end?) stays a doubt by the rest alone.
    // "The first Anthropic fair use ruling", "le premier refus d'Alsup": an ordinal ranks a side's event among its kind,
    // a word no event's title gives for itself.
    // "Which one landed first?": a common word no event uses, in what the two share, is the verb they share; it tells no
    // event from another. So is one right before a side's start or end ("a pris fin", "came to an end"): it only makes
    // the verb of that start or end. (Not one that stands alone: "continued", "recovered" ask something of their own.)
    const idle = (t: Term): boolean => t.kind === 'word' && !this.events.knows(t.term) && isDictionaryWord(words[t.at] ?? '') && !typedCapital(t.at);
    const phaseVerb = (t: Term, side: Term[]): boolean => idle(t) && side.some((u) => (u.term === 'c:start' || u.term === 'c:end') && u.at === t.at + 1);
    // "…and how far apart they were?": the words of another comparing cue than the one that parts the sides ask the gap,
    // no word of either thing; nor is the "entre" that opens "entre A et B, lequel…", nor the "how long" of "how long did
    // the White House take … after the letter?".
    const comparing = (t: Term): boolean => parsed.reading.cues.some((c) => ((c.cue === 'compare' && c.length > 1) || c.cue === 'between' || c.cue === 'howLong') && t.at >= c.at && t.at < c.at + c.length);
    // Nor is a "how many" after what a side names ("…avant la parution du plan, et de combien ?", "il y a eu combien ?"):
    // it asks the gap, as it does in what the sides share. (One that opens the question, "what number of days between…",
    // is left as read.)
    // Nor is the office every comment went to (`consultationBodies`: "Google's comments to OSTP", « la contribution de
    // Google à l'OSTP ») in a side that names a comment or its sending and someone else by name: it says where the
    // comment went, which the sender's filing does not name. ("OSTP posting the public comments" names no one else.)
    const bodies = this.lexicon.wordList('consultationBodies');
    const sentThing = (side: Term[]): boolean => side.some((t) => t.term === 'c:comment' || t.term === 'c:send' || t.term === 'c:argue');
    const recipientOf = (t: Term, side: Term[]): boolean =>
      bodies.has(words[t.at] ?? '') && sentThing(side) && side.some((u) => u.kind === 'word' && u.weight >= 1 && !bodies.has(words[u.at] ?? '') && this.lexicon.isName(words[u.at] ?? ''));
    const [left0, right0] = sides.map((side) =>
      side.filter(
        (t) =>
          t.term !== 'c:happen' && t.term !== 'c:first' && !(t.term === 'c:howmany' && side.some((u) => u.at < t.at)) && monthOf(t) === undefined && !dateWord(t) && !phaseVerb(t, side) && !comparing(t) && !recipientOf(t, side),
      ),
    ) as [Term[], Term[]];
    // "between EO 14179 being signed and its publication", "sa parution au Federal Register": a side that opens on a
    // pronoun, giving no figure, stands for the other's subject: it is read with the other's names and figures.
    const naming = (t: Term): boolean => t.weight >= 1 && (t.kind === 'number' || (t.kind === 'word' && this.lexicon.isName(words[t.at] ?? '')));
    // Only where two things are set apart ("between A and B", "A or B"): "réintégrée après son limogeage ?" asks about
    // one event.
    const pronoun = (side: Term[]): boolean =>
      (parts !== null || or >= 0) &&
      side.length > 0 && !side.some((t) => t.kind === 'number') && parsed.reading.cues.some((c) => c.cue === 'refers' && c.at === side[0]!.at - 1);
    const lend = (side: Term[], other: Term[]): Term[] => [...side, ...other.filter((t) => naming(t) && !side.some((s) => s.term === t.term))];
    // "Was the writers' strike still on when…": what is asked of the first thing is whether it had ended yet. Not of
    // "already" ("le plan était-il déjà sorti quand…"): that asks whether what the side says was done.
    const stillOn = joint !== null && left0.length > 0 && words.slice(0, joint.at).some((w) => this.lexicon.wordList('stillWords').has(w) && !this.lexicon.wordList('alreadyWords').has(w)) && !left0.some((t) => t.term === 'c:end' || t.term === 'c:start');
    if (stillOn) left0.push({ term: 'c:end', kind: 'concept', weight: 1, at: left0[left0.length - 1]!.at });
    // "Le décret 14179 a été publié combien de jours après la signature ?": a side that is only the act of signing after a
    // definite article (`signingActs`), set against a side that names its thing by a name or figure (not the letter), is
    // that thing's signing: read with the other's names and figures, as a pronoun's side is. Not "les signataires": the
    // letter's signers.
    const signingAct = (side: Term[], other: Term[]): boolean => {
      const heavy = side.filter((t) => t.weight >= 1);
      const act = (t: Term): boolean => t.term === 'c:sign' && this.lexicon.wordList('signingActs').has(words[t.at] ?? '') && this.lexicon.wordList('titleArticles').has(words[t.at - 1] ?? '');
      return heavy.length > 0 && heavy.every(act) && other.some(naming) && !other.some((t) => t.term === 'c:letter');
    };
    const left = pronoun(left0) || signingAct(left0, right0) ? lend(left0, right0) : left0;
    const right = pronoun(right0) || signingAct(right0, left0) ? lend(right0, left0) : right0;
    // "…which first, and how many days apart?", "lequel en premier et écart ?": what else the question asks of the two (a
    // question word, a span of time, a gap) is no word of either thing.
    // "lequel des deux", "which of the two": the question word with what it counts.
    const asking = (at: number): boolean => parsed.reading.cues.some((c) => (c.cue === 'compare' || c.cue === 'span' || c.cue === 'wh' || c.cue === 'which') && at >= c.at && at < c.at + c.length);
    shared = shared.filter((t) => !dateWord(t) && monthOf(t) === undefined && t.term !== 'c:happen' && t.term !== 'c:first' && t.term !== 'c:howmany' && !asking(t.at) && !idle(t));
    // "Which strike ended first?": no second thing named, but a "which" before the one side asks which of a kind did
    // it first. When the phrasings (title or alias) of exactly two events carry every word the side gives after its
    // "which", and those words are all concepts (no name, role or figure: "which WGA date"), those two are compared.
    if (or < 0 && !parts && (left.length === 0) !== (right.length === 0)) {
      const k = left.length > 0 ? 0 : 1;
      const which = parsed.reading.cues.find((c) => c.cue === 'which');
      const kind = which ? (k === 0 ? left : right).filter((t) => t.at >= which.at + which.length && t.weight >= 1) : [];
      if (kind.length >= 2 && kind.every((t) => t.kind === 'concept')) {
        const both = rank(kind).filter((r) => fits(k)(r.item) && kind.every((t) => this.events.field(r.id, t.term) === 2));
        if (both.length === 2) {
          const [x, y] = [both[0]!.item, both[1]!.item].sort((p, q) => p.date.localeCompare(q.date));
          return { events: [x!, y!], coverage: 1 };
        }
      }
    }
    if (left.length === 0 || right.length === 0) return null;
    const helped = (side: Term[], extra: Term[], weight: number, kinds: ReadonlySet<Term['kind']>): Term[] => {
      const own = new Set(side.map((t) => t.term));
      return [...side, ...extra.filter((t) => !own.has(t.term) && kinds.has(t.kind)).map((t) => ({ ...t, weight: t.weight * weight }))];
    };
    const ALL = new Set<Term['kind']>(['word', 'concept', 'number']);
    // A side's general words: content that is no name (a word the data spells only with a capital), role, number or the
    // letter. A role says who, as a name does: "la fin de la grève des scénaristes et celle des acteurs".
    const general = (side: Term[]): Term[] =>
      side.filter((t) => t.weight >= 1 && t.kind !== 'number' && t.kind !== 'role' && t.term !== 'c:letter' && !(t.kind === 'word' && this.lexicon.isName(words[t.at] ?? '')));
    // "Did the WGA strike end before the SAG-AFTRA one did?", "Warner Bros a attaqué Midjourney avant ou après Disney ?":
    // a side that gives only names asks about the same kind of event as the other side, and is read with the other
    // side's general words ("strike", "end"; "attaqué"), never its names or numbers. A side with general words of its
    // own is read with those alone: in "the actors' strike started before the writers' one ended", the actors' side
    // is no end.
    // After "had A ended when…", the other side is what happened then, not an end of its own ("…when the actors [struck]").
    // "Did the actors' strike start before the writers' strike?": a side with words of its own but no start or end is
    // read with the other's start (not its end: "the actors' strike, before the writers' one ended?" asks when the actors
    // struck).
    const phased = (side: Term[]): boolean => side.some((t) => t.term === 'c:start' || t.term === 'c:end');
    // A common word no event uses ("pris" of "a pris fin") is lent too little to tell events apart, and would leave
    // every event short of the lent words: only the other's words that events use are lent.
    const borrowed = (side: Term[], other: Term[]): Term[] => (general(side).length === 0 ? general(other).filter((t) => !(joint && t.term === 'c:end') && !idle(t)) : []);
    // Only when the side's own words leave its event a doubt.
    // The second side takes the first's end too when it names the same kind of thing ("Did the actors' strike end before
    // or after the writers' strike?": the writers' strike's end, its verb left out as said); not after "had A ended
    // when…", where the second is what happened then, nor a first side ("the actors' strike, before the writers' one ended?").
    const sameKind = (side: Term[], other: Term[]): boolean => general(side).every((t) => other.some((u) => u.term === t.term));
    const startOf = (side: Term[], other: Term[], second = false): Term[] =>
      general(side).length === 0 || phased(side)
        ? []
        : other.filter((t) => t.term === 'c:start' || (t.term === 'c:end' && second && !joint && sameKind(side, other)));
    const query = (side: Term[], other: Term[], lent = borrowed(side, other)): Term[] => helped(helped(side, shared, 0.8, ALL), lent, COMPARE_BORROWED, ALL);
    // A side that is the letter and only words of little weight ("the letter in this story") is the letter's filing.
    // So is the letter and what it put forward ("the letter's submission"): in time, a letter's submission is its filing.
    const isLetter = (side: Term[]): boolean => side.some((t) => t.term === 'c:letter') && side.every((t) => t.term === 'c:letter' || t.weight < 1 || LETTER_FILING.has(t.term));
    // "OpenAI's comment, before or after the signatories' one?", "celle des stars": a side that names only the letter's
    // signers (and at most its sending) is the letter's filing too. Not a signing a pronoun owns ("sa signature", "its
    // signing"): that is the signing of something the other side names.
    const owned = (t: Term): boolean => parsed.reading.cues.some((c) => c.cue === 'refers' && c.at + c.length === t.at);
    // So is a side that names a role of the signers and their sending ("after the actors sent theirs"): a role alone is
    // its own guild's events ("the actors' strike"), but no guild's event is a sending.
    // So is a side that names Hollywood's group ("the Hollywood crowd sent theirs", « les gens d'Hollywood »): a noun of
    // a group (`groupNouns`) beside the word of film, or one "of" away, is the film people who signed, no event's own.
    const groups = this.lexicon.wordList('groupNouns');
    const ofWords = this.lexicon.wordList('ofWords');
    const beside = (at: number, fits: (i: number) => boolean): boolean => fits(at - 1) || fits(at + 1) || (ofWords.has(words[at - 1] ?? '') && fits(at - 2)) || (ofWords.has(words[at + 1] ?? '') && fits(at + 2));
    const isFilm = (i: number): boolean => terms.some((u) => u.term === 'c:movie' && u.at === i);
    const filmGroup = (t: Term): boolean =>
      (t.term === 'c:movie' && beside(t.at, (i) => groups.has(words[i] ?? ''))) || ((t.span ?? 1) === 1 && groups.has(words[t.at] ?? '') && beside(t.at, isFilm));
    const signer = (t: Term, side: Term[]): boolean => LETTER_SIGNERS.has(t.term) || (t.kind === 'role' && side.some((u) => u.term === 'c:send')) || filmGroup(t);
    const bySigners = (side: Term[]): boolean =>
      side.some((t) => signer(t, side)) && !side.some((t) => signer(t, side) && owned(t)) && side.every((t) => signer(t, side) || t.weight < 1 || LETTER_FILING.has(t.term) || t.term === 'c:letter');
    const letterSide = (side: Term[]): Term[] => {
      const anchor = side.find((t) => t.term === 'c:letter') ?? (bySigners(side) ? side.find((t) => signer(t, side)) : undefined);
      return (isLetter(side) || bySigners(side)) && anchor ? [{ ...anchor, term: 'c:letter' }, { ...anchor, term: 'c:send', weight: 1 }] : side;
    };
    // Candidates come from the helped query; the one that carries most of the side's own words wins.
    // Two events that carry the side equally and score alike are a doubt ("Disney" alone: its lawsuit or its deal?),
    // never settled by a guess: no comparison then.
    // The borrowed words only part the events that carry the side's own words alike, and only when one of them
    // carries all of them: else which of those events is meant is a guess.
    // How far each picked event leads the next one on the side's own words.
    const leads = new Map<string, number>();
    // The names whose events a picked event stands for (see below: "Google and OpenAI", all filed on one day), by where
    // they stand: no word its side must carry.
    const standsFor = new Map<string, number[]>();
    const pick = (side: Term[], other: Term[], fit: (e: TimelineEvent) => boolean, exclude?: string, second = false): Ranked<TimelineEvent> | undefined => {
      const start = startOf(side, other, second);
      if (start.some((t) => t.term === 'c:end')) return pickWith(side, other, fit, exclude, start);
      const plain = pickWith(side, other, fit, exclude, borrowed(side, other));
      return plain ?? (start.length > 0 ? pickWith(side, other, fit, exclude, start) : undefined);
    };
    const pickWith = (side: Term[], other: Term[], fit: (e: TimelineEvent) => boolean, exclude: string | undefined, lent: Term[]): Ranked<TimelineEvent> | undefined => {
      const own = new Map(rank(helped(side, shared, 0.8, ALL)).map((r) => [r.id, r.coverage]));
      const rankedEvents = rank(query(side, other, lent));
      const withLent = new Map(rankedEvents.map((r) => [r.id, r.coverage]));
      const ownOf = (r: Ranked<TimelineEvent>): number => own.get(r.id) ?? 0;
      const lentOf = (r: Ranked<TimelineEvent>): number => withLent.get(r.id) ?? 0;
      // "the actors' strike start": an event that lacks who the side is about (a name or role it gives) is not its event,
      // whatever else it carries (the writers' strike start); when one of the events carries them all.
      const subject = side.filter((t) => t.weight >= 1 && (t.kind === 'role' || (t.kind === 'word' && this.lexicon.isName(words[t.at] ?? ''))));
      const pool = rankedEvents.filter((r) => r.id !== exclude && fit(r.item)).slice(0, COMPARE_POOL);
      const whole = pool.filter((r) => subject.every((t) => this.events.carries(r.id, t.term)));
      // "Did Sony and Netflix file before the letter?": two names joined by "and" on one side, that no event names
      // together (in a title or alias: "Sony and Netflix sue…" is one event), are two events, each of its own; one of
      // them, picked for both, would answer for the other too (a guess). No comparison then.
      const names = subject.filter((t) => t.kind === 'word');
      // So are two names side by side ("the OpenAI/Google filings": the slash is no word) that each names an event of its
      // own and no event names together (not "Scarlett Johansson", "Warner Bros").
      const titled = (r: Ranked<TimelineEvent>, t: Term): boolean => this.events.field(r.id, t.term) === 2;
      const apart = (x: Term, y: Term): boolean =>
        pool.some((r) => titled(r, x) && !titled(r, y)) && pool.some((r) => titled(r, y) && !titled(r, x)) && !pool.some((r) => titled(r, x) && titled(r, y));
      // "les contributions d'OpenAI et de Google", "the filings of OpenAI and of Google": the "of" (`ofWords`) repeated
      // after the "and" joins the two names as the bare "and" does.
      const joined = (x: Term, y: Term): boolean =>
        this.lexicon.wordList('andWords').has(words[x.at + 1] ?? '') && (y.at === x.at + 2 || (y.at === x.at + 3 && this.lexicon.wordList('ofWords').has(words[x.at + 2] ?? '')));
      const paired = names.filter((x) => names.some((y) => y.term !== x.term && ((y.at === x.at + 1 && apart(x, y)) || joined(x, y))));
      if (paired.length > 0 && !pool.some((r) => names.every((t) => this.events.field(r.id, t.term) === 2))) {
        // "Did Google and OpenAI file before the letter?": when each of the names has an event of its own and all those
        // events fall on one day, whichever is set against the other side gives the same answer; the first name's
        // stands for them all. Else the one picked would answer for the others: no comparison. Each name's event names
        // it (title or alias) and carries every other word of the side ("file"): the first such the side's search ranks.
        const rest = general(side);
        const each = names.map((t) => pool.filter((r) => this.events.field(r.id, t.term) === 2 && rest.every((u) => this.events.carries(r.id, u.term))));
        const own = each.map((found) => found[0]);
        const day = own[0]?.item.date;
        if (day === undefined || own.some((r) => r === undefined || r.item.date !== day) || new Set(own.map((r) => r!.id)).size !== own.length) return undefined;
        leads.set(own[0]!.id, COMPARE_LOOSE_LEAD);
        standsFor.set(own[0]!.id, names.slice(1).map((t) => t.at));
        return own[0];
      }
      const [first, second, third] = (whole.length > 0 ? whole : pool)
        .sort((x, y) => (lent.length === 0 ? ownOf(y) - ownOf(x) : (Math.abs(ownOf(y) - ownOf(x)) < COMPARE_TIE_COVERAGE ? 0 : ownOf(y) - ownOf(x)) || lentOf(y) - lentOf(x)) || y.score - x.score);
      if (first) leads.set(first.id, ownOf(first) - (second ? ownOf(second) : 0));
      if (!first || !second || ownOf(first) - ownOf(second) >= COMPARE_TIE_COVERAGE) return first;
      // Events that carry all of the side's own words alike are told apart by how closely one of their names (title or
      // alias) fits the side: "Biden's AI order" is the order Biden signed, not the one Trump revoked (a name and a
      // verb the side does not give); "the publication of the AI Action Plan" is the plan, not the request for comments
      // on it. Only a clear winner counts; else the doubt stays a doubt. Not for a side read with the other's words,
      // which part its events as said below.
      if (lent.length === 0 && ownOf(first) >= 1 - COMPARE_TIE_COVERAGE) {
        const tied = (whole.length > 0 ? whole : pool).filter((r) => ownOf(first) - ownOf(r) < COMPARE_TIE_COVERAGE);
        const costs = tied.map((r) => ({ r, cost: this.distance(r.item, query(side, other, lent), words) })).sort((x, y) => x.cost - y.cost);
        // A side of one word is settled so only by a name that is that word alone: "published" fits many names a little.
        const given = new Set(side.filter((t) => t.weight >= 1 && t.kind !== 'number').map((t) => t.term)).size;
        if (costs.length >= 2 && costs[0]!.cost < costs[1]!.cost && (costs[0]!.cost === 0 || given >= 2)) {
          leads.set(costs[0]!.r.id, Math.max(leads.get(first.id) ?? 0, COMPARE_LOOSE_LEAD));
          return costs[0]!.r;
        }
        // "Stargate or the AI executive order?", « le décret IA » : several names fit the side's weighty words alike
        // ("Executive Order 14110", "AI executive order": "AI" weighs little), but a side that is exactly one event's name,
        // words of little weight too, is that event, when no other event has such a name.
        const exact = costs.length >= 2 && costs[1]!.cost === 0 ? costs.filter((c) => c.cost === 0 && this.distance(c.r.item, side, words, true) === 0) : [];
        if (exact.length === 1) {
          leads.set(exact[0]!.r.id, Math.max(leads.get(first.id) ?? 0, COMPARE_LOOSE_LEAD));
          return exact[0]!.r;
        }
      }
      // Without borrowed words, the score parts them only when the first carries the side's words as well as the
      // second, and one of them better (in a title where the other has it in its detail, or at all): two events that
      // carry the same words in the same places differ in score by their length alone ("published" alone, "filed its
      // comment": OpenAI's or Google's?).
      const where = (r: Ranked<TimelineEvent>): number[] => side.map((t) => this.events.field(r.id, t.term));
      const [wf, ws] = [where(first), where(second)];
      const better = wf.every((w, k) => w >= ws[k]!) && wf.some((w, k) => w > ws[k]!);
      // Three events or more that carry every word of the side, each in the same place, answer it alike; the shortest
      // is the likeliest, unless its title brings in someone the side does not name ("Trump's AI executive order": the
      // one that revoked Biden's, EO 14179 or EO 14365?). Then only their length tells them apart: a doubt.
      const fully = (r: Ranked<TimelineEvent> | undefined): boolean => r !== undefined && ownOf(r) >= 1 - COMPARE_TIE_COVERAGE && where(r).every((w, k) => w === wf[k]);
      const alike = [first, second, third].every(fully) && this.namesOther(first.item, side, words);
      const contentWords = new Set(side.filter((t) => t.weight >= 1).map((t) => t.term)).size;
      const settled = lent.length > 0 ? lent.every((t) => this.events.carries(first.id, t.term)) && lentOf(first) - lentOf(second) >= COMPARE_TIE_COVERAGE : (better || (contentWords >= 2 && !alike)) && second.score < first.score * COMPARE_TIE_SCORE;
      if (settled) return first;
      // "Hayden fired before Perlmutter?": a side of names read with the other's words ("fired") that several events carry
      // alike (her firing, her lawsuit over it) is the one with a name (title or alias) that is exactly those words
      // ("Perlmutter fired"), when only one has such a name.
      // So is a side of names whose words are those the two share ("Hayden et Perlmutter : laquelle a été écartée la
      // première ?": "écartée").
      const verbs = lent.length > 0 ? lent : general(side).length === 0 ? shared.filter((t) => t.weight >= 1) : [];
      if (verbs.length > 0 && ownOf(first) >= 1 - COMPARE_TIE_COVERAGE) {
        const asked = [...side, ...verbs.map((t) => ({ ...t, weight: 1 }))];
        const tied = (whole.length > 0 ? whole : pool).filter((r) => ownOf(first) - ownOf(r) < COMPARE_TIE_COVERAGE && verbs.every((t) => this.events.carries(r.id, t.term)));
        const exact = tied.filter((r) => this.distance(r.item, asked, words) === 0);
        if (exact.length === 1) {
          leads.set(exact[0]!.id, Math.max(leads.get(first.id) ?? 0, COMPARE_LOOSE_LEAD));
          return exact[0];
        }
      }
      return undefined;
    };
    const picked0 = pick(letterSide(left), right, fits(0));
    const picked1 = picked0 ? pick(letterSide(right), left, fits(1), picked0.id, true) : undefined;
    if (!picked0 || !picked1) return null;
    // "Entre la grève des acteurs et la lettre, il s'est passé combien de temps ?", "how long after the actors' strike
    // was the letter sent?": a gap asked (a `howLong` or `between` cue) from something that began and ended (a strike)
    // to an event after its end runs from its end. A side that says neither start nor end (`phased`), picked as a
    // beginning, is read as its end when an end that carries all the side's own words falls between it and the other
    // event; its lead is the beginning's.
    const gapAsked = parsed.reading.cues.some((c) => c.cue === 'howLong' || c.cue === 'between');
    const ended = (side: Term[], from: Ranked<TimelineEvent>, other: Ranked<TimelineEvent>): Ranked<TimelineEvent> => {
      if (!gapAsked || phased(side) || !this.events.carries(from.id, 'c:start') || from.item.date >= other.item.date) return from;
      const ownWords = side.filter((t) => t.weight >= 1 && t.kind !== 'number');
      if (ownWords.length === 0) return from;
      const end = rank([...ownWords, { term: 'c:end', kind: 'concept', weight: 1, at: ownWords[0]!.at }]).find(
        (r) => this.events.carries(r.id, 'c:end') && ownWords.every((t) => this.events.carries(r.id, t.term)),
      );
      if (!end || end.item.date <= from.item.date || end.item.date >= other.item.date) return from;
      leads.set(end.id, leads.get(from.id) ?? 0);
      return end;
    };
    const a = ended(left, picked0, picked1);
    const b = ended(right, picked1, picked0);
    const sideCoverage = (side: Term[], id: string): number => rank(side).find((r) => r.id === id)?.coverage ?? 0;
    // A plain common word of what the two share that neither picked event carries ("reached" in "which one reached OSTP
    // first?") is the verb they share, no word of either thing: not counted against them. Not a concept ("which lawsuit
    // came first?"), name or figure: those say what the events must be.
    const plainVerb = (t: Term): boolean => t.kind === 'word' && isDictionaryWord(words[t.at] ?? '') && !typedCapital(t.at) && !this.events.carries(a.id, t.term) && !this.events.carries(b.id, t.term);
    const asked = shared.filter((t) => !plainVerb(t));
    // A side of several names picked by the first name's event is measured without the names it stands for.
    const own = (side: Term[], id: string): Term[] => side.filter((t) => !(standsFor.get(id) ?? []).includes(t.at));
    // Left inline as `typedCapital` above is (the typed openings disagree on 2 of the eval's calls here, measured).
    const typed = parsed.reading.shown;
    const capitalised = (at: number): boolean => typed.length === words.length && at > 0 && startsWithCapital(typed[at] ?? '');
    const common = (t: Term): boolean => t.kind === 'word' && !this.events.knows(t.term) && isDictionaryWord(words[t.at] ?? '') && !capitalised(t.at);
    // "Did the LA Times story run before the BFMTV article or the other way round?": where the question sets two things
    // side by side (an "or", a "between… and", "had A ended when B…"), a side's plain common word that no
    // event uses ("run") is its verb, no word of its thing: not counted in its coverage, as a plain verb is not in what
    // the two share. Not after a lone "after" ("were signatures added after the letter went in?", "how long after the
    // strike did the letter come out? I'm going for an angle"): there the word no event uses may be what is asked.
    // Not an "or" right before a "not" ("back in the job or not? …"), which offers no second thing.
    const notWords = this.lexicon.wordList('orNotWords');
    const offered = [...alternative].some((at) => !notWords.has(words[at + 1] ?? ''));
    const twoSided = offered || parts !== null || joint !== null || paired || parsed.reading.cues.some((c) => c.cue === 'between');
    // One such word a side, at most, and only when the event carries every other term the side gives (the letter too): a
    // side of several ("send any diplomatic note"), or with other words its event lacks, says something no event tells.
    // Only a word that cannot be a name typed in lower case (`commonWord`: not "gosling", "guardian"), after what the side
    // names, as a verb comes: "gosling got fired", "the chips act release" name someone or something no event is about.
    const sideWords = (side: Term[], id: string): Term[] => {
      const kept = own(letterSide(side), id);
      const commons = kept.filter(common);
      const verb = commons.length === 1 && commonWord(words[commons[0]!.at] ?? '', parsed.lang) && kept.every((u) => u === commons[0] || u.at < commons[0]!.at) ? commons[0] : undefined;
      const rest = kept.filter((t) => t !== verb);
      return twoSided && verb !== undefined && rest.every((t) => this.events.carries(id, t.term)) ? rest : kept;
    };
    const coverage = Math.min(sideCoverage(helped(sideWords(left, a.id), asked, 0.8, ALL), a.id), sideCoverage(helped(sideWords(right, b.id), asked, 0.8, ALL), b.id));
    // A side that leaves some of its words unmatched ("dropped", "decided", "révoqué": words no event uses) still names
    // its event when that event is clearly ahead of any other on the words it does carry.
    // Only common words that no event uses may be left: a name or figure the event lacks ("Samsung's settlement", "EO
    // 14028"), or a word or concept another event has ("lawsuit", "plan"), says the side may be about something else.
    const leftOnlyCommon = (side: Term[], r: Ranked<TimelineEvent>): boolean => side.every((t) => t.weight < 1 || this.events.carries(r.id, t.term) || common(t));
    const clear =
      coverage >= COMPARE_LOOSE_COVERAGE &&
      [a, b].every((r) => (leads.get(r.id) ?? 0) >= COMPARE_LOOSE_LEAD) &&
      leftOnlyCommon(own(left, a.id), a) &&
      leftOnlyCommon(own(right, b.id), b);
    if (coverage < COMPARE_MIN_COVERAGE && !clear) return null;
    return { events: [a.item, b.item], coverage };
  }

  /**
   * Whether an event's title names someone (a name word) that the side does not, other than next to a word the side
   * gives ("Shira" beside "Perlmutter"): "Biden" in "Trump revokes Biden's AI executive order" for "Trump's AI order".
   */
  private namesOther(event: TimelineEvent, side: readonly Term[], words: readonly string[]): boolean {
    // Words as read, not stems: a name's stem differs between the languages ("anthrop", "anthropic").
    const own = new Set(side.flatMap((t) => [t.term, words[t.at] ?? '']));
    const gives = (read: { terms: Term[]; corrected: string[] }, t: Term): boolean => own.has(t.term) || own.has(read.corrected[t.at] ?? '');
    return (['en', 'fr'] as const).some((lang) => {
      const read = this.titles(event, lang);
      const near = (at: number): boolean => read.terms.some((t) => Math.abs(t.at - at) === 1 && gives(read, t));
      return read.terms.some((t) => t.kind === 'word' && !gives(read, t) && this.lexicon.isName(read.corrected[t.at] ?? '') && !near(t.at));
    });
  }

  /**
   * How far an event's closest name (its title or an alias, in either language) is from a side: what each word of the
   * name the side does not give costs, and each word of the side the name does not give (a name more than a word).
   * Figures (an order's number) and words of little weight cost nothing.
   */
  private distance(event: TimelineEvent, side: readonly Term[], words: readonly string[], light = false): number {
    // With `light`, words of little weight (weight above 0) count as much as the others.
    const heavy = (t: Term): boolean => (light ? t.weight > 0 : t.weight >= 1) && t.kind !== 'number';
    const cost = (t: Term, read: readonly string[]): number => (t.kind === 'word' && this.lexicon.isName(read[t.at] ?? '') ? EXTRA_NAME : EXTRA_WORD);
    const given = side.filter(heavy);
    const givenTerms = new Set(given.map((t) => t.term));
    const costOf = (read: { terms: Term[]; corrected: string[] }): number => {
      const named = new Set(read.terms.map((t) => t.term));
      const extra = read.terms.filter((t) => heavy(t) && !givenTerms.has(t.term)).reduce((sum, t) => sum + cost(t, read.corrected), 0);
      const missing = given.filter((t) => !named.has(t.term)).reduce((sum, t) => sum + cost(t, words), 0);
      return extra + missing;
    };
    return Math.min(...this.names(event).map(costOf));
  }

  /** An event's title and aliases in both languages, read by the lexicon once per event. */
  private names(event: TimelineEvent): { terms: Term[]; corrected: string[] }[] {
    let read = this.nameReadings.get(event.id);
    if (!read) {
      read = (['en', 'fr'] as const).flatMap((lang) => [event.title[lang], ...(event.aliases?.[lang] ?? [])].map((text) => {
        const r = this.lexicon.read(text, lang);
        return { terms: r.terms, corrected: r.corrected };
      }));
      this.nameReadings.set(event.id, read);
    }
    return read;
  }

  /** An event's title read by the lexicon, once per event and language. */
  private titles(event: TimelineEvent, lang: 'en' | 'fr'): { terms: Term[]; corrected: string[] } {
    const key = `${event.id} ${lang}`;
    let read = this.titleReadings.get(key);
    if (!read) {
      const r = this.lexicon.read(event.title[lang], lang);
      read = { terms: r.terms, corrected: r.corrected };
      this.titleReadings.set(key, read);
    }
    return read;
  }
}

/**
 * Whether the question asks of something going on ("did Lyonne keep lobbying after the letter?", "les signatures
 * ont-elles continué d'arriver après le dépôt ?"): a verb of going on (`goingOnVerbs`) makes its "after" or "since" the
 * time from which it went on, not a second event to put in order.
 */
function goesOn(words: readonly string[], lexicon: Lexicon): boolean {
  const verbs = lexicon.wordList('goingOnVerbs');
  return words.some((w) => verbs.has(w));
}
