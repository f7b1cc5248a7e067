import type { Deviation, Fact } from '../schema';
import type { Calibration, Decision } from './calibrate';
import type { AttributeCheck } from './attributes';
import { commonWord, isDictionaryTypo, isDictionaryWord } from './dictionary';
import { splitWords, startsWithCapital, type Lexicon, type Term } from './lexicon';
import { askingWords, capitalInside } from './question-text';
import { firstMonth, MONTHS, pairedAnd, readNumbers, sameFigure, WEEKDAYS, yearsOnLetter, type ParsedQuestion } from './parse';
import type { PremiseReader } from './premise';
import type { Ranked, Retriever } from './retrieve';
import { ANSWER_SLOTS, countedAfter, rivalOf, SAYING, type AnswerChecks } from './checks';

/** A word a "how many" may count that no fact uses: letters only, four or more (`vetoUncountedWord`). */
const COUNTED_WORD = /^\p{L}{4,}$/u;
/** Words of a reported deviation ("BFMTV", "wages", "rounding") a figure check must carry to be read as about it. */
const DEVIATION_WORDS = 2;
/** A comparison no two events answered is answered by one fact only when it carries at least this share of it. */
const COMPARE_WHOLE_COVERAGE = 0.95;
/** Scores at least this share of the best are tied: which of them leads says nothing of the question. */
const TIED_SHARE = 0.98;
/** How many words from a word of mentioning a name is the source of what the question read ("évoqué par l'AFP"). */
const SOURCE_GAP = 3;
/** How many words from a noun of a news piece is the outlet that ran it ("l'article de BFM", "the AFP story"). */
const PIECE_GAP = 3;
/** How far ahead of a fact picked for its own phrasing the leader must score for its own words to count (`checkPhrasedOverLeader`): nearly tied scores say nothing. */
const LEADER_AHEAD = 1.2;
/** A date yyyymmdd divided by this is its year. */
const DATE_YEAR = 10000;
/** The slots whose own fact settles choices (`settleBySlot`): who and how many, not when (every event gives its date). */
const SETTLING_SLOTS: ReadonlySet<string> = new Set(['c:who', 'c:howmany']);
/** The concept of asking who someone is (`data/concepts.json`): see `vetoNamesOnly`. */
const PROFILE = 'c:profile';
/** The concepts of what came of a thing, of what one said and of mentioning, under a question word (`data/concepts.json`): see `vetoNamesOnly`. */
const NAME_ASKS: ReadonlySet<string> = new Set(['c:happen', 'c:argue', 'c:mention']);

/** What the refinements read of the engine's fact base: its retriever, checks and per-fact lookups. */
export interface RefineLookups {
  readonly facts: Retriever<Fact>;
  readonly lexicon: Lexicon;
  readonly calibration: Calibration;
  readonly checks: AnswerChecks;
  readonly attributes: AttributeCheck;
  readonly premises: PremiseReader;
  /** Each fact's texts (topic, answers, questions, keywords) as folded words, one space apart and around. */
  readonly factText: ReadonlyMap<string, string>;
  /** Each fact's English answer, as folded words. */
  readonly answerWords: ReadonlyMap<string, string[]>;
  readonly factNumbers: ReadonlyMap<string, number[]>;
  /** Each fact's figures given in its own phrasings (questions, keywords): the figures it is about, not only cites. */
  readonly phrasedNumbers: ReadonlyMap<string, number[]>;
  /** Each reported deviation's search terms, from what the article said and what the sources say, both languages. */
  readonly deviationTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each reported deviation's terms of what the article said alone ("acteurs et réalisateurs"), both languages. */
  readonly reportedTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's one-word keywords, folded: a one-word question is answered only when it is one of them. */
  readonly keywordWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's keywords that are one concept or role ("organiser" → c:organise): any synonym of it answers. */
  readonly keywordConcepts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether one fact's answer says at least `coveredShare` (by rarity) of what another's says, in each language. */
  covers(id: string, other: string): boolean;
  typedOf(parsed: ParsedQuestion): { opening: ReadonlySet<number>; names: string[] };
  askedAttributes(parsed: ParsedQuestion): string[];
  /** Facts whose answer, keywords or quote give a figure close to one asked about. */
  factsWithNumbers(numbers: readonly number[]): Set<string>;
  /** Reported deviations whose reported figure is one asked about. */
  deviationsFor(numbers: readonly number[]): Deviation[];
  namelessSlot(parsed: ParsedQuestion, searchTerms: readonly Term[], id: string): boolean;
  /** Each fact's words that stand before a word of reacting in one of its answers' sentences (who reacts in it). */
  readonly reactionSubjects: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's words that stand before a word of saying or reacting in one of its answers' sentences (who says something in it). */
  readonly sayingSubjects: ReadonlyMap<string, ReadonlySet<string>>;
  /** The facts in which the letter or its signers ask for something ("the letter asks", "what do the stars want"). */
  readonly signersAsking: ReadonlySet<string>;
  /** Each fact's latest date in its answer, yyyymmdd (`latestDate`); a fact that gives none is absent. */
  readonly latestDates: ReadonlyMap<string, number>;
  /**
   * Each fact's earliest year (`earliestYear`: its earliest year or the start of a span of years it gives), or
   * undefined for a fact that gives neither: the letter then dates it.
   */
  readonly earliestYears: ReadonlyMap<string, number | undefined>;
  /** The day the letter was filed, yyyymmdd. */
  readonly letterDate: number;
  /** Whether a question asks in the future tense after its question word ("when will…", "quand toucheront-ils… ?"). */
  futureTense(parsed: ParsedQuestion): boolean;
  /** Each fact's payers and payees (`paymentRolesOf`). */
  readonly paymentRoles: ReadonlyMap<string, PaymentRoles>;
}

/** One question as retrieved and first decided: what each refinement reads besides the decision it refines. */
export interface RefineContext extends RefineLookups {
  readonly parsed: ParsedQuestion;
  readonly searchTerms: Term[];
  readonly ranked: Ranked<Fact>[];
  readonly mode: 'fact' | 'quote' | 'number';
  /** Whether the question names another topic than the story's (`TopicGuard`). */
  readonly strange: boolean;
  /** What the facts alone decided, before the nearest-question channel: a learned answer vetoed below falls back to it. */
  readonly unlearned: Decision<Fact>;
}

/** One question as retrieved, before any refinement: what the first two steps read (not yet `unlearned`). */
type RefineQuestion = Omit<RefineContext, 'unlearned'>;

/** One rule of the chain: takes the decision so far and returns it, refined or as it was. */
type Refinement = (ctx: RefineContext, decision: Decision<Fact>) => Decision<Fact>;

/**
 * The refinements of a retrieval's decision, in order: vetoes of other topics, choices settled, then checks of the
 * answer against what the question asks (its names, slot, figures, attributes, follow-ups). `question` is completed
 * in place (`unlearned`): pass an object made for this call.
 */
export function refineDecision(question: RefineQuestion, decided: Decision<Fact>): Decision<Fact> {
  const settled = settleCoveredChoices(question, vetoStrangeTopic(question, decided));
  // What the facts alone decided, before the nearest-question channel: a learned answer vetoed below falls back to it.
  // Set on the question itself (the caller's own object, made for this call): no copy of its twenty-odd lookups.
  const ctx = Object.assign(question, { unlearned: settled }) as RefineContext;
  return REFINEMENTS.reduce((decision, refine) => refine(ctx, decision), settled);
}

/**
 * "the DGA strike in 2023, how long did directors stay out": close facts whose first one's answer says what each
 * other's says (`coveredShare`) offer nothing the first does not: it answers (the checks below still apply to it).
 * Not when the question gives a wrong value of a slot one of them holds ("limogée en février"): that one corrects it.
 */
function coveredChoices(ctx: RefineQuestion, picked: readonly Ranked<Fact>[]): boolean {
  const { parsed, strange } = ctx;
  return (
    !strange &&
    parsed.type !== 'compare' &&
    picked.length > 1 &&
    picked.slice(1).every((r) => ctx.covers(picked[0]!.id, r.id)) &&
    !ctx.premises.read(parsed, ctx.typedOf(parsed).opening).some((p) => picked.some((r) => r.id === p.fact))
  );
}

/**
 * The checks below that offer an answer beside a rival (a name it lacks, the kind of thing asked for) offer nothing
 * when the answer says what the rival says (`coveredShare`): "How long did the Directors Guild strike last?" is
 * answered by the strikes of 2023, which say all the guild's own deal says of it.
 */
function keepCovered(ctx: RefineContext, before: Decision<Fact>, after: Decision<Fact>): Decision<Fact> {
  return before.verdict === 'answered' && after.verdict === 'clarify' && after.picked[0]?.id === before.picked[0]?.id && coveredChoices(ctx, after.picked) ? before : after;
}

/** See `coveredChoices`. */
const settleCoveredChoices = (ctx: RefineQuestion, decision: Decision<Fact>): Decision<Fact> => {
  const choices = decision.picked;
  if (decision.verdict === 'clarify' && coveredChoices(ctx, choices)) {
    decision = { ...decision, verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [choices[0]!] };
  }
  return decision;
};

const vetoStrangeTopic = (ctx: RefineQuestion, decision: Decision<Fact>): Decision<Fact> => {
  const { strange } = ctx;
  // What such a word names is another topic, which the data does not cover: declined, never answered as if asked.
  if (strange && decision.verdict !== 'no_answer') decision = { ...decision, verdict: 'no_answer', picked: [] };
  return decision;
};

const checkPhrasedOverLeader: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode, strange } = ctx;
  // "what was the letter responding to — some government call for comments?": a fact picked for holding one of its
  // own phrasings whole ("what is the letter responding to") over a leader that scores higher, while the leader's own
  // phrasings or keywords hold a content word of the question that the picked fact's do not (the consultation), may
  // answer only half of it: both are offered.
  if (strange || mode !== 'fact' || parsed.type === 'compare' || decision.verdict !== 'answered') return decision;
  const picked = decision.picked[0]!;
  const leader = ranked[0];
  if (!leader || leader.id === picked.id) return decision;
  // "who received the letter?": a question of a slot (who, when, how many) that some phrasing of the leader asks for
  // and none of the picked fact's does ("how was the letter received"): the phrasing found whole asks another question
  // with the same words. The leader, ahead however little, answers when its phrasings hold every content word of the
  // question ("which office received the letter").
  const slot = ctx.checks.askedSlot(parsed.reading);
  const asks = (id: string): boolean => slot !== null && (ctx.checks.slotsAsked.get(id)?.has(slot) ?? false);
  const phrasedAll = (id: string): boolean => searchTerms.every((t) => t.weight < 1 || ctx.facts.field(id, t.term) === 2);
  if (slot !== null && leader.score > picked.score && asks(leader.id) && !asks(picked.id) && phrasedAll(leader.id) && ctx.checks.answersSlot(leader.id, slot)) {
    return { ...decision, picked: [leader] };
  }
  if (leader.score < picked.score * LEADER_AHEAD) return decision;
  const own = (id: string, t: Term): boolean => ctx.facts.field(id, t.term) === 2;
  if (!searchTerms.some((t) => t.weight >= 1 && own(leader.id, t) && !own(picked.id, t))) return decision;
  return { ...decision, verdict: 'clarify', picked: [picked, leader] };
};

const checkLearned: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, strange } = ctx;
  if (strange || parsed.type === 'compare') return decision;
  const { shown, words } = parsed.reading;
  // Which words stand in the asking clause, when clauses of context stand around it: the examples are matched on what is
  // asked. Read only when an example would settle the decision.
  const asking = (): ((at: number) => boolean) | null => (shown.length === words.length ? askingWords(parsed.text, shown, ctx.lexicon.wordList('dottedAbbreviations')) : null);
  decision = ctx.checks.learnedDecision(decision, ranked, searchTerms, parsed.reading, asking);
  return decision;
};

const checkAnswerType: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode, strange } = ctx;
  if (!strange && mode === 'fact' && parsed.type !== 'compare') decision = ctx.checks.answerTypeDecision(decision, searchTerms, parsed.reading);
  return decision;
};

const checkHeadNoun: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode, strange } = ctx;
  if (!strange && mode === 'fact' && parsed.type !== 'compare') decision = keepCovered(ctx, decision, ctx.checks.headNounDecision(decision, parsed, ranked, searchTerms));
  return decision;
};

const vetoCompoundForeignWords: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode } = ctx;
  // "La grève des acteurs de jeux vidéo a duré combien de temps ?": an answer that leaves unmatched two content words
  // in a row, one of them a word no fact uses at all ("jeux vidéo"), is about something else that shares its other
  // words (another strike): declined. Not when the question gives a figure: that is what it asks about, in words
  // of its own ("is $157bn the letter's own number?"). A casual word (`Term.common`: a common dictionary word that the
  // examples with a fact lean to: "I *vaguely* recall", "the letter opens *dear* president trump", "tous publics
  // *confondus*") is the asker's wording, no compound's, unless it stands beside a word of a concept ("its deal *gave*
  // actors", where the two may make another idiom) or the question compares or weighs alternatives ("grève des
  // scénaristes vs grève des acteurs : laquelle a duré le plus *longtemps* ?").
  if (decision.verdict === 'answered' && mode === 'fact' && !searchTerms.some((t) => t.kind === 'number')) {
    const leader = decision.picked[0]!;
    const unmatched = searchTerms.filter((t) => t.weight >= 1 && !ctx.facts.carries(leader.id, t.term));
    const beside = (t: Term): Term[] => unmatched.filter((u) => Math.abs(u.at - t.at) === 1);
    const comparing = parsed.type === 'compare' || parsed.reading.cues.some((c) => c.cue === 'compare' || c.cue === 'alternative');
    const casual = (t: Term): boolean => t.common === true && !comparing && !beside(t).some((u) => u.term.startsWith('c:'));
    const foreign = (t: Term): boolean => t.kind === 'word' && !casual(t) && !ctx.facts.knows(t.term) && !isDictionaryTypo(parsed.reading.corrected[t.at] ?? '');
    const compound = unmatched.some((t) => foreign(t) && beside(t).length > 0);
    if (compound) decision = { ...decision, verdict: 'no_answer', picked: [] };
  }
  return decision;
};

const vetoNarrowedByForeignWord: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode } = ctx;
  // "What did the decree on fishing quotas change?", "la grève des boulangers a duré combien ?": a word no fact uses,
  // tied by a word of narrowing ("on", "sur", "des") to a word the answer carries, says which of several such things
  // is asked (another order, another strike): the answer is about the story's own one, not that: declined.
  if (decision.verdict !== 'answered' || mode !== 'fact' || searchTerms.some((t) => t.kind === 'number')) return decision;
  const leader = decision.picked[0]!;
  const words = parsed.reading.corrected;
  const links = ctx.lexicon.wordList('narrowingLinks');
  const articles = ctx.lexicon.wordList('articles');
  const opening = ctx.typedOf(parsed).opening;
  const carriedAt = (k: number): boolean => searchTerms.some((t) => t.weight >= 1 && k >= t.at && k < t.at + (t.span ?? 1) && ctx.facts.carries(leader.id, t.term));
  const narrowed = (t: Term): boolean => {
    if (t.kind !== 'word' || t.weight < 1 || ctx.facts.knows(t.term) || ctx.facts.carries(leader.id, t.term)) return false;
    // Not a name typed with a capital ("un portrait du WSJ"): whether a name is another topic is `TopicGuard`'s to say.
    const shown = parsed.reading.shown;
    if (isDictionaryTypo(words[t.at] ?? '') || shown.length !== words.length || startsWithCapital(shown[t.at] ?? '')) return false;
    let k = t.at - 1;
    while (k >= 0 && articles.has(words[k]!)) k--;
    if (k < 0 || !links.has(words[k]!)) return false;
    k--;
    while (k >= 0 && articles.has(words[k]!)) k--;
    // Within one sentence ("…à Washington ? On a vu…" ties nothing).
    for (let j = k + 1; j <= t.at; j++) if (opening.has(j)) return false;
    return k >= 0 && carriedAt(k);
  };
  return searchTerms.some(narrowed) ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
};

const vetoOtherCountry: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode } = ctx;
  // "la date limite de la consultation européenne", "the Japanese consultation's deadline": a word of another country
  // than the story's (`otherCountries`) beside a word the answer carries (before or after it, past articles and a word
  // of narrowing: "la consultation de l'UE") says whose thing is asked, another country's: an answer that does not
  // carry that country is about the story's own one: declined.
  if (decision.verdict !== 'answered' || mode !== 'fact') return decision;
  const leader = decision.picked[0]!;
  const words = parsed.reading.corrected;
  const countries = ctx.lexicon.wordList('otherCountries');
  const skip = (w: string): boolean => ctx.lexicon.wordList('articles').has(w) || ctx.lexicon.wordList('narrowingLinks').has(w);
  const opening = ctx.typedOf(parsed).opening;
  const carriedAt = (k: number): boolean => searchTerms.some((t) => t.weight >= 1 && k >= t.at && k < t.at + (t.span ?? 1) && ctx.facts.carries(leader.id, t.term));
  const beside = (at: number, step: number): boolean => {
    let k = at + step;
    while (k >= 0 && k < words.length && skip(words[k]!) && !opening.has(Math.max(k, at))) k += step;
    return k >= 0 && k < words.length && !opening.has(Math.max(k, at)) && carriedAt(k);
  };
  const abroad = (t: Term): boolean =>
    t.weight >= 1 && (t.span ?? 1) === 1 && countries.has(words[t.at] ?? '') && !ctx.facts.carries(leader.id, t.term) && (beside(t.at, -1) || beside(t.at, 1));
  return searchTerms.some(abroad) ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
};

const checkReportedFigure: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode, strange } = ctx;
  // "D'où viennent les 210 milliards d'euros cités par BFMTV ?": a figure the news reported for one of the letter's,
  // asked with two words or more of that report, the outlet that ran it among them ("BFMTV", "AFP"), is checked against the letter's figure: the
  // leading fact that gives either figure answers, with the deviation. Another "230 billion" is no such question.
  if (mode === 'number' && decision.verdict !== 'answered' && !strange) {
    const carried = (d: Deviation): Term[] => dedupeTerms(searchTerms.filter((t) => t.weight >= 1 && ctx.deviationTerms.get(d.id)?.has(t.term)));
    const named = (terms: Term[]): boolean => terms.some((t) => t.kind === 'word' && ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? ''));
    // "L'article indique 230 milliards…", "on a écrit 230 milliards dans le papier": a noun of a news piece
    // (`sourceDocuments`) says as much as the outlet's name that the figure is a reported one.
    const pieces = ctx.lexicon.wordList('sourceDocuments');
    const piece = parsed.reading.words.some((w) => pieces.has(w));
    const reported = ctx.deviationsFor(parsed.numbers).filter((d) => carried(d).length >= DEVIATION_WORDS && (piece || named(carried(d))));
    const asked = [...parsed.numbers, ...reported.flatMap((d) => readNumbers(d.sourcesSay.en).numbers)];
    const figures = ctx.factsWithNumbers(asked);
    const top = ranked[0];
    if (reported.length > 0 && top && figures.has(top.id) && top.coverage >= ctx.calibration.minCoverage) {
      // Between facts giving it that score alike, the one whose own phrasings give the figure is about it (the
      // letter's wages figure), the others cite it (what the article got wrong).
      const tied = ranked.filter((r) => r.score >= top.score * TIED_SHARE && figures.has(r.id) && r.coverage >= ctx.calibration.minCoverage);
      const about = tied.length > 1 ? tied.filter((r) => anySameFigure(ctx.phrasedNumbers.get(r.id) ?? [], asked)) : [];
      decision = { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [about.length === 1 ? about[0]! : top] };
    }
  }
  return decision;
};

const checkReportedClaim: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode, strange } = ctx;
  // "AFP says the studios settled with actors and directors, accurate?": a claim checked against the outlet that ran
  // it (a word the data spells as a name: "BFM", "AFP"; "the article" alone may be another outlet's), carrying two
  // words or more of what that piece is reported to have said wrongly, asks whether the piece got it right: the one
  // ranked fact whose phrasings name the outlet (it is about that piece, not a date it gives) and that carries two
  // such words (what the article got wrong) answers. The figure version is `checkReportedFigure`.
  const checked = parsed.type === 'yes_no' || parsed.reading.cues.some((c) => c.cue === 'check');
  if (mode !== 'fact' || decision.verdict === 'answered' || strange || !checked) return decision;
  // "L'article dit que…", "la dépêche affirme que…": a noun of a news piece (`sourceDocuments`) after a definite article
  // says as much as the outlet's name which piece is checked; not the asker's own ("notre dépêche", "my piece").
  const pieces = ctx.lexicon.wordList('sourceDocuments');
  const definite = ctx.lexicon.wordList('titleArticles');
  const { words } = parsed.reading;
  const pieceNoun = (t: Term): boolean => t.at > 0 && pieces.has(words[t.at] ?? '') && definite.has(words[t.at - 1] ?? '');
  const source = searchTerms.filter((t) => (t.kind === 'word' && ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? '')) || pieceNoun(t));
  const claims = [...ctx.reportedTerms.values()].map((said) => dedupeTerms(searchTerms.filter((t) => t.weight >= 1 && said.has(t.term)))).filter((c) => c.length >= DEVIATION_WORDS);
  if (claims.length !== 1) return decision;
  // The piece is not a word of the claim itself ("the White House" a piece is said to have named).
  const piece = source.filter((t) => !claims[0]!.some((c) => c.term === t.term));
  const carried = (r: Ranked<Fact>): boolean => piece.some((t) => ctx.facts.field(r.id, t.term) === 2) && claims[0]!.filter((t) => ctx.facts.carries(r.id, t.term)).length >= DEVIATION_WORDS;
  const answering = ranked.filter(carried);
  return answering.length === 1 ? { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [answering[0]!] } : decision;
};

const checkNamesNotCarried: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "Context: profiling Asteria; who co-founded it with Streep?": a name the question gives (a word the data spells
  // only with a capital) that the answer does not carry, while another ranked fact does, may say the question is
  // about that other fact: both are offered, none guessed.
  if (decision.verdict === 'answered' && mode === 'fact') {
    const leader = decision.picked[0]!;
    // A name that says where something was read ("l'article de BFM évoque DeepSeek", "the project the AFP mentions"):
    // a name a few words from a word of mentioning is the source of the question, not what it asks about.
    // Not in a question asking yes or no ("Was the BFMTV piece right that…?"): whether the source got it right is asked.
    const yesNo = parsed.reading.cues.some((c) => c.cue === 'yesno');
    const telling = yesNo ? [] : parsed.reading.terms.filter((t) => t.term === 'c:mention').map((t) => t.at);
    // So is a name right after a verb of speaking (`sourceVerbs`: "le décret dont parle BFM"), which reads as no naming
    // elsewhere; a name before it is who speaks ("pourquoi OpenAI parle de la Chine ?" asks what OpenAI argued).
    // After an outlet's name the verb has its speaker: what follows is what it speaks of ("BFM parle de Stargate").
    const speaking = ctx.lexicon.wordList('sourceVerbs');
    const outlets = ctx.lexicon.wordList('outletNames');
    const spoken = yesNo ? [] : parsed.reading.words.flatMap((w, at) => (speaking.has(w) && !outlets.has(parsed.reading.words[at - 1] ?? '') ? [at] : []));
    // So is a name by a noun of a piece the news ran ("l'article de BFM", "the AFP story"): why that piece brings
    // something up is asked of what it brings up, not of the outlet.
    // Only with words of linking between them ("de l'", "by"): "l'article sur DeepSeek" is about DeepSeek.
    const documents = ctx.lexicon.wordList('sourceDocuments');
    const links = ctx.lexicon.wordList('sourceLinks');
    const words = parsed.reading.words;
    // "why does the AFP story…" opens with a question word: its "does" asks no yes or no.
    const whOpened = parsed.reading.cues.some((c) => c.cue === 'wh' && c.at === 0);
    const pieces = yesNo && !whOpened ? [] : words.flatMap((w, at) => (documents.has(w) ? [at] : []));
    const linked = (a: number, b: number): boolean => Math.abs(a - b) <= PIECE_GAP && words.slice(Math.min(a, b) + 1, Math.max(a, b)).every((w) => links.has(w));
    // So is an outlet's name (`outletNames`) right before a verb of saying ("BFM dit…", "AFP says…") or one or two
    // words after a word of attribution ("selon l'AFP", "according to Variety"): who reported it, not what is asked.
    // Only an outlet: "pourquoi OpenAI dit ça ?" asks what OpenAI argued.
    const claiming = ctx.lexicon.wordList('claimVerbs');
    const giving = ctx.lexicon.wordList('outletAttributions');
    // A verb of speaking after an outlet's name says as much ("pourquoi BFM parle de DeepSeek ?" asks why DeepSeek comes up,
    // not about BFM), though after another name it asks what that one argued ("pourquoi OpenAI parle de la Chine ?").
    const said = (w: string): boolean => claiming.has(w) || speaking.has(w);
    const reported = (at: number): boolean =>
      outlets.has(words[at] ?? '') && (said(words[at + 1] ?? '') || giving.has(words[at - 1] ?? '') || (giving.has(words[at - 2] ?? '') && links.has(words[at - 1] ?? '')));
    const source = (t: Term): boolean =>
      telling.some((at) => Math.abs(at - t.at) <= SOURCE_GAP) || spoken.some((at) => t.at > at && t.at - at <= SOURCE_GAP) || pieces.some((at) => linked(at, t.at)) || reported(t.at);
    // Nor a wrong value of a premise the answer itself corrects ("why did the letter single out Meta?": what the letter
    // targets, which names no Meta): that name is the error to correct, no sign the question is about a fact naming it.
    const corrected = new Set(ctx.premises.read(parsed, ctx.typedOf(parsed).opening).flatMap((p) => (p.fact === leader.id ? p.values : [])));
    // So is a wrong value of such a slot said beside the slot's verb where the question names the letter only by a
    // pronoun or not at all ("so it was sent to Congress, which committee?", "pourquoi ils ont écrit au Congrès ?").
    const named = (t: Term): boolean => ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? '') && !source(t) && !corrected.has(t.term) && !ctx.premises.wrongValueAt(parsed, leader.id, t.at);
    // Nor a month right after a `since` cue ("has Lyonne kept lobbying since March?", "depuis mars") when the question names
    // whose doing it dates by another name the answer carries (its subject): the month dates what that one did, it
    // names nothing asked about. Without such a subject ("kept campaigning since March?") the month may be all that
    // tells which doing is asked, and it stays a name.
    const { cues, corrected: read } = parsed.reading;
    const month = (t: Term): boolean => MONTHS.has(read[t.at] ?? '') && cues.some((c) => c.cue === 'since' && c.at + c.length === t.at);
    // Looked for only when a month follows a `since` cue: `named` reads the premise slots for each word.
    const subject = searchTerms.some(month) && searchTerms.some((t) => t.kind === 'word' && t.weight >= 1 && !MONTHS.has(read[t.at] ?? '') && named(t) && ctx.facts.carries(leader.id, t.term));
    const dated = (t: Term): boolean => subject && month(t);
    const names = searchTerms.filter((t) => t.kind === 'word' && t.weight >= 1 && named(t) && !dated(t));
    const other = rivalOf(ranked, leader, (r) => names.some((t) => !ctx.facts.carries(leader.id, t.term) && ctx.facts.carries(r.id, t.term)));
    // Nor a name the answer only mentions in passing (in its answer: "the Anthropic case" in the lawsuits overview)
    // while another ranked fact is about it (its own phrasings name it: the Anthropic suit).
    // Only a rival close to it (`closeShare`): a far one is no reading of the question.
    const about = other ?? rivalOf(ranked, leader, (r) => r.score >= leader.score * ctx.calibration.closeShare && names.some((t) => ctx.facts.field(leader.id, t.term) < 2 && ctx.facts.field(r.id, t.term) === 2));
    if (about) decision = keepCovered(ctx, decision, { ...decision, verdict: 'clarify', picked: [leader, about] });
  }
  return decision;
};

/**
 * "What were Meta and Anthropic claiming?": several names that own one saying (what they argued, asked for) ask what
 * they said together. When no fact owns it for all of them (each name's own argument is a fact of its own), the one
 * ranked fact whose phrasings name them all with a word of saying (the proposals the letter answers) tells it; a
 * fact naming them all only beside another word (their worth) does not. Undefined when the question asks no such
 * thing, or no single fact answers it.
 */
function jointSaying(ctx: RefineContext, owned: readonly string[]): Ranked<Fact> | undefined {
  const split = owned.map((pair) => ({ name: pair.slice(0, pair.indexOf(' ')), claim: pair.slice(pair.indexOf(' ') + 1) }));
  const claim = split[0]?.claim;
  const names = new Set(split.map((p) => p.name));
  if (!claim || !SAYING.has(claim) || names.size < 2 || split.some((p) => p.claim !== claim)) return undefined;
  if (ctx.ranked.some((r) => owned.every((pair) => ctx.checks.owned.get(r.id)?.has(pair)))) return undefined;
  const telling = ctx.ranked.filter((r) => r.coverage >= ctx.calibration.minCoverage && [...names].every((n) => ctx.facts.field(r.id, n) === 2) && [...SAYING].some((c) => ctx.facts.field(r.id, c) === 2));
  if (telling.length !== 1) return undefined;
  const joint = telling[0]!;
  // "Why do OpenAI and Google say they need copyrighted material? Is it the China thing?": a word asked besides the names
  // and their saying that the joint fact lacks, and that is another ranked fact's own (in its phrasings, and carried by
  // at most two facts, `Retriever.rare`: China, "material"), asks what that fact tells: the joint fact answers only the
  // names' half of it. Not a common word many facts carry ("the government", "Washington"), which any of them may say.
  const other = ctx.searchTerms.filter((t) => t.weight >= 1 && !names.has(t.term) && !SAYING.has(t.term) && !ctx.facts.carries(joint.id, t.term));
  if (other.some((t) => ctx.facts.rare(t.term) && ctx.ranked.some((r) => r.id !== joint.id && ctx.facts.field(r.id, t.term) === 2))) return undefined;
  return joint;
}

const checkTopicOwner: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode, strange } = ctx;
  // "What happened to Shira Perlmutter?", "openai il voulait quoi dans sa contribution": choices of which one only is
  // about a name the question gives, by its topic ("Shira Perlmutter's lawsuit and reinstatement", "OpenAI's argument"),
  // while the others only tell of it (the Copyright Office's report, what the letter responds to): that one answers.
  if (strange || mode !== 'fact' || decision.verdict !== 'clarify' || parsed.type === 'compare' || decision.picked.length < 2) return decision;
  const { corrected } = parsed.reading;
  // Not a month ("sent in January, correct?" dates the letter, not the January order), nor who says what the question
  // checks ("BFM dit 'remise à la Maison Blanche'…": the outlet is the source, not the topic).
  const saying = (at: number): boolean => searchTerms.some((u) => u.at === at + 1 && SAYING.has(u.term));
  const named = searchTerms.filter((t) => t.kind === 'word' && t.weight >= 1 && ctx.lexicon.isName(corrected[t.at] ?? '') && !MONTHS.has(corrected[t.at]!) && !WEEKDAYS.has(corrected[t.at]!) && !saying(t.at));
  const names = new Set(named.map((t) => corrected[t.at]!));
  if (names.size === 0) return decision;
  // Every name it gives ("que demandaient OpenAI et Google" asks of both, which "OpenAI's argument" is not about).
  const owners = decision.picked.filter((r) => {
    const topic = new Set(splitWords(r.item.topic));
    return [...names].every((w) => topic.has(w));
  });
  if (owners.length !== 1) return decision;
  const owner = owners[0]!;
  // …and what else it asks, as far as any choice carries it ("a-t-il attaqué OpenAI en justice ?" asks of a lawsuit,
  // which OpenAI's argument does not tell of).
  // A fragment that asks nothing of the name ("avant perlmutter ?", "de google c'est où") asks no choice's question.
  const asked = searchTerms.filter((t) => t.weight >= 1 && !names.has(corrected[t.at] ?? ''));
  const carried = asked.filter((t) => decision.picked.some((r) => ctx.facts.carries(r.id, t.term)));
  if (asked.length === 0 || !carried.every((t) => ctx.facts.carries(owner.id, t.term))) return decision;
  if (decision.picked.some((r) => r.coverage > owner.coverage)) return decision;
  // Nor when the question dates what it asks by a month that is another choice's own, not the owner's ("Disney's June
  // 2025 lawsuit against OpenAI" is the June suit against Midjourney, told wrongly, not December's deal with OpenAI).
  const month = firstMonth(splitWords(parsed.text));
  const own = (id: string): number | undefined => firstMonth(ctx.answerWords.get(id) ?? []);
  if (month !== undefined && own(owner.id) !== month && decision.picked.some((r) => r !== owner && own(r.id) === month)) return decision;
  return { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [owner] };
};

const checkOwnedPairs: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode, strange } = ctx;
  // "What is OpenAI's position on training?", "la position d'OpenAI": what a name owns (its position, argument,
  // demand) is asked; a fact none of whose phrasings give the name owning it (the letter's reaction to their
  // proposals), while another ranked fact's do ("OpenAI's position on copyright"), answers another question: both
  // are offered.
  if (mode !== 'fact' || decision.verdict === 'no_answer') return decision;
  const leader = decision.picked[0]!;
  const owned = ctx.checks.ownedPairs(parsed.reading, searchTerms);
  const owns = (id: string): boolean => owned.some((pair) => ctx.checks.owned.get(id)?.has(pair));
  // Not when the question sets it against something ("their filings vs the letter"): two things are asked.
  const joint = strange || parsed.type === 'compare' || parsed.reading.cues.some((c) => c.cue === 'compare' || c.cue === 'alternative') ? undefined : jointSaying(ctx, owned);
  if (joint) return joint.id === leader.id && decision.verdict === 'answered' ? decision : { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [joint] };
  if (decision.verdict === 'answered') {
    const other = owned.length > 0 && !owns(leader.id) ? rivalOf(ranked, leader, (r) => owns(r.id)) : undefined;
    // When what the name owns is a concept (its position, argument, demand: "OpenAI's position", "quel argument OpenAI
    // avance"), the one ranked fact owning it, as below, answers: the leader does not give that at all. Not a word
    // alone ("portrait de Lyonne" owns no claim), nor when the question sets it against something ("OpenAI's comment
    // vs the letter", "before the letter"): two things are asked.
    const against = parsed.type === 'compare' || parsed.reading.cues.some((c) => c.cue === 'compare' || c.cue === 'alternative');
    const claims = owned.filter((pair) => pair.slice(pair.indexOf(' ') + 1).startsWith('c:'));
    const ownsClaim = (id: string): boolean => claims.some((pair) => ctx.checks.owned.get(id)?.has(pair));
    // …and it carries every name the question gives ("the position of OpenAI and Google" asks of both).
    const names = searchTerms.filter((t) => t.kind === 'word' && t.weight >= 1 && ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? ''));
    const owners = other && !strange && !against && !ownsClaim(leader.id) ? ranked.filter((r) => ownsClaim(r.id) && r.coverage >= ctx.calibration.minCoverage) : [];
    if (other && owners.length === 1 && owners[0]!.id === other.id && names.every((t) => ctx.facts.carries(other.id, t.term))) decision = { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [other] };
    else if (other) decision = { ...decision, verdict: 'clarify', picked: [leader, other] };
  } else if (!strange && parsed.type !== 'compare' && !parsed.reading.cues.some((c) => c.cue === 'compare')) {
    // The same settles choices: "What was OpenAI's argument in its submission?" offered only the letter's reaction to
    // both companies' proposals (its words score higher), while the one ranked fact whose phrasings give the name
    // owning what is asked ("OpenAI's position") is what is asked about: it answers, when no choice owns it too.
    // Not in a question that sets it against something in time ("Google's filing, before the letter?"): a comparison.
    // A lone choice asked "who" of what a name owns further in ("who drafted Google's comment"): a "who" asks of that
    // thing (its author), which a fact reacting to it does not give; the one fact owning it settles, as above.
    const lone = decision.picked.length === 1 && ctx.checks.askedSlot(parsed.reading) === 'c:who';
    const pairs = owned.length === 0 && lone ? ctx.checks.ownedPairs(parsed.reading, searchTerms, true) : owned;
    const ownsPair = (id: string): boolean => pairs.some((pair) => ctx.checks.owned.get(id)?.has(pair));
    const owners = pairs.length > 0 && !ownsPair(leader.id) ? ranked.filter((r) => ownsPair(r.id) && r.coverage >= ctx.calibration.minCoverage) : [];
    const only = owners.length === 1 ? rivalOf(ranked, leader, (r) => r.id === owners[0]!.id) : undefined;
    if (only) decision = { verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [only] };
  }
  return decision;
};

const checkWholeNames: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "Pourquoi le Copyright Office a soutenu… ?": a name of several words typed with capitals inside the sentence is
  // one name; a fact that has its words only apart ("copyright", the "Office" of Science and Technology Policy) does not
  // carry it, while another ranked fact that has it whole may be what is asked about: both are offered.
  if (decision.verdict === 'answered' && mode === 'fact') {
    const leader = decision.picked[0]!;
    const whole = (id: string, name: string): boolean => ctx.factText.get(id)?.includes(` ${name} `) ?? false;
    // Only names searched for: not a premise set aside ("why did Cate Blanchett organise it?"), nor words of concepts alone ("Hollywood AI").
    const searched = new Set(searchTerms.filter((t) => t.kind === 'word').map((t) => parsed.reading.words[t.at]));
    const phrase = new Set(parsed.reading.terms.filter((t) => t.kind !== 'word').flatMap((t) => Array.from({ length: t.span ?? 1 }, (_, k) => parsed.reading.words[t.at + k])));
    const asked = (name: string): boolean => name.split(' ').some((w) => searched.has(w)) && name.split(' ').every((w) => searched.has(w) || phrase.has(w));
    const missed = ctx.typedOf(parsed).names.filter((name) => asked(name) && !whole(leader.id, name));
    const other = rivalOf(ranked, leader, (r) => missed.some((name) => whole(r.id, name)));
    if (other) decision = keepCovered(ctx, decision, { ...decision, verdict: 'clarify', picked: [leader, other] });
  }
  return decision;
};

const checkDatedMonth: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "Quels studios ont porté plainte contre Midjourney en juin 2025 ?": a month the question dates its event with that
  // is not the leading fact's own date (the first its answer gives) but is the own date of another ranked fact that
  // carries as much of the question and every content word the leader carries (the June suit beside the September
  // one): that other fact is what is asked about. One that carries less is not ("le rapport publié en mars" is a premise to correct, not the press of March), nor is
  // a date given to the letter itself ("la lettre, envoyée fin février").
  if (decision.verdict === 'answered' && mode === 'fact') {
    const asked = firstMonth(splitWords(parsed.text));
    const own = (id: string): number | undefined => firstMonth(ctx.answerWords.get(id) ?? []);
    const leader = decision.picked[0]!;
    const ofLetter = parsed.reading.terms.some((t) => t.term === 'c:letter');
    const dated = !ofLetter && asked !== undefined && own(leader.id) !== undefined && own(leader.id) !== asked;
    const content = searchTerms.filter((t) => t.weight >= 1 && t.kind !== 'number' && ctx.facts.carries(leader.id, t.term));
    const other = dated ? ranked.find((r) => r.id !== leader.id && r.coverage >= leader.coverage && own(r.id) === asked && content.every((t) => ctx.facts.carries(r.id, t.term))) : undefined;
    if (other) decision = { ...decision, picked: [other] };
    // One that carries less but scores close (`closeShare`) may still be the event of that month, told in other words
    // ("who took the image maker to court in March", its own answer saying "sued"): both are offered, none guessed.
    // Only against a leader the retrieval put first: one the nearest examples chose has their word for it.
    const close = dated && !other && ranked[0]?.id === leader.id ? rivalOf(ranked, leader, (r) => r.score >= leader.score * ctx.calibration.closeShare && own(r.id) === asked) : undefined;
    if (close) decision = { ...decision, verdict: 'clarify', picked: [leader, close] };
  }
  return decision;
};

const vetoNamesOnly: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode, unlearned } = ctx;
  // "How many employees does Warner Bros have?": a fact that carries the question's names (words the data spells only
  // with a capital) but none of its other content words does not answer what is asked about them (their staff, age,
  // films, chief): declined, however far ahead it is. Not when the question holds one of the fact's own phrasings
  // whole ("Why is Thomson Reuters v. Ross relevant here?"; a phrasing that is only a name, "Warner Bros. Discovery",
  // says who and not what: "who is buying Warner Bros. Discovery?"), nor for a figure to check (the asked word).
  // The same for the choices of a clarification ("C'est qui le compagnon de Natasha Lyonne ?"), when what is asked
  // about the names is words no fact uses at all: none is offered.
  if (decision.verdict !== 'no_answer' && mode === 'fact') {
    const asked = [...new Map(searchTerms.filter((t) => t.weight >= 1).map((t) => [t.term, t])).values()];
    const isName = (t: Term): boolean => t.kind === 'word' && ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? '');
    const names = asked.filter(isName);
    const rest = asked.filter((t) => !isName(t));
    // A word of asking who someone is or what part they played (`profile`: "role", "never heard of him", "je connais pas")
    // asks what the fact naming them tells of them: no more than the names themselves, vetoed for nothing more. So does
    // a word of what came of it (`happen`: "how did Bartz v. Anthropic turn out?", "il s'est passé quoi dans…") and one
    // of saying (`argue`: "what did Lyonne tell the WSJ?"), under a question word: what the fact tells of the names is
    // what came of them, or what they said ("and Stargate then?" asks nothing: its "then" follows on from something
    // unseen). So does a word of mentioning (`mention`: "who is this X the story mentions?", "il apparaît à côté de
    // Lyonne"), under a question word: it says where the name was seen, not what is asked of it.
    // Any other word ("employees", "stock") still asks what no such fact gives. Not a casual word (`Term.common`: "who's
    // this monsieur", "X keeps coming up in my notes", "the DeepSeek rout") under a question word: it is the asker's
    // wording around the names, not a thing asked of them.
    const asking = parsed.reading.cues.some((c) => c.cue === 'wh');
    const about = rest.filter((t) => t.term !== PROFILE && !(asking && (NAME_ASKS.has(t.term) || t.common === true)));
    const aside = (r: Ranked<Fact>): boolean => (r.phrased === 0 || r.phrasedName) && names.some((t) => ctx.facts.carries(r.id, t.term)) && !rest.some((t) => ctx.facts.carries(r.id, t.term));
    // Not a learned answer whose nearest example of the fact carries what the question asks besides the names ("Bryn
    // Mooser, il a quel rôle ?": people's wordings of the organisers ask his role): the examples bridge the fact's words.
    // Not for a question checking yes or no, or comparing (what it checks or compares is not what the wordings ask).
    const checking = parsed.reading.cues.some((c) => c.cue === 'yesno' || c.cue === 'compare');
    const bridged = (d: Decision<Fact>): boolean => !checking && d !== unlearned && d.verdict === 'answered' && ctx.checks.learnedCarries(d.picked[0]!.id, searchTerms, rest);
    const vetoed = (d: Decision<Fact>): boolean =>
      d.verdict !== 'no_answer' && about.length > 0 && (d.verdict === 'answered' || about.every((t) => !ctx.facts.knows(t.term))) && d.picked.every(aside) && !bridged(d);
    // A learned answer vetoed so is no worse than what the facts alone decided ("why did openai sign the letter too?":
    // its choices are still offered).
    if (vetoed(decision)) decision = decision !== unlearned && unlearned.verdict === 'clarify' && !vetoed(unlearned) ? unlearned : { ...decision, verdict: 'no_answer', picked: [] };
  }
  return decision;
};

/** Whether a question asks a sum of money (`amount`) that a name right by a verb of having or earning holds ("does Jane Doe own"). */
function ownMoney(ctx: RefineContext): boolean {
  const { parsed, searchTerms } = ctx;
  if (!ctx.askedAttributes(parsed).includes('amount')) return false;
  const { corrected } = parsed.reading;
  const holding = ctx.lexicon.wordList('holdingVerbs');
  return searchTerms.some((t) => {
    if (t.kind !== 'word' || !ctx.lexicon.isName(corrected[t.at] ?? '')) return false;
    return holding.has(corrected[t.at - 1] ?? '') || holding.has(corrected[t.at + (t.span ?? 1)] ?? '');
  });
}

/**
 * Whether a question asks what (no when, no how many, no comparison) was released (`c:publish`) after a thing it names
 * last: "after" (`since`) right before a name that closes the question ("what came out after Alpha2?").
 */
function asksSuccessor(ctx: RefineContext): boolean {
  const { parsed, searchTerms } = ctx;
  const { cues, corrected } = parsed.reading;
  // A lone "after" is read as a comparison's cue too: only another one compares ("before or after").
  const since = (c: { at: number; length: number }): boolean => cues.some((s) => s.cue === 'since' && s.at === c.at && s.length === c.length);
  if (!cues.some((c) => c.cue === 'wh') || cues.some((c) => c.cue === 'compare' && !since(c))) return false;
  if (!searchTerms.some((t) => t.term === 'c:publish') || searchTerms.some((t) => t.term === 'c:when' || t.term === 'c:howmany')) return false;
  const last = corrected.length - 1;
  return cues.some((c) => c.cue === 'since' && c.at + c.length === last && ctx.lexicon.isName(corrected[last] ?? ''));
}

const vetoPrivateAffairs: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode } = ctx;
  // "Which films has Natasha Lyonne starred in?", "Combien de salariés chez OpenAI ?": a named person's or company's
  // own affairs (films, age, marriage, staff, share price) are no part of the story, however well the facts know the
  // name. Asked of the letter without a name ("how many employees does the industry have, per the letter?") they are
  // the story's figures.
  const named = searchTerms.some((t) => t.kind === 'word' && ctx.lexicon.isName(parsed.reading.corrected[t.at] ?? ''));
  const ofLetter = !named && searchTerms.some((t) => t.term === 'c:letter');
  if (decision.verdict !== 'no_answer' && mode === 'fact' && parsed.cues.has('private') && !ofLetter) decision = { ...decision, verdict: 'no_answer', picked: [] };
  // "How much is OpenAI worth now?", "Combien vaut OpenAI aujourd'hui ?": a named company's value asked for the present
  // is not the value the letter gave at the time (the story's figures are dated); nor is it asked of the letter.
  // So is its value in a year after the letter's ("combien vaut OpenAI en 2026 ?").
  const afterLetter = parsed.years.some((y) => y > Math.floor(ctx.letterDate / DATE_YEAR));
  const worthNow = (parsed.cues.has('present') || afterLetter) && searchTerms.some((t) => t.term === 'c:worth');
  if (decision.verdict !== 'no_answer' && mode === 'fact' && worthNow && named && !ofLetter) decision = { ...decision, verdict: 'no_answer', picked: [] };
  // "How much money does Jane Doe have?", "combien d'argent gagne Jean Dupont ?": a sum of money asked (`amount`) of
  // what a named one holds or earns (a verb of `holdingVerbs` right by the name) is their own fortune; a fact that
  // merely gives sums in dollars near that name answers another question.
  if (decision.verdict !== 'no_answer' && mode === 'fact' && named && ownMoney(ctx)) decision = { ...decision, verdict: 'no_answer', picked: [] };
  // "What did the lab put out after Alpha2?": what a name released after a thing it names last asks for its successor;
  // the fact about that thing answers what it was, not what came next.
  if (decision.verdict !== 'no_answer' && mode === 'fact' && asksSuccessor(ctx)) decision = { ...decision, verdict: 'no_answer', picked: [] };
  return decision;
};

const checkAttributes: Refinement = (ctx, decision) => {
  const { parsed } = ctx;
  // "Did Meta appeal?", "How much did the launch cost?", "Who runs the campaign day to day?": what the question asks of
  // the event, company or person (`attributes`) is answered only by a fact that says it; the fact about the case, the
  // launch or the campaign otherwise answers another question, however well it carries their names. Choices that do
  // not say it are not offered either.
  if (decision.verdict !== 'no_answer') {
    const asked = ctx.askedAttributes(parsed);
    // Said of others only (see `saidOfOthers`): "did Midjourney settle?" and a fact whose settlement is Anthropic's.
    // Of the question's names, those the fact carries: a name it never gives is no party it could say it of.
    const { corrected } = parsed.reading;
    const named = asked.length > 0 ? ctx.searchTerms.filter((t) => t.kind === 'word' && ctx.lexicon.isName(corrected[t.at] ?? '')) : [];
    const namesIn = (id: string): Set<string> => new Set(named.filter((t) => ctx.facts.carries(id, t.term)).map((t) => corrected[t.at]!));
    const saying = decision.picked.filter((r) => asked.every((a) => ctx.attributes.says(r.id, a, parsed.type === 'how_many') && !ctx.attributes.saidOfOthers(r.id, a, namesIn(r.id))));
    // The leader dropped, a choice left that lacks a word of the question the leader carried ("after the AI Action
    // Plan") is offered for the rest of the question only (the name beside the attribute): it answers another one.
    const leader = decision.picked[0]!;
    const lacks = (r: Ranked<Fact>): boolean => ctx.searchTerms.some((t) => t.kind === 'word' && t.weight >= 1 && ctx.facts.carries(leader.id, t.term) && !ctx.facts.carries(r.id, t.term));
    const kept = saying[0] === leader ? saying : saying.filter((r) => !lacks(r));
    if (kept.length === 0) decision = { ...decision, verdict: 'no_answer', picked: [] };
    else if (kept.length < decision.picked.length) decision = { ...decision, picked: kept };
  }
  return decision;
};

const checkLetterReaction: Refinement = (ctx, decision) => {
  const { searchTerms, parsed } = ctx;
  // "How did the MPA respond to the Hollywood letter?", "what did the Writers Guild say about the letter?": how someone
  // reacted to the letter, or what they said of it (a verb of saying or reacting with a noun of the letter after it,
  // `letterNouns`), is answered only by a fact whose texts name the letter so ("statement" is said of anything); one
  // where that body reacts to something else (an app, a deal) answers another question, however well it carries the
  // body's name. Choices that never name it are not offered either.
  if (decision.verdict === 'no_answer') return decision;
  const nouns = ctx.lexicon.wordList('letterNouns');
  const verbs = searchTerms.filter((t) => REACTING.has(t.term));
  const { words } = parsed.reading;
  const named = (t: Term): boolean => words.slice(t.at, t.at + (t.span ?? 1)).some((w) => nouns.has(w));
  // Of a verb of citing, the letter is its object: right after it, past stop words and names ("cite the Hollywood
  // letter", "cite-t-il la lettre"), not "a mention in coverage of the letter", which cites something else. Every verb
  // is tried: a citing one before a reacting one ("did the press mention how the MPA responded to the letter?") leaves
  // the reacting one to read.
  const object = (verb: Term, t: Term): boolean =>
    verb.term !== 'c:mention' || words.slice(verb.at + (verb.span ?? 1), t.at).every((w) => ctx.lexicon.isStopword(w) || ctx.lexicon.isName(w));
  if (!verbs.some((verb) => searchTerms.some((t) => t.term === 'c:letter' && t.at > verb.at && named(t) && object(verb, t)))) return decision;
  const text = (id: string): string => ctx.factText.get(id) ?? '';
  return keepPicked(decision, (r) => [...nouns].some((w) => text(r.id).includes(` ${w} `)));
};

/** The decision narrowed to the answers or choices that pass `keep`: declined when none does, unchanged when all do. */
function keepPicked(decision: Decision<Fact>, keep: (r: Ranked<Fact>) => boolean): Decision<Fact> {
  const kept = decision.picked.filter(keep);
  if (kept.length === 0) return { ...decision, verdict: 'no_answer', picked: [] };
  return kept.length < decision.picked.length ? { ...decision, picked: kept } : decision;
}

const checkIssuedStatement: Refinement = (ctx, decision) => {
  // "and the dga, any statement?", "la SACD a publié un communiqué ?": a noun of a statement (`statementNouns`) right after
  // an indefinite article (`indefiniteArticles`) asks for a statement someone issued, not for the letter ("the
  // statement"), though the facts call the letter one: answered only by a fact in which someone reacts (c:react),
  // else declined.
  if (decision.verdict === 'no_answer') return decision;
  const nouns = ctx.lexicon.wordList('statementNouns');
  const articles = ctx.lexicon.wordList('indefiniteArticles');
  const { words } = ctx.parsed.reading;
  if (!words.some((w, k) => k > 0 && nouns.has(w) && articles.has(words[k - 1]!))) return decision;
  return keepPicked(decision, (r) => ctx.facts.carries(r.id, 'c:react'));
};

const checkCompanyReaction: Refinement = (ctx, decision) => {
  const { searchTerms, parsed } = ctx;
  // "Did Google ever respond to the Hollywood stars?", "Google a réagi comment ?": how a company (a `companyNames` word
  // just before a verb of reacting) reacted is answered only by a fact in which it
  // reacts: its name before a word of reacting in one of the fact's sentences. A fact in which something answers it
  // ("the letter answers the comments OpenAI and Google sent") says the other way round: declined, never that fact.
  if (decision.verdict === 'no_answer') return decision;
  const verb = searchTerms.find((t) => t.term === 'c:react');
  if (!verb) return decision;
  // The company is the verb's subject: a few words before it at most, none a noun of the letter's signers ("the filing
  // the signatories were reacting to" is their reaction).
  const companies = ctx.lexicon.wordList('companyNames');
  const nouns = ctx.lexicon.wordList('letterNouns');
  const { words } = parsed.reading;
  const near = words.slice(Math.max(0, verb.at - REACTION_SUBJECT_SPAN), verb.at);
  const last = Math.max(-1, ...near.map((w, k) => (nouns.has(w) ? k : -1)));
  const who = near.slice(last + 1).filter((w) => companies.has(w));
  if (who.length === 0) return decision;
  return keepPicked(decision, (r) => who.some((w) => ctx.reactionSubjects.get(r.id)?.has(w)));
};

const checkCompanySaying: Refinement = (ctx, decision) => {
  // "what did Meta say after winning the Kadrey ruling?", "Google's argument?": what a company (a `companyNames` word
  // right before a word of saying, past a possessive, auxiliaries and adverbs) said is answered only by a fact in which
  // it says something (its name before a word of saying or reacting in one of the fact's answers' or questions'
  // sentences); the fact of a ruling it won says what the judge decided, not what it said: declined, and such choices
  // not offered. "what did the Kadrey ruling say?" has no company right before the verb: not read.
  if (decision.verdict === 'no_answer' || ctx.searchTerms.some((t) => t.term === 'c:react')) return decision;
  const { words } = ctx.parsed.reading;
  const saying = ctx.lexicon.wordList('sayingVerbs');
  const verb = ctx.searchTerms.find((t) => t.term === 'c:argue' || (t.kind === 'word' && saying.has(words[t.at]!)));
  if (!verb) return decision;
  // "Qu'a déclaré Meta… ?", "qu'a dit la Warner ?": after "qu'a"/"qu'ont" opening the question (`doneOpenings`,
  // `doneAuxiliaries`), the subject follows the verb, past its articles (`articles`; "qu'ont dit les studios ?" names
  // no company); else it stands before the verb.
  const inverted = ctx.parsed.lang === 'fr' && ctx.lexicon.wordList('doneOpenings').has(words[verb.at - 2] ?? '') && ctx.lexicon.wordList('doneAuxiliaries').has(words[verb.at - 1] ?? '');
  let at = ctx.lexicon.subjectEndBefore(words, verb.at, true);
  if (inverted) {
    const articles = ctx.lexicon.wordList('articles');
    for (at = verb.at + (verb.span ?? 1); at < words.length && articles.has(words[at]!); ) at++;
  }
  const company = words[at];
  if (company === undefined || !ctx.lexicon.wordList('companyNames').has(company)) return decision;
  return keepPicked(decision, (r) => ctx.sayingSubjects.get(r.id)?.has(company) === true);
};

const checkCompanyAsking: Refinement = (ctx, decision) => {
  // "what were those companies asking Washington for?", "la big tech demandait quoi ?": what a company (a `companyNames`
  // word, or a word of companies, right before a word of asking past auxiliaries) asked for is not what the letter
  // asks: a fact in which the letter or its signers ask (`signersAsking`) answers another question — declined, and
  // such choices not offered. Not when a word of asking in the question has the letter's side as its subject ("what
  // does the letter ask the tech companies to do?").
  if (decision.verdict === 'no_answer') return decision;
  const { words } = ctx.parsed.reading;
  const { searchTerms } = ctx;
  const verbs = searchTerms.filter((t) => t.term === 'c:demand');
  if (verbs.length === 0) return decision;
  const companies = ctx.lexicon.wordList('companyNames');
  const subjectOf = (verb: Term): Term | undefined => {
    const k = ctx.lexicon.subjectEndBefore(words, verb.at, true);
    return k < 0 ? undefined : searchTerms.find((t) => t.at <= k && k < t.at + (t.span ?? 1));
  };
  const subjects = verbs.map(subjectOf);
  const company = (t: Term | undefined): boolean => t !== undefined && (t.term === 'c:company' || companies.has(words[t.at + (t.span ?? 1) - 1]!));
  const signers = (t: Term | undefined): boolean => t !== undefined && (t.term === 'c:letter' || SIGNER_TERMS.has(t.term));
  if (!subjects.some(company) || subjects.some(signers)) return decision;
  return keepPicked(decision, (r) => !ctx.signersAsking.has(r.id));
};

/**
 * Terms that can name the signers (people, stars, Hollywood, signing): the letter's side. They may also stand between
 * a count and the word of signing: who signed (see the engine's `signerCounts`).
 */
export const SIGNER_TERMS: ReadonlySet<string> = new Set(['c:people', 'c:stars', 'c:movie', 'c:sign']);

const checkSaidAbout: Refinement = (ctx, decision) => {
  // "Google et OpenAI disent quoi sur la Chine ?", "what did OpenAI argue about China?": what someone said about a thing
  // (the concept right after a word of "about", `aboutWords`, past articles, after a word of saying) is answered
  // only by a fact that carries that thing; one that gives what they said of something else answers another question:
  // declined, and such choices not offered.
  if (decision.verdict === 'no_answer') return decision;
  const verb = ctx.searchTerms.find((t) => t.term === 'c:argue');
  if (!verb) return decision;
  const { words } = ctx.parsed.reading;
  const about = ctx.lexicon.wordList('aboutWords');
  const articles = ctx.lexicon.wordList('articles');
  const at = words.findIndex((w, k) => k > verb.at && about.has(w));
  if (at < 0) return decision;
  let k = at + 1;
  while (k < words.length && articles.has(words[k]!)) k++;
  const thing = ctx.searchTerms.find((t) => t.at === k && t.weight >= 1 && t.kind === 'concept');
  if (!thing) return decision;
  return keepPicked(decision, (r) => ctx.facts.carries(r.id, thing.term));
};

/** How many words before a verb of reacting its subject stands at most ("did Google ever respond"). */
const REACTION_SUBJECT_SPAN = 3;

/**
 * The concepts of saying, reacting or citing: what someone said of the letter, how they answered it, or whether they
 * named it ("did the report cite the letter?").
 */
const REACTING: ReadonlySet<string> = new Set(['c:react', 'c:argue', 'c:mention']);

const checkOneWord: Refinement = (ctx, decision) => {
  const { parsed, searchTerms } = ctx;
  // A question of one word ("letter", "droits") is answered only when it is one of the fact's own keywords that is a
  // name ("Stargate"), or a synonym of a keyword that is one concept ("organisers" for "organiser").
  const content = [...new Map(searchTerms.filter((t) => t.weight >= 1).map((t) => [t.term, t])).values()];
  const typed = parsed.reading.corrected.filter((w) => !ctx.lexicon.isStopword(w));
  // A question word with it ("who are they fighting?") is a question, when it has one of the fact's phrasings whole;
  // opening the question or closing it (« ils l'ont envoyée à qui ? », French asking in place).
  const last = parsed.reading.words.length - 1;
  const asks = parsed.reading.cues.some((c) => c.cue === 'wh' && (c.at === 0 || (c.at === last && c.at > 0))) && (decision.picked[0]?.phrased ?? 0) > 0;
  // Anything else of one word is too thin to answer, or without a question word to offer choices for ("droits",
  // "la date ?"): no answer.
  if (decision.verdict !== 'no_answer' && content.length === 1 && typed.length <= 1 && !asks) {
    const only = content[0]!;
    const word = parsed.reading.corrected[only.at] ?? '';
    const id = decision.picked[0]!.id;
    // As spelt: "droits" is no typo of "droite" (c:conservative), though they share a stem; or read so by a rule of
    // language ("who got the letter?": "got" read as receiving, `Term.ruled`).
    const ownConcept = (only.kind === 'concept' || only.kind === 'role') && ctx.keywordConcepts.get(id)?.has(only.term) && (only.ruled === true || ctx.lexicon.spells(word, only.term));
    const own = decision.verdict === 'answered' && (ctx.keywordWords.get(id)?.has(word) || ownConcept);
    // With a question word ("what did they argue?") the close facts are still offered.
    const asked = parsed.reading.cues.some((c) => c.cue === 'wh');
    // "et côté studios ?", "and Stargate?", "what about the judge?": one word after "and" (or "what about") follows on
    // from something said before, which the bot never saw: even a fact's own keyword answers no question here.
    const followsOn = ctx.lexicon.wordList('andWords').has(parsed.reading.words[0] ?? '') || parsed.reading.cues.some((c) => c.cue === 'also' && c.at === 0);
    if (followsOn) decision = { ...decision, verdict: 'no_answer', picked: [] };
    else if (!own) decision = asked ? { ...decision, verdict: 'clarify' } : { ...decision, verdict: 'no_answer', picked: [] };
  }
  return decision;
};

const checkCompareLone: Refinement = (ctx, decision) => {
  const { parsed, ranked } = ctx;
  // A comparison that no two events answered is offered as the closest fact, never answered as another question.
  // Unless one fact carries all of it, far ahead of any other, and it is asked with a lone "before" or "after": "Did
  // Deadline publish the story before Variety did?" is answered by the fact on the press coverage, which dates both.
  if (parsed.type === 'compare' && decision.verdict === 'answered') {
    const [top, second] = ranked;
    // Only a lone "before"/"after" ("avant Deadline"): "before or after", "how long between" ask for the two events.
    // Something must stand on each side of it: "Stargate a été annoncé avant le" is cut short.
    const cues = parsed.reading.cues.filter((c) => c.cue === 'compare');
    const sided = cues.some((c) => parsed.reading.terms.some((t) => t.at < c.at) && parsed.reading.terms.some((t) => t.at >= c.at + c.length));
    // "A vs B: which first?", "A and B — which first?" set two things against each other as "or" does.
    const lone = sided && cues.every((c) => c.length === 1) && !parsed.reading.corrected.some((w) => ctx.lexicon.wordList('orWords').has(w)) && !parsed.reading.cues.some((c) => c.cue === 'alternative') && pairedAnd(parsed.reading, ctx.lexicon, parsed.text) < 0;
    const whole = lone && top !== undefined && top.id === decision.picked[0]!.id && top.coverage >= COMPARE_WHOLE_COVERAGE && top.missing === 0;
    // "Did anyone sue after this?", "a-t-elle été réintégrée après son limogeage ?": a lone "after" (`since` cues) sets
    // the time of what is asked, not which of two things came first: the fact answered is what is asked.
    const since = lone && cues.every((c) => parsed.reading.cues.some((s) => s.cue === 'since' && s.at === c.at && s.length === c.length));
    const ahead = !second || (top !== undefined && top.score >= second.score * ctx.calibration.decisiveRatio);
    if (!since && !(whole && ahead) && !(ahead && asksWhoWasFirst(ctx, cues, decision.picked[0]!))) decision = { ...decision, verdict: 'clarify' };
  }
  return decision;
};

/**
 * "which paper had it first, Variety or Politico?", "quel média l'a eu en premier ?": every compare cue is "first" alone
 * (not "which came first", which sets two things in order), asking who or what was first, not which of two events
 * came first, when the answer's own questions ask it ("first" in its phrasings: the fact on the press coverage), it
 * carries the question but for one word, and it carries each thing an "or" sets against another ("Le Monde or
 * Deadline" names an outlet it does not give).
 */
function asksWhoWasFirst(ctx: RefineContext, cues: readonly ParsedQuestion['reading']['cues'][number][], leader: Ranked<Fact>): boolean {
  const { reading } = ctx.parsed;
  const first = reading.terms.filter((t) => t.term === 'c:first');
  const ordinal = cues.every((c) => first.some((t) => t.at === c.at && (t.span ?? 1) === c.length));
  if (!ordinal || leader.missing > ctx.calibration.decisiveMissing || ctx.facts.field(leader.id, 'c:first') !== 2) return false;
  const content = reading.terms.filter((t) => t.weight >= 1);
  const alternatives = reading.cues.filter((c) => c.cue === 'alternative');
  const sides = alternatives.flatMap((c) => [content.filter((t) => t.at < c.at).at(-1), content.find((t) => t.at >= c.at + c.length)]);
  return sides.every((t) => t === undefined || ctx.facts.carries(leader.id, t.term));
}

/** Terms of a payment question that name no party to it: the payment itself, how it ended ("au final", "in the end"). */
const PAYMENT_IDLE: ReadonlySet<string> = new Set(['c:pay', 'c:happen']);

const checkPaymentParties: Refinement = (ctx, decision) => {
  const { searchTerms, mode } = ctx;
  // "how much does the studio pay its extras?", "combien la chaîne verse-t-elle aux auteurs ?": an amount paid is asked
  // of who pays and who is paid; an answer that leaves out one of the question's content words (the payee, the thing
  // paid for) gives another payment or another figure (a valuation, another deal): declined rather than answered.
  // Of choices offered, likewise: those that leave out a party or pay the other way are no choice; none left, declined.
  if (decision.verdict === 'no_answer' || (mode !== 'fact' && mode !== 'number')) return decision;
  if (!searchTerms.some((t) => t.term === 'c:howmany')) return decision;
  // Money claimed ("combien d'argent les signataires réclament-ils à OpenAI ?": money and a word of asking for it) is a
  // payment asked of someone: who claims it and from whom are its parties, as a payment's are.
  const has = (term: string): boolean => searchTerms.some((t) => t.term === term);
  const paid = has('c:pay') || (has('c:money') && has('c:demand'));
  const missing = (id: string): boolean => paid && searchTerms.some((t) => t.weight >= 1 && t.kind !== 'number' && !PAYMENT_IDLE.has(t.term) && !ANSWER_SLOTS.includes(t.term) && !ctx.facts.carries(id, t.term));
  const fails = (r: Ranked<Fact>): boolean => missing(r.id) || paysTheOtherWay(ctx, r.item);
  if (decision.verdict === 'answered') return fails(decision.picked[0]!) ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
  return keepPicked(decision, (r) => !fails(r));
};

/** Who pays and who is paid in a fact's answer: the terms before a word of paying in its sentence, and those after. */
export interface PaymentRoles {
  payers: ReadonlySet<string>;
  payees: ReadonlySet<string>;
}

/** A sentence's end: what is said before it and after it are two sayings. */
const SENTENCE_END = /(?<=[.;!?])\s+/u;

/** Each fact's payment roles (`RefineLookups.paymentRoles`), read once when the engine is built: the facts never change. */
export function paymentRolesOf(lexicon: Lexicon, facts: readonly Fact[]): Map<string, PaymentRoles> {
  const paying = lexicon.wordList('paymentWords');
  return new Map(
    facts.map((fact) => {
      const payers = new Set<string>();
      const payees = new Set<string>();
      for (const lang of ['en', 'fr'] as const) {
        for (const sentence of fact.answer[lang].split(SENTENCE_END)) {
          const { terms, words } = lexicon.read(sentence, lang);
          const at = terms.find((t) => t.term === 'c:pay' || paying.has(words[t.at] ?? ''))?.at;
          if (at === undefined) continue;
          for (const t of terms) if (t.weight >= 1 && t.at !== at) (t.at < at ? payers : payees).add(t.term);
        }
      }
      return [fact.id, { payers, payees }];
    }),
  );
}

/**
 * "How much does OpenAI pay newspapers?", answered by a fact in which a studio invests in OpenAI: who the question has
 * pay (a name before its word of paying, in a question that asks no payment received: "how much was X paid") is only
 * paid in the fact (after its word of paying, never before one): that fact's payment goes the other way, another payment.
 */
function paysTheOtherWay(ctx: RefineContext, fact: Fact): boolean {
  const { reading } = ctx.parsed;
  if (ctx.askedAttributes(ctx.parsed).includes('paid')) return false;
  // "How much did OpenAI invest in Disney?": a word of investing pays too (`paymentWords`).
  const paying = ctx.lexicon.wordList('paymentWords');
  const payAt = reading.terms.find((t) => t.term === 'c:pay' || paying.has(reading.words[t.at] ?? ''))?.at;
  if (payAt === undefined) return false;
  const { payers, payees } = ctx.paymentRoles.get(fact.id)!;
  // Only names stand for a party ("OpenAI", "Disney"): "how much in wages does the industry pay" names what is paid first.
  const askedPayers = ctx.searchTerms.filter((t) => t.at < payAt && t.weight >= 1 && t.kind === 'word' && ctx.lexicon.isName(reading.corrected[t.at] ?? ''));
  return askedPayers.some((t) => payees.has(t.term) && !payers.has(t.term));
}

const checkFigureUnit: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "Was it 500 names on the letter when it was filed?": what a figure counts (the word right after it: names,
  // comments, signatures) is what is checked; a fact whose phrasings never say it, while a ranked fact giving figures
  // has it in its own, checks another figure: both are offered.
  // Not when the fact gives the figure asked about, or a report gave it for one of the letter's ("210 milliards d'euros").
  if (decision.verdict === 'answered' && mode === 'number' && !ctx.factsWithNumbers(parsed.numbers).has(decision.picked[0]!.id) && ctx.deviationsFor(parsed.numbers).length === 0) {
    const leader = decision.picked[0]!;
    const figures = parsed.reading.terms.filter((n) => n.kind === 'number');
    const units = searchTerms.filter((t) => t.kind !== 'number' && t.weight >= 1 && figures.some((n) => n.at === t.at - 1));
    const unit = units.find((u) => ctx.facts.field(leader.id, u.term) < 2);
    const other = unit ? rivalOf(ranked, leader, (r) => ctx.facts.field(r.id, unit.term) === 2 && (ctx.factNumbers.get(r.id) ?? []).length > 0) : undefined;
    if (other) decision = { ...decision, verdict: 'clarify', picked: [leader, other] };
    // "was it a 40% bonus for the crews?": a figure of a thing no fact uses at all (as `vetoUncountedWord`) is no figure
    // of the story, whichever fact the rest finds: declined.
    else if (units.some((u) => uncountedWord(ctx, parsed, u))) decision = { ...decision, verdict: 'no_answer', picked: [] };
  }
  return decision;
};

const checkFigureKind: Refinement = (ctx, decision) => {
  const { parsed, mode } = ctx;
  // "a post says the shoot cost $40m, true?", "un tweet parle d'une hausse de 12 % : vrai ?": a sum or a share no fact
  // gives is corrected only by a fact that gives sums (shares) of its own; one whose figures are days or counts says
  // nothing of it, and answering would pass its figures off as the check: declined.
  if (decision.verdict !== 'answered' || mode !== 'number') return decision;
  return foreignFigure(ctx, parsed, decision.picked[0]!.item) ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
};

const vetoUngivenShare: Refinement = (ctx, decision) => {
  const { parsed, mode } = ctx;
  // "What percentage of WGA members ratified the deal?", "avec quel pourcentage ont-ils ratifié l'accord ?": a question
  // word right before a noun of a share (`shareNouns`) asks for a share, which a fact giving no share ("%", `shareWords`)
  // cannot say, however many of the question's other words it carries (the strike, the ratification): declined, and
  // such choices not offered.
  if (decision.verdict === 'no_answer' || mode === 'quote') return decision;
  const words = parsed.reading.words;
  const asking = ctx.lexicon.wordList('askingWords');
  const shares = ctx.lexicon.wordList('shareNouns');
  let asked = false;
  for (let k = 1; k < words.length && !asked; k++) asked = shares.has(words[k]!) && asking.has(words[k - 1]!);
  // "how many of the RFI comments mentioned copyright?", "how much of the $500 billion has been spent?": a question
  // word of counting right before a partitive phrase (`partitiveWords`) counts a part of a whole, a share too; not a
  // noun of counting ("the tally of signatures").
  if (!asked) {
    const partitive = ctx.lexicon.wordList('partitiveWords');
    const wh = (at: number): boolean => parsed.reading.cues.some((c) => c.cue === 'wh' && c.at <= at && at < c.at + c.length);
    asked = parsed.reading.terms.some((t) => t.term === 'c:howmany' && wh(t.at) && partitive.has(words[t.at + (t.span ?? 1)] ?? ''));
  }
  if (!asked) return decision;
  // Choices that give no share are not offered either.
  return keepPicked(decision, (r) => figureKinds(`${r.item.answer.en} ${r.item.answer.fr}`, ctx.lexicon).has('share'));
};

/**
 * Whether a question gives a sum or a share (`figureKinds`) that a fact neither gives nor can correct: the fact gives no
 * figure of that kind, nor the figure itself, nor does a reported deviation correct it to one of the letter's.
 */
export function foreignFigure(lookups: Pick<RefineLookups, 'lexicon' | 'factsWithNumbers' | 'deviationsFor'>, parsed: ParsedQuestion, fact: Fact): boolean {
  const asked = figureKinds(parsed.text, lookups.lexicon);
  if (asked.size === 0 || lookups.factsWithNumbers(parsed.numbers).has(fact.id) || lookups.deviationsFor(parsed.numbers).length > 0) return false;
  const given = figureKinds(`${fact.answer.en} ${fact.answer.fr}`, lookups.lexicon);
  return [...asked].some((k) => !given.has(k));
}

/** How many words after a figure the word of its currency may come ("5 milliards de dollars", "2 million US dollars"). */
const CURRENCY_GAP = 3;

/**
 * The kinds of figure a text gives: a sum (a currency sign by the figure, or a `currencyWords` word up to `CURRENCY_GAP`
 * words after it) or a share ("%", or a `shareWords` word right after it, two words read as one: "pour cent").
 */
export function figureKinds(text: string, lexicon: Lexicon): Set<'money' | 'share'> {
  const currency = lexicon.wordList('currencyWords');
  const share = lexicon.wordList('shareWords');
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const kinds = new Set<'money' | 'share'>();
  tokens.forEach((token, i) => {
    if (!/\d/.test(token)) return;
    if (/\p{Sc}/u.test(token) || /\p{Sc}$/u.test(tokens[i - 1] ?? '') || /^\p{Sc}/u.test(tokens[i + 1] ?? '')) kinds.add('money');
    if (token.includes('%') || (tokens[i + 1] ?? '').startsWith('%')) kinds.add('share');
    const after = tokens.slice(i + 1, i + 1 + CURRENCY_GAP).map((t) => splitWords(t).join(''));
    if (after.some((w) => currency.has(w))) kinds.add('money');
    if (share.has(after[0] ?? '') || share.has(`${after[0] ?? ''}${after[1] ?? ''}`)) kinds.add('share');
  });
  return kinds;
}

const checkAskedSlot: Refinement = (ctx, decision) => {
  const { parsed, ranked, mode } = ctx;
  // "To whom was the letter sent?", "when was the letter received?": a fact that cannot say the slot a question asks
  // for (see `answersSlot`) answers another question: its own question is offered instead, with the closest fact that
  // asks for that slot, never answered.
  if (decision.verdict === 'answered' && mode === 'fact') {
    const slot = ctx.checks.askedSlot(parsed.reading);
    const leader = decision.picked[0]!;
    if (slot !== null && !ctx.checks.answersSlot(leader.id, slot)) {
      const fits = rivalOf(ranked, leader, (r) => ctx.checks.answersSlot(r.id, slot) && ctx.checks.slotOf.get(r.id) === slot);
      decision = { ...decision, verdict: 'clarify', picked: fits ? [leader, fits] : [leader] };
    } else if (slot === 'c:howmany' && !ctx.checks.slotOf.has(leader.id) && ctx.facts.field(leader.id, slot) < 2) {
      // "how many comments did the consultation get?": a fact none of whose phrasings ask for a count may still give
      // some figure (a deadline, a share), rarely the count asked, while a fact about a count scoring close (most of its
      // questions ask "how many") is what is asked as likely: both are offered. Not for a date: an event's fact gives
      // its own date even when none of its phrasings asks "when".
      const fits = rivalOf(ranked, leader, (r) => ctx.checks.slotOf.get(r.id) === slot && r.score >= leader.score * ctx.calibration.closeShare);
      if (fits) decision = { ...decision, verdict: 'clarify', picked: [leader, fits] };
    } else if (slot === null) {
      // "Où la lettre a-t-elle été déposée ?", "la lettre a été envoyée où ?": a fact about one other slot (most of its
      // own questions ask when, how many or who: the date it was sent) does not say where, unless that slot is asked
      // too ("déposée quand et où ?") or a figure is typed it may correct ("la lettre de février 2025, déposée où ?"):
      // it is offered, with the closest fact about no one slot, never answered. Nor does a fact about a date say which
      // thing of a kind was meant ("which bit of the government was the letter lodged with?", "à quelle administration
      // la lettre a-t-elle été envoyée ?"), but which day or year ("which year", "quel mois": a date asked).
      const own = ctx.checks.slotOf.get(leader.id);
      const other = ctx.checks.asksWhere(parsed.reading) || (own === 'c:when' && ctx.checks.asksWhichThing(parsed.reading));
      if (other && own !== undefined && parsed.numbers.length === 0 && !parsed.reading.terms.some((t) => t.term === own)) {
        const fits = rivalOf(ranked, leader, (r) => !ctx.checks.slotOf.has(r.id));
        decision = { ...decision, verdict: 'clarify', picked: fits ? [leader, fits] : [leader] };
      }
    }
  }
  return decision;
};

const checkHowManyFact: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "What government consultation was the letter a comment on?": a fact about a count (most of its own questions ask
  // "how many": the comments filed) answers a question that asks for a number, in words ("how many", "the number of")
  // or with a figure to check; one that asks for no number and no other slot ("what", "à quoi") asks for something
  // else the count's words share: offered, never answered.
  if (decision.verdict === 'answered' && mode === 'fact' && ctx.checks.slotOf.get(decision.picked[0]!.id) === 'c:howmany') {
    // Nor when it asks for another slot the count's story may give ("when did OSTP publish the comments?").
    const slotted = searchTerms.some((t) => ANSWER_SLOTS.includes(t.term) || t.kind === 'number') || parsed.numbers.length > 0;
    // Nor when a yes or no question holds every content term of one of the count's own yes-or-no questions that ask for
    // no figure ("were people still adding their names after the letter was handed in?" as "did people keep signing after
    // the letter was submitted"): the count's fact says so in its own words.
    const ownWording = (): boolean => {
      if (!parsed.reading.cues.some((c) => c.cue === 'yesno')) return false;
      const asked = new Set(searchTerms.filter((t) => t.weight >= 1).map((t) => t.term));
      return (ctx.checks.slotlessAsked.get(decision.picked[0]!.id) ?? []).some((terms) => terms.every((t) => asked.has(t)));
    };
    if (!slotted && !ownWording()) {
      const leader = decision.picked[0]!;
      const other = rivalOf(ranked, leader, (r) => ctx.checks.slotOf.get(r.id) !== 'c:howmany');
      decision = { ...decision, verdict: 'clarify', picked: other ? [leader, other] : [leader] };
      // Settled, as choices are (`uncountedDecision`), by that other fact when it scores close and carries as much.
      if (other && other.score >= leader.score * ctx.calibration.closeShare) decision = ctx.checks.uncountedDecision(decision, searchTerms, parsed.reading);
    }
  }
  return decision;
};

const checkCountedWord: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, ranked, mode } = ctx;
  // "How many members does the union have?": what a "how many" counts (a plain word right after it: members, pages)
  // is what is asked; a fact none of whose figures counts it (the days a strike lasted) answers another question:
  // a fact whose figures do is offered, else none. Not for a concept ("how many people signed": signatories).
  if (decision.verdict === 'answered' && mode === 'fact' && parsed.numbers.length === 0) {
    const leader = decision.picked[0]!;
    const howMany = searchTerms.find((t) => t.term === 'c:howmany');
    const what = howMany ? countedAfter(ctx.lexicon, parsed.reading, howMany, parsed.lang) : undefined;
    // Nor for a name ("how much did Nvidia lose"), nor a span of time ("combien de temps"): any date or figure may say it.
    const name = what !== undefined && ctx.lexicon.isName(parsed.reading.corrected[what.at] ?? '');
    const span = what !== undefined && parsed.reading.cues.some((c) => c.cue === 'span' && c.at <= what.at && what.at < c.at + c.length);
    // Only a word the fact uses without counting it ("its members ratified"): a word it never uses ("selon") may be no
    // noun at all ("valorisé combien selon la lettre").
    if (what && what.kind === 'word' && !name && !span && ctx.facts.carries(leader.id, what.term) && !ctx.checks.counted.get(leader.id)?.has(what.term)) {
      const other = rivalOf(ranked, leader, (r) => ctx.checks.counted.get(r.id)?.has(what.term) === true);
      decision = other ? { ...decision, verdict: 'clarify', picked: [leader, other] } : { ...decision, verdict: 'no_answer', picked: [] };
    } else if (what && what.kind === 'concept' && !span && ctx.checks.slotOf.get(leader.id) !== 'c:howmany' && !ctx.checks.counted.get(leader.id)?.has(what.term)) {
      // "la maison blanche combien de pièces": a concept counted (pieces) that the fact found, no count of its own (most of
      // its questions ask for something else), does not count, asks for another figure than any it gives: declined.
      decision = { ...decision, verdict: 'no_answer', picked: [] };
    }
  }
  return decision;
};

const vetoUncountedSpan: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, mode } = ctx;
  // "Count the days from the order to the letter", "de la lettre à la campagne, ça fait combien de jours ?": a "how many"
  // of units of time (`spanUnits`, plural, right after it or past its "of", "de" or an article) asks for a span; a fact none of
  // whose figures counts that unit gives a date at most, never the span between two things (the comparison's to give):
  // declined. Not "combien le jour du krach" (a singular day: when, not how long).
  if (decision.verdict !== 'answered' || (mode !== 'fact' && mode !== 'number') || parsed.numbers.length > 0) return decision;
  const units = ctx.lexicon.wordList('spanUnits');
  const links = ctx.lexicon.wordList('ownerLinks');
  const articles = ctx.lexicon.wordList('articles');
  const { words } = parsed.reading;
  const unitAt = (at: number): boolean => units.has(words[at] ?? '') && /[sx]$/.test(words[at] ?? '');
  const unitAfter = (t: Term): Term | undefined => {
    const end = t.at + (t.span ?? 1);
    const at = unitAt(end) ? end : (links.has(words[end] ?? '') || articles.has(words[end] ?? '')) && unitAt(end + 1) ? end + 1 : -1;
    return parsed.reading.terms.find((u) => u.at === at);
  };
  const unit = searchTerms.filter((t) => t.term === 'c:howmany').map(unitAfter).find((u) => u !== undefined);
  if (unit === undefined) return decision;
  const leader = decision.picked[0]!;
  return ctx.checks.counted.get(leader.id)?.has(unit.term) ? decision : { ...decision, verdict: 'no_answer', picked: [] };
};

const vetoUncountedWord: Refinement = (ctx, decision) => {
  const { parsed, searchTerms } = ctx;
  // "how many patents does the studio hold?", "combien de brevets ?": what a "how many" counts is a plain word no fact
  // uses at all, so no figure of the story counts it (each counts days, comments, signers…): whatever fact the other
  // words find gives another figure than the one asked: declined. Not a name, a span of time ("combien de temps") nor a
  // typo of a word the facts use.
  if (decision.verdict === 'no_answer') return decision;
  const howMany = searchTerms.find((t) => t.term === 'c:howmany');
  const what = howMany ? countedAfter(ctx.lexicon, parsed.reading, howMany, parsed.lang) : undefined;
  return what && uncountedWord(ctx, parsed, what) ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
};

/** Whether a term is a plain word no fact uses that a figure may count: see `vetoUncountedWord`. */
function uncountedWord(ctx: RefineContext, parsed: ParsedQuestion, what: Term): boolean {
  if (what.kind !== 'word' || ctx.facts.knows(what.term)) return false;
  const word = parsed.reading.corrected[what.at] ?? '';
  const span = parsed.reading.cues.some((c) => c.cue === 'span' && c.at <= what.at && what.at < c.at + c.length);
  // A short word may be a typo of the span itself ("combien de tps"); a common word is its own, no swap of another's.
  const typo = !isDictionaryWord(word) && isDictionaryTypo(word);
  return !span && COUNTED_WORD.test(word) && !typo && !ctx.lexicon.isName(word) && !startsWithCapital(parsed.reading.shown[what.at] ?? '');
}

const vetoFollowUps: Refinement = (ctx, decision) => {
  const { parsed, searchTerms } = ctx;
  // "The date, then?", "et ensuite ?", "ça date de quand ça ?": a question that names only the slot it asks for (a
  // question word, a date, what came next) and nothing it is asked about follows up something said before, which /ask
  // never sees; answering it as if about the letter answers another question.
  if (decision.verdict !== 'no_answer' && ctx.checks.followUpOnly(parsed)) decision = { ...decision, verdict: 'no_answer', picked: [] };
  // "What about Google?", "et l'autre procès ?": a cue that adds to or sets apart from something said before ("what
  // about", "the other"), with one thing named and nothing asked of it, follows up a question /ask never saw.
  const marks = parsed.reading.cues.filter((c) => c.cue === 'also' || c.cue === 'another');
  const followsUp = marks.length > 0;
  // The cue's own words ("l'autre", "the other") are no second thing named: "et l'autre procès ?" names one.
  const inMark = (t: Term): boolean => marks.some((c) => t.at >= c.at && t.at < c.at + c.length);
  const askedOfOne = (): boolean => new Set(searchTerms.filter((t) => t.weight >= 1 && !inMark(t)).map((t) => t.term)).size <= 1;
  if (decision.verdict !== 'no_answer' && followsUp && parsed.numbers.length === 0 && parsed.years.length === 0 && parsed.quoted.length === 0 && askedOfOne()) {
    decision = { ...decision, verdict: 'no_answer', picked: [] };
  }
  return decision;
};

/** The concept of mistakes: a fact phrased with it tells what someone got wrong. */
const MISTAKE = 'c:mistake';

const checkNamesNotMistakes: Refinement = (ctx, decision) => {
  const { parsed, ranked } = ctx;
  // "Tous les noms cités par BFM", "which names does the AFP piece give?": a request for a list (`list` cue) of names
  // (`nameNouns`) with no word of a mistake nor a check asks who an outlet named, not what it got wrong: a fact phrased
  // as mistakes answers another question; offered, never answered.
  if (decision.verdict !== 'answered' || ctx.mode !== 'fact' || ctx.facts.field(decision.picked[0]!.id, MISTAKE) < 2) return decision;
  const { cues, terms } = parsed.reading;
  if (!cues.some((c) => c.cue === 'list') || cues.some((c) => c.cue === 'check') || terms.some((t) => t.term === MISTAKE)) return decision;
  const nouns = ctx.lexicon.wordList('nameNouns');
  if (!parsed.reading.words.some((w) => nouns.has(w))) return decision;
  const leader = decision.picked[0]!;
  const other = rivalOf(ranked, leader, (r) => ctx.facts.field(r.id, MISTAKE) < 2);
  return { ...decision, verdict: 'clarify', picked: other ? [leader, other] : [leader] };
};

const vetoNamelessSlot: Refinement = (ctx, decision) => {
  const { parsed, searchTerms, strange } = ctx;
  // "how much per book is mistral paying?", "what did judge gosling decide?": a word typed in lower case that no text
  // of the data uses, read as a common word or a typo of one ("mistral", "gosling", "streep"), may as well be a name
  // the data does not know; when the fact found names someone or something (a word the data spells with a capital)
  // and the question names none of it, that word stands where the fact's name would: another entity, declined.
  if (decision.verdict === 'answered' && !strange && ctx.namelessSlot(parsed, searchTerms, decision.picked[0]!.id)) decision = { ...decision, verdict: 'no_answer', picked: [] };
  return decision;
};

/**
 * Whether a question names a judge the data does not know: right after a judge's title (`judgeTitles`: "judge",
 * "juge", "justice"), a word of three letters or more, as typed, that is no stop word, no common word and no word the
 * data uses ("judge streep", "le juge streep"), unless the word after it is a name the data knows ("Judge William Alsup").
 */
function otherJudge(ctx: RefineContext): boolean {
  const { parsed, lexicon } = ctx;
  const { words, corrected } = parsed.reading;
  const titles = lexicon.wordList('judgeTitles');
  // A typo of a name the data knows ("judge alsop") is that name; one read as a common word ("streep" as "street", which
  // the data spells with a capital in "Wall Street") is not.
  const named = (w: string): boolean => lexicon.isName(w) && !commonWord(w, parsed.lang);
  const known = (k: number): boolean => lexicon.isKnown(words[k]!) || lexicon.isStopword(words[k]!) || named(corrected[k] ?? '');
  const unknownName = (k: number): boolean => {
    const w = words[k];
    return w !== undefined && w.length >= 3 && /^\p{L}+$/u.test(w) && !titles.has(w) && !known(k) && !commonWord(w, parsed.lang);
  };
  return words.some((w, k) => titles.has(w) && unknownName(k + 1) && !named(corrected[k + 2] ?? words[k + 2] ?? ''));
}

const vetoOtherJudge: Refinement = (ctx, decision) => {
  // "what did judge streep decide in bartz v. anthropic?", "qu'a tranché le juge streep ?": a judge the data does not
  // know is not the judge of any fact's case; the fact of another judge's ruling answers another question: declined.
  if (decision.verdict === 'no_answer' || !otherJudge(ctx)) return decision;
  return { ...decision, verdict: 'no_answer', picked: [] };
};

const vetoFigurelessChoices: Refinement = (ctx, decision) => {
  // "How much did the studio get from the startup in the end?", "combien d'abonnés a cette appli ?": a question that asks
  // for a quantity ("how much", "combien") offered only facts that give no figure at all is offered nothing that could
  // answer it: declined rather than "did you mean" a fact with no number in it.
  if (decision.verdict !== 'clarify' || !ctx.searchTerms.some((t) => t.term === 'c:howmany')) return decision;
  const figureless = decision.picked.every((r) => (ctx.factNumbers.get(r.id) ?? []).length === 0);
  return figureless ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
};

/** How many words after a French "fait" the doer may take ("qu'ont fait les signataires après…"). */
const DOER_WORDS = 3;

/**
 * The terms naming who did what a question asks ("what did *the signatories* do after…", "qu'ont fait *les
 * signataires* après… ?", "*OpenAI* a fait quoi ?"), or none: in English the words between the auxiliary that follows
 * "what" or "how" (`pastAuxiliaries`) and the verb of doing (`doVerbs`, "did… do", "has… done"); in French, after an
 * auxiliary of it (`doneAuxiliaries`), the words after "fait" up to a cue (`since`: "après") or `DOER_WORDS` when
 * "qu'" opens it (`doneOpenings`), or the words before "a fait" when "quoi" follows (`doneQuestionWords`).
 */
function doerTerms(ctx: RefineContext): Term[] {
  const { parsed, lexicon } = ctx;
  const { words, terms, cues } = parsed.reading;
  const doing = lexicon.wordList('doVerbs');
  const past = lexicon.wordList('pastAuxiliaries');
  const done = lexicon.wordList('doneAuxiliaries');
  const doneAsked = lexicon.wordList('doneQuestionWords');
  const doneOpened = lexicon.wordList('doneOpenings');
  const content = (from: number, to: number): Term[] => terms.filter((t) => t.at >= from && t.at < to && t.weight >= 1 && t.kind !== 'number');
  const wh = cues.filter((c) => c.cue === 'wh').map((c) => c.at);
  for (let k = 1; k < words.length; k++) {
    if (!doing.has(words[k]!)) continue;
    if (parsed.lang === 'en') {
      // "what did the signatories do", "how has OpenAI done": the auxiliary right after the question word.
      const aux = wh.find((at) => past.has(words[at + 1] ?? '') && at + 2 < k);
      return aux === undefined ? [] : content(aux + 2, k);
    }
    // "qu'ont fait les signataires", "qu'a fait OpenAI": the auxiliary right before "fait", the question word before it.
    if (done.has(words[k - 1]!)) {
      if (doneAsked.has(words[k + 1] ?? '')) return content(0, k - 1).filter((t) => !wh.includes(t.at));
      if (doneOpened.has(words[k - 2] ?? '')) {
        const stop = cues.filter((c) => c.at > k).reduce((m, c) => Math.min(m, c.at), words.length);
        return content(k + 1, Math.min(stop, k + 1 + DOER_WORDS));
      }
    }
  }
  return [];
}

const checkDoer: Refinement = (ctx, decision) => {
  // "What did the signatories do after the AI Action Plan came out?", "qu'a fait OpenAI ensuite ?": what someone did
  // is answered only by a fact that names the doer; the fact of the event named after it says what that event was,
  // not what the doer did next: declined, and choices that do not name the doer not offered.
  if (decision.verdict === 'no_answer' || ctx.mode !== 'fact') return decision;
  const doer = doerTerms(ctx);
  if (doer.length === 0) return decision;
  return keepPicked(decision, (r) => doer.every((t) => ctx.facts.carries(r.id, t.term)));
};

const checkReactionParties: Refinement = (ctx, decision) => {
  // "How did SAG-AFTRA react to the Bartz settlement?", "comment Natasha Lyonne a réagi à l'investissement de Disney ?":
  // how one named party reacted to something named is answered only by a fact that names both, the one who reacts
  // (a name a few words before the verb of reacting) and every other name of the question; a fact about the thing
  // reacted to, or about that party elsewhere, answers another question.
  if (decision.verdict === 'no_answer' || ctx.mode !== 'fact') return decision;
  const { searchTerms, parsed } = ctx;
  const verb = searchTerms.find((t) => t.term === 'c:react');
  if (!verb) return decision;
  const { corrected, words, shown } = parsed.reading;
  const opening = ctx.typedOf(parsed).opening;
  const named = (k: number): boolean => ctx.lexicon.isName(corrected[k] ?? '') || (shown.length === words.length && capitalInside(shown, k, opening));
  const names = searchTerms.filter((t) => t.kind === 'word' && t.weight >= 1 && named(t.at));
  // The one who reacts stands right before the verb, past auxiliaries and adverbs ("Natasha Lyonne a-t-elle réagi"):
  // "Joe Biden's administration responded" is the administration's reaction, said of the story's.
  const k = ctx.lexicon.subjectEndBefore(words, verb.at);
  if (k < 0) return decision;
  const termAt = (j: number): Term | undefined => searchTerms.find((t) => t.weight >= 1 && t.at <= j && j < t.at + (t.span ?? 1));
  // "How did the Chinese government respond to OpenAI's argument?", "comment Pékin a-t-il réagi ?": a party named by
  // no name is the run of content words before the verb (past articles and a possessive "s", `possessiveMarks`). When
  // it holds another country than the story's (`otherCountries`: its government, its capital, its people), only a fact
  // in which that country reacts (its word before a word of reacting in one of the fact's sentences) says how; a fact
  // that only names it (China in OpenAI's argument) answers another question.
  if (!names.some((t) => t.at <= k && k < t.at + (t.span ?? 1))) {
    const articles = ctx.lexicon.wordList('articles');
    const countries = ctx.lexicon.wordList('otherCountries');
    const possessive = ctx.lexicon.wordList('possessiveMarks');
    const party: string[] = [];
    for (let j = k; j >= 0; ) {
      const t = termAt(j);
      if (t) {
        party.push(...corrected.slice(t.at, t.at + (t.span ?? 1)));
        j = t.at - 1;
      } else if (articles.has(words[j]!) || possessive.has(words[j]!)) j--;
      else break;
    }
    const abroad = party.filter((w) => countries.has(w));
    if (abroad.length === 0) return decision;
    return keepPicked(decision, (r) => abroad.some((w) => ctx.reactionSubjects.get(r.id)?.has(w)));
  }
  // "Trump a-t-il réagi publiquement à la lettre ?": one named who reacted to the letter (its word after the verb) must
  // react in the fact (a word of their name before a word of reacting in one of its answers' sentences); a fact that
  // names them as what others reacted to (stars who had attacked Trump) answers another question. Reacting to
  // something else ("à sa nomination") may be a premise the fact corrects.
  const toLetter = searchTerms.some((t) => t.term === 'c:letter' && t.at > verb.at);
  const reactor = names.find((t) => t.at <= k && k < t.at + (t.span ?? 1))!;
  const reactorWords = corrected.slice(reactor.at, reactor.at + (reactor.span ?? 1));
  const reacts = (id: string): boolean => !toLetter || reactorWords.some((w) => ctx.reactionSubjects.get(id)?.has(w));
  return keepPicked(decision, (r) => names.every((t) => ctx.facts.carries(r.id, t.term)) && reacts(r.id));
};

/**
 * The earliest date (yyyymmdd) a fact must reach to say what a question asks happened after the letter, or undefined:
 * "after the letter", "depuis la tribune", "après avoir signé" (a word of `letterNouns`, or of signing, after the
 * `since` cue, past determiners) → the letter's day. "After the 2023 strikes" is not read: what ended that year may be
 * said of it. Not "d'après" (according to), nor in a question that opens on "since" (a cause: "Since the letter
 * says…", a premise to correct), nor beside a comparison ("before or after").
 */
function askedAfter(ctx: RefineContext): number | undefined {
  const { parsed, lexicon } = ctx;
  const { words, cues, terms } = parsed.reading;
  // A "since" that opens the question gives a cause, and the premise it states is the question's.
  if (cues.some((c) => c.cue === 'since' && c.at === 0)) return undefined;
  const since = cues.filter((c) => c.cue === 'since' && words[c.at - 1] !== 'd');
  if (since.length === 0) return undefined;
  if (cues.some((c) => c.cue === 'compare' && !since.some((s) => s.at === c.at))) return undefined;
  const determiners = lexicon.wordList('subjectDeterminers');
  const articles = lexicon.wordList('articles');
  const letterNouns = lexicon.wordList('letterNouns');
  const auxiliaries = lexicon.wordList('sinceAuxiliaries');
  for (const c of since) {
    let k = c.at + c.length;
    while (k < words.length && (determiners.has(words[k]!) || articles.has(words[k]!) || auxiliaries.has(words[k]!))) k++;
    const signing = terms.some((t) => t.at === k && t.term === 'c:sign');
    if (letterNouns.has(words[k] ?? '') || signing) return ctx.letterDate;
  }
  return undefined;
}

const checkAfterDated: Refinement = (ctx, decision) => {
  // "Did OpenAI sue any of the signatories after the letter?", "des signataires ont porté plainte après la lettre ?":
  // what happened after the letter is answered only by a fact that reaches past it (its latest date); the
  // fact of what came before (the comments the letter answered, the strikes themselves) says nothing of after: declined,
  // and such choices not offered. A fact that gives no date is not judged.
  if (decision.verdict === 'no_answer' || ctx.mode !== 'fact') return decision;
  const after = askedAfter(ctx);
  if (after === undefined) return decision;
  return keepPicked(decision, (r) => (ctx.latestDates.get(r.id) ?? after) >= after);
};

/**
 * Where a yes/no question holds the verb it asks of its subject in the passive, or -1: in English after a word of
 * `participleAuxiliaries` ("did the suit get *dismissed*", "has it been *cited*") or `negations`;
 * in French after an inverted auxiliary (`Lexicon.invertedAt`: "a-t-elle", "ont-ils") and "été" ("a-t-elle été *rejetée*"). Adverbs (`phraseAdverbs`) are read past; a light
 * verb (`lightVerbs`) asks nothing. What happened to a thing (dismissed, rejected, cited, overturned) is its own relation.
 */
function askedVerbAt(ctx: RefineContext): number {
  const { parsed, lexicon } = ctx;
  const { words } = parsed.reading;
  const auxiliaries = lexicon.wordList('yesNoAuxiliaries');
  const participles = lexicon.wordList('participleAuxiliaries');
  const negations = lexicon.wordList('negations');
  const between = (w: string): boolean => participles.has(w) || negations.has(w);
  const adverbs = lexicon.wordList('phraseAdverbs');
  const light = lexicon.wordList('lightVerbs');
  const links = lexicon.wordList('invertedLinks');
  const verbAt = (k: number): number => (k < words.length && !light.has(words[k]!) && !between(words[k]!) ? k : -1);
  const pastAdverbs = (k: number): number => {
    while (k < words.length && adverbs.has(words[k]!)) k++;
    return k;
  };
  if (parsed.lang === 'fr') {
    for (let k = 0; k + 1 < words.length; k++) {
      if (!lexicon.invertedAt(words, k)) continue;
      const pronounAt = links.has(words[k + 1]!) ? k + 2 : k + 1;
      // A verb inverted itself ("parle-t-il du droit d'auteur ?") is often said of a fact in other words: not read.
      if (!auxiliaries.has(words[k]!)) return -1;
      const after = pastAdverbs(pronounAt + 1);
      return between(words[after] ?? '') ? verbAt(pastAdverbs(after + 1)) : -1;
    }
    return -1;
  }
  if (!auxiliaries.has(words[0] ?? '')) return -1;
  for (let k = 1; k < words.length; k++) {
    if (between(words[k]!)) return verbAt(pastAdverbs(k + 1));
  }
  // "is natasha lyonne suing anyone over AI?": a form of "be" opening the question, with no participle after it, asks
  // the verb in -ing past its subject (two words on at least: "is she suing"; `PROGRESSIVE_REACH` at most: "is it right
  // Disney ended up putting money…" asks "ended"), unless an article makes that word a thing ("is the signing date
  // known"); a stop word ("anything") or a light verb is none.
  if (!lexicon.wordList('progressiveAuxiliaries').has(words[0]!)) return -1;
  const articles = lexicon.wordList('articles');
  for (let k = 2; k < Math.min(words.length, PROGRESSIVE_REACH + 1); k++) {
    const w = words[k]!;
    if (!PROGRESSIVE.test(w) || lexicon.isStopword(w)) continue;
    return articles.has(words[k - 1]!) ? -1 : verbAt(k);
  }
  return -1;
}

/** An English verb in -ing of a stem of two letters or more ("suing", "lobbying"); not "king". */
const PROGRESSIVE = /^\p{L}{2,}ing$/u;
/** How many words after the auxiliary the verb in -ing may stand: a subject of a few words ("are the WGA members still striking"). */
const PROGRESSIVE_REACH = 5;

const checkAskedVerb: Refinement = (ctx, decision) => {
  // "Did Warner Bros. Discovery's lawsuit get dismissed?", "le rapport a-t-il cité la lettre ?": the verb a yes/no
  // question asks of its subject is the relation asked; a fact that does not carry it (its concept or its word) says
  // something else of the same names, however well it carries them: declined, and choices that lack it not offered.
  if (decision.verdict === 'no_answer' || ctx.mode !== 'fact') return decision;
  const { parsed } = ctx;
  // In French the inversion itself asks yes or no ("cite-t-il… ?").
  if ((parsed.lang !== 'fr' && !parsed.reading.cues.some((c) => c.cue === 'yesno')) || parsed.cues.has('wh')) return decision;
  const at = askedVerbAt(ctx);
  if (at < 0) return decision;
  const term = parsed.reading.terms.find((t) => t.at <= at && at < t.at + (t.span ?? 1) && t.weight >= 1 && (t.kind === 'word' || t.kind === 'concept'));
  if (!term || ctx.lexicon.isName(parsed.reading.corrected[at] ?? '')) return decision;
  return keepPicked(decision, (r) => ctx.facts.carries(r.id, term.term));
};

/**
 * Years after the latest date a fact gives within which a year asked about is still the fact's time, wrongly
 * remembered ("the 2024 actors' strike" for 2023's, corrected).
 */
const FACT_YEAR_SLACK = 2;

/**
 * Years before the earliest a fact dates its own event within which a year asked about is still the fact's time, a year
 * misremembered ("Trump's July 2024 action plan" of July 2025's); one more is an earlier time ("what did OpenAI argue in
 * 2023?" of its March 2025 comments).
 */
const EARLIER_YEAR_SLACK = 1;

const checkLaterYear: Refinement = (ctx, decision) => {
  // "sag-aftra a fait grève en 2026 ?", "what did the union win in its 2026 contract?": a year asked about more than
  // `FACT_YEAR_SLACK` after every date a fact gives is of a later event than the fact's (another strike, another
  // contract), though the year is the story's time for other facts: declined, and such choices not offered. A fact
  // that gives no date is not judged.
  // A year after the letter's own, though, is no slip for the fact's time ("did Trump sign an order on AI in 2026?" of
  // the January 2025 order): the letter dates the story, so a year after both it and the fact's latest date asks what
  // came later; no slack.
  if (decision.verdict === 'no_answer' || ctx.parsed.years.length === 0) return decision;
  const asked = Math.max(...ctx.parsed.years);
  const slack = asked > Math.floor(ctx.letterDate / DATE_YEAR) ? 0 : FACT_YEAR_SLACK;
  return keepPicked(decision, (r) => {
    const latest = ctx.latestDates.get(r.id);
    return latest === undefined || asked - Math.floor(latest / DATE_YEAR) <= slack;
  });
};

/**
 * The years a question asks about (`ParsedQuestion.years`) but those that date the letter itself, typed right before a
 * word for it or after it and a word of `ofWords` ("la lettre de 2024 des stars", "the 2024 Hollywood letter"): a
 * question that reads so is of this letter (another letter is declined before), its year a slip its date corrects,
 * not a time asked of its contents.
 */
function yearsAskedOfFacts(ctx: RefineContext): number[] {
  const { words, terms } = ctx.parsed.reading;
  const ofWords = ctx.lexicon.wordList('ofWords');
  const letterYears = new Set<number>();
  for (const t of terms) if (t.term === 'c:letter') for (const y of yearsOnLetter(words, t, ofWords)) letterYears.add(y);
  return letterYears.size === 0 ? ctx.parsed.years : ctx.parsed.years.filter((y) => !letterYears.has(y));
}

const checkEarlierYear: Refinement = (ctx, decision) => {
  // "OpenAI's valuation in 2023?", "la valo d'OpenAI en 2023 c'était combien ?": a year asked about that is before every
  // year a fact reaches (its earliest date, or the start of a span of years it gives: "for nearly 250 years") asks of
  // an earlier time than the fact's, the twin of `checkLaterYear`: declined, and such choices not offered. A fact that
  // gives no year is the letter's (its figures, its words), dated by it, and may not be moved to another year; one
  // that dates its own event may have its year misremembered by `EARLIER_YEAR_SLACK` ("the July 2024 action plan").
  // A fact about a date (its slot c:when) answers the wrong year of a premise by correcting it ("was the letter sent in
  // 2024?"); a year among the asked ones inside the fact's time keeps it.
  const years = yearsAskedOfFacts(ctx);
  if (decision.verdict === 'no_answer' || years.length === 0) return decision;
  const asked = Math.max(...years);
  const letterYear = Math.floor(ctx.letterDate / DATE_YEAR);
  return keepPicked(decision, (r) => {
    if (ctx.checks.slotOf.get(r.id) === 'c:when') return true;
    const earliest = ctx.earliestYears.get(r.id);
    return earliest === undefined ? asked >= letterYear : asked >= earliest - EARLIER_YEAR_SLACK;
  });
};

const checkFutureDate: Refinement = (ctx, decision) => {
  // "When will authors actually get their checks from the Anthropic settlement?", "quand les auteurs toucheront-ils
  // l'argent ?": a date asked in the future tense is of what has not happened, which a fact about the case dates
  // nothing of (its ruling, its settlement). Only a fact about a date (most of its own questions ask when) that carries
  // every content word of the question may answer it, as a slip in tense ("when will the letter be filed?"): any other
  // answer or choice is declined.
  if (decision.verdict === 'no_answer' || ctx.mode !== 'fact') return decision;
  const { parsed, searchTerms } = ctx;
  // In French the question word may close the question ("ils vont toucher l'argent quand ?").
  const { terms, words } = parsed.reading;
  const closingWhen = parsed.lang === 'fr' && terms.some((t) => t.term === 'c:when' && t.at + (t.span ?? 1) === words.length);
  if ((ctx.checks.askedSlot(parsed.reading) !== 'c:when' && !closingWhen) || !ctx.futureTense(parsed)) return decision;
  const content = searchTerms.filter((t) => t.weight >= 1 && t.kind !== 'number' && !ANSWER_SLOTS.includes(t.term));
  return keepPicked(decision, (r) => ctx.checks.slotOf.get(r.id) === 'c:when' && content.every((t) => ctx.facts.carries(r.id, t.term)));
};

/**
 * "who organised the Hollywood letter against OpenAI?", "how many public comments did the consultation get?": a question
 * whose opening question word asks who or how many, offered choices of which exactly one is about that slot (most of its
 * own questions ask for it: who organised the letter, how many comments came in) and carries enough of the question
 * (`clarifyAt`), while no other choice's own questions ever ask for it (the organisers' film studio), is asked of that
 * one: the others share its words, not its question. Not "when": every event's fact gives its own date, so a fact about
 * a date (the day the letter was filed) is no surer an answer than the event the question names.
 */
const settleBySlot: Refinement = (ctx, decision) => {
  const { parsed, mode, strange } = ctx;
  if (strange || mode !== 'fact' || parsed.type === 'compare' || decision.verdict !== 'clarify' || decision.picked.length < 2) return decision;
  const slot = ctx.checks.askedSlot(parsed.reading);
  if (slot === null || !SETTLING_SLOTS.has(slot)) return decision;
  const about = decision.picked.filter((r) => ctx.checks.slotOf.get(r.id) === slot);
  const only = about[0];
  if (about.length !== 1 || !only || only.coverage < ctx.calibration.clarifyAt) return decision;
  if (decision.picked.some((r) => r !== only && (ctx.checks.slotsAsked.get(r.id)?.has(slot) ?? false))) return decision;
  return { ...decision, verdict: 'answered', confidence: ctx.calibration.answerAt, picked: [only] };
};

const vetoNearOffTopic: Refinement = (ctx, decision) => {
  // "did Google ever respond to the Hollywood stars?", "les signataires ont porté plainte contre OpenAI ?": a question
  // nearer to what people asked that no fact answers (the examples of none) than to any wording of the fact found asks
  // the relation those people asked, which no fact carries, however well the fact carries its names: declined.
  const { parsed, searchTerms } = ctx;
  return ctx.checks.offTopicDecision(decision, searchTerms, parsed.reading);
};

/** The checks after choices are settled, in the order they apply. */
const REFINEMENTS: readonly Refinement[] = [
  checkPhrasedOverLeader,
  checkLearned,
  checkAnswerType,
  checkHeadNoun,
  vetoCompoundForeignWords,
  vetoNarrowedByForeignWord,
  vetoOtherCountry,
  checkReportedFigure,
  checkReportedClaim,
  checkNamesNotCarried,
  checkOwnedPairs,
  checkTopicOwner,
  checkWholeNames,
  checkDatedMonth,
  vetoNamesOnly,
  vetoPrivateAffairs,
  checkAttributes,
  checkLetterReaction,
  checkIssuedStatement,
  checkCompanyReaction,
  checkCompanySaying,
  checkCompanyAsking,
  checkSaidAbout,
  checkOneWord,
  checkCompareLone,
  checkFigureUnit,
  checkFigureKind,
  vetoUngivenShare,
  checkAskedSlot,
  checkHowManyFact,
  checkCountedWord,
  vetoUncountedSpan,
  checkPaymentParties,
  vetoUncountedWord,
  vetoFollowUps,
  checkNamesNotMistakes,
  vetoNamelessSlot,
  vetoOtherJudge,
  vetoFigurelessChoices,
  checkAskedVerb,
  checkDoer,
  checkReactionParties,
  checkAfterDated,
  checkLaterYear,
  checkEarlierYear,
  checkFutureDate,
  settleBySlot,
  vetoNearOffTopic,
];

/** Whether a figure of `values` is the same (`sameFigure`) as one of `numbers`. */
export function anySameFigure(values: readonly number[], numbers: readonly number[]): boolean {
  // Index loops: no iterator result per figure (`factsWithNumbers` calls this for every fact).
  for (let i = 0; i < values.length; i++) for (let j = 0; j < numbers.length; j++) if (sameFigure(numbers[j]!, values[i]!)) return true;
  return false;
}

export function dedupeTerms(terms: readonly Term[]): Term[] {
  return [...new Map(terms.map((t) => [t.term, t])).values()];
}
