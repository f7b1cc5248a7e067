import type { NameIndex, NameMatch } from '../name-index';
import type { Locale } from '../reply';
import type { ConceptData, Deviation, ExampleData, Fact, FactBaseData, Quote, Role, Signatory, TimelineEvent } from '../schema';
import { decide, DEFAULT_CALIBRATION, type Calibration } from './calibrate';
import { AttributeCheck } from './attributes';
import { EventComparer } from './compare';
import { setBounded } from '../bounded-cache';
import { editDistance } from '../text';
import { withInitials } from '../names';
import { commonWord, isDictionaryWord, isEnglishWord, isUncommonEnglishWord } from './dictionary';
import { Lexicon, padded, indexOfPhrase, spelledAt, splitWords, startsWithCapital, substitutedAt, swapsOf, typedWords, type Reading, type Term } from './lexicon';
import { betweenParts, countsAt, dateWordsAt, earliestYear, firstDate, latestDate, MONTHS, groupCounts, pairedAnd, parseQuestion, readNumbers, sameFigure, SIGNING_NOUN, YEAR, yearAt, yearsOnLetter, type ParsedQuestion } from './parse';
import { PremiseReader, type Premise } from './premise';
import { premiseToCorrect, slippedYear, YEAR_SLIP, type PremiseLookups } from './premise-correction';
import { spelledFigures } from './spelled-numbers';
import { alignedGaps, askingSentence, askingSpan, capitalInside, closingRemark, closingThanksPattern, firstAskingSentence, commaClause, contains, dashParts, isAcronym, lastClause, lastSentenceStart, openingCourtesy, openingLabel, questionParts, resumedQuestion, sentenceOpenings, trailingClause, typedNames, typedSpans, unshouted, withoutClosingParticle, withoutClosingThanks } from './question-text';
import { Retriever, type Ranked } from './retrieve';
import { anySameFigure, dedupeTerms, foreignFigure, paymentRolesOf, refineDecision, SIGNER_TERMS, type RefineLookups } from './refine';
import { decideSigning, type SigningLookups } from './signing';
import { TopicGuard } from './topic-guard';
import { ANSWER_SLOTS, AnswerChecks } from './checks';

/** Concepts that place a letter in this story: Hollywood and its films, the stars, the White House. */
const OWN_LETTER_MARKS: ReadonlySet<string> = new Set(['c:movie', 'c:stars', 'c:white-house']);
const OWN_MARK_REACH = 4;

/** Punctuation after which a clause opens ("Severance, will there be…", "quick one: will it…"). */
const CLAUSE_BREAK = /[,;:.!?—–]/;
/** Where a fact's answer cuts into clauses that each say one thing: sentence ends, semicolons, brackets. */
const CLAUSE_END = /[.;!?()]\s+|[;()]/u;
/** Where a fact's answer cuts into sentences (after the stop, before the space). */
const SENTENCE_BREAK = /(?<=[.;:!?])\s+/;

export type AskMode = 'fact' | 'signatory' | 'list' | 'compare' | 'quote' | 'number';

export interface AskCandidate {
  fact: Fact;
  /** The fact's own first question in the asker's language: picking it answers exactly that. */
  question: string;
}

interface Base {
  parsed: ParsedQuestion;
  confidence: number;
}

/** What `/ask` decided, before any wording: commands/ask.ts turns it into a Reply. */
export type AskOutcome =
  | (Base & { verdict: 'answered'; mode: 'signatory'; person: string; /** Further names asked about in the same breath ("phil lord et chris miller ?"), each answered too. */ others?: string[] })
  | (Base & { verdict: 'answered'; mode: 'list'; role: Role; signatories: Signatory[] })
  | (Base & { verdict: 'answered'; mode: 'compare'; events: [TimelineEvent, TimelineEvent] })
  | (Base & { verdict: 'answered'; mode: 'fact' | 'quote' | 'number'; fact: Fact; quote?: Quote; deviations: Deviation[]; candidates: AskCandidate[]; /** The premise slot corrected (`data/concepts.json` `premises`), when the question gave a wrong value of it. */ correction?: string })
  | (Base & { verdict: 'clarify'; mode: 'fact' | 'quote' | 'number'; candidates: AskCandidate[] })
  | (Base & { verdict: 'no_answer'; mode: 'fact' | 'quote' | 'number'; candidates: AskCandidate[] });

/** A question's search terms, the facts ranked for them, and the mode they were read in. */
interface Retrieval {
  mode: 'fact' | 'quote' | 'number';
  ranked: Ranked<Fact>[];
  searchTerms: Term[];
}

/** An answer with one fact (a fact, a figure checked, the letter's words): what the steps after a reading may weigh again. */
type FactAnswer = Extract<AskOutcome, { verdict: 'answered'; mode: 'fact' | 'number' | 'quote' }>;

function answersFact(outcome: AskOutcome): outcome is FactAnswer {
  return outcome.verdict === 'answered' && (outcome.mode === 'fact' || outcome.mode === 'number' || outcome.mode === 'quote');
}

/** Cues of a part that leans on what comes before it: a word pointing back, or asking which of some things (see `askWhole`). */
const SCENE_LEANING_CUES: ReadonlySet<string> = new Set(['refers', 'someone', 'which', 'list']);

/** A long bare number (five digits or more): an order's number rather than a figure. */
const LONG_NUMBER = /^\d{5,}$/;
const SPACES_ONLY = /^\s+$/;
/** No word positions: what `renderedBy` and `headlineQuoted` return when nothing is quoted so. */
const NO_POSITIONS: ReadonlySet<number> = new Set();
/** No words: a word list that does not apply (`onlyAsksInfo`). */
const NO_WORDS: ReadonlySet<string> = new Set();
/** How far into a question its word of premise or aim may stand ("dans la mesure où", "étant donné que"): see `afterPremise`. */
const PREMISE_AT = 3;
/** An opening clause (up to eight words before the first ",", ":" or ";", no "?") and what follows it (see `afterPurpose`). */
const PURPOSE_CLAUSE = /^\s*([^,:;?]+?)\s*[,:;]\s+(\S[\s\S]*)$/u;
const PURPOSE_WORDS = 8;
/** A question's closing marks, and a word between spaces: where `outputClause` may cut a clause of purpose. */
const CLOSING_MARKS = /[?.!…]+$/u;
const QUESTION_MARKS_END = /\?+$/;
const INNER_WORD = /\s(\S+)(?=\s)/gu;
/** Terms lighter than this are chatter ("on deadline", "merci d'avance"): an opening clause of them is no question. */
const CHATTER_WEIGHT = 0.1;
/** How many words before a quoted wording a word of headlining may stand for it to quote a headline (`headlineQuoted`). */
const HEADLINE_REACH = 4;
/** A word with a digit: a figure. */
const DIGIT_WORD = /\d/;
/** What a word no fact uses weighs in a clause of context before the one that asks (`contextDiscounted`). */
const CONTEXT_WEIGHT = 0.2;
/** How much a figure no fact gives counts for a fact that gives figures of its own (it may correct it). */
const UNMATCHED_FIGURE = 0.5;
/** How many words after a count of signers the word of signing may come ("mille stars d'Hollywood signataires"). */
const SIGNER_GAP = 4;
/**
 * The least count before a noun of the signers that is read as their number with no word of signing ("the 1,000 stars
 * want…"): under it the count asks for that many ("give me 10 names", "5 stars to quote").
 */
const LISTED_COUNT = 100;
/** A year-shaped figure that is a multiple of it ("2000") before a noun of the signers is a count, no year (`nounSignerCounts`). */
const ROUND_HUNDRED = 100;
/** How far after a count that would name the letter a word of checking makes it a figure checked ("the 460 signatures figure"). */
const CHECK_AFTER_COUNT = 3;
/** How many words may stand between a verb of signing and the count of its signers after it ("signée que par une 40"). */
const SIGNED_BY_GAP = 4;
/** The concepts of addressing the letter and of receiving it (`data/concepts.json`): their premises' values are its wrong addressees. */
const ADDRESSING: ReadonlySet<string> = new Set(['recipient', 'receive']);
/** How many words after a verb of signing a company's filing may stand (`companyFiling`: "signed off OpenAI's submission"). */
const FILING_REACH = 5;
/** How many words before a filing its owner may stand (`companyFiling`: "OpenAI's main pitch in its own filing"). */
const FILING_OWNER_REACH = 3;
/** Terms a list by role may carry besides its role (who signed, on what). */
const LIST_WORDS: ReadonlySet<string> = new Set(['c:sign', 'c:letter', 'c:people', 'c:stars', 'c:mention']);
/** From this many other terms the facts use, a question with a role word asks about them, not for a list by role. */
const LIST_TOPICAL_MAX = 3;
/** Terms lighter than this may stand with who passes a question on ("my readers keep asking:"). */
const ASKER_WEIGHT = 0.3;
/** How many content terms the facts use a context clause may hold ("I'm building a documentary timeline — …"). */
const CONTEXT_CONTENT = 2;
/** Concepts that say who passes a question on ("boss asks:", "reader asks:"), besides the roles. */
const ASKERS: ReadonlySet<string> = new Set(['c:head', 'c:read']);
/** At most this many words in an opening led by the word of checking that only labels the request ("fact-checking a headline:"). */
const LABEL_WORDS = 4;
/** How long a word the data spells as a name must be to show that a scene is about the story (`afterLabel`). */
const SCENE_NAME = 4;
/** How many words a phrase of asking must leave after it to lead a question of its own ("I'd like to know who wrote it"). */
const LED_WORDS = 3;
/** A phrase opening a claim with fewer words than this ("Claim", "vrai ou faux") frames it only before a mark. */
const SHORT_LEAD = 3;
/** An opening of fewer words than this before a verb of saying may say who makes a claim ("a viral post says"). */
const CLAIM_SAYER = 6;
/** A mark that sets a claim's frame off from the claim: a colon, comma, dash, full stop or question mark. */
const CLAIM_MARK = /[:,;.!?—–-]/;
/** What a claim ends on before its closing phrase: marks and spaces. */
const CLAIM_END = /[\s:,;.!?—–-]+$/u;
/** The term that names the letter itself: what an overview question asks about (`asksOverview`). */
const OVERVIEW_SUBJECT = 'c:letter';
/**
 * A common word no fact uses is casual wording when examples with a fact use it at least this many times as examples no
 * fact answers (twice the examples' own share, about 9,300 to 5,200: it leans to questions with an answer)…
 */
const COMMON_ANSWERED_RATIO = 4;
/** …and at least this many examples with a fact use it (a word one question used may be its own topic). */
const COMMON_ANSWERED_MIN = 2;
/** How many distinct words of content the facts know a question holds at least for its casual words to weigh less. */
const COMMON_KNOWN_TERMS = 2;
/** The weight of the story's context words (AI, Hollywood, copyright): an overview question may hold them, no slot. */
const OVERVIEW_CONTEXT_WEIGHT = 0.3;
/** How many asides a question may end on ("…, need it for my lede, for the explainer"): see `beforeAsides`. */
const ASIDES = 3;
/** How many words a title a fact's topic quotes has at least ("Stealing Isn't Innovation"). */
const TITLE_WORDS = 2;
/** A title in quotation marks in a fact's topic. */
const TOPIC_TITLE = /"([^"]+)"|“([^”]+)”/g;
/** The concept of the main point ("main", "key", « principal »): beside a noun of another concept it qualifies that noun (`qualifierFree`). */
const QUALIFIER = 'c:main';
/** The concept of chatter ("for the headline", "on deadline"): an aside holding it is the asker's (`beforeAsides`). */
/** The concept of asking when ("when", "quand"). */
const WHEN_TERM = 'c:when';
const CHATTER = 'c:chatter';

/** A title a fact's topic quotes (`TOPIC_TITLE`): whose fact it is, its folded words, and those one space apart and around. */
interface Title {
  id: string;
  words: readonly string[];
  padded: string;
}
const NO_TITLES: readonly Title[] = [];

/** In how many facts' keywords a name is the story's, no one fact's own (see `ownNames`). */
const SHARED_NAME_FACTS = 5;
/** A word that may be a name: letters only, three or more. */
const OWN_NAME_WORD = /^\p{L}{3,}$/u;

/**
 * The /ask engine: question parsing, retrieval (facts and timeline events), calibrated decision and the
 * special modes (did X sign, lists by role, comparisons in time, quotes, number checks). Pure; built once per
 * fact base.
 */
export class AskEngine {
  readonly lexicon: Lexicon;
  private readonly facts: Retriever<Fact>;
  private readonly events: Retriever<TimelineEvent>;
  /** Facts that carry a quote of the letter, searched by the quote's own words first. */
  private readonly quoted: Retriever<Fact>;
  private readonly learned: Retriever<string | null>;
  /** Per word's term: how many examples with a fact, and how many no fact answers, use it (`commonMarked`). */
  private readonly exampleUse = new Map<string, { answered: number; declined: number }>();
  /** Each example's names (content words the data spells only with a capital: "BFMTV", "Anthropic"), as search terms. */
  private readonly exampleNames = new Map<string, readonly string[]>();
  /** The year the letter was filed (a year after it is later than the story's start). */
  private readonly letterYear: number;
  private readonly comparer: EventComparer;
  private readonly premises: PremiseReader;
  /** The signatories' given names (each word of a name or alias but the last), folded: see `nameParts`. */
  private readonly givenNames: ReadonlySet<string>;
  /** Each fact's one-word keywords, folded: a one-word question is answered only when it is one of them. */
  private readonly keywordWords = new Map<string, ReadonlySet<string>>();
  /** Each fact's keywords that are one concept or role ("organiser" → c:organise): any synonym of it answers. */
  private readonly keywordConcepts = new Map<string, ReadonlySet<string>>();
  private readonly quotes: ReadonlyMap<string, Quote>;
  private readonly exact = new Map<string, Fact>();
  private readonly factNumbers = new Map<string, number[]>();
  /** The same, as a list in the facts' order: `factsWithNumbers` runs through it with no entry pair made per fact. */
  private readonly factNumberList: { id: string; values: readonly number[] }[] = [];
  /** Each reported deviation with the figures of what the article said, read once. */
  private readonly deviationNumbers: { deviation: Deviation; said: readonly number[] }[];
  /** Each fact's figures given in its own phrasings (questions, keywords): the figures it is about, not only cites. */
  private readonly phrasedNumbers = new Map<string, number[]>();
  /** Each fact's answer's content terms, per language: `covers` compares what two answers say. */
  private readonly answerTerms = new Map<string, Record<Locale, ReadonlySet<string>>>();
  /** Facts whose answer gives a date (a year, month or day): they may correct a date a question gives. */
  private readonly dated = new Set<string>();
  /** Each reported deviation's search terms, from what the article said and what the sources say, both languages. */
  private readonly deviationTerms = new Map<string, ReadonlySet<string>>();
  /** Each reported deviation's terms of what the article said alone, read in both languages. */
  private readonly reportedTerms = new Map<string, ReadonlySet<string>>();
  /** Each signatory's works, as folded words: the titles in brackets in `knownFor` ("Selma", "Poker Face"). */
  private readonly works: { title: string[]; bracketed: boolean; name: string }[];
  /** Each fact's texts (topic, answers, questions, keywords) as folded words, one space apart and around. */
  private readonly factText = new Map<string, string>();
  /** Each quote of the letter, and each fact's English answer, as folded words: `verbatimQuote` looks for runs of a question in them. */
  private readonly quoteWords: { quote: Quote; words: string[] }[];
  private readonly answerWords = new Map<string, string[]>();
  /** Whether a question is about another topic than the story (another name, year, letter or law). */
  private readonly topic: TopicGuard;
  /** The outlets of the `outlet` premise that no fact names ("hollywood reporter", "le monde"), each as its folded words, by its first word. */
  private readonly unreportedOutlets = new Map<string, (readonly string[])[]>();
  /**
   * The names a fact is about (see `namesOtherThanOwn`): the words of its topic typed with a capital that are names and
   * among its keywords, shared by fewer than `SHARED_NAME_FACTS` facts, no month ("Natasha Lyonne's lobbying", "Kadrey v.
   * Meta"); only for a topic that opens on one of them, none for one that names nobody ("Who the letter was addressed to").
   */
  private readonly ownNames = new Map<string, ReadonlySet<string>>();
  /** The words of the acronyms the data types all in capitals ("WGA", "SAG-AFTRA"), folded: names of bodies. */
  private readonly acronymWords: ReadonlySet<string>;
  /** The one fact that counts the signers (its phrasings ask how many signed, and it gives figures), if exactly one does. */
  private readonly signerCounter: Fact | undefined;
  /** The titles the facts' topics quote (see `TOPIC_TITLE`), folded: a campaign's or a text's name, and whose fact it is. */
  private readonly titles: Title[] = [];
  /** The same titles by their first word: a question is scanned for them only at the words that open one (`titlesIn`). */
  private readonly titleOpenings = new Map<string, Title[]>();
  /** A phrase of thanks closing a question, as `closingThanksPattern` makes it from `followUps.thanks` and `thanksTails`. */
  private readonly closingThanks: RegExp | null;
  /** The checks applied after the decision: the slot asked for, what a name owns, what a figure counts, follow-ups. */
  private readonly checks: AnswerChecks;
  /** What a question asks of an event (an appeal, a cost, a vote…), which the answering fact must say (`data/concepts.json` `attributes`). */
  private readonly attributes: AttributeCheck;
  /** The signatory matcher, each span matched once across questions (bounded): the name index does not change. */
  private readonly nameMatcher: Pick<NameIndex, 'match'>;
  /** What the refinements of a decision read of this engine (`refine.ts`). */
  private readonly lookups: RefineLookups & PremiseLookups;
  /** What the signing step reads of this engine (`signing.ts`). */
  private readonly signingLookups: SigningLookups;
  /** The calibration without the leads that forgive unmatched words (`strict`), made once. */
  private readonly strictCalibration: Calibration;
  /** The one fact whose keywords say it sums the letter up (a keyword in each language read as c:main: "summary", "résumé"), if exactly one does. */
  private readonly overview: Fact | undefined;
  /**
   * What the one question being answered has read and decided (`QuestionMemo`): made at its first use, dropped when the
   * question ends (one memo a question, none made only to be dropped).
   */
  private held: QuestionMemo | null = null;
  /** Whether the question is read again with its casual words weighing less (`ask`, `decideByFacts`). */
  private casualReading = false;
  /** Whether the facts declined a reading of the question being answered that has casual words (`decideByFacts`). */
  private casualSeen = false;

  constructor(
    private readonly data: Pick<FactBaseData, 'facts' | 'timeline' | 'letter' | 'deviations' | 'signatories'> & { concepts: ConceptData; examples?: ExampleData },
    private readonly names: NameIndex,
    private readonly calibration: Calibration = DEFAULT_CALIBRATION,
    /**
     * Readings of the data's texts by `readingKey`, as a build stored them for exactly this data and code
     * (src/reading-cache.ts), else empty; the build adds each reading it makes (the examples are read twice).
     */
    readings: Map<string, Reading> = new Map(),
  ) {
    this.lexicon = new Lexicon(data.concepts);
    this.strictCalibration = strict(calibration);
    const thanks = data.concepts.followUps?.thanks;
    this.closingThanks = closingThanksPattern([...(thanks?.en ?? []), ...(thanks?.fr ?? [])].map(splitWords), this.lexicon.wordList('thanksTails'));
    // The signatories' names and aliases as the name index reads them (initials too: see `withInitials`).
    const signatories = withInitials(data.signatories);
    this.givenNames = new Set(signatories.flatMap((s) => [s.name, ...s.aliases].flatMap((name) => splitWords(name).slice(0, -1))));
    this.nameMatcher = matchingOnce(names);
    this.lexicon.learn([
      ...data.facts.flatMap((f) => [f.topic, f.answer.en, f.answer.fr, ...f.questions.en, ...f.questions.fr, ...f.keywords.en, ...f.keywords.fr]),
      ...data.timeline.flatMap((e) => [e.title.en, e.title.fr, e.detail.en, e.detail.fr]),
      ...data.letter.quotes.map((q) => q.text),
    ]);
    this.lexicon.learnNames(signatories.flatMap((s) => [s.name, ...s.aliases]));
    // From here the lexicon knows every word it will: a text reads the same each time until the engine is built.
    this.lexicon.useReadings(readings);
    this.quotes = new Map(data.letter.quotes.map((q) => [q.id, q]));
    this.deviationNumbers = data.deviations.map((deviation) => ({ deviation, said: readNumbers(deviation.articleSays).numbers }));
    this.quoteWords = data.letter.quotes.map((quote) => ({ quote, words: splitWords(quote.text) }));
    // A title after "of" is named without its article too ("Matrix co-creator", "a Beatle"); a title in brackets only
    // as written ("The Bear" is no bear).
    this.works = data.signatories
      .flatMap((sig) =>
        [sig.knownFor.en, sig.knownFor.fr].flatMap((k) =>
          workTitles(k).flatMap(({ title, bracketed }) => {
            const words = splitWords(title);
            const bare = !bracketed && words.length > 1 && this.lexicon.wordList('titleArticles').has(words[0]!) ? [{ title: words.slice(1), bracketed, name: sig.name }] : [];
            return [{ title: words, bracketed, name: sig.name }, ...bare];
          }),
        ),
      )
      .filter((w) => w.title.length > 0);
    this.facts = new Retriever(
      this.lexicon,
      data.facts.map((f) => {
        const quote = f.quote ? this.quotes.get(f.quote)?.text : undefined;
        return {
          id: f.id,
          item: f,
          phrasings: { en: [f.topic, ...f.questions.en, ...f.keywords.en], fr: [...f.questions.fr, ...f.keywords.fr] },
          body: { en: [f.answer.en, ...(quote ? [quote] : [])], fr: [f.answer.fr] },
        };
      }),
    );
    this.quoted = new Retriever(
      this.lexicon,
      data.facts.flatMap((f) => {
        const quote = f.quote ? this.quotes.get(f.quote)?.text : undefined;
        if (!quote) return [];
        // The answer, which gives the quote's content in both languages, is read with the phrasings: a request in French
        // for the letter's (English) words finds them by the French answer's words ("affaiblir", "métiers").
        return [{ id: f.id, item: f, phrasings: { en: [quote], fr: [] }, body: { en: [f.topic, f.answer.en, ...f.questions.en, ...f.keywords.en], fr: [f.answer.fr, ...f.questions.fr, ...f.keywords.fr] } }];
      }),
    );
    this.learned = new Retriever<string | null>(
      this.lexicon,
      (data.examples?.examples ?? []).map((x) => ({ id: x.id, item: x.fact, phrasings: { en: x.lang === 'en' ? [x.q] : [], fr: x.lang === 'fr' ? [x.q] : [] }, body: { en: [], fr: [] } })),
    );
    // The examples no fact answers, as read: `AnswerChecks` keeps those that ask something (`offTopicDecision`).
    const offTopic: { id: string; reading: Reading }[] = [];
    for (const x of data.examples?.examples ?? []) {
      const read = this.lexicon.read(x.q, x.lang);
      if (x.fact === null) offTopic.push({ id: x.id, reading: read });
      for (const term of new Set(read.terms.filter((t) => t.kind === 'word' && t.weight >= 1).map((t) => t.term))) {
        const use = this.exampleUse.get(term) ?? { answered: 0, declined: 0 };
        if (x.fact === null) use.declined += 1;
        else use.answered += 1;
        this.exampleUse.set(term, use);
      }
      this.exampleNames.set(x.id, [...new Set(read.terms.filter((t) => t.kind === 'number' || (t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(read.corrected[t.at] ?? ''))).map((t) => t.term))]);
    }
    this.events = new Retriever(
      this.lexicon,
      data.timeline.map((e) => ({ id: e.id, item: e, phrasings: { en: [e.title.en, ...(e.aliases?.en ?? [])], fr: [e.title.fr, ...(e.aliases?.fr ?? [])] }, body: { en: [e.detail.en], fr: [e.detail.fr] } })),
    );
    this.comparer = new EventComparer(this.events, this.lexicon);
    for (const f of data.facts) {
      const texts = [f.topic, f.answer.en, f.answer.fr, ...f.questions.en, ...f.questions.fr, ...f.keywords.en, ...f.keywords.fr];
      this.factText.set(f.id, ` ${texts.map((t) => splitWords(t).join(' ')).join(' | ')} `);
      this.answerWords.set(f.id, splitWords(f.answer.en));
      const said = (l: Locale): ReadonlySet<string> => new Set(this.lexicon.read(f.answer[l], l).terms.filter((t) => t.weight >= 1).map((t) => t.term));
      this.answerTerms.set(f.id, { en: said('en'), fr: said('fr') });
      for (const q of [...f.questions.en, ...f.questions.fr]) {
        const key = splitWords(q).join(' ');
        if (!this.exact.has(key)) this.exact.set(key, f);
      }
      // One-word keywords as typed ("stargate"), not as stems ("droits" is not "droite").
      // Names only ("Stargate", "DeepSeek", "RFI"): a common word that is a keyword ("date") is too thin a question alone.
      const single = [...f.keywords.en, ...f.keywords.fr, f.topic].filter((k) => splitWords(k).length === 1 && startsWithCapital(k.trim()));
      this.keywordWords.set(f.id, new Set(single.map((k) => splitWords(k)[0]!)));
      const concepts = [...f.keywords.en.map((k) => this.lexicon.read(k, 'en').terms), ...f.keywords.fr.map((k) => this.lexicon.read(k, 'fr').terms)]
        .filter((terms) => terms.length === 1 && (terms[0]!.kind === 'concept' || terms[0]!.kind === 'role'))
        .map((terms) => terms[0]!.term);
      this.keywordConcepts.set(f.id, new Set(concepts));
      const quote = f.quote ? (this.quotes.get(f.quote)?.text ?? '') : '';
      this.factNumbers.set(f.id, readNumbers(`${f.answer.en} ${f.keywords.en.join(' ')} ${quote}`).numbers);
      this.factNumberList.push({ id: f.id, values: this.factNumbers.get(f.id)! });
      this.phrasedNumbers.set(f.id, readNumbers(`${f.keywords.en.join(' ')} ${f.questions.en.join(' ')}`).numbers);
      if (dateWordsAt(splitWords(f.answer.en), this.lexicon.wordList('ordinalEndings')).size > 0) this.dated.add(f.id);
    }
    const texts = [
      ...data.facts.flatMap((f) => [f.topic, f.answer.en, f.answer.fr, ...f.questions.en, ...f.questions.fr, ...f.keywords.en, ...f.keywords.fr]),
      ...data.timeline.flatMap((e) => [e.title.en, e.title.fr, e.detail.en, e.detail.fr]),
      ...data.letter.quotes.map((q) => q.text),
      ...data.deviations.flatMap((d) => [d.articleSays, d.sourcesSay.en, d.sourcesSay.fr]),
      ...data.signatories.flatMap((s) => [s.name, s.knownFor.en, s.knownFor.fr]),
    ];
    // The words the data types all in capitals ("WGA", "RFI", "US"): acronyms of the story's names.
    const acronyms = new Set(texts.flatMap(typedWords).filter(isAcronym));
    this.acronymWords = new Set([...acronyms].flatMap((a) => splitWords(a)));
    const dated = [...data.facts.flatMap((f) => [f.answer.en, ...f.questions.en, ...f.keywords.en]), ...data.timeline.flatMap((e) => [e.date, e.title.en, e.detail.en])];
    // A fact's quote says what it says too ("put a price tag" on the tech giants).
    const saying = new Map(data.facts.map((f) => [f.id, `${this.factText.get(f.id) ?? ''} ${f.quote ? splitWords(this.quotes.get(f.quote)?.text ?? '').join(' ') : ''} `]));
    const clauseOf = (text: string, lang: Locale): { text: string; names: ReadonlySet<string> } => {
      const { terms, words } = this.lexicon.read(text, lang);
      const names = terms.filter((t) => t.kind === 'word' && this.lexicon.isName(words[t.at] ?? '') && !MONTHS.has(words[t.at] ?? '')).map((t) => words[t.at]!);
      return { text: padded(text), names: new Set(names) };
    };
    const clauses = new Map(data.facts.map((f) => [f.id, (['en', 'fr'] as const).flatMap((lang) => f.answer[lang].split(CLAUSE_END).filter((c) => c.trim().length > 0).map((c) => clauseOf(c, lang)))]));
    // The facts whose own event (the first date their answer gives) falls after the letter's filing: the December
    // order, the 2026 campaign.
    const filed = Number(data.letter.submitted.date.replace(/-/g, ''));
    this.letterYear = Math.floor(filed / 10000);
    const laterFacts = new Set(data.facts.filter((f) => (firstDate(splitWords(f.answer.en)) ?? 0) > filed).map((f) => f.id));
    this.attributes = new AttributeCheck(data.concepts.attributes, saying, this.lexicon.wordList('phraseAdverbs'), clauses, laterFacts, this.lexicon.wordList('inPlaceAsking'));
    // Each fact's words before a word of reacting in one of its answers' sentences: who may react in it (read once here,
    // not at every question that asks how a company reacted).
    const subjectsOf = (verbs: ReadonlySet<string>, phrasings: boolean): Map<string, Set<string>> =>
      new Map(
        data.facts.map((f) => [
          f.id,
          new Set(
            (['en', 'fr'] as const).flatMap((lang) =>
              [...f.answer[lang].split(SENTENCE_BREAK), ...(phrasings ? f.questions[lang] : [])].flatMap((sentence) => {
                const reading = this.lexicon.read(sentence, lang);
                const last = Math.max(-1, ...reading.terms.filter((t) => verbs.has(t.term)).map((t) => t.at));
                return reading.words.slice(0, Math.max(0, last));
              }),
            ),
          ),
        ]),
      );
    const reactionSubjects = subjectsOf(new Set(['c:react']), false);
    // Who says something in a fact: the words before a word of saying or reacting in one of its answers' sentences or
    // its questions ("what did Google argue": its answer says "it argued").
    const sayingSubjects = subjectsOf(new Set(['c:react', 'c:argue']), true);
    // The facts in which the letter or its signers ask for something: a word of asking (c:demand) whose subject, right
    // before it past auxiliaries (`subjectEndBefore`), is the letter or a word of its signers ("the letter asks", "what
    // do the stars want"), in one of its answers' sentences or its questions.
    const signersAsking = new Set(
      data.facts
        .filter((f) =>
          (['en', 'fr'] as const).some((lang) =>
            [...f.answer[lang].split(SENTENCE_BREAK), ...f.questions[lang]].some((sentence) => {
              const { terms, words } = this.lexicon.read(sentence, lang);
              return terms.some((verb) => {
                if (verb.term !== 'c:demand') return false;
                const k = this.lexicon.subjectEndBefore(words, verb.at, true);
                return terms.some((t) => t.at <= k && k < t.at + (t.span ?? 1) && (t.term === 'c:letter' || SIGNER_TERMS.has(t.term)));
              });
            }),
          ),
        )
        .map((f) => f.id),
    );
    this.premises = new PremiseReader(data.concepts.premises ?? [], this.factText, this.factNumbers, data.signatories.map((sig) => sig.name), (term) => this.facts.knows(term), { after: this.lexicon.wordList('letterPronounsAfter'), before: this.lexicon.wordList('letterPronounsBefore') }, (fact, term) => this.facts.carries(fact, term), {
      askers: this.lexicon.wordList('askerSubjects'),
      eras: this.lexicon.wordList('eraWords'),
      remarkCopulas: this.lexicon.wordList('remarkCopulas'),
      about: this.lexicon.wordList('aboutWords'),
      articles: this.lexicon.wordList('articles'),
      pieces: this.lexicon.wordList('sourceDocuments'),
      letterNouns: this.lexicon.wordList('letterNouns'),
      ordinalEndings: this.lexicon.wordList('ordinalEndings'),
      ofWords: this.lexicon.wordList('ofWords'),
      indefinite: this.lexicon.wordList('indefiniteArticles'),
      possessives: this.lexicon.wordList('possessiveMarks'),
      companies: this.lexicon.wordList('companyNames'),
      filingNouns: this.lexicon.wordList('filingNouns'),
      filingPossessives: this.lexicon.wordList('filingPossessives'),
      filingOwnWords: this.lexicon.wordList('filingOwnWords'),
      signerNouns: this.lexicon.wordList('signerNouns'),
      affiliations: this.lexicon.wordList('affiliationWords'),
      courts: this.lexicon.wordList('courtNouns'),
      isStopword: (word) => this.lexicon.isStopword(word),
    });
    // The years the facts and the timeline give (2023, 2025, 2026): the story's time.
    const storyYears = [...new Set(dated.flatMap((t) => readNumbers(t).years))];
    // The letter's addressees wrongly given: the values of its premises that name who (`asks`) and that a word of
    // addressing or receiving asserts (not "aimed at Meta", which names what it targets).
    const letterPremises = (data.concepts.premises ?? []).filter((slot) => slot.subject.includes('letter') && slot.asks === 'who' && slot.asserts.some((a) => ADDRESSING.has(a)));
    const premiseValues = new Map<string, string[][]>();
    // Each value once, though two slots (sent to, received by) give the same addressees.
    for (const value of new Set(letterPremises.flatMap((slot) => [...(slot.values.en ?? []), ...(slot.values.fr ?? [])]))) {
      const phrase = splitWords(value);
      for (const w of new Set(phrase)) premiseValues.set(w, [...(premiseValues.get(w) ?? []), phrase]);
    }
    // The outlets the data knows as no source of the letter's coverage (the `outlet` premise's values) that no fact's
    // text names either: what one of them wrote is in no fact (the Wall Street Journal's profile of Lyonne is).
    const factTexts = [...this.factText.values()];
    const unreported = (data.concepts.premises ?? [])
      .filter((slot) => slot.id === 'outlet')
      .flatMap((slot) => [...(slot.values.en ?? []), ...(slot.values.fr ?? [])])
      .map((value) => splitWords(value))
      .filter((phrase) => phrase.length > 0 && !factTexts.some((text) => text.includes(` ${phrase.join(' ')} `)));
    for (const phrase of unreported) this.unreportedOutlets.set(phrase[0]!, [...(this.unreportedOutlets.get(phrase[0]!) ?? []), phrase]);
    // The year of the story's last dated event: what the sources can report ends there.
    const lastYear = Math.max(...data.timeline.map((e) => Number(e.date.slice(0, 4))));
    this.topic = new TopicGuard(this.lexicon, (term) => this.facts.knows(term), this.factText, acronyms, storyYears, lastYear, (parsed) => this.typedOf(parsed), premiseValues);
    // A name among the keywords of several facts ("AI") is the story's, no one fact's own; nor is a month.
    const keywordsOf = (f: Fact): Set<string> => new Set([...f.keywords.en, ...f.keywords.fr].flatMap((k) => splitWords(k)));
    const keywordFacts = new Map<string, number>();
    for (const f of data.facts) for (const w of keywordsOf(f)) keywordFacts.set(w, (keywordFacts.get(w) ?? 0) + 1);
    for (const f of data.facts) {
      const typed = typedWords(f.topic);
      const folded = splitWords(f.topic);
      if (typed.length !== folded.length) continue;
      const keywords = keywordsOf(f);
      const own = new Set(folded.filter((w, k) => startsWithCapital(typed[k]!) && this.lexicon.isName(w) && keywords.has(w) && (keywordFacts.get(w) ?? 0) < SHARED_NAME_FACTS && !MONTHS.has(w)));
      // Only a topic that opens on a name, one of them, is about them: "Kadrey v. Meta", "Natasha Lyonne's lobbying";
      // not "What the BFMTV article got wrong".
      let opens = 0;
      while (opens < folded.length && startsWithCapital(typed[opens]!) && this.lexicon.isName(folded[opens]!)) opens += 1;
      if (folded.slice(0, opens).some((w) => own.has(w))) this.ownNames.set(f.id, own);
    }
    // In both languages: a French "résumés" may be a case's headnotes.
    const sums = (f: Fact, l: Locale): boolean => f.keywords[l].some((k) => this.lexicon.read(k, l).terms.map((t) => t.term).join(' ') === 'c:main');
    const summing = data.facts.filter((f) => sums(f, 'en') && sums(f, 'fr'));
    this.overview = summing.length === 1 ? summing[0] : undefined;
    const counters = data.facts.filter((f) => (this.factNumbers.get(f.id) ?? []).length > 0 && this.facts.field(f.id, 'c:sign') === 2 && this.facts.field(f.id, 'c:howmany') === 2);
    this.signerCounter = counters.length === 1 ? counters[0] : undefined;
    this.checks = new AnswerChecks(this.lexicon, this.facts, data.facts, data.concepts, this.dated, this.factNumbers, this.attributes, this.calibration, this.learned, this.exampleNames, data.examples?.examples ?? [], offTopic);
    for (const d of data.deviations) {
      const read = [this.lexicon.read(`${d.articleSays} ${d.sourcesSay.en}`, 'en'), this.lexicon.read(`${d.articleSays} ${d.sourcesSay.fr}`, 'fr')];
      this.deviationTerms.set(d.id, new Set(read.flatMap((r) => r.terms.filter((t) => t.kind !== 'number').map((t) => t.term))));
      const said = [this.lexicon.read(d.articleSays, 'en'), this.lexicon.read(d.articleSays, 'fr')];
      this.reportedTerms.set(d.id, new Set(said.flatMap((r) => r.terms.filter((t) => t.kind !== 'number' && t.weight >= 1).map((t) => t.term))));
    }
    const signatoryWords = new Set(signatories.flatMap((s) => [s.name, ...s.aliases].flatMap((name) => splitWords(name))));
    // Each title a fact's topic quotes (two words or more: 'The 2026 "Stealing Isn't Innovation" campaign'), folded.
    for (const f of data.facts) {
      for (const m of f.topic.matchAll(TOPIC_TITLE)) {
        const words = splitWords(m[1] ?? m[2] ?? '');
        if (words.length >= TITLE_WORDS) this.titles.push({ id: f.id, words, padded: ` ${words.join(' ')} ` });
      }
    }
    for (const t of this.titles) this.titleOpenings.set(t.words[0]!, [...(this.titleOpenings.get(t.words[0]!) ?? []), t]);
    // Whether every fact that carries a word is about signing, asked of a name's words: the facts never change, so each
    // word's answer is kept (at most 4,096 words: typed words are unbounded).
    const signersOnly = new Map<string, boolean>();
    this.signingLookups = {
      letterYear: this.letterYear,
      facts: this.facts,
      lexicon: this.lexicon,
      signatoryWords,
      amongSignersOnly: (word) => {
        let only = signersOnly.get(word);
        if (only === undefined) {
          const carrying = data.facts.filter((f) => this.facts.carries(f.id, word));
          only = carrying.length > 0 && carrying.every((f) => this.facts.carries(f.id, 'c:sign'));
          if (signersOnly.size >= 4096) signersOnly.clear();
          signersOnly.set(word, only);
        }
        return only;
      },
      matchName: (span) => this.nameMatcher.match(span),
      calibration: this.calibration,
      factNumbers: this.factNumbers,
      signerCounter: this.signerCounter,
      signerCounts: (parsed, named) => this.signerCounts(parsed, named),
      nounSignerCounts: (parsed) => this.nounSignerCounts(parsed),
      namesOtherTitle: (parsed, id) => this.titlesIn(parsed.reading.words).some((t) => t.id !== id),
      namedInLetter: (span, lang) => this.namedInLetter(span, lang),
      askedAttributes: (parsed, signing) => this.askedAttributes(parsed, signing),
      signatoryByWork: (parsed) => this.signatoryByWork(parsed),
      signatoriesByWork: (parsed) => this.signatoriesByWork(parsed),
      retrieve: (parsed) => this.retrieve(parsed),
      isNumberCheck: (parsed) => this.isNumberCheck(parsed),
      factAnswer: (parsed, fact, mode, confidence, candidates) => this.factAnswer(parsed, fact, mode, confidence, candidates),
      candidate: (r, lang) => this.candidate(r, lang),
    };
    this.lookups = {
      facts: this.facts,
      lexicon: this.lexicon,
      calibration: this.calibration,
      checks: this.checks,
      attributes: this.attributes,
      premises: this.premises,
      factText: this.factText,
      answerWords: this.answerWords,
      factNumbers: this.factNumbers,
      phrasedNumbers: this.phrasedNumbers,
      deviationTerms: this.deviationTerms,
      reportedTerms: this.reportedTerms,
      keywordWords: this.keywordWords,
      keywordConcepts: this.keywordConcepts,
      covers: (id, other) => this.covers(id, other),
      typedOf: (parsed) => this.typedOf(parsed),
      askedAttributes: (parsed) => this.askedAttributes(parsed),
      factsWithNumbers: (numbers) => this.factsWithNumbers(numbers),
      deviationsFor: (numbers) => this.deviationsFor(numbers),
      namelessSlot: (parsed, searchTerms, id) => this.namelessSlot(parsed, searchTerms, id),
      reactionSubjects,
      sayingSubjects,
      signersAsking,
      latestDates: new Map(data.facts.map((f) => [f.id, latestDate(splitWords(f.answer.en))] as const).filter((e): e is [string, number] => e[1] !== undefined)),
      letterDate: Number(data.letter.submitted.date.replace(/-/g, '')),
      earliestYears: new Map(
        data.facts.map((f) => [f.id, earliestYear(splitWords(f.answer.en), this.lexicon.wordList('yearUnits'), Number(data.letter.submitted.date.slice(0, 4)))] as const),
      ),
      paymentRoles: paymentRolesOf(this.lexicon, data.facts),
      namesOtherLetter: (parsed) => this.namesOtherLetter(parsed),
      addressingWords: this.lexicon.wordList('addressingWords'),
      toWhomLinks: this.lexicon.wordList('toWhomLinks'),
      futureTense: (parsed) => this.futureTense(parsed),
    };
    this.lexicon.useReadings(null);
  }

  /** Decide how to answer a question; `lang` forces the answer language (else the question's, else `fallback`). */
  ask(typed: string, fallback: Locale, lang?: Locale): AskOutcome & { lang: Locale } {
    // One memo for every reading below (`answering`): the question read again without a remark, a courtesy or a label
    // meets the parts the first reading read and decided.
    return this.answering(() => this.askAll(typed, fallback, lang));
  }

  private askAll(typed: string, fallback: Locale, lang?: Locale): AskOutcome & { lang: Locale } {
    const outcome = this.askTyped(typed, fallback, lang);
    if (outcome.verdict === 'answered') return outcome;
    // "which came first in 23, the writers deal or the actors deal", "WGA walkout in '23": two digits right after a
    // word that opens a time (`shortYearLeads`: "in", "en", "since"), before a clause's end or the text's (or after an
    // apostrophe), are a year of the story's century typed short; read as the year they are when the whole is not
    // answered, and kept only when that reading answers.
    const longYears = withLongYears(typed, this.lexicon.wordList('shortYearLeads'));
    if (longYears !== null) {
      const again = this.askTyped(longYears, fallback, lang);
      if (again.verdict === 'answered') return again;
    }
    // "hey bot, hope your day's going ok 🙂 quick one: who…?", "Sorry to bother you again. Subs are asking whether…": an
    // opening sentence that greets, thanks or apologises (`openingCourtesy`) and says nothing the facts know is the
    // asker's, no part of the question; its words (a "day", a "line") drew other facts when the whole was ranked. A
    // question not answered whole is read again without it, and only an answer replaces the first reading.
    // So is an opening clause before a ":" or a dash that says nothing either ("Dernière question avant l'enregistrement :",
    // "Last thing and then I'll leave you alone —"), read only after such an opening sentence, where the asker's
    // preamble goes on ("Merci pour tout à l'heure, c'était top. Dernière question…").
    // "whats Asteria? keeps coming up in the wires", « c'était quel jour ? bisous »: a remark after the question's last "?"
    // that asks nothing (no question word, no yes/no word: `asksNothing`) says where the asker met the name, who asks or
    // goodbye; the question is what comes before it. Kept only when the whole, remark and all, ranks the fact close to
    // its best: a remark that points elsewhere ("? need the union's angle") is part of what is asked. Nor one that names
    // someone or something the facts do not know ("? it keeps coming up next to <another actor>'s name"): the name may be
    // what is asked about, and the question alone would answer of the story's own.
    const remark = closingRemark(typed);
    // Only a question declined whole: choices offered on it weighed the remark's words against the question's.
    const closeToWhole = (again: AskOutcome): boolean => !(answersFact(again) && this.ranksFarBehind(this.parseOnce(typed, lang), again.fact.id));
    const bare = remark !== null && outcome.verdict === 'no_answer' && this.asksNothing(remark.remark, lang) && this.saysOfStoryOnly(remark.remark, lang) ? remark.rest : null;
    if (bare !== null) {
      const again = this.askTyped(bare, fallback, lang);
      if (again.verdict === 'answered' && closeToWhole(again)) return again;
    }
    // "…il est perdu le pauvre, bref, la lettre elle est partie quel jour ?": after a word that turns from chatter to the
    // point (`resumedQuestion`), what follows is the question, kept on the same terms as the remark's.
    const resumed = outcome.verdict === 'no_answer' ? resumedQuestion(bare ?? typed, this.lexicon.wordList('resumingWords')) : null;
    if (resumed !== null && this.saysOfStoryOnly(resumed.opening, lang)) {
      const again = this.askTyped(resumed.rest, fallback, lang);
      if (again.verdict === 'answered' && closeToWhole(again)) return again;
    }
    const courtesy = openingCourtesy(typed, this.lexicon.wordList('openingCourtesies'));
    if (courtesy === null || !this.saysNothing(courtesy.opening, lang)) return outcome;
    const again = this.askTyped(courtesy.rest, fallback, lang);
    if (again.verdict === 'answered') return again;
    const label = openingLabel(courtesy.rest);
    if (label === null || !this.saysNothing(label.opening, lang)) return outcome;
    const rest = this.askTyped(label.rest, fallback, lang);
    if (rest.verdict !== 'answered') return outcome;
    // Kept only when the text with the clause ranks the fact close to its best: the clause's words said nothing, so a
    // fact far behind is one the bare question misread ("who did they send it to?" read as who sent it).
    const far = answersFact(rest) && this.ranksFarBehind(this.parseOnce(courtesy.rest, lang), rest.fact.id);
    return far ? outcome : rest;
  }

  /**
   * Whether a text names no one and nothing the story does not know: each of its words is one the facts use, or a common
   * word not typed with a capital inside a sentence ("le studio de Gosling", "next to Streep's name" are not).
   */
  private namesOnlyKnown(parsed: ParsedQuestion): boolean {
    const { shown, words } = parsed.reading;
    return this.searchTermsOf(parsed).every(
      (t) =>
        t.weight < 1 ||
        this.facts.knows(t.term) || t.kind !== 'word' || (commonWord(words[t.at] ?? '', parsed.lang) && !(shown.length === words.length && capitalInside(shown, t.at, this.typedOf(parsed).opening))),
    );
  }

  /**
   * Whether a remark around a question is the asker's alone: it names only signatories (`namesOnlyKnown` of the rest:
   * "next to Lyonne's name", not "Streep's" nor "The OpenAI") and speaks of no letter.
   */
  private saysOfStoryOnly(text: string, lang: Locale | undefined): boolean {
    const parsed = this.parseOnce(text, lang);
    const { corrected, shown, words } = parsed.reading;
    // "Streep" read as "street": a name typed with a capital is a stranger when the facts know only its respelling.
    const respelled = shown.length === words.length && words.some((w, k) => w !== corrected[k] && capitalInside(shown, k, this.typedOf(parsed).opening));
    // "…? The OpenAI": a name of the story that is no signatory's may be what is asked about.
    const signed = parsed.people.filter((p) => p.match.verdict === 'signed').flatMap((p) => splitWords(p.span));
    const named = this.searchTermsOf(parsed).some((t) => t.kind === 'word' && this.lexicon.isName(corrected[t.at] ?? '') && !signed.includes(splitWords(words[t.at] ?? '').join(' ')));
    // "…? c'est pour la lettre du ciné-club": a letter of the asker's own may be the one asked about.
    const letter = this.searchTermsOf(parsed).some((t) => t.term === 'c:letter');
    return !respelled && !named && !letter && parsed.people.every((p) => p.match.verdict === 'signed') && this.namesOnlyKnown(parsed);
  }

  /** Whether a text asks nothing: no question word and no yes/no word. */
  private asksNothing(text: string, lang: Locale | undefined): boolean {
    return !this.parseOnce(text, lang).reading.cues.some((c) => c.cue === 'wh' || c.cue === 'yesno');
  }

  /**
   * Whether a text names no one and says nothing of the story: its terms are stop words, chatter, and words that are no
   * name and that the facts do not use or that are common words ("coffee hasn't kicked in yet", « c'était top »), never a
   * concept the facts are found by ("air" as a recipient, a lawsuit), a year or a name.
   */
  private saysNothing(text: string, lang: Locale | undefined): boolean {
    const parsed = this.parseOnce(text, lang);
    if (parsed.people.length > 0 || parsed.years.length > 0) return false;
    const { corrected, words } = parsed.reading;
    const idle = (t: Term): boolean =>
      t.kind === 'word' && !this.lexicon.isName(corrected[t.at] ?? '') && (!this.facts.knows(t.term) || commonWord(words[t.at] ?? '', parsed.lang));
    return this.searchTermsOf(parsed).every((t) => t.weight < 1 || idle(t));
  }

  private askTyped(typed: string, fallback: Locale, lang?: Locale): AskOutcome & { lang: Locale } {
    // A closing of thanks ("…or after thanks!", "… merci !") is no part of the question (`withoutClosingThanks`); dropped
    // first, so that a question typed in capitals before it is read as shouted ("DID X SIGN thanks!").
    const thanked = withoutClosingThanks(typed, this.closingThanks) ?? typed;
    // So is a closing particle of following on ("what about google then": `withoutClosingParticle`), which read as a word
    // of what came next made a bare follow-up ask what came of the thing it names.
    const asked = withoutClosingParticle(thanked, this.lexicon.wordList('closingParticles'), this.lexicon.wordList('particleLeads')) ?? thanked;
    const question = this.lexicon.formatCounts(this.lexicon.clockTimes(spelledFigures(this.lexicon.expanded(this.lexicon.unshortened(unshouted(asked))))));
    this.casualSeen = false;
    const read = (): AskOutcome & { lang: Locale } => this.placeKept(question, lang, this.titleKept(question, lang, this.askText(question, fallback, lang, 0)));
    const outcome = read();
    // Only when some reading the facts declined had casual words: the reading again differs from the first nowhere else.
    if (outcome.verdict !== 'no_answer' || !this.casualSeen) return outcome;
    // A question declined as read is read again with its casual words weighing less (`commonMarked`, in
    // `decideByFacts`): every rule runs again on that reading, and only an answer replaces the declining (choices
    // offered on it were as often off-topic questions as fair ones on dev). Only the decisions depend on the casual
    // reading: the question's parts as read, their search terms, retrievals and premises are kept from the first
    // reading (reading all of them again doubled the time of the slowest questions: the bench's p99).
    // Its decisions are kept apart and dropped after it: the question read again without a remark or a courtesy
    // (`ask`) meets the first reading's.
    const plain = this.memo.decided;
    this.memo.decided = { en: new Map(), fr: new Map() };
    this.casualReading = true;
    try {
      const again = read();
      return again.verdict === 'answered' ? again : outcome;
    } finally {
      this.casualReading = false;
      this.memo.decided = plain;
    }
  }

  /**
   * "En France, les comédiens de doublage ont lancé une pétition… ?", "in the UK, who…?": a question that opens on a
   * preposition of place (`placeOpeners`, past an article) before another country than the story's (`otherCountries`)
   * is set in that country; an answer whose fact never names it answers a part read without it: declined.
   */
  private placeKept(question: string, lang: Locale | undefined, outcome: AskOutcome & { lang: Locale }): AskOutcome & { lang: Locale } {
    if (!answersFact(outcome)) return outcome;
    const { terms, corrected: words } = this.parseOnce(question, lang).reading;
    if (!this.lexicon.wordList('placeOpeners').has(words[0] ?? '')) return outcome;
    const at = this.lexicon.wordList('articles').has(words[1] ?? '') ? 2 : 1;
    const country = terms.find((t) => t.at === at && (t.span ?? 1) === 1 && this.lexicon.wordList('otherCountries').has(words[at] ?? ''));
    if (country === undefined || this.facts.carries(outcome.fact.id, country.term)) return outcome;
    return { verdict: 'no_answer', mode: outcome.mode, candidates: [], parsed: outcome.parsed, confidence: 0, lang: outcome.lang };
  }

  /**
   * The titles the facts' topics quote that a question's folded words spell (`titles`), in their order: each word is
   * looked up among the titles' first words, and only a title it opens is matched from there.
   */
  private titlesIn(words: readonly string[]): readonly Title[] {
    let found: Set<Title> | null = null;
    for (let k = 0; k < words.length; k++) {
      const opened = this.titleOpenings.get(words[k]!);
      if (opened === undefined) continue;
      for (const t of opened) if (spelledAt(words, k, t.words)) (found ??= new Set()).add(t);
    }
    return found === null ? NO_TITLES : this.titles.filter((t) => found.has(t));
  }

  /**
   * "J'ai vu passer « Stealing Isn't Innovation »… C'est qui qui l'a lancée ?": a question that types a title another
   * fact's topic quotes is about that text; a fact answered that never names it (the letter's organisers) answers a part
   * read without it: that text's fact and the one found are offered, never the one found alone.
   */
  private titleKept(question: string, lang: Locale | undefined, outcome: AskOutcome & { lang: Locale }): AskOutcome & { lang: Locale } {
    if (!answersFact(outcome) || this.titles.length === 0) return outcome;
    // The question's folded words as its whole reading has them (read first by `askWhole`, kept in the memo), not folded
    // again; unless the reading rewrote a slip of "sign" (`withSignSlipRead`): the words as typed.
    const whole = this.parseOnce(question, lang);
    const words = whole.text === question ? whole.reading.words : splitWords(question);
    const answered = outcome.fact;
    const named = this.titlesIn(words).find((t) => t.id !== answered.id && !(this.factText.get(answered.id) ?? '').includes(t.padded));
    if (!named) return outcome;
    const other = this.data.facts.find((f) => f.id === named.id)!;
    const candidates = [other, answered].map((fact) => ({ fact, question: fact.questions[outcome.lang][0]! }));
    return { verdict: 'clarify', mode: outcome.mode, candidates, parsed: outcome.parsed, confidence: outcome.confidence, lang: outcome.lang };
  }

  /**
   * Run the steps of one question with a new memo (`QuestionMemo`), dropped when they end: nothing is kept across
   * questions. The lexicon keeps the texts it reads meanwhile (`Lexicon.useReadings`): a part of the question is read
   * by its parsing and again by the steps that look at it (a sentence weighed for a comparison, an opening). `ask` runs
   * all of a question's readings in one.
   */
  private answering<T>(steps: () => T): T {
    this.held = null;
    this.premises.forgetReadings();
    this.checks.forgetNearest();
    this.lexicon.useReadings(new Map());
    try {
      return steps();
    } finally {
      this.held = null;
      this.premises.forgetReadings();
      this.checks.forgetNearest();
      this.lexicon.useReadings(null);
    }
  }

  /** The memo of the question being answered (see `held`). */
  private get memo(): QuestionMemo {
    return (this.held ??= newQuestionMemo());
  }

  /** `parseQuestion` for a part of the question being answered, read once however many steps read it (see `QuestionMemo`). */
  private parseOnce(text: string, lang: Locale | undefined): ParsedQuestion {
    const { partsRead } = this.memo;
    const read = partsRead[lang ?? 'none'];
    let parsed = read.get(text);
    if (parsed) return parsed;
    // A text read in the language it is found in reads as one read with that language forced (`parseQuestion` forces only
    // what it would find): the reading with none forced serves the one forced, and the other way round.
    const unforced = lang !== undefined ? partsRead.none.get(text) : undefined;
    parsed = unforced !== undefined && unforced.lang === lang ? unforced : parseQuestion(text, this.lexicon, this.nameMatcher, lang);
    read.set(text, parsed);
    if (lang === undefined && parsed.lang !== null && !partsRead[parsed.lang].has(text)) partsRead[parsed.lang].set(text, parsed);
    return parsed;
  }

  /**
   * One question read whole, then, when the whole is unclear, by its parts: the last clause, the clause after the last
   * comma, the first of two questions. A part that is itself a question wrapped in context ("Quick one before the budget
   * meeting: on which day was it sent, and was that a weekday?") is read the same way, once (`depth`).
   */
  private askText(question: string, fallback: Locale, lang: Locale | undefined, depth: number): AskOutcome & { lang: Locale } {
    const outcome = this.askWhole(question, fallback, lang, depth);
    if (outcome.verdict === 'answered') return outcome;
    // "wen did they send the letter to the whitehouse, need it 4 my lede", "la lettre date de quand ? c pr mon chapo": a
    // question not answered whole, that ends on asides saying what the answer is for (`beforeAsides`), is what comes
    // before them: the asides' words (a "lede" no fact uses) may have read as another topic.
    const asides = this.beforeAsides(question, lang ?? outcome.parsed.lang ?? undefined);
    if (asides === null) return outcome;
    const again = this.askWhole(asides.head, outcome.lang, lang ?? outcome.parsed.lang ?? undefined, depth);
    if (again.verdict !== 'answered') return outcome;
    // After a sentence of purpose (`asideOpenings`), which may still say what is wanted ("Need the formal name for our
    // audience"), a fact is kept only when the whole question, aside and all, ranks it close to its best.
    if (asides.purpose && (again.mode === 'fact' || again.mode === 'number' || again.mode === 'quote')) {
      if (this.ranksFarBehind(this.parseOnce(question, lang ?? outcome.parsed.lang ?? undefined), again.fact.id)) return outcome;
    }
    return { ...again, lang: outcome.lang };
  }

  /** Whether a reading ranks a fact far behind its best (not among it, or under `closeShare` of the leader's score). */
  private ranksFarBehind(parsed: ParsedQuestion, factId: string): boolean {
    const ranked = this.retrieve(parsed).ranked;
    const own = ranked.find((r) => r.id === factId);
    return ranked[0] !== undefined && (own === undefined || own.score < ranked[0].score * this.calibration.closeShare);
  }

  /**
   * `askText` for the question as typed, asides and all. "Context: the letter went in on 15 March. Question: who organised
   * the letter?": when the labelled part was answered but set aside as leaning on the scene (`leansOnScene`), and the
   * whole then answers another fact, the two readings disagree on what is asked: both are offered, the part's first, never
   * the whole's alone.
   */
  private askWhole(question: string, fallback: Locale, lang: Locale | undefined, depth: number): AskOutcome & { lang: Locale } {
    const setAside: { part?: FactAnswer } = {};
    const outcome = this.askWholeRead(question, fallback, lang, depth, setAside);
    const part = setAside.part;
    if (part === undefined || !answersFact(outcome) || outcome.fact.id === part.fact.id) return outcome;
    // Only a part that stands alone: no word pointing back ("il", "son"), no "which" of a thing the scene may name.
    if (part.parsed.reading.cues.some((c) => SCENE_LEANING_CUES.has(c.cue))) return outcome;
    const candidates = [part.fact, outcome.fact].map((fact) => ({ fact, question: fact.questions[outcome.lang][0]! }));
    return { verdict: 'clarify', mode: outcome.mode, candidates, parsed: outcome.parsed, confidence: outcome.confidence, lang: outcome.lang };
  }

  private askWholeRead(question: string, fallback: Locale, lang: Locale | undefined, depth: number, setAside: { part?: FactAnswer }): AskOutcome & { lang: Locale } {
    // Clause by clause, a long question is read again: each span is matched against the signatories once.
    const names = this.nameMatcher;
    const whole = this.parseOnce(question, lang);
    const answerLang = lang ?? whole.lang ?? fallback;
    // "…, and before the panel I'd like to know who wrote it": a phrase of asking inside the question ("could you remind
    // me", "ma question :") says where what is asked begins; what follows it is read first, answered when it is clear.
    // "Claim: the letter went to Congress. True?": the claim a frame sets off is read first, answered when it is clear.
    const claim = this.claimOf(question, whole);
    // Not when the whole, frame and all, corrects the claim ("vrai ou faux : X était la cible…"): the frame's check is read.
    if (claim !== null) {
      const again = this.askText(claim, answerLang, lang ?? whole.lang ?? undefined, depth);
      if (again.verdict === 'answered' && !this.correctedWhole(whole, answerLang)) return { ...again, lang: answerLang };
    }
    const labelled = this.afterLabel(question);
    const led = laterStart(this.afterAskLead(question, whole.reading), labelled);
    if (led !== null) {
      const again = this.askText(led, answerLang, lang ?? whole.lang ?? undefined, depth);
      // Unless what comes before it makes a claim the whole corrects ("I'm told it targeted Meta; can you remind me…").
      const corrected = (): boolean => this.correctedWhole(whole, answerLang);
      // Nor, after a label, a fact the whole question ranks far behind its best ("Background: the agency issued a draft.
      // Q: which section, and on what day?"): a part that leans on the scene for its subject finds a fact by its few words
      // of slot alone. A phrase of asking leads a question whole ("could you tell me who…"); a label may cut one short.
      const leansOnScene = (): boolean => {
        if (led !== labelled || !answersFact(again)) return false;
        // Not a part that names its own subject ("Q: what was OpenAI's core argument?"): a name the data knows, typed in
        // the part and carried by its answer, is what the part asks about, whatever else the scene says of it.
        const { corrected } = again.parsed.reading;
        const named = (t: Term): boolean => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(corrected[t.at] ?? '') && this.facts.carries(again.fact.id, t.term);
        if (this.searchTermsOf(again.parsed).some(named)) return false;
        return this.ranksFarBehind(whole, again.fact.id);
      };
      // Nor, after a label, a part that refers back ("she", "his") and names no one, when the scene names what the story does not know and
      // none of the story's names ("Context: a profile of <another actor>. Question: which studio did she co-found?"):
      // the part's "she" is that other one.
      const otherScene = (): boolean => {
        if (led !== labelled || again.mode === 'signatory' || again.parsed.people.length > 0 || !again.parsed.reading.cues.some((c) => c.cue === 'refers' || c.cue === 'someone')) return false;
        const scene = this.parseOnce(question.slice(0, question.length - led.length), lang ?? whole.lang ?? undefined);
        const terms = this.searchTermsOf(scene);
        // A name of the story's of four letters or more ("Lyonne", "OpenAI"; not the "IA" or "US" any scene may use).
        if (scene.reading.corrected.some((w) => w.length >= SCENE_NAME && this.lexicon.isName(w))) return false;
        return this.topic.namesOtherTopic(scene, terms) || this.topic.namesOtherTopic(scene, terms, 'lowercase') || this.topic.acronymOtherTopic(scene) || this.topic.otherTime(scene);
      };
      // Nor, after a label, a part that points back ("ces accords") to a thing only the scene names (`pointsBack`).
      const sceneThing = (): boolean => led === labelled && this.pointsBack(again.parsed, whole);
      // Nor, after a label, a part that asks only of things the scene names ("Contexte : une chaîne a noué des
      // partenariats avec des studios de doublage. Question : quels studios ?"), answered with a fact that carries none
      // of the scene's other words: the part asks which of the scene's things, which the story does not hold.
      const sceneOnly = (): boolean => {
        if (led !== labelled || again.verdict !== 'answered' || again.mode !== 'fact') return false;
        const own = this.searchTermsOf(again.parsed).filter((t) => t.weight >= 1);
        if (own.length === 0) return false;
        const scene = this.searchTermsOf(this.parseOnce(question.slice(0, question.length - led.length), lang ?? whole.lang ?? undefined)).filter((t) => t.weight >= 1);
        const named = new Set(scene.map((t) => t.term));
        if (!own.every((t) => named.has(t.term))) return false;
        const asked = new Set(own.map((t) => t.term));
        const rest = scene.filter((t) => !asked.has(t.term));
        return rest.length > 0 && !rest.some((t) => this.facts.carries(again.fact.id, t.term));
      };
      if (again.verdict === 'answered' && !corrected()) {
        const leans = leansOnScene();
        if (!leans && !otherScene() && !sceneThing() && !sceneOnly()) return { ...again, lang: answerLang };
        if (leans && answersFact(again)) setAside.part = again;
      }
      // "Context: artists abroad protested a bill. Question: when did the <country>'s consultation close?": after a label,
      // a part that names what the story does not know (a name, a country's law, another time) asks of that, whatever the
      // scene shares with the story; and one whose pronoun stands for the scene's other thing (`otherScene`) asks of it:
      // declined, never the whole read again.
      if (led === labelled && again.verdict !== 'answered') {
        const terms = this.searchTermsOf(again.parsed);
        if (this.topic.namesOtherTopic(again.parsed, terms, 'capitals') || this.asksOtherLaw(again.parsed) || this.topic.otherTime(again.parsed)) return { ...again, lang: answerLang };
      }
      if (again.verdict === 'answered' && otherScene()) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed: again.parsed, confidence: 0, lang: answerLang };
    }
    // "quick question: why did…": an opening clause of chatter alone (no content word) is no part of the question.
    const clause = lastClause(question, this.lexicon.wordList('dottedAbbreviations'));
    // Not an opening that asks for the letter's words ("citation : les boîtes d'IA veulent…"): that is the question's form.
    // What is typed before that clause, read once here and below.
    const beforeClause = clause !== null ? question.slice(0, question.lastIndexOf(clause)) : null;
    const opening = beforeClause !== null ? this.lexicon.read(beforeClause, whole.lang) : null;
    // Nor a label of the request ("fact-check:", "quick fact check for the show:"): a check cue whose only content is the
    // word of checking itself says how to answer, not what about: what follows is the question.
    // Nor who passes the question on ("boss asks:", "la rédac chef demande :", "my readers keep asking:"): an opening that
    // ends on a word of asking, with only who asks before it (a head, a role, a reader, a word no fact uses), says whose
    // question follows, not what it asks ("the letter asks:" is no such opening: the letter is the story's).
    const asking = opening?.terms.find((t) => t.term === 'c:demand' && t.at === opening.words.length - 1);
    const asker = (t: Term): boolean => t === asking || t.weight < ASKER_WEIGHT || t.kind === 'role' || ASKERS.has(t.term) || (t.kind === 'word' && !this.facts.knows(t.term));
    // So is a short opening led by the word of checking ("Vérification :", "fact-checking a headline:"): it names the
    // task, and what follows names what is checked.
    const checkTask = opening !== null && opening.words.length <= LABEL_WORDS && opening.terms.some((t) => t.term === 'c:mistake' && t.at === 0);
    const label = (t: Term): boolean =>
      checkTask || t.weight < CHATTER_WEIGHT || (t.term === 'c:mistake' && opening!.cues.some((c) => c.cue === 'check' && Math.abs(c.at - t.at) <= 1)) || (asking !== undefined && opening!.terms.every(asker));
    const chatter = opening !== null && opening.terms.every(label) && !opening.cues.some((c) => c.cue === 'quote');
    const purposeRest = chatter ? null : this.afterPurpose(question, whole.lang);
    const asked = chatter && clause !== null ? clause : purposeRest;
    const parsed = asked !== null ? this.parseOnce(asked, lang ?? whole.lang ?? undefined) : whole;
    const outcome = this.decideFor(parsed, answerLang);
    if (outcome.verdict === 'answered') {
      const premise = this.correctedFirst(question, outcome, lang, answerLang);
      if (premise !== null) return { ...premise, lang: answerLang };
      return { ...this.lastAsked(question, this.askedSentence(question, outcome, names, lang, answerLang), names, lang, answerLang), lang: answerLang };
    }
    // "According to Politico, who leads Hollywood's lobbying?", "Portrait de Koh. Question : elle a cofondé quel studio ?":
    // a name no fact uses, declined in the whole question, is what the rest is about; no clause of it is asked alone.
    // A name typed in lower case ("obama", "maven") only when the clause refers to it ("who does it address?"): a lower
    // case word no dictionary knows may be newsroom chatter too ("for a sidebar:").
    const searched = this.searchTermsOf(parsed);
    // So is another letter or statement ("the AI extinction-risk statement, who signed it?"), another part of a document,
    // and a time after the story's.
    if (this.topic.otherTime(parsed) || this.topic.laterTime(parsed) || this.topic.otherPart(parsed) || this.namesOtherLetter(parsed)) return { ...outcome, lang: answerLang };
    // "Olivia Colman? a follower says she's on it", "quick check before we publish: is Tom Hanks on the letter?": the name
    // no fact uses may be one asked about as who signed: a sentence or the clause after a label that asks that alone is
    // answered by the signatory verdict (never a fact: the rest is about that name).
    if (this.topic.namesOtherTopic(parsed, searched, 'capitals')) {
      const part = this.signatoryPart(question, lang ?? parsed.lang ?? undefined, answerLang);
      if (part !== null && !parsed.signingUnderWh) return { ...part, lang: answerLang };
      const set = clause !== null && opening !== null ? this.afterSetting(clause, opening, lang ?? parsed.lang ?? undefined, answerLang) : null;
      return set !== null ? { ...set, lang: answerLang } : { ...outcome, lang: answerLang };
    }
    // "Who runs the Office of Science and Technology Policy today?": who holds a post now is declined whole; a part cut
    // at its "and" ("who runs the Office of Science") has lost the word of time and would name the story's holder.
    // Only a word of time after the "who", which it qualifies: "now that the letter is out, who wrote it?" opens on
    // a clause of context, which the parts drop.
    const who = parsed.reading.terms.find((t) => t.term === 'c:who')?.at ?? 0;
    const holderNow = this.asksIncumbent(parsed) && parsed.reading.cues.some((c) => c.cue === 'incumbent' && c.at > who);
    if (holderNow || this.asksOtherLaw(parsed)) return { ...outcome, lang: answerLang };
    // Read only when a part is weighed (`alone`, `leavesName`).
    let lowerNamed: boolean | undefined;
    const lowerName = (): boolean => (lowerNamed ??= this.topic.namesOtherTopic(parsed, searched, 'lowercase'));
    // A comparison is answered whole or not at all: a part of its sentence without its cue ("la plainte de Disney contre
    // Midjourney ou le jugement…" after "qu'est-ce qui est arrivé en premier :") is one of the two things compared. A
    // sentence of its own is another question ("X signed? need to confirm before air.").
    // So is a span of time asked between two things ("how long was it between A and B?", see betweenParts).
    const comparing = (text: string): boolean =>
      question.split(/(?<=[.!?])\s+/).some((s) => {
        if (!s.includes(text.trim())) return false;
        const read = this.lexicon.read(s, parsed.lang);
        return read.cues.some((c) => c.cue === 'compare') || betweenParts(read, this.lexicon) !== null;
      });
    // "A vs B: which one came first?": with its two things set apart ("or", "vs", "A and B — which…"), a part with the
    // cue but neither thing ("which one came first?") is no comparison of its own.
    const setApart = (reading: ParsedQuestion['reading']): boolean => reading.cues.some((c) => c.cue === 'alternative') || pairedAnd(reading, this.lexicon) >= 0;
    // "Quick one before the meeting: on which day was it sent?": a part that opens on a question word after an opening that
    // asks nothing (no question word) is the question; a word of comparing in that opening compares nothing asked.
    const asks = (reading: ParsedQuestion['reading'], at?: number): boolean => reading.cues.some((c) => (c.cue === 'wh' || c.cue === 'yesno') && (at === undefined || c.at === at));
    // Context, not a question: an opening that asks nothing and names nothing the story does not know ("Gosling's company
    // keeps coming up — what is Asteria?" is about Gosling, "the Le Monde piece says… — who struck?" about Le Monde's piece).
    const context = (text: string): boolean => {
      const opening = this.parseOnce(text, lang ?? parsed.lang ?? undefined);
      const terms = this.searchTermsOf(opening);
      const { shown, corrected } = opening.reading;
      const start = this.typedOf(opening).opening;
      // Nor one that names anything ("v Ross — why does it matter?" asks about the case): a word typed with a capital
      // inside it, or one the data spells only with a capital.
      const naming = terms.some((t) => t.kind === 'word' && (this.lexicon.isName(corrected[t.at] ?? '') || (shown.length === corrected.length && capitalInside(shown, t.at, start))));
      // Nor one that says much the facts speak of ("the piece says producers reached a deal with actors in 2023 — who
      // struck?"): what it says is a claim the question checks, not its setting.
      const content = terms.filter((t) => t.weight >= 1 && this.facts.knows(t.term)).length;
      return !asks(opening.reading) && !naming && content <= CONTEXT_CONTENT && !this.topic.namesOtherTopic(opening, terms) && !this.topic.acronymOtherTopic(opening) && !this.topic.otherTime(opening);
    };
    // What the question says before a part, when the part is not its start (null when it is, or is not found as typed).
    const textBefore = (part: AskOutcome): string | null => {
      const at = question.indexOf(part.parsed.text.trim());
      return at > 0 ? question.slice(0, at) : null;
    };
    const framed = (part: AskOutcome): boolean => {
      const before = textBefore(part);
      return before !== null && asks(part.parsed.reading, 0) && context(before);
    };
    // "Je reviens vers vous après notre réunion de production : quelles entreprises la lettre vise-t-elle ?": a clause
    // after a ":" or ";" that opens on a question word and compares nothing itself is a question of its own; a word of
    // comparing before the mark ("après notre réunion") is the setting's, never one of its two things.
    const ownClause = (part: AskOutcome): boolean => {
      const before = textBefore(part);
      return before !== null && /[:;]\s*$/.test(before) && asks(part.parsed.reading, 0) && !part.parsed.reading.cues.some((c) => c.cue === 'compare');
    };
    const keepsComparison = (part: AskOutcome): boolean =>
      parsed.type !== 'compare' ||
      framed(part) ||
      ownClause(part) ||
      (part.parsed.reading.cues.some((c) => c.cue === 'compare') && (part.mode === 'compare' || !setApart(parsed.reading) || setApart(part.parsed.reading))) ||
      !comparing(part.parsed.text);
    // "Sachant que la lettre a été signée par X et d'autres, à qui était-elle adressée ?": a signing the whole question
    // does not ask (`signingUnderWh`) is asked by none of its parts either.
    const keepsSigning = (part: AskOutcome): boolean => part.mode !== 'signatory' || !parsed.signingUnderWh;
    // "since Biden's order started it, why did Hollywood write to his team?": a part that refers to someone ("his", "her")
    // and names no one stands for a person named in the rest: it asks nothing alone.
    // A part that points back with a demonstrative to a thing only the rest names asks nothing alone (`pointsBack`).
    // Nor one that refers back when the rest names a country other than the story's ("Les comédiens de doublage français
    // se sont mobilisés… ; où en est leur mouvement ?"): "leur" is that country's people, not the story's.
    const abroad = (part: ParsedQuestion): boolean => this.foreignPeople(parsed) && !this.foreignPeople(part);
    const alone = (part: ParsedQuestion): boolean =>
      (!part.reading.cues.some((c) => c.cue === 'refers') || (!lowerName() && !abroad(part))) && (part.people.length > 0 || !part.reading.cues.some((c) => c.cue === 'someone')) && !this.pointsBack(part, parsed);
    // "what did judge koh rule in bartz v. anthropic?": such a name among words the part's answer carries too (the
    // case's name, left outside the part) is what the question asks that answer about, no chatter around it.
    // "how much money has asteria raised, what's it valued at": a part that points back with a pronoun ("it", "elle")
    // and names nothing itself, after a question of its own that names something, stands for that name; an answer that
    // never carries it is said of something else (the valuations the letter gives of Google and OpenAI). Not after
    // a setting that asks nothing ("Sub-editing an AFP piece… Which office received it?": "it" is the letter).
    const leavesReferent = (part: AskOutcome & { fact: Fact }): boolean => {
      const { corrected } = part.parsed.reading;
      const own = this.searchTermsOf(part.parsed);
      const text = textBefore(part);
      if (text === null || !part.parsed.reading.cues.some((c) => c.cue === 'refers') || own.some((t) => t.kind === 'word' && this.lexicon.isName(corrected[t.at] ?? ''))) return false;
      const before = this.parseOnce(text, lang ?? parsed.lang ?? undefined);
      if (!asks(before.reading)) return false;
      return this.searchTermsOf(before).some((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(before.reading.corrected[t.at] ?? '') && !this.facts.carries(part.fact.id, t.term));
    };
    // "What's China got to do with it? Why do OpenAI and Google keep bringing it up?": a part that refers back ("it",
    // "they") after a question of its own (a sentence ended by "?") stands for what that question asks of; when that
    // question gives a thing only a fact or two carry (`Retriever.rare`: China), which another ranked fact phrases and
    // the part's answer never carries, that answer (the companies' proposals the letter answers) is said of something
    // else: the part is not read alone.
    const leavesAskedThing = (part: AskOutcome & { fact: Fact }): boolean => {
      const text = textBefore(part);
      if (text === null || !QUESTION_MARKS_END.test(text.trimEnd()) || !part.parsed.reading.cues.some((c) => c.cue === 'refers')) return false;
      const before = this.parseOnce(text, lang ?? parsed.lang ?? undefined);
      if (!asks(before.reading)) return false;
      const own = new Set(this.searchTermsOf(part.parsed).map((t) => t.term));
      const ranked = this.retrieve(parsed).ranked;
      return this.searchTermsOf(before).some(
        (t) => t.weight >= 1 && !own.has(t.term) && this.facts.rare(t.term) && !this.facts.carries(part.fact.id, t.term) && ranked.some((r) => r.id !== part.fact.id && this.facts.field(r.id, t.term) === 2),
      );
    };
    const leavesName = (part: AskOutcome): boolean => {
      // "sony, qu'est-ce que ça vient faire dans l'histoire ?": a company (`companyNames`, typed in any case) that no fact
      // names, outside the part, is what the part is asked of: an answer read from the part alone would drop it unchecked.
      // So for a comparison ("accord spotify : combien de jours entre le refus du juge et le feu vert ?": Spotify's
      // settlement, of which the timeline has no event), when no event names it either.
      const companies = this.lexicon.wordList('companyNames');
      const own = new Set(this.searchTermsOf(part.parsed).map((t) => t.term));
      const company = (t: Term): boolean => t.kind === 'word' && !own.has(t.term) && companies.has(parsed.reading.corrected[t.at] ?? '');
      if (part.mode === 'compare') return searched.some((t) => company(t) && !this.facts.knows(t.term) && !this.events.knows(t.term));
      if (!answersFact(part)) return false;
      if (leavesReferent(part) || leavesAskedThing(part)) return true;
      if (searched.some((t) => company(t) && !this.facts.knows(t.term))) return true;
      // So is one the facts name elsewhere that opens the question alone, the topic the part then asks about ("nvidia,
      // what did it ask for?"), when the part's answer never names it.
      if (searched.some((t) => company(t) && !this.facts.carries(part.fact.id, t.term)) && this.topicAlone(textBefore(part), lang ?? parsed.lang ?? undefined)) return true;
      if (!lowerName()) return false;
      return searched.some((t) => t.weight >= 1 && !own.has(t.term) && this.facts.carries(part.fact.id, t.term));
    };
    // "Nos lecteurs se souviennent des grèves de 2023 : quel rapport avec cette lettre ?": what the rest of the sentence
    // says is part of the question. A fact a clause alone answers is kept only when the whole question ranks it close to
    // its best (`closeShare`): one far behind another is the answer to the clause's few words, not to the question.
    // The whole ranked only when a part's answer is weighed (most questions have no part answered).
    const keepsWhole = (part: AskOutcome): boolean => {
      if (!answersFact(part)) return true;
      const wholeRanked = this.retrieve(parsed).ranked;
      const top = wholeRanked[0];
      const own = wholeRanked.find((r) => r.id === part.fact.id);
      return !top || (own !== undefined && own.score >= top.score * this.calibration.closeShare);
    };
    // "hey bot, quick one: who organised the letter?": when the whole is unclear, the last clause alone may be the question.
    // A part that asks on its own, read whole and then by its own parts (once): kept as the clause alone is.
    const partly = (part: string): AskOutcome | null => {
      const partParsed = this.parseOnce(part, lang ?? parsed.lang ?? undefined);
      if (!alone(partParsed)) return null;
      const again = depth < 1 ? this.askText(part, answerLang, lang ?? parsed.lang ?? undefined, depth + 1) : this.decideFor(partParsed, answerLang);
      return again.verdict === 'answered' && keepsComparison(again) && keepsSigning(again) && keepsWhole(again) && !leavesName(again) ? again : null;
    };
    // "Waititi a un film qui sort bientôt ? date de sortie fr ?": a clause that asks nothing of its own (no question word,
    // no yes/no) after a question of its own is said of that question, which it follows up: never read alone.
    const followsQuestion = (text: string): boolean =>
      /\?\s*$/.test(beforeClause!) && asks(opening!) && !asks(this.parseOnce(text, lang ?? parsed.lang ?? undefined).reading);
    if (clause && !followsQuestion(clause)) {
      const again = partly(clause);
      if (again) return { ...again, lang: answerLang };
    }
    // "I'm building a timeline — which outlets had it first?": after a dash, a side that opens on a question word is the
    // question when the side before it is context (not "is X on there — the director of Y, I mean?": that qualifies it).
    const sides = dashParts(question);
    if (sides && context(sides[0]) && asks(this.parseOnce(sides[1], lang ?? parsed.lang ?? undefined).reading, 0)) {
      const again = partly(sides[1]);
      if (again) return { ...again, lang: answerLang };
    }
    // "merci pour hier ! aujourd'hui : que demande la lettre ? bonne soirée": the one sentence that asks (the message's
    // only "?") among sentences of chatter is the question, read as the last clause is.
    // Not when the words after it name someone ("who in music signed? not only McCartney I guess") or something the story
    // does not know, typed with capitals ("…? the Tribune only says 'recently'"): they qualify it.
    const sentence = askingSentence(question, this.lexicon.wordList('dottedAbbreviations'));
    const afterSentence = sentence !== null ? question.slice(question.indexOf(sentence) + sentence.length).trim() : '';
    const qualifies = (text: string): boolean => {
      const after = this.parseOnce(text, lang ?? parsed.lang ?? undefined);
      const terms = this.searchTermsOf(after);
      return after.people.length > 0 || this.topic.namesOtherTopic(after, terms, 'capitals') || this.topic.acronymOtherTopic(after);
    };
    if (sentence !== null && (afterSentence === '' || !qualifies(afterSentence))) {
      const again = partly(sentence);
      if (again) return { ...again, lang: answerLang };
    }
    // "sorry to bother you, who organised the letter": after the last comma, a clause that opens with a question word.
    // With the chatter clause dropped: "hey, quick one for my piece: who wrote it, and when?" asks what follows it.
    const body = chatter && clause ? clause : question;
    const afterComma = commaClause(body);
    if (afterComma) {
      const clauseParsed = this.parseOnce(afterComma, lang ?? parsed.lang ?? undefined);
      // Or on a word that leads its question word ("…, à quelle date la lettre a-t-elle été remise ?": `questionWordLeads`).
      const leads = this.lexicon.wordList('questionWordLeads');
      // Not on "ou" (or), which folds like "où" (where): "…, ou c'est juste le titre de BFM ?" offers the other side of
      // an alternative, no question of its own.
      const or = (at: number): boolean => clauseParsed.reading.cues.some((c) => c.cue === 'alternative' && c.at === at) && clauseParsed.reading.shown[at]?.toLowerCase() !== 'où';
      const opens = clauseParsed.reading.cues.some((c) => c.cue === 'wh' && !or(c.at) && (c.at === 0 || (c.at === 1 && leads.has(clauseParsed.reading.words[0] ?? ''))));
      const again = opens && alone(clauseParsed) ? this.decideFor(clauseParsed, answerLang) : null;
      if (again?.verdict === 'answered' && keepsComparison(again) && keepsSigning(again) && keepsWhole(again) && !leavesName(again)) return { ...again, lang: answerLang };
    }
    // "Dans la mesure où notre série s'intéresse à la culture, la lettre évoque-t-elle d'autres professions ?": after an
    // opening clause of premise or aim (`premiseOpenings`) up to its first comma, the rest asks, read as a part is.
    const premiseRest = this.afterPremise(question);
    if (premiseRest !== null) {
      const again = partly(premiseRest);
      if (again) return { ...again, lang: answerLang };
    }
    // "Pourriez-vous résumer la décision dans l'affaire Bartz contre Anthropic, qui semble centrale pour la suite ?": a last
    // clause after a comma that opens on a relative pronoun (`trailingRelatives`) says something of the thing just named;
    // when the text before it asks on its own (a question word, a yes/no word or a phrase of asking), that text is the
    // question. Not "depuis que X a été écartée, qui la remplace ?": the text before asks nothing, the clause asks.
    const relativeAt = question.lastIndexOf(',');
    const relativeHead = relativeAt > 0 ? question.slice(0, relativeAt).trim() : '';
    const relativeTail = relativeAt > 0 ? splitWords(question.slice(relativeAt + 1)) : [];
    if (relativeTail.length >= 2 && this.lexicon.wordList('trailingRelatives').has(relativeTail[0]!) && splitWords(relativeHead).length >= LED_WORDS) {
      const headParsed = this.parseOnce(relativeHead, lang ?? parsed.lang ?? undefined);
      const headAsks = asks(headParsed.reading) || this.lexicon.askLeadEnds(headParsed.reading.words).length > 0;
      const again = headAsks ? partly(`${relativeHead} ?`) : null;
      if (again) return { ...again, lang: answerLang };
    }
    // "Which order started the RFI, and when was it signed?": two questions in one; the first, which names what both
    // are about ("it" in the second is that), is answered when it is clear on its own.
    const [first, second] = questionParts(body, this.lexicon.wordList('questionJoiners'));
    const partParsed = first ? this.parseOnce(first, lang ?? parsed.lang ?? undefined) : null;
    // Not "what did Meta and Microsoft say…": a first part that asks nothing of the names it gives (its only content
    // words), before an "and" that opens no question of its own and ends no sentence, is cut short of its verb: the
    // names are one side of a pair the rest asks about.
    const cut = (): boolean => {
      const between = body.slice(body.indexOf(first!) + first!.length, body.indexOf(second!));
      if (/[?;]/.test(between)) return false;
      const content = partParsed!.reading.terms.filter((t) => t.weight >= 1);
      const isName = (reading: ParsedQuestion['reading'], at: number): boolean => this.lexicon.isName(reading.corrected[at] ?? '');
      const onlyNames = content.length > 0 && content.every((t) => t.kind === 'word' && isName(partParsed!.reading, t.at));
      const restParsed = this.parseOnce(second!, lang ?? parsed.lang ?? undefined);
      const rest = restParsed.reading;
      // Nor "que demandaient OpenAI et Google…": a first part that ends on a name, before a rest that opens on one, is
      // cut inside a pair of names the verb asks of together.
      const pairCut = isName(partParsed!.reading, partParsed!.reading.words.length - 1) && isName(rest, 0);
      // Nor "did Trump sign an order on AI and copyright in 2026?": a rest that gives a year after the letter's and asks
      // nothing of its own dates what the whole sentence asks, a later time than the story's start; the first part
      // without it asks of the story's.
      const dated = restParsed.years.some((y) => y > this.letterYear) && !rest.cues.some((c) => c.cue === 'wh' || c.cue === 'yesno');
      // Nor "what happened with Scarlett Johansson and the ChatGPT voice?": a rest that opens on an article and asks
      // nothing anywhere (no question word, no yes/no word) is a second thing joined to the first part's, asked of together.
      // "who sued Midjourney and the date?", « et la date ? »: an article and a noun of time alone ask the first part's date.
      const asksItsTime = rest.words.length === 2 && this.lexicon.wordList('timeNouns').has(rest.words[1] ?? '');
      const joinedThing = this.lexicon.wordList('articles').has(rest.words[0] ?? '') && !asksItsTime && !rest.cues.some((c) => c.cue === 'wh' || c.cue === 'yesno');
      return (onlyNames || pairCut || dated || joinedThing) && !rest.cues.some((c) => (c.cue === 'wh' || c.cue === 'yesno') && c.at === 0);
    };
    if (first && partParsed && !cut()) {
      // Or "patton oswalt signed? saw it on some site": a first sentence asking whether a signatory signed.
      const asks = partParsed.reading.cues.some((c) => (c.cue === 'wh' || c.cue === 'yesno') && c.at === 0) || (partParsed.aboutSigning && partParsed.people.some((p) => p.match.verdict === 'signed'));
      const again = asks ? this.decideFor(partParsed, answerLang) : null;
      if (again?.verdict === 'answered' && keepsComparison(again) && keepsSigning(again) && !leavesName(again)) return { ...again, lang: answerLang };
    }
    // "la lettre a été remise quand ? t'as un lien ?", "On what date was it filed? source?": of several "?", the first
    // sentence, when it asks with a question word and is clear alone, is the question and what follows a follow-up on the
    // same answer. Not when what follows names someone or something the story does not know ("…? le studio de Gosling ?":
    // a word no fact uses that may be a name, as `contextDiscounted` reads them), nor when the whole question ranks another
    // fact first ("the letter was a reply to what? some government consultation?": what follows pulls to the consultation).
    const followUp = (text: string): boolean => {
      if (qualifies(text)) return false;
      return this.namesOnlyKnown(this.parseOnce(text, lang ?? parsed.lang ?? undefined));
    };
    const firstSentence = firstAskingSentence(question, this.lexicon.wordList('dottedAbbreviations'));
    // A yes/no first sentence ("also sued Midjourney, no? when was this?") may lean on what follows for its subject.
    if (firstSentence !== null && this.parseOnce(firstSentence, lang ?? parsed.lang ?? undefined).reading.cues.some((c) => c.cue === 'wh')) {
      const again = partly(firstSentence);
      const rest = question.slice(question.indexOf(firstSentence) + firstSentence.length).trim();
      if (again?.verdict === 'answered' && (again.mode === 'fact' || again.mode === 'number' || again.mode === 'quote') && followUp(rest) && this.retrieve(parsed).ranked[0]?.id === again.fact.id) return { ...again, lang: answerLang };
    }
    return { ...outcome, lang: answerLang };
  }

  /**
   * "Excusez-moi, il pleut sur Genève et j'ai du retard : à quelle date la lettre a-t-elle été remise ?", "Salut ! Petite
   * question pour notre exercice de l'ESJ : combien de signataires ?": a name no fact uses, typed in an opening that asks
   * nothing and says nothing of what the clause's answer speaks of (no figure, no name the facts know, no other word the
   * facts use that the answer carries), is where the asker is or writes from, not what is asked, when that opening holds a word that is no
   * name ("Salut depuis Lausanne :"; "Tencent:" alone names its topic) and the clause after it asks on its own, names nothing the
   * story does not know and points back to no one ("Portrait de Koh. Question : elle a cofondé quel studio ?"). That
   * clause is answered alone; null when it is not answered.
   */
  private afterSetting(clause: string, opening: ParsedQuestion['reading'], lang: Locale | undefined, answerLang: Locale): AskOutcome | null {
    if (opening.cues.some((c) => c.cue === 'wh' || c.cue === 'yesno')) return null;
    const isName = (t: Term): boolean => t.kind === 'word' && (this.lexicon.isName(opening.corrected[t.at] ?? '') || startsWithCapital(opening.shown[t.at] ?? '') || this.lexicon.wordList('companyNames').has(opening.corrected[t.at] ?? ''));
    // A figure, or a name the facts know, is said of the story: the opening is part of the question, not its setting.
    if (opening.terms.some((t) => t.kind === 'number' || (isName(t) && this.facts.knows(t.term)))) return null;
    if (!opening.terms.some((t) => t.kind !== 'number' && !isName(t))) return null;
    const part = this.parseOnce(clause, lang);
    const { cues } = part.reading;
    // A pronoun inverted after its verb ("la lettre a-t-elle été remise ?") stands for a thing the clause names before it.
    const { words, terms: read } = part.reading;
    const inverted = (at: number): boolean => new RegExp(`-(?:t-)?${words[at] ?? ''}(?![\\p{L}-])`, 'iu').test(clause) && read.some((t) => t.kind === 'concept' && t.at < at);
    if (!cues.some((c) => c.cue === 'wh' || c.cue === 'yesno') || cues.some((c) => (c.cue === 'refers' && !inverted(c.at)) || c.cue === 'someone')) return null;
    const terms = this.searchTermsOf(part);
    if (this.topic.namesOtherTopic(part, terms) || this.topic.namesOtherTopic(part, terms, 'lowercase') || this.topic.acronymOtherTopic(part) || this.topic.otherTime(part)) return null;
    const again = this.decideFor(part, answerLang);
    if (again.verdict !== 'answered') return null;
    // Another word the facts use says something of what is asked only when the answer carries it ("in Canada the strike
    // dragged on: how long did the strike last?" sets the strike it asks about in another country); one the answer does
    // not carry is of the asker's day ("j'ai un titre à trouver", "on boucle dans une heure", "the Toronto bureau"). A
    // verdict of who signed carries no word: any such word keeps the opening in the question.
    const said = (t: Term): boolean => !isName(t) && t.weight >= 1 && (t.kind !== 'word' || this.facts.knows(t.term));
    const carried = (t: Term): boolean => again.mode !== 'fact' && again.mode !== 'number' && again.mode !== 'quote' ? true : this.facts.carries(again.fact.id, t.term);
    return opening.terms.some((t) => said(t) && carried(t)) ? null : again;
  }

  /**
   * Whether a question names people of a role from a country other than the story's (`otherCountries`): the country
   * right before the role ("French actors") or right after it, or after the word that narrows it ("les comédiens de
   * doublage français"). Not a country beside anything else ("the French article": the story's own coverage).
   */
  private foreignPeople(parsed: ParsedQuestion): boolean {
    const countries = this.lexicon.wordList('otherCountries');
    const ofWords = this.lexicon.wordList('ofWords');
    const words = parsed.reading.corrected;
    const country = (k: number): boolean => countries.has(words[k] ?? '');
    return parsed.reading.terms.some((t) => {
      if (t.kind !== 'role') return false;
      const after = t.at + (t.span ?? 1);
      return country(t.at - 1) || country(after) || (ofWords.has(words[after] ?? '') && country(after + 2));
    });
  }

  /**
   * Whether an opening ("sony, …", "and Nvidia, …", "et Netflix, …") holds a company's name (`companyNames`) and nothing
   * else of content: the topic set before the question that asks about it.
   */
  private topicAlone(opening: string | null, lang: Locale | undefined): boolean {
    if (opening === null) return false;
    const read = this.parseOnce(opening, lang);
    const companies = this.lexicon.wordList('companyNames');
    const content = this.searchTermsOf(read).filter((t) => t.weight >= 1);
    return content.length > 0 && content.every((t) => t.kind === 'word' && companies.has(read.reading.corrected[t.at] ?? ''));
  }

  /**
   * The signatory verdict one part of a question asks on its own (see `askWhole`): its first sentence, its one sentence
   * that asks ("?"), or its clause after the last label or colon. Null when none is a question of who signed.
   */
  private signatoryPart(question: string, lang: Locale | undefined, answerLang: Locale): AskOutcome | null {
    const dotted = this.lexicon.wordList('dottedAbbreviations');
    const parts = [askingSentence(question, dotted), lastClause(question, dotted)];
    for (const part of parts) {
      if (part === null || part.trim() === question.trim()) continue;
      const outcome = this.decideFor(this.parseOnce(part, lang), answerLang);
      if (outcome.verdict === 'answered' && outcome.mode === 'signatory') return outcome;
    }
    return null;
  }

  /**
   * The question before the clauses it ends on when each of them is an aside: it asks nothing (no cue but a pronoun),
   * does not open on a word tying it to the question (`tiedOpenings`: "…, to our prime minister"), holds only words
   * weighing less than `CHATTER_WEIGHT` and words no fact uses that are no names, and is the asker's own (a word of
   * `askerWords`, or chatter): "need it for my lede", "for the headline", "c pr mon chapo". Not "…, regarding tiktok",
   * which says what is asked about, nor a bare "thanks" or "ils sont", which the other readings of a question handle.
   * Null when the question ends on no aside or `LED_WORDS` words are not left.
   */
  private beforeAsides(question: string, lang: Locale | undefined): { head: string; purpose: boolean } | null {
    let rest = question;
    let found = false;
    let purposeSeen = false;
    const tied = this.lexicon.wordList('tiedOpenings');
    const asker = this.lexicon.wordList('askerWords');
    const openers = this.lexicon.wordList('asideOpenings');
    const requests = this.lexicon.wordList('asideRequestVerbs');
    const articles = this.lexicon.wordList('articles');
    const purposes = this.lexicon.wordList('purposeOpenings');
    const outputs = this.lexicon.wordList('outputNouns');
    for (let k = 0; k < ASIDES; k++) {
      const split = trailingClause(rest) ?? outputClause(rest, purposes, outputs);
      if (split === null) break;
      const tail = this.parseOnce(split[1], lang);
      const { terms, corrected, shown } = tail.reading;
      // "which conservative outlets attacked the letter, for a reaction paragraph", "need the RFI's citation for the
      // factbox": a clause that opens on a word of purpose (`purposeOpenings`) and ends on what the asker makes of the
      // answer (`outputNouns`), naming no one and no name the data spells, says what the answer is for, whatever words
      // describe that between ("reaction", "radio"): read as a sentence of purpose is.
      const tailWords = tail.reading.words;
      // Naming no one and no name the data spells (what a purpose sentence types with a capital is the asker's own).
      const namesNone = (): boolean => tail.people.length === 0 && !terms.some((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(corrected[t.at] ?? ''));
      const output =
        !split[1].includes('?') && tailWords.length <= PURPOSE_WORDS && purposes.has(tailWords[0] ?? '') && outputs.has(tailWords[tailWords.length - 1] ?? '') && namesNone();
      // "Which actresses signed? Need them for an Instagram carousel", "How many comments came in? we want to compare it
      // to a forum thread": a sentence of its own (no "?") after a question that ends on "?", opening on a word of the
      // asker's purpose (`asideOpenings`), naming no one and no name the data spells, says what the answer is for; what
      // it types with a capital is the asker's platform, city or outlet.
      const purpose =
        split[0].endsWith('?') &&
        !split[1].includes('?') &&
        openers.has(tailWords[0] ?? '') &&
        !(requests.has(tailWords[0] ?? '') && articles.has(tailWords[1] ?? '')) &&
        namesNone();
      if (output || purpose) {
        rest = split[0];
        found = true;
        purposeSeen = true;
        continue;
      }
      if (tail.people.length > 0 || tail.reading.cues.some((c) => c.cue !== 'refers')) break;
      // Not a clause that goes on with the question ("When was the letter sent, to our prime minister?").
      if (tied.has(tail.reading.words[0] ?? '')) break;
      // Said by the asker of their own work: a word of theirs ("my", "we", "pour mon") or chatter, unless it weighs nothing.
      const own = terms.some((t) => t.term === CHATTER) || tail.reading.words.some((w) => asker.has(w));
      // A word typed with a capital is a name ("…, Spielberg I mean?"), wherever it stands.
      const aside =
        own &&
        terms.every(
          (t) =>
            t.weight < CHATTER_WEIGHT ||
            (t.kind === 'word' && !this.facts.knows(t.term) && !this.lexicon.isName(corrected[t.at] ?? '') && !(shown.length === corrected.length && startsWithCapital(shown[t.at] ?? ''))),
        );
      if (!aside) break;
      rest = split[0];
      found = true;
    }
    return found && splitWords(rest).length >= LED_WORDS ? { head: rest, purpose: purposeSeen } : null;
  }

  /**
   * The text after the last phrase of asking (`data/concepts.json` `askLeads`: "I'd like to know", "pourriez-vous me rappeler") that
   * leaves at least `LED_WORDS` words after it, from the next word as typed; null when there is none.
   */
  private afterAskLead(question: string, reading: ParsedQuestion['reading']): string | null {
    const { words, shown } = reading;
    if (shown.length !== words.length) return null;
    const ends = this.lexicon.askLeadEnds(words).filter((end) => end + LED_WORDS <= words.length);
    if (ends.length === 0) return null;
    const from = Math.max(...ends);
    // Where the word at `from` starts in the text: each typed word found in turn.
    const spans = typedSpans(question, shown.slice(0, from + 1));
    return spans === null ? null : question.slice(spans[from]!.start);
  }

  /**
   * "A LinkedIn post says that…", "tweet going round says…", "un internaute prétend que…": an opening of fewer than
   * `CLAIM_SAYER` words ending on a verb of saying (`claimVerbs`), whose words name nothing the facts know but a piece
   * ("post", "article"), says who makes the claim that follows ("that"/"que" after the verb skipped). Where the claim
   * begins; -1 when there is no such opening ("the letter says…", "BFM écrit que…" name what is checked against).
   */
  private sayerEnd(whole: ParsedQuestion): number {
    const { words, shown, cues } = whole.reading;
    const lang = whole.lang;
    const verbs = this.lexicon.wordList('claimVerbs');
    let v = 0;
    while (v < words.length && v < CLAIM_SAYER && !verbs.has(words[v]!)) v++;
    if (v === 0 || v >= CLAIM_SAYER || v >= words.length) return -1;
    const pieces = this.lexicon.wordList('sourceDocuments');
    const opening = this.lexicon.read(words.slice(0, v).join(' '), lang);
    // Not an opening that asks ("qu'a dit…", "why does the letter say…"), names the letter or a news piece (which a
    // claim is checked against: "l'article dit que…"), or a name the facts know ("BFM écrit que…", "Trump says…").
    if (opening.cues.some((c) => c.cue === 'wh' || c.cue === 'yesno')) return -1;
    const named = (t: Term): boolean => t.term === 'c:letter' || pieces.has(opening.words[t.at] ?? '') || (this.facts.knows(t.term) && this.lexicon.isName(opening.corrected[t.at] ?? ''));
    if (opening.terms.some(named)) return -1;
    // Nor one that names what the story does not know ("<an unknown outlet> says…"): who says it is then the question.
    // Read once with the question's other parts (`parseOnce`): the claim's reading meets the same opening again.
    const parsed = this.parseOnce(words.slice(0, v).join(' '), lang ?? undefined);
    const terms = this.searchTermsOf(parsed);
    if (this.topic.namesOtherTopic(parsed, terms) || this.topic.namesOtherTopic(parsed, terms, 'lowercase')) return -1;
    // Nor one that names anyone or anything ("Le Monde says…", "since the Copyright Office report said…"): a word
    // typed with a capital after the first, or a word (not a concept: "a reader", "a post") the facts use.
    if (shown.slice(1, v).some((w) => startsWithCapital(w))) return -1;
    if (opening.terms.some((t) => t.weight >= 1 && t.kind !== 'concept' && this.facts.knows(t.term))) return -1;
    // Nor a claim followed by a question of its own ("a tweet claims X organised it. Who did?"): that is asked.
    if (cues.some((c) => c.cue === 'wh' && c.at > v)) return -1;
    const from = this.lexicon.wordList('claimLinks').has(words[v + 1] ?? '') ? v + 2 : v + 1;
    // Nor a verb of saying followed by what is asked ("la SACEM a dit quoi sur…").
    const claim = this.lexicon.read(words.slice(from, from + 2).join(' '), lang);
    return claim.cues.some((c) => c.cue === 'wh') ? -1 : from;
  }

  /** Whether the question read whole is answered by correcting a claim it makes. */
  private correctedWhole(whole: ParsedQuestion, lang: Locale): boolean {
    // Only premise correction (`decideByFacts`) answers with a correction, and only of a premise the question gives: with
    // none (read as `premiseToCorrect` reads them), the whole need not be decided here.
    if (!this.givesPremise(whole)) return false;
    const read = this.decideFor(whole, lang);
    return read.verdict === 'answered' && 'correction' in read && read.correction !== undefined;
  }

  /** Whether `premiseToCorrect` may find a premise to correct in the question: it reads none in a question without one. */
  private givesPremise(parsed: ParsedQuestion): boolean {
    if (parsed.type === 'quote' || parsed.otherLetter || this.namesOtherLetter(parsed)) return false;
    return this.premises.read(parsed, this.typedOf(parsed).opening).length > 0;
  }

  /**
   * "Claim: the letter went to Congress. True?", "Un lecteur dit que X a signé. C'est juste ?": a phrase that opens a
   * claim to check (`claimLeads`, at the first word) or one that closes it (`claimTags`, at the end, set off by a
   * mark) frames what is checked; the claim itself, with a "?", is the question. A short opening phrase ("Claim",
   * "vrai ou faux") frames only when a mark follows it ("Claim: …"), not as the claim's own words. Null when there is
   * no frame or the claim has fewer than `LED_WORDS` words.
   */
  private claimOf(question: string, whole: ParsedQuestion): string | null {
    const { words, shown } = whole.reading;
    if (shown.length !== words.length) return null;
    const frame = this.lexicon.claimFrame(words);
    if (frame.lead < 0) frame.lead = this.sayerEnd(whole);
    if (frame.lead < 0 && frame.tag < 0) return null;
    const from = Math.max(frame.lead, 0);
    const to = frame.tag < 0 ? words.length : frame.tag;
    if (to - from < LED_WORDS) return null;
    // Where each typed word stands in the text, found in turn ("4,000" for the figure read "4000").
    const spans = typedSpans(question, shown);
    if (spans === null) return null;
    const leadEnd = from > 0 ? spans[from - 1]!.end : 0;
    if (frame.lead > 0 && frame.lead < SHORT_LEAD && !CLAIM_MARK.test(question.slice(leadEnd, spans[from]!.start))) return null;
    const end = to < words.length ? spans[to]!.start : question.length;
    if (frame.tag >= 0 && !CLAIM_MARK.test(question.slice(spans[to - 1]!.end, end))) return null;
    const claim = question.slice(spans[from]!.start, end).replace(CLAIM_END, '');
    return `${claim} ?`;
  }

  /**
   * "… ont signé des accords avec X. Quand ces accords ont-ils été annoncés ?": a part that points back with a
   * demonstrative to a thing the rest of the question names ("these deals", "ce mouvement"; not the letter) asks of
   * that thing, which it does not hold: it asks nothing alone.
   */
  private pointsBack(part: ParsedQuestion, whole: ParsedQuestion): boolean {
    const demonstratives = this.lexicon.wordList('demonstratives');
    const { words, terms } = part.reading;
    return terms.some((t) => t.weight >= 1 && t.term !== 'c:letter' && demonstratives.has(words[t.at - 1] ?? '') && terms.filter((u) => u.term === t.term).length === 1 && whole.reading.terms.filter((u) => u.term === t.term).length > 1);
  }

  /**
   * "Background: the piece ran Monday. Question: who filed it?": a word that labels the question (`data/concepts.json`
   * `questionLabels`) right before a colon says the question begins after it; what comes before sets the scene. The
   * text after the last such label, when it has `LED_WORDS` words or more; null when there is none.
   */
  private afterLabel(question: string): string | null {
    const labels = this.lexicon.wordList('questionLabels');
    let rest: string | null = null;
    for (const m of question.matchAll(/(?<![\p{L}\p{N}'’-])(\p{L}+)\s*:\s+(?=\S)/gu)) {
      if (labels.has(splitWords(m[1]!)[0] ?? '')) rest = question.slice(m.index + m[0].length);
    }
    return rest !== null && rest.trim().split(/\s+/).length >= LED_WORDS ? rest : null;
  }

  /**
   * The text after the first comma of a question that opens on a phrase of premise or aim (`data/concepts.json`
   * `premiseOpenings`, one of its first `PREMISE_AT` words: "Dans la mesure où…", "Afin de…", "Puisque…"), when it has `LED_WORDS` words or more; null
   * otherwise.
   */
  private afterPremise(question: string): string | null {
    const at = question.indexOf(',');
    if (at < 0) return null;
    const openings = this.lexicon.wordList('premiseOpenings');
    if (!splitWords(question.slice(0, at)).slice(0, PREMISE_AT).some((w) => openings.has(w))) return null;
    const rest = question.slice(at + 1).trim();
    return splitWords(rest).length >= LED_WORDS ? rest : null;
  }

  /**
   * "Pour la RTS, que demandent les signataires ?", "For the timeline graphic, when was the order revoked?": an opening
   * clause of purpose (a `purposeOpenings` word, up to the first ",", ":" or ";") whose words are all stop words,
   * chatter or words no fact uses (the asker's outlet or programme, typed with a capital or not) says what the answer
   * is for; the question is what follows it, when that has three words or more. Null when there is no such clause.
   */
  private afterPurpose(question: string, lang: Locale | null): string | null {
    const m = PURPOSE_CLAUSE.exec(question);
    const words = m ? splitWords(m[1]!) : [];
    if (!m || words.length > PURPOSE_WORDS || !this.lexicon.wordList('purposeOpenings').has(words[0] ?? '')) return null;
    const rest = m[2]!.trim();
    if (rest.split(/\s+/).length < 3) return null;
    const opening = this.lexicon.read(m[1]!, lang);
    if (!opening.terms.every((t) => t.weight < 1 || (t.kind === 'word' && !this.facts.knows(t.term)))) return null;
    // "For a profile of <an actor>: did she sign it?": a rest that asks of someone only by "he" or "she" (no name of
    // its own) asks of whom the opening names: that opening is the question's subject, not its purpose.
    const restReading = this.lexicon.read(rest, lang);
    if (restReading.cues.some((c) => c.cue === 'someone') && opening.terms.some((t) => t.weight >= 1 && t.kind === 'word') && this.parseOnce(rest, lang ?? undefined).people.length === 0) return null;
    return rest;
  }

  /**
   * "Cate Blanchett wrote the letter, right? what pushed her to do it?": of a message with several "?", a first sentence
   * that, alone, gives a wrong value of a premise (answered with its `correction`) is what the rest builds on; the rest
   * asks of something that did not happen, and the whole's answer to it (the campaign she backed) answers a question on
   * a false ground. The first sentence's correction is the answer; null when it corrects nothing or is the whole's own.
   */
  private correctedFirst(question: string, outcome: AskOutcome, lang: Locale | undefined, answerLang: Locale): AskOutcome | null {
    if (outcome.verdict !== 'answered' || outcome.mode === 'signatory' || outcome.mode === 'list' || outcome.mode === 'compare' || outcome.correction !== undefined) return null;
    const first = firstAskingSentence(question, this.lexicon.wordList('dottedAbbreviations'));
    if (first === null) return null;
    const alone = this.decideFor(this.parseOnce(first, lang ?? outcome.parsed.lang ?? undefined), answerLang);
    if (alone.verdict !== 'answered' || (alone.mode !== 'fact' && alone.mode !== 'number' && alone.mode !== 'quote') || alone.correction === undefined) return null;
    return alone.fact.id === outcome.fact.id ? null : alone;
  }

  /**
   * "does the letter name trump at all? fact-checking our headline": a question that asks in one sentence (its only "?")
   * and adds words of context after it. When the whole is answered by one fact and the asking sentence alone, clear on
   * its own, by another, the context's words pulled the answer away from what is asked: both are offered.
   */
  private askedSentence(question: string, outcome: AskOutcome, names: Pick<NameIndex, 'match'>, lang: Locale | undefined, answerLang: Locale): AskOutcome {
    if (outcome.verdict !== 'answered' || outcome.mode !== 'fact') return outcome;
    // Without a "?", a first sentence ended by a full stop that asks with a question word ("who organised it. Lyonne and
    // someone from Asteria"): what follows is what the asker remembers, context too.
    const mark = question.indexOf('?');
    const stop = mark < 0 ? /[.!](?=\s)/.exec(question)?.index ?? -1 : -1;
    const at = mark >= 0 ? mark : stop;
    if (at < 0 || question.indexOf('?', at + 1) >= 0) return outcome;
    const asked = question.slice(0, at + 1).trim();
    const rest = question.slice(at + 1).trim();
    if (asked.split(/\s+/).length < 3 || rest.split(/\s+/).length < 2) return outcome;
    const askedParsed = this.parseOnce(asked, lang ?? outcome.parsed.lang ?? undefined);
    if (mark < 0 && !askedParsed.cues.has('wh')) return outcome;
    const alone = this.decideFor(askedParsed, answerLang);
    // "signed it too, right? she's all over the campaign": a sentence that asks whether someone signed, which is declined
    // alone or offered choices of its own, is not answered by a fact its context found (the campaign).
    if (alone.verdict !== 'answered' && askedParsed.aboutSigning) return alone;
    // "…un cinéma qui organise un débat sur l'IA. du coup : c'était quand la lettre ? merci": what the asking sentence
    // holds after the scene's full stop, read alone when it asks (a question word) and points back to no one.
    const own = alone.verdict === 'answered' && alone.mode === 'fact' && alone.fact.id === outcome.fact.id ? this.ownSentence(asked, lang ?? outcome.parsed.lang ?? undefined, answerLang) : null;
    const found = own ?? alone;
    if (found.verdict !== 'answered' || found.mode !== 'fact' || found.fact.id === outcome.fact.id) return outcome;
    const candidates = [found.fact, outcome.fact].map((fact) => ({ fact, question: fact.questions[answerLang][0]! }));
    return { verdict: 'clarify', mode: 'fact', candidates, parsed: outcome.parsed, confidence: outcome.confidence };
  }

  /**
   * The asking sentence's own words (after the last sentence end before its "?", `lastSentenceStart`), decided alone when they ask with a
   * question word and refer to no one ("she", "it"): the sentences before set a scene. Null when there is no such sentence.
   */
  private ownSentence(asked: string, lang: Locale | undefined, answerLang: Locale): AskOutcome | null {
    const start = lastSentenceStart(asked, this.lexicon.wordList('dottedAbbreviations'));
    if (start === null) return null;
    const sentence = asked.slice(start).trim();
    if (sentence.split(/\s+/).length < LED_WORDS) return null;
    const parsed = this.parseOnce(sentence, lang);
    const { cues } = parsed.reading;
    if (!cues.some((c) => c.cue === 'wh') || cues.some((c) => c.cue === 'refers' || c.cue === 'someone')) return null;
    return this.decideFor(parsed, answerLang);
  }

  /**
   * "I'm writing about the reaction to the filing. What did the company argue?": a message whose last sentence (after a
   * full stop, "!" or another "?") opens on a question word says what is asked there; the sentences before it set the
   * scene. When the whole is answered by one fact and that last sentence alone, clear on its own, by another, the
   * scene's words pulled the answer away from what is asked: both are offered, never the scene's answer alone.
   */
  private lastAsked(question: string, outcome: AskOutcome, names: Pick<NameIndex, 'match'>, lang: Locale | undefined, answerLang: Locale): AskOutcome {
    // Not when the whole corrects a claim the scene makes ("The piece says X. Who actually did it?"): that is asked too.
    if (outcome.verdict !== 'answered' || outcome.mode !== 'fact' || outcome.correction !== undefined) return outcome;
    // The last sentence: after a full stop, "!" or "?" (not a ":", which sets a topic: "Asteria : quel rapport avec… ?").
    const breaks = [...question.trimEnd().matchAll(/(?<!\d)[.!?]+\s+(?=\S)/g)];
    const end = breaks[breaks.length - 1];
    const clause = end ? question.slice(end.index + end[0].length).trim() : null;
    if (clause === null || clause.split(/\s+/).length < 3) return outcome;
    // Nor when the scene tells what a news piece says (`sourceDocuments`: "the piece says…", "l'article dit…"): the
    // question checks that piece, and the whole is asked.
    const scene = splitWords(question.slice(0, question.lastIndexOf(clause)).toLowerCase());
    const pieces = this.lexicon.wordList('sourceDocuments');
    if (scene.some((w) => pieces.has(w))) return outcome;
    const clauseParsed = this.parseOnce(clause, lang ?? outcome.parsed.lang ?? undefined);
    if (!clauseParsed.reading.cues.some((c) => c.cue === 'wh' && c.at === 0)) return outcome;
    // Nor one that asks of someone only by "he" or "she" ("is lyonne still on it? what has she done since"): the scene names them.
    if (clauseParsed.people.length === 0 && clauseParsed.reading.cues.some((c) => c.cue === 'someone')) return outcome;
    const alone = this.decideFor(clauseParsed, answerLang);
    if (alone.verdict !== 'answered' || alone.mode !== 'fact' || alone.fact.id === outcome.fact.id) return outcome;
    const candidates = [alone.fact, outcome.fact].map((fact) => ({ fact, question: fact.questions[answerLang][0]! }));
    return { verdict: 'clarify', mode: 'fact', candidates, parsed: outcome.parsed, confidence: outcome.confidence };
  }

  /**
   * Whether a reading names another letter than the story's (`TopicGuard.namesOtherLetter`), read once per reading: the
   * guards ask it, then the whole question's decline of its parts and the refinements ask it again of the same reading.
   */
  private namesOtherLetter(parsed: ParsedQuestion): boolean {
    let names = this.memo.otherLetter.get(parsed);
    if (names === undefined) {
      names = this.topic.namesOtherLetter(parsed) || this.datedOtherLetter(parsed);
      this.memo.otherLetter.set(parsed, names);
    }
    return names;
  }

  /**
   * "the 2024 statement on AI training", "the Authors Guild's 2023 letter", "la lettre de 2023": a year other than the
   * letter's typed right before a word for a letter or a statement (`statementNouns`), or right after a word for a letter
   * and a word of `ofWords`, dates another text than the story's. A letter so
   * dated that its own words place in Hollywood, with the stars or at the White House ("when was the 2024 letter to
   * the White House sent?", within OWN_MARK_REACH words; not "… than the Hollywood one" further on) is this letter with a
   * wrong year, which its date corrects.
   */
  private datedOtherLetter(parsed: ParsedQuestion): boolean {
    const words = parsed.reading.words;
    const statements = this.lexicon.wordList('statementNouns');
    const other = (year: number | null): boolean => year !== null && year !== this.letterYear;
    const terms = parsed.reading.terms;
    const ours = (at: number): boolean => terms.some((t) => OWN_LETTER_MARKS.has(t.term) && Math.abs(t.at - at) <= OWN_MARK_REACH);
    const ofWords = this.lexicon.wordList('ofWords');
    return terms.some((t) => t.term === 'c:letter' && yearsOnLetter(words, t, ofWords).some(other) && !ours(t.at)) || words.some((w, k) => statements.has(w) && other(yearAt(words, k - 1)));
  }

  /**
   * `decideUncached`, once per reading and answer language while a question is answered (`QuestionMemo`). Whether
   * deciding met casual words in a declined reading (`casualSeen`) is kept with the decision: a later reading of the
   * question (`ask`: without its remark, its courtesy) that meets the decision again meets them again.
   */
  private decideFor(parsed: ParsedQuestion, lang: Locale): AskOutcome {
    const decided = this.memo.decided[lang];
    const kept = decided.get(parsed);
    if (kept) {
      if (kept.casual) this.casualSeen = true;
      return kept.outcome;
    }
    const before = this.casualSeen;
    this.casualSeen = false;
    const outcome = this.decideUncached(parsed, lang);
    const casual = this.casualSeen;
    this.casualSeen = before || casual;
    decided.set(parsed, { outcome, casual });
    return outcome;
  }

  private decideUncached(parsed: ParsedQuestion, lang: Locale): AskOutcome {
    return (
      this.guarded(parsed) ??
      this.bodySigning(parsed) ??
      this.companyFiling(parsed) ??
      decideSigning(this.signingLookups, parsed, lang) ??
      this.roleLetterOverview(parsed) ??
      this.listByRole(parsed) ??
      (parsed.type === 'compare' || parsed.whichFirst ? this.compare(parsed) : null) ??
      this.decideByFacts(parsed, lang)
    );
  }

  /**
   * "Has the ACTA signed the letter?", "le syndicat des acteurs a-t-il soutenu la lettre ?": whether a body (a name with
   * an `organisationNouns` word, a company's name (`companyNames`), or an acronym the data types in capitals) signed or backed the letter, asked of nothing
   * else, is no signatory verdict (the list holds people) nor a list by role: declined. Only when nothing but the letter
   * follows the verb ("did SAG-AFTRA back the NO FAKES Act?" asks of a bill a fact may give).
   */
  private bodySigning(parsed: ParsedQuestion): AskOutcome | null {
    const { reading } = parsed;
    // Yes or no only: "when did BFMTV publish its piece on the letter?", "which groups backed it?" ask something else.
    // Nor a count to check ("the AFP count was 400 signatures, right?"): the body is where the figure was read.
    // In French a statement with a question mark asks yes or no too ("Canal+ a signé ?").
    const yesNo = reading.cues.some((c) => c.cue === 'yesno') || (parsed.lang === 'fr' && parsed.text.trim().endsWith('?'));
    // The "que" of "est-ce que" is the yes or no cue's, no question word.
    const inYesNo = (at: number): boolean => reading.cues.some((c) => c.cue === 'yesno' && at >= c.at && at < c.at + c.length);
    if (!parsed.aboutSigning || !yesNo || reading.cues.some((c) => c.cue === 'wh' && !inYesNo(c.at)) || parsed.numbers.length > 0) return null;
    const verbs = [...reading.terms.filter((t) => t.term === 'c:sign').map((t) => t.at), ...reading.cues.filter((c) => c.cue === 'onList').map((c) => c.at)];
    if (verbs.length === 0) return null;
    const verb = Math.min(...verbs);
    // A signer named before the verb is asked about; one named after the letter only says which letter ("did the MPA
    // endorse the letter Lyonne organised?", "the letter that Stiller and Blanchett signed").
    const before = reading.words.slice(0, verb);
    if (parsed.people.some((p) => p.match.verdict === 'signed' && splitWords(p.span).some((w) => before.includes(w)))) return null;
    const bodies = this.lexicon.wordList('organisationNouns');
    const companies = this.lexicon.wordList('companyNames');
    // A company's name that only says whose a person is ("OpenAI's Chris Lehane", "Chris Lehane, d'OpenAI") asks about that person.
    const affiliation = this.lexicon.wordList('affiliationWords');
    // So does one beside the name read as who signs (`subject`: "Chris Lehane, the OpenAI guy, did he sign?"), unless
    // a word of "and" or "or" joins them as two asked about ("did Google or Tom Hanks sign?").
    const subjectWords = parsed.subject === null ? [] : splitWords(parsed.subject);
    const subjectAt = indexOfPhrase(reading.words, subjectWords);
    const andWords = this.lexicon.wordList('andWords');
    const orWords = this.lexicon.wordList('orWords');
    const joins = (w: string): boolean => andWords.has(w) || orWords.has(w);
    const beside = (k: number): boolean => subjectAt >= 0 && !reading.words.slice(Math.min(k, subjectAt) + 1, Math.max(k, subjectAt)).some(joins);
    // A word at the subject's own place is the subject's, read as the data spells it or not ("did dinsey sign").
    const inSubject = (w: string, k: number): boolean => subjectWords.includes(w) || (subjectAt >= 0 && k >= subjectAt && k < subjectAt + subjectWords.length);
    const whose = (w: string, k: number): boolean => parsed.people.every((p) => splitWords(p.span).includes(w)) && (parsed.subject === null || inSubject(w, k) || !beside(k));
    const company = (w: string, k: number): boolean => companies.has(w) && reading.words[k + 1] !== 's' && !(k > 0 && affiliation.has(reading.words[k - 1]!)) && whose(w, k);
    // A company's name misspelt ("dinsey", "wanrer bros") is read as the data spells it.
    const body = reading.words
      .slice(0, verb)
      .some((w, k) => bodies.has(w) || company(w, k) || company(reading.corrected[k] ?? w, k) || (this.acronymWords.has(w) && reading.shown.length === reading.words.length && isAcronym(reading.shown[k] ?? '')));
    if (!body) return null;
    // The words of being on the list are the verb's ("fait partie des signataires": "partie" is no word of sending).
    const onListAt = reading.cues.filter((c) => c.cue === 'onList').flatMap((c) => Array.from({ length: c.length }, (_, j) => c.at + j));
    // What follows the letter may say which letter it is: who signed or organised it, a month or a year of it ("the
    // letter Lyonne organised", "la lettre que Stiller a signée", "soutenu la lettre en mars 2025"); a date with no
    // letter named dates something else ("le décret a été signé en mars 2025").
    const letterAt = reading.terms.find((t) => t.at > verb && t.term === 'c:letter')?.at ?? Infinity;
    const personWords = new Set(parsed.people.flatMap((p) => splitWords(p.span)));
    const describesLetter = (t: Term): boolean => {
      const w = reading.words[t.at] ?? '';
      return t.at > letterAt && (MONTHS.has(w) || YEAR.test(w) || personWords.has(w) || t.term === 'c:organise');
    };
    const after = reading.terms.filter((t) => t.at > verb && t.weight >= 1 && t.term !== 'c:letter' && t.term !== 'c:sign' && !onListAt.includes(t.at) && !describesLetter(t));
    return after.length === 0 ? { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 } : null;
  }

  /**
   * Each company (`companyNames`) that is the own name (`ownNames`) of exactly one fact carrying both a filing's words
   * (`c:argue`, `c:comment`): the fact of what that company filed ("OpenAI" → OpenAI's argument). Made on first use.
   */
  private filersMade: ReadonlyMap<string, Fact> | undefined;

  private get filers(): ReadonlyMap<string, Fact> {
    if (!this.filersMade) {
      const companies = this.lexicon.wordList('companyNames');
      const found = new Map<string, Fact[]>();
      for (const f of this.data.facts) {
        if (!this.facts.carries(f.id, 'c:argue') || !this.facts.carries(f.id, 'c:comment')) continue;
        for (const w of this.ownNames.get(f.id) ?? []) if (companies.has(w)) found.set(w, [...(found.get(w) ?? []), f]);
      }
      this.filersMade = new Map([...found].filter(([, fs]) => fs.length === 1).map(([w, fs]) => [w, fs[0]!]));
    }
    return this.filersMade;
  }

  /**
   * Whether a question names the own filing (`filingNouns`) of the one company it names (`companyNames`) and that company
   * is no filer the data knows (`filers`): "Meta's submission", « la contribution de Meta », "Meta … in its filing"
   * (`filingPossessives` after the company, within `FILING_OWNER_REACH` words before the noun). French "comment" is "how".
   */
  private filingOfNonFiler(parsed: ParsedQuestion): boolean {
    const { words } = parsed.reading;
    const companyAt = this.companiesAt(parsed);
    const named = new Set(companyAt.values());
    if (named.size !== 1 || this.filers.has([...named][0]!)) return false;
    const nouns = this.lexicon.wordList('filingNouns');
    const company = (k: number): boolean => isCompanyAt(words, companyAt, k);
    return words.some((w, j) => nouns.has(w) && !(parsed.lang === 'fr' && w === 'comment') && this.filingOwnedAt(words, j, companyAt, company));
  }

  /** Where each company (`companyNames`) is named in a question: as typed, as read ("gogle"), or in two words ("open ai", at its first). */
  private companiesAt(parsed: ParsedQuestion): Map<number, string> {
    const { words, corrected } = parsed.reading;
    const companies = this.lexicon.wordList('companyNames');
    const companyAt = new Map<number, string>();
    for (let k = 0; k < words.length; k++) {
      const joined = `${words[k]}${words[k + 1] ?? ''}`;
      const name = [words[k]!, corrected[k] ?? '', joined].find((w) => companies.has(w));
      if (name !== undefined) companyAt.set(k, name);
      if (name === joined && name !== words[k] && name !== corrected[k]) k += 1;
    }
    return companyAt;
  }

  /**
   * Whether the filing named at `j` is a company's own: the company named right after it ("la contribution d'OpenAI",
   * "the submission of OpenAI": `affiliationWords`), or within `FILING_OWNER_REACH` words before it, an owner (`owner`)
   * with a possessive mark ("OpenAI's") or a possessive (`filingPossessives`: "its", « sa ») after a company named earlier.
   */
  private filingOwnedAt(words: readonly string[], j: number, companyAt: ReadonlyMap<number, string>, owner: (k: number) => boolean): boolean {
    if (this.lexicon.wordList('affiliationWords').has(words[j + 1] ?? '') && isCompanyAt(words, companyAt, j + 2)) return true;
    const marks = this.lexicon.wordList('possessiveMarks');
    const possessives = this.lexicon.wordList('filingPossessives');
    for (let k = j - 1; k >= Math.max(0, j - FILING_OWNER_REACH); k--) {
      if (marks.has(words[k]!) && owner(k - 1)) return true;
      if (possessives.has(words[k]!) && [...companyAt.keys()].some((c) => c < k)) return true;
    }
    return false;
  }

  /**
   * "Who at OpenAI signed its submission?", "who signed off OpenAI's filing?", « qui a signé la contribution d'OpenAI ? »,
   * « chez OpenAI, qui a signé leur note ? »: a verb of signing whose object is a company's own filing (a `filingNouns`
   * word right after the verb, past articles, possessives and `filingParticles`) is no signing of the letter: it asks who
   * signed that filing, which the fact of what the company filed says (`filers`). The filing is the company's when the
   * company owns it ("OpenAI's", "the company's", "d'OpenAI", "of OpenAI"), or when the company is named before the verb
   * and the filing is "its"/"their"/« leur » (`filingPossessives`), or the asker stands on its side ("at OpenAI",
   * « chez OpenAI », « côté OpenAI »). The letter itself signed ("did OpenAI sign the letter?"), a filing no company
   * owns ("who signed the comment?": the letter was one), or two companies named: not read so.
   */
  private companyFiling(parsed: ParsedQuestion): AskOutcome | null {
    if (parsed.type === 'compare' || parsed.whichFirst) return null;
    const { words, terms } = parsed.reading;
    const verbs = terms.filter((t) => t.term === 'c:sign' && !SIGNING_NOUN.test(words[t.at] ?? ''));
    if (verbs.length === 0) return null;
    const companyAt = this.companiesAt(parsed);
    const named = new Set(companyAt.values());
    if (named.size !== 1) return null;
    const [company] = named;
    const fact = this.filers.get(company!);
    if (!fact) return null;
    const isCompany = (k: number): boolean => isCompanyAt(words, companyAt, k);
    const nouns = this.lexicon.wordList('filingNouns');
    const possessives = this.lexicon.wordList('filingPossessives');
    const particles = this.lexicon.wordList('filingParticles');
    const articles = this.lexicon.wordList('articles');
    const marks = this.lexicon.wordList('possessiveMarks');
    const affiliation = this.lexicon.wordList('affiliationWords');
    const sides = this.lexicon.wordList('companySides');
    const companyNoun = (k: number): boolean => terms.some((t) => t.at === k && t.term === 'c:company');
    for (const verb of verbs) {
      const before = [...companyAt.keys()].filter((k) => k < verb.at);
      const onSide = before.some((k) => affiliation.has(words[k - 1] ?? '') || sides.has(words[k - 1] ?? ''));
      let k = verb.at + (verb.span ?? 1);
      let owned = false;
      let possessive = false;
      for (let read = 0; read < FILING_REACH && k < words.length && !nouns.has(words[k]!); read++, k++) {
        const w = words[k]!;
        if (isCompany(k) || companyNoun(k)) owned ||= marks.has(words[k + 1] ?? '');
        else if (possessives.has(w)) possessive = true;
        else if (!articles.has(w) && !marks.has(w) && !particles.has(w)) break;
      }
      if (!nouns.has(words[k] ?? '')) continue;
      owned ||= affiliation.has(words[k + 1] ?? '') && isCompany(k + 2);
      if (owned || onSide || (possessive && before.length > 0)) return this.factAnswer(parsed, fact, 'fact', 1, []);
    }
    // "OpenAI a déposé sa propre contribution… qui l'a signée ?", "what was OpenAI's pitch in its own filing, and who put
    // his name to it?", "OpenAI's comment was signed by Sam Altman": a verb of signing whose object is a pronoun
    // (`filingObjectPronouns`), or that names who signed (`signedBy`), after the company's own filing and no letter named
    // (nor its signers) before the verb, signs that filing.
    const pronouns = this.lexicon.wordList('filingObjectPronouns');
    const by = this.lexicon.wordList('signedBy');
    const owner = (k: number): boolean => isCompany(k) || companyNoun(k);
    for (const verb of verbs) {
      if (terms.some((t) => t.at < verb.at && (t.term === 'c:letter' || t.term === 'c:sign'))) continue;
      const end = verb.at + (verb.span ?? 1);
      const next = particles.has(words[end] ?? '') ? end + 1 : end;
      const object = pronouns.has(words[next] ?? '') || by.has(words[end] ?? '') || (parsed.lang === 'fr' && [1, 2].some((d) => pronouns.has(words[verb.at - d] ?? '')));
      if (!object) continue;
      let filing = verb.at - 1;
      while (filing >= 0 && !nouns.has(words[filing]!)) filing--;
      if (filing >= 0 && this.filingOwnedAt(words, filing, companyAt, owner)) return this.factAnswer(parsed, fact, 'fact', 1, []);
    }
    return null;
  }

  /** The early guards: a fact's own question, self-questions, "the one of…" follow-ups, a verbatim quote, another letter. */
  private guarded(parsed: ParsedQuestion): AskOutcome | null {
    // A fact's own question (a picked "Did you mean" choice) answers that fact.
    const own = this.exact.get(parsed.reading.words.join(' ')) ?? this.exact.get(parsed.reading.corrected.join(' '));
    if (own) return this.factAnswer(parsed, own, 'fact', 1, []);
    // "Are you a bot or a person?", "t'es dispo ?": a question to the bot about itself (the `self` cues) asks nothing
    // of the story, whatever words of it come along ("une IA", "quelqu'un derrière"): declined, never a fact.
    if (parsed.cues.has('self')) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "the ruling you brought up, when was it?", "le rapport dont vous parliez ?": what the bot said before, which it never
    // keeps, is what is asked about: whatever words of the story come along, it cannot know which: declined.
    if (parsed.cues.has('earlier')) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "et celle des acteurs ?", "and the one from Disney?": a question that opens on "the one of…" (after "and" at most)
    // stands for something said before, which the bot never saw: declined, never a list of the role or a fact of the name.
    const words = parsed.reading.words;
    const opensOnThat = parsed.reading.cues.some((c) => c.cue === 'thatOf' && (c.at === 0 || (c.at === 1 && this.lexicon.wordList('andWords').has(words[0]!))));
    if (opensOnThat) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "Write me a limerick on the strike", "peux-tu rédiger une brève ?": a request that opens on a verb of writing
    // (after words of asking politely at most) is a writing task, whatever words of the story it names: declined.
    const openers = this.lexicon.wordList('taskOpeners');
    const task = parsed.reading.cues.some((c) => c.cue === 'task' && words.slice(0, c.at).every((w) => openers.has(w)));
    if (task) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "je bosse sur l'article de BFM, tu peux m'aider ?", "writing up the letter, can you help?": a request for help that
    // ends the question (nothing of weight after it) and is all it asks (no question word, no other yes or no, no
    // signing, no figure) says what the asker works on, not what they want to know: declined, never a fact of its words.
    if (this.onlyAsksHelp(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "letter info", "bon, la lettre, tu me fais le point ?": information asked for in general, of nothing named.
    if (this.onlyAsksInfo(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "is she among the signatories?", "il fait partie des gens qui ont signé ?": whether someone named by a pronoun alone
    // signed asks of nobody named here; the count or the notable names would answer another question: declined.
    if (this.asksUnnamedSigner(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "Who chairs the agency these days?", "qui a remplacé la directrice ?": who holds a post now, or after someone, is
    // asked of a time past the story's dated facts, which name who held it then: declined, never the story's holder.
    if (this.asksIncumbent(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "Que prévoit le droit japonais sur l'IA ?", "does Canada have a law on deepfakes?": the law of another country than
    // the story's, which no fact gives beside a word of law, is another topic, whatever else of the story it names.
    if (this.asksOtherLaw(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "What did the Hollywood Reporter write about the letter?", "qu'a écrit Le Monde sur la lettre ?": what an outlet
    // that no fact names wrote or said is in no fact, whatever of the story it wrote about: declined.
    if (this.asksUnreportedCoverage(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "stargate a-t-il déjà créé les 100 000 emplois promis ?": whether a promise has been kept by now is asked of a time
    // past the story's dated facts, which give the promise: declined, never the promised figure.
    if (this.asksPromiseKept(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "Will the court take up such a case in 2027?", "X va-t-il signer un décret d'ici 2027 ?": a yes/no question about
    // what will happen asks for a forecast; the facts are dated and say what did: declined, never a past fact.
    if (this.asksFuture(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "Qu'est devenue l'affaire Bartz en 2027 ?": a year after the story's latest asks what the sources cannot report yet.
    if (this.topic.laterTime(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "What did part 2 of the report say?": another part of a document than the facts report.
    if (this.topic.otherPart(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "When was EO 14028 signed?", "le décret 14117, ça fait quoi ?": an order named by a number no fact gives is another
    // order; the story's (14179, 14365) would answer a question about a different one: declined, never the nearest order.
    if (this.namesUnknownOrder(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };

    // "The exact 'cultural powerhouse' sentence": a request for the letter's words that repeats some of them (two
    // content words in a row or more) answers with the one quote that has them; one no fact carries is declined.
    if (parsed.type === 'quote') {
      const verbatim = this.verbatimQuote(parsed.reading.words);
      if (verbatim) return verbatim.fact ? this.factAnswer(parsed, verbatim.fact, 'quote', 1, [], verbatim.quote) : { verdict: 'no_answer', mode: 'quote', candidates: [], parsed, confidence: 0 };
    }
    // "Did Ruffalo sign a petition against Trump's tariffs?", "who wrote the Future of Life Institute letter?": a letter
    // named or described by words the data does not use is another letter; the data is about one.
    // Nor is a letter signed in another decade, or about a law the story does not know ("the letter on the AI Act").
    const signedOther = parsed.aboutSigning && parsed.type !== 'list' && (this.topic.otherLaw(parsed) || parsed.years.some((y) => this.topic.farYear(y)));
    // "Did OpenAI soften its stance in any later filing?": a document filed after the story's is another one.
    if (signedOther || this.namesOtherLetter(parsed) || this.topic.namesLaterFiling(parsed) || this.topic.quotesOtherTitle(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    return null;
  }

  /** Whether a question only asks for help (see `guarded`): a `help` cue with nothing of weight after it, and nothing else asked. */
  private onlyAsksHelp(parsed: ParsedQuestion): boolean {
    const { cues, terms } = parsed.reading;
    const help = cues.filter((c) => c.cue === 'help');
    if (help.length === 0 || parsed.numbers.length > 0) return false;
    const end = Math.max(...help.map((c) => c.at + c.length));
    const inHelp = (at: number): boolean => help.some((c) => at >= c.at && at < c.at + c.length);
    if (cues.some((c) => c.cue === 'wh' || (c.cue === 'yesno' && !inHelp(c.at)))) return false;
    return !terms.some((t) => t.term === 'c:sign' || (t.at >= end && t.weight >= 1));
  }

  /**
   * Whether a question only asks for information in general (see `guarded`): "letter info", "la lettre, tu peux m'en dire
   * plus", "bon, la lettre, tu me fais le point ?" hold a word that asks for information (`infoRequests`; in French
   * `frenchInfoRequests` too: "faire le point") and asks nothing else: no question word, no figure, no one named, and
   * besides only the letter, the story's context words (`OVERVIEW_CONTEXT_WEIGHT`) and chatter. What is wanted is not
   * said: no one fact answers it (the word may lean to one: "info" to who broke the news, "point" to the main message).
   */
  private onlyAsksInfo(parsed: ParsedQuestion): boolean {
    const { words, terms, cues } = parsed.reading;
    if (cues.some((c) => c.cue === 'wh') || parsed.numbers.length > 0 || parsed.people.length > 0) return false;
    const general = this.lexicon.wordList('infoRequests');
    const french = parsed.lang === 'fr' ? this.lexicon.wordList('frenchInfoRequests') : NO_WORDS;
    const asking = (k: number): boolean => general.has(words[k] ?? '') || french.has(words[k] ?? '');
    if (!words.some((_, k) => asking(k))) return false;
    return terms.every((t) => t.term === OVERVIEW_SUBJECT || t.term === CHATTER || t.weight <= OVERVIEW_CONTEXT_WEIGHT || (t.kind !== 'number' && asking(t.at) && (t.span ?? 1) === 1));
  }

  /**
   * Whether a question asks if one person, named by a pronoun alone, is among the signers (see `guarded`): no name, no
   * figure, no role ("y a-t-il des scénaristes parmi les signataires ?" asks for a list) and no question word; a pronoun
   * for one person (`singularPronouns`) opens it, after words of grammar or a yes/no opener at most, before a word of
   * being among (`among`, `onList` cues), and signing is named. "is she among the signatories?", "he's one of the people
   * who signed the letter?", « il fait partie des gens qui ont signé ? ».
   */
  private asksUnnamedSigner(parsed: ParsedQuestion): boolean {
    const { words, terms, cues } = parsed.reading;
    if (parsed.people.length > 0 || parsed.numbers.length > 0 || parsed.roles.length > 0 || cues.some((c) => c.cue === 'wh')) return false;
    const among = cues.find((c) => c.cue === 'among' || c.cue === 'onList');
    if (among === undefined || !terms.some((t) => t.term === 'c:sign')) return false;
    const singular = this.lexicon.wordList('singularPronouns');
    const at = words.findIndex((w) => singular.has(w));
    const opener = (k: number): boolean => cues.some((c) => c.cue === 'yesno' && k >= c.at && k < c.at + c.length);
    return at >= 0 && at < among.at && words.slice(0, at).every((w, k) => opener(k) || this.lexicon.isStopword(w));
  }

  /**
   * Whether a yes/no question asks if a promise has been kept by now (see `guarded`): no question word, a word of what is
   * done by now (`alreadyWords`) and a word of a promise (`promiseWords`): "stargate a-t-il déjà créé les 100 000 emplois
   * promis ?", "has Stargate already built the promised data centres?".
   */
  private asksPromiseKept(parsed: ParsedQuestion): boolean {
    const { words, cues } = parsed.reading;
    if (cues.some((c) => c.cue === 'wh')) return false;
    const already = this.lexicon.wordList('alreadyWords');
    const promise = this.lexicon.wordList('promiseWords');
    return words.some((w) => already.has(w)) && words.some((w) => promise.has(w));
  }

  /**
   * Whether a question names an order by a number no fact uses (see `guarded`): a long bare number (`LONG_NUMBER`: five
   * digits or more, so never a year) right after a word of an order (`c:order`: "EO 14028", "executive order 14117",
   * "décret 13960"). An order's number is its name (a rule of language: the identifier asked about must be the one
   * answered about).
   */
  private namesUnknownOrder(parsed: ParsedQuestion): boolean {
    const { words, terms } = parsed.reading;
    // Most questions name no order: nothing else is read.
    const orders = terms.filter((t) => t.term === 'c:order');
    if (orders.length === 0) return false;
    return orders.some((o) => {
      const word = words[o.at + (o.span ?? 1)] ?? '';
      return LONG_NUMBER.test(word) && !this.facts.knows(word);
    });
  }

  /**
   * Whether a question asks what an outlet no fact names wrote or said (see `guarded`): a question word, and the name of
   * such an outlet (`unreportedOutlets`; "tout le monde" is everyone, no outlet) with a verb of writing, saying or
   * covering (`coverageVerbs`) up to two words before or after it. Not a claim that one had it first ("c'est le New York
   * Times qui a révélé la lettre en premier ?"): that is a premise the press coverage corrects.
   */
  private asksUnreportedCoverage(parsed: ParsedQuestion): boolean {
    const { words, terms, cues } = parsed.reading;
    if (!cues.some((c) => c.cue === 'wh') || terms.some((t) => t.term === 'c:first')) return false;
    const verbs = this.lexicon.wordList('coverageVerbs');
    // Only where a word opens an outlet's name, and no closure per word and outlet: this runs for most questions.
    for (let k = 0; k < words.length; k++) {
      const opened = this.unreportedOutlets.get(words[k]!);
      if (opened === undefined || words[k - 1] === 'tout') continue;
      for (const phrase of opened) {
        if (!spelledAt(words, k, phrase)) continue;
        for (let v = Math.max(0, k - 2); v < Math.min(words.length, k + phrase.length + 2); v++) if (verbs.has(words[v]!)) return true;
      }
    }
    return false;
  }

  /**
   * Whether a yes/no question asks what will happen (`futureAuxiliaries`): in English the auxiliary opens the question
   * or a clause after punctuation ("Severance, will there be…"), not framing ("our readers will ask…") nor after a
   * question word ("when will…", left to the facts but beside `nextWords`); in French it stands inverted ("va-t-il", "vont-ils"), before an
   * infinitive ("Trump va signer ?"), or a verb in the future tense is inverted ("passera-t-il", "seront-elles").
   * Never a name's first word ("Will Smith").
   */
  private asksFuture(parsed: ParsedQuestion): boolean {
    const { words } = parsed.reading;
    // "Is the campaign planning a march?", "la campagne envisage-t-elle une marche ?": a yes/no question whether someone
    // plans or means to do something (`planVerbs`, after an opening "is"/"are", `beOpeners`, or inverted in French).
    if (!parsed.cues.has('wh') && this.asksPlan(parsed)) return true;
    const aux = this.lexicon.wordList('futureAuxiliaries');
    // After a question word, only beside a word of what comes next (`nextWords`): "when will the next ruling come?"
    // asks what has not happened; "when will the letter be filed?" may be a slip about what has, left to the facts.
    if (parsed.cues.has('wh')) {
      const next = this.lexicon.wordList('nextWords');
      return words.some((w) => aux.has(w)) && words.some((w) => next.has(w));
    }
    // "…gets revised next year?", "révisé l'an prochain ?": a time dated from now by a word of what comes next ("next
    // year" with no article before it: "the next month" may follow a past date; in French the word after the unit).
    const nextWords = this.lexicon.wordList('nextWords');
    const units = this.lexicon.wordList('timeUnits');
    const datedElsewhere = this.lexicon.wordList('pastDatedNext');
    const fromNow = words.some((w, k) =>
      parsed.lang === 'fr' ? units.has(w) && nextWords.has(words[k + 1] ?? '') : nextWords.has(w) && units.has(words[k + 1] ?? '') && !datedElsewhere.has(words[k - 1] ?? ''),
    );
    if (fromNow) return true;
    // In English the auxiliary opens the question or a clause after punctuation.
    let gaps: string[] | null | undefined;
    const opensClause = (k: number): boolean => {
      if (k === 0) return true;
      if (gaps === undefined) gaps = alignedGaps(parsed.text, words.length);
      return gaps !== null && CLAUSE_BREAK.test(gaps[k - 1] ?? '');
    };
    return this.futureFrom(parsed, 0, (k, auxiliary) => auxiliary && opensClause(k));
  }

  /**
   * Whether a question's words from `from` on ask in the future tense, the scan of `asksFuture` and `futureTense`: a
   * French verb in the future tense or of the near future inverted before its subject ("passera-t-il", "va-t-il"), in
   * any language; in French a future auxiliary (`futureAuxiliaries`) inverted or before an infinitive ("Trump va
   * signer ?"); in English a word `english` accepts, told whether it is a future auxiliary. A future auxiliary is never
   * a name's first word ("Will Smith"). The scan ends at a word `ends` accepts.
   */
  private futureFrom(parsed: ParsedQuestion, from: number, english: (k: number, auxiliary: boolean) => boolean, ends: (k: number) => boolean = () => false): boolean {
    const { words } = parsed.reading;
    const aux = this.lexicon.wordList('futureAuxiliaries');
    const named = (k: number): boolean => parsed.people.some((p) => splitWords(p.span)[0] === words[k]);
    for (let k = from; k < words.length && !ends(k); k++) {
      const w = words[k]!;
      if (this.futureVerb(w) && this.lexicon.invertedAt(words, k)) return true;
      const auxiliary = aux.has(w) && !named(k);
      if (parsed.lang !== 'fr') {
        if (english(k, auxiliary)) return true;
      } else if (auxiliary && (this.lexicon.invertedAt(words, k) || this.lexicon.endsAs('infinitive', words[k + 1] ?? ''))) return true;
    }
    return false;
  }

  /**
   * Whether a question asks in the future tense after its question word: in English a future auxiliary
   * (`futureAuxiliaries`) or "going to" after it, never a name's first word ("Will Smith") nor framing before it ("our
   * readers will ask when…"); in French a verb in the future tense or "va"/"vont" inverted before their subject
   * ("toucheront-ils", "va-t-il") or "va"/"vont" before an infinitive.
   */
  private futureTense(parsed: ParsedQuestion): boolean {
    const { words, cues } = parsed.reading;
    const wh = cues.filter((c) => c.cue === 'wh');
    if (wh.length === 0) return false;
    // "les auteurs vont toucher l'argent quand ?": in French a question word may close the question, its verb before it.
    const closing = parsed.lang === 'fr' && wh.every((c) => c.at + c.length === words.length);
    const from = closing ? -1 : Math.min(...wh.map((c) => c.at));
    const aux = this.lexicon.wordList('futureAuxiliaries');
    // A reported clause says nothing of when the question asks: "When did Google argue (that) AI will need fair use?",
    // "quand a-t-il dit que l'IA va…" — the scan stops at its joining word or, in English, at an
    // auxiliary of the past before any future one ("est-ce que" joins nothing).
    const joins = this.lexicon.wordList('claimLinks');
    const past = this.lexicon.wordList('pastAuxiliaries');
    const ends = (k: number): boolean => (joins.has(words[k]!) && words[k - 1] !== 'ce') || (parsed.lang !== 'fr' && past.has(words[k]!) && !aux.has(words[k]!));
    return this.futureFrom(parsed, from + 1, (k, auxiliary) => auxiliary || (words[k] === 'going' && words[k + 1] === 'to'), ends);
  }

  /**
   * Whether a folded word is a French verb in the future tense (`wordEndings` `futureInverted`: "passera") or an
   * auxiliary of the near future (`nearFutureVerbs`: "va"): inverted before its subject, it asks of what is to come.
   */
  private futureVerb(word: string): boolean {
    return this.lexicon.endsAs('futureInverted', word) || this.lexicon.wordList('nearFutureVerbs').has(word);
  }

  /** Whether a yes/no question asks what someone plans (see `asksFuture`). */
  private asksPlan(parsed: ParsedQuestion): boolean {
    const { words } = parsed.reading;
    const plans = this.lexicon.wordList('planVerbs');
    const opensOnBe = this.lexicon.wordList('beOpeners').has(words[0] ?? '');
    const links = this.lexicon.wordList('invertedLinks');
    const singular = this.lexicon.wordList('invertedSubjects');
    const plural = this.lexicon.wordList('pluralInvertedSubjects');
    return words.some((w, k) => {
      if (!plans.has(w)) return false;
      const next = words[k + 1] ?? '';
      if (parsed.lang === 'fr') return (links.has(next) && singular.has(words[k + 2] ?? '')) || plural.has(next) || singular.has(next);
      return opensOnBe && k > 1;
    });
  }

  /** "Who chairs the agency these days?", "qui a remplacé la directrice ?": who holds a post now, or after someone. */
  private asksIncumbent(parsed: ParsedQuestion): boolean {
    return parsed.type === 'who' && parsed.cues.has('incumbent');
  }

  /**
   * Whether a question names a country other than the story's (`otherCountries`) and a law (`c:law`, or a noun of law
   * read alone, `lawNouns`) or its government (`governmentNouns`: "le gouvernement français", "la consultation
   * européenne") that no one fact carries together: another country's law or government, which the story does not give.
   */
  private asksOtherLaw(parsed: ParsedQuestion): boolean {
    const { words, terms } = parsed.reading;
    const countries = this.lexicon.wordList('otherCountries');
    const lawNouns = this.lexicon.wordList('lawNouns');
    const country = terms.filter((t) => (t.span ?? 1) === 1 && countries.has(words[t.at] ?? ''));
    // "what does the EU AI Act say": a country's word that is a stop word in French ("eu", as in "a eu") names no term,
    // but in English it is still the country, which no fact then carries.
    const stopped = parsed.lang === 'en' && country.length === 0 && words.some((w) => countries.has(w) && this.lexicon.isStopword(w));
    if (country.length === 0 && !stopped) return false;
    const governs = this.lexicon.wordList('governmentNouns');
    // A noun of government may be read as a concept ("gouvernement" as the White House, "consultation"): its word counts.
    // Not in a question about the letter: "la lettre a été remise au Parlement européen ?" gives a wrong recipient of it,
    // a premise to correct; nor after a verb of addressing, which says where the letter went without naming it ("les
    // signataires ont écrit à la Commission européenne ?").
    const ofLetter = terms.some((t) => t.term === 'c:letter' || t.term === 'c:recipient');
    const governed = (t: Term): boolean => !ofLetter && (t.span ?? 1) === 1 && governs.has(words[t.at] ?? '');
    const law = terms.filter((t) => t.term === 'c:law' || governed(t) || (t.kind === 'word' && (t.span ?? 1) === 1 && lawNouns.has(words[t.at] ?? '')));
    if (law.length === 0) return false;
    return !this.data.facts.some((f) => country.some((c) => this.facts.carries(f.id, c.term)) && law.some((l) => this.facts.carries(f.id, l.term)));
  }

  /**
   * Whether a role's word says whose a thing is rather than who is listed: right after a thing of weight and "of"
   * (`ownerLinks`: "la grève des acteurs", "the strike of the writers"; an article between), or, in English, right
   * before one ("the actors' strike") after a word of signing or of being on the list. The thing is a concept no cue
   * reads and no word of the list ("surtout des acteurs", "a couple of filmmakers" own nothing).
   */
  private roleOwned(parsed: ParsedQuestion, role: Term): boolean {
    const { words, terms, cues } = parsed.reading;
    const inCue = (k: number): boolean => cues.some((c) => k >= c.at && k < c.at + c.length);
    const thing = (u: Term | undefined): boolean => u !== undefined && u.kind === 'concept' && u.weight >= 1 && !LIST_WORDS.has(u.term) && !inCue(u.at);
    const owners = this.lexicon.wordList('ownerLinks');
    const articles = this.lexicon.wordList('articles');
    let k = role.at - 1;
    if (articles.has(words[k] ?? '') && owners.has(words[k - 1] ?? '')) k -= 1;
    if (owners.has(words[k] ?? '') && thing(terms.find((u) => u.at + (u.span ?? 1) === k))) return true;
    if (parsed.lang === 'fr') return false;
    const signedBefore = terms.some((u) => u.term === 'c:sign' && u.at < role.at) || cues.some((c) => c.cue === 'onList' && c.at < role.at);
    return signedBefore && thing(terms.find((u) => u.at === role.at + (role.span ?? 1)));
  }

  /** The list of signatories by role ("which directors signed?"), or null when the question asks for none. */
  private listByRole(parsed: ParsedQuestion): AskOutcome | null {
    // "Did the Writers Guild put out a statement?": a role's word typed with a capital inside a name of capitals (a
    // guild, a union) names that body, not the signatories of that role: the list by role cannot say what it did.
    const shownWords = parsed.reading.shown;
    const capitalAt = (k: number): boolean => shownWords.length === parsed.reading.words.length && capitalInside(shownWords, k, this.typedOf(parsed).opening);
    const roleTerms = parsed.reading.terms.filter((t) => t.kind === 'role');
    const roleInName = roleTerms.length > 0 && roleTerms.every((t) => capitalAt(t.at) && (capitalAt(t.at - 1) || capitalAt(t.at + (t.span ?? 1))));
    if (parsed.type === 'list' && parsed.roles.length > 0 && roleInName) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "lesquels ont soutenu la grève des acteurs ?", "which signatories backed the actors' strike?": a role that only says
    // whose a thing is (after that thing and "of", or, in English, right before it once the signers are named) is part of
    // what the signers did, which the list by role cannot say: declined.
    if (parsed.type === 'list' && roleTerms.length > 0 && roleTerms.every((t) => this.roleOwned(parsed, t))) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    if (parsed.type === 'list' && parsed.roles.length > 0) {
      // "Le réalisateur de Roma est-il signataire ?": a name the data does not know, typed with a capital inside the
      // sentence, describes someone the list by role cannot say (one person, by a work the data does not give).
      // Not a signatory's work given as an example of the list ("singers who signed, like the ex-Beatle").
      const examples = this.exampleWorksAt(parsed, this.worksTyped(parsed).covered);
      const searchTerms = this.searchTermsOf(parsed).filter((t) => !examples.has(t.at));
      if (this.topic.namesOtherTopic(parsed, searchTerms, 'capitals')) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
      // So does a role "of" a title that is a common word ("the director of Inception", "le réalisateur d'Inception"):
      // a word typed with a capital right after it, which no fact uses.
      const words = parsed.reading.words;
      const articles = this.lexicon.wordList('titleArticles');
      const ofWords = this.lexicon.wordList('ofWords');
      const ofWork = roleTerms.some((t) => {
        const after = t.at + (t.span ?? 1);
        const at = articles.has(words[after + 1] ?? '') ? after + 2 : after + 1;
        return ofWords.has(words[after] ?? '') && capitalAt(at) && !this.facts.knows(words[at] ?? '') && !this.lexicon.isName(words[at] ?? '');
      });
      if (ofWork) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
      // "Did dubbing actors back it?", "les comédiens de doublage ont-ils soutenu la lettre ?": a role narrowed by a word no
      // fact uses (right before it in English, after its "de" in French) is a kind of people the list by role cannot say.
      const narrowedAt = (t: Term): number => (parsed.lang === 'fr' ? (ofWords.has(words[t.at + (t.span ?? 1)] ?? '') ? t.at + (t.span ?? 1) + 1 : -1) : t.at - 1);
      // Only in a yes/no question ("ont-ils soutenu… ?"): "male actors who signed", "quels scénaristes de séries" ask for
      // the list.
      const yesNoOnly = parsed.reading.cues.some((c) => c.cue === 'yesno') && !parsed.cues.has('wh');
      const narrowed = yesNoOnly && roleTerms.some((t) => {
        const at = narrowedAt(t);
        const term = parsed.reading.terms.find((u) => u.at === at);
        return term !== undefined && term.kind === 'word' && term.weight >= 1 && !this.facts.knows(term.term) && !this.lexicon.isName(words[at] ?? '');
      });
      if (narrowed) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
      // "Is $2,000 per book what the writers got from the settlement?": a role word among several other words the facts
      // use (a company, a sum, a case) is what a fact is about, not who signed: the facts step answers or declines it.
      const topical = parsed.reading.terms.filter((t) => t.kind !== 'role' && t.weight >= 1 && !LIST_WORDS.has(t.term) && this.facts.knows(t.term));
      // Not after a word that asks for a list ("which writers signed the letter against OpenAI and Google?").
      if (topical.length >= LIST_TOPICAL_MAX && !parsed.cues.has('list')) return null;
      // "The actors are done; which directors signed?": of two roles, the one a word of choosing ("which", "quels") stands
      // right before is the one asked; the other is context.
      // Else, of a role in the singular and one in the plural, the plural is the list asked for; the singular says who
      // asks or describes one person ("Editor here: the screenwriters who signed?" lists screenwriters).
      const plural = (t: Term): boolean => /[^s]s$|x$/.test(parsed.reading.words[t.at + (t.span ?? 1) - 1] ?? '');
      const chosen =
        roleTerms.find((t) => parsed.reading.cues.some((c) => c.cue === 'which' && c.at + c.length === t.at)) ??
        (roleTerms.some((t) => !plural(t)) ? roleTerms.find(plural) : undefined);
      // Else, of two roles named, one whose every signatory holds the other ("showrunners or writers": each showrunner
      // signed as a writer too) is within it: the wider role's list answers both.
      const holders = (r: Role): Signatory[] => this.data.signatories.filter((s) => s.roles.includes(r));
      const wider = parsed.roles.find((w) => parsed.roles.some((n) => n !== w && holders(n).length > 0 && holders(n).every((s) => s.roles.includes(w))));
      const role = (chosen && Lexicon.roleOf(chosen.term)) ?? wider ?? parsed.roles[0]!;
      const signatories = this.data.signatories.filter((s) => s.roles.includes(role)).sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'major' ? -1 : 1));
      return { verdict: 'answered', mode: 'list', role, signatories, parsed, confidence: 1 };
    }
    return null;
  }

  /**
   * Retrieval, the calibrated decision and its refinements (`refine.ts`), then premise correction. When the question is
   * read again (`casualReading`) and the facts decline it, once more with its casual words weighing less
   * (`casualRetrieval`): only an answer on that retrieval replaces the declining. A question the plain retrieval answers
   * or offers choices for keeps that: casual words weighing less never settle a close race nor change what is answered.
   */
  private decideByFacts(parsed: ParsedQuestion, lang: Locale): AskOutcome {
    const plain = this.decideByRetrieval(parsed, lang, this.retrieve(parsed));
    if (plain.verdict !== 'no_answer') return plain;
    if (!this.casualReading) {
      if (!this.casualSeen) {
        const terms = this.searchTermsOf(parsed);
        this.casualSeen = this.commonMarked(parsed, terms) !== terms;
      }
      return plain;
    }
    const casual = this.casualRetrieval(parsed);
    if (casual === null) return plain;
    const again = this.decideByRetrieval(parsed, lang, casual);
    return again.verdict === 'answered' ? again : plain;
  }

  /**
   * "Did Streep keep lobbying after the letter?", "what's Mistral valued at?": a fact about its own names (`ownNames`:
   * Lyonne's lobbying, Kadrey v. Meta) asked with none of them, and a name the data does not know in their place — a
   * word typed with a capital that the data never uses (inside a sentence, or one no dictionary knows at its opening),
   * no signatory's — asks the same of someone else: declined.
   */
  private namesOtherThanOwn(parsed: ParsedQuestion, id: string): boolean {
    const own = this.ownNames.get(id);
    if (own === undefined) return false;
    const { words, corrected, shown } = parsed.reading;
    // An own name misspelt ("Kadery", "Stargtae") is read as that name: `corrected` has it.
    for (let k = 0; k < words.length; k++) if (own.has(words[k]!) || own.has(corrected[k] ?? '')) return false;
    if (shown.length !== words.length) return false;
    const opening = this.typedOf(parsed).opening;
    let signatoryAt: ReadonlySet<number> | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      // "in Sept 2025": a month, short or whole, names no one.
      if (MONTHS.has(w)) continue;
      const named = startsWithCapital(shown[k]!) ? this.unknownCapitalised(w, corrected[k], shown, k, opening) : this.substitutedName(w, corrected[k] ?? w) || this.rareLowerName(w, parsed.lang);
      if (!named) continue;
      // A signatory's name misspelt ("Natasha Lyone") is a name the story knows.
      signatoryAt ??= this.signatoryNameAt(parsed);
      if (!signatoryAt.has(k)) return true;
    }
    return false;
  }

  /** Whether `w`, typed with a capital (`shown`, at `k`) and read as `read`, is a name the data does not know. */
  private unknownCapitalised(w: string, read: string | undefined, shown: readonly string[], k: number, opening: ReadonlySet<number>): boolean {
    if (!OWN_NAME_WORD.test(w) || this.lexicon.isKnown(w) || this.lexicon.isStopword(w)) return false;
    // A word the reading corrects by swapping two neighbouring letters back ("Naatsha", "Copyirghts") is the word the
    // data knows, misspelt; not a name it does not (a substitution may be another name: "Streep" is no "street").
    if (read !== w && swapsOf(w).includes(read ?? '')) return false;
    return capitalInside(shown, k, opening) || !isDictionaryWord(w);
  }

  /**
   * "has streep kept campaigning since?": whether `typed`, in lower case and read as `read`, is a word that no text of the
   * data, the lexicon nor a dictionary knows, with one letter of `read` changed ("street"): a name standing where the
   * fact's own name would, no typo (a slip drops, doubles or swaps a letter: "lobying", "lobbbying", "lobyb").
   */
  private substitutedName(typed: string, read: string): boolean {
    // A signatory's given name misspelt ("natacha" for Natasha) is hers, no other name.
    if (read === typed || !OWN_NAME_WORD.test(typed) || this.givenNames.has(read)) return false;
    if (this.lexicon.isKnown(typed) || this.lexicon.isStopword(typed) || isDictionaryWord(typed)) return false;
    return substitutedAt(typed, read) >= 0;
  }

  /**
   * "gosling — still out or back in?", "has gosling kept lobbying since?": whether `typed`, in lower case, is a word that
   * no text of the data nor the lexicon uses and that may as well be a name typed in lower case — in an English question,
   * a French word only ("mistral") or a rare English one ("gosling", "guardian"; as `namelessSlot` reads them) — and
   * no name the data knows misspelt by one letter ("lionne" for Lyonne). A French question's rare English word is not
   * read so: the lists cannot tell an English word from one French shares ("allusion").
   */
  private rareLowerName(typed: string, lang: Locale | null): boolean {
    if (!OWN_NAME_WORD.test(typed) || this.lexicon.isKnown(typed) || this.lexicon.isStopword(typed) || this.givenNames.has(typed)) return false;
    const foreign = lang === 'en' && isDictionaryWord(typed) && !isEnglishWord(typed);
    if (!foreign && !(lang === 'en' && isUncommonEnglishWord(typed))) return false;
    return !this.nearName(typed);
  }

  /** Whether a name the data spells with a capital (`Lexicon.isName`) is one letter off `w`: dropped, added or changed. */
  private nearName(w: string): boolean {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i <= w.length; i++) {
      if (i < w.length && this.lexicon.isName(w.slice(0, i) + w.slice(i + 1))) return true;
      for (const c of letters) {
        if (this.lexicon.isName(w.slice(0, i) + c + w.slice(i))) return true;
        if (i < w.length && c !== w[i] && this.lexicon.isName(w.slice(0, i) + c + w.slice(i + 1))) return true;
      }
    }
    return false;
  }

  private decideByRetrieval(parsed: ParsedQuestion, lang: Locale, retrieval: Retrieval): AskOutcome {
    const { mode, ranked, searchTerms } = retrieval;
    // "Did Ruffalo sign another letter?": the data is about one letter; another is another topic.
    if (parsed.otherLetter) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    // A comparison no two events answered is not made a one-fact question by a lenient lead: only a clear one counts.
    // Nor is a question naming something no fact knows ("what deal did Spotify sign with OpenAI?"): a word typed with a
    // capital that no fact uses is a name (another company, person or law than the story's); the first word of the
    // sentence only when no text of the data nor the lexicon uses it at all ("Spotify vaut 157 milliards ?"), a capital
    // there being no sign of a name by itself. The leads that forgive unmatched words do not apply.
    // A signatory's name typed as the data spells it or one of its aliases ("Maggie Gylenhall", as BFMTV printed it) is
    // a name the story knows, though no fact's text spells it so: no other topic.
    const signatoryAt = this.signatoryNameAt(parsed);
    const unnamed = signatoryAt.size === 0 ? searchTerms : searchTerms.filter((t) => !signatoryAt.has(t.at));
    const strange = this.topic.namesOtherTopic(parsed, unnamed) || this.topic.acronymOtherTopic(parsed) || this.topic.otherTime(parsed) || this.topic.otherLaw(parsed) || this.topic.namesStopWordTitle(parsed);
    const decided = decide(ranked, parsed.type === 'compare' || strange ? this.strictCalibration : this.calibration);
    // The lookups as the question's prototype: its own fields are the six below, no copy of the twenty-odd lookups.
    const question = Object.assign(Object.create(this.lookups) as RefineLookups & PremiseLookups, { parsed, searchTerms, ranked, mode, strange });
    const decision = refineDecision(question, decided);
    const candidates = decision.picked.map((r) => this.candidate(r, lang));
    const premise = premiseToCorrect(this.lookups, parsed, decision, ranked);
    const correct = (p: Premise): AskOutcome => {
      const fact = this.data.facts.find((f) => f.id === p.fact)!;
      return this.factAnswer(parsed, fact, mode === 'number' ? 'number' : 'fact', this.calibration.answerAt, [{ fact, question: fact.questions[lang][0]! }], undefined, p.id);
    };
    // "a post says the 2023 strike cost Ohio $9bn": a figure or date said of a slot, in a question that names another topic
    // (a name typed with a capital inside a sentence that neither the data nor a dictionary knows: a place, a body), is
    // said of that topic, not of the story's slot: declined as such. A wrong name the premise gives ("sent to Congress?")
    // is the slot's value itself, corrected; a month typed short ("Feb 10") is a date, no name.
    // So is a figure said of an event the question dates in a year far from every year the story gives (`otherTime`: "the
    // 2007-08 WGA strike lasted 100 days?"): that strike is another than the fact's, whose figures do not correct it. Only
    // a slot of figures: of a slot of dates the year may be the wrong value itself, which its fact corrects.
    const elsewhere = (p: Premise): boolean => {
      if (!strange || p.values.length > 0) return false;
      if (this.lookups.premises.readsFigures(p.id) && this.topic.otherTime(parsed)) return true;
      const dates = dateWordsAt(parsed.reading.words, this.lexicon.wordList('ordinalEndings'));
      return this.topic.namesOtherTopic(parsed, searchTerms.filter((t) => !dates.has(t.at)), 'capitals');
    };
    // "a post says the strike cost $3bn, true?": a premise of a fact that gives no sum (share) is not corrected by it.
    if (premise && foreignFigure(this.lookups, parsed, this.data.facts.find((f) => f.id === premise.fact)!)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    // "les signataires ont aussi écrit au congrès ?": a wrong value said after a word of one more besides (`besidesWords`,
    // not the first word) asks whether there was another besides the story's (a second letter), which no fact says:
    // neither corrected as the slot's value nor answered by the slot's fact. A value before it ("why did OpenAI sign
    // too?") is the one said wrongly: corrected.
    if (premise && this.valueAfterBesides(parsed, premise.values)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    // "macron a-t-il évoqué la lettre avec trump ?": who spoke of the letter (an attribute read `premiseAside`) makes the
    // letter what was spoken of, and asserts nothing of what it says: a premise of what it names (Trump) is no part of
    // what is asked, and the fact that corrects it answers another question: declined unless that fact says it too.
    if (premise && this.asksUnsaid(parsed, premise.fact)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    if (premise && !elsewhere(premise)) return correct(premise);
    if (decision.verdict === 'answered' && this.namesOtherThanOwn(parsed, decision.picked[0]!.item.id)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    // "quelle position Meta défend-elle dans sa contribution ?": the own filing of a company that filed nothing the data
    // holds is no other company's filing nor that company's case: not offered among them. Unless the letter is named
    // ("Meta's filing that set off the letter"): a premise of what the letter answered, whose fact may set it right.
    if (decision.verdict === 'clarify' && !parsed.reading.terms.some((t) => t.term === 'c:letter') && this.filingOfNonFiler(parsed)) {
      return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    }
    if (decision.verdict === 'answered') {
      const fact = decision.picked[0]!.item;
      if (this.spanOfOtherYears(parsed, fact.id)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
      if (this.definesOtherThing(parsed, fact)) return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
      const slipped = slippedYear(parsed, fact.id, (term) => this.facts.knows(term), this.dated) ? YEAR_SLIP : undefined;
      return this.factAnswer(parsed, fact, mode, decision.confidence, candidates, undefined, slipped);
    }
    // "c'est quoi cette lettre d'hollywood sur l'ia ?", "what's this letter thing?": the letter itself asked about, which
    // no fact's phrasing matches better than its context words do; its main message answers.
    if (mode === 'fact' && !strange && this.overview && this.asksOverview(parsed)) return this.factAnswer(parsed, this.overview, mode, this.calibration.answerAt, []);
    if (decision.verdict === 'clarify' && this.nameNoChoiceCarries(parsed, searchTerms, decision.picked.map((r) => r.item.id))) {
      return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    }
    // "combien par livre dans l'affaire meta": a choice that carries none of the question's content words (it was
    // offered for the slot alone: a count beside a case that gives none) shows no two facts speak of what is asked;
    // "did you mean" one that shares nothing with the question is no choice: declined.
    if (decision.verdict === 'clarify' && this.choiceCarriesNothing(searchTerms, decision.picked.map((r) => r.item.id))) {
      return { verdict: 'no_answer', mode, candidates: [], parsed, confidence: 0 };
    }
    return { verdict: decision.verdict, mode, candidates: decision.verdict === 'clarify' ? candidates : [], parsed, confidence: decision.confidence };
  }

  /**
   * Whether a question asks what the letter is, or for its summary: it holds a word of asking so (`overviewWords`:
   * "explain", "résume"; or "what", "quoi" beside a word that makes them ask what a thing is, `overviewLinks`: "what's",
   * "c'est quoi", "de quoi"), names the letter, and besides only the story's context (words of AI, Hollywood or
   * copyright, which weigh `OVERVIEW_CONTEXT_WEIGHT`) and chatter: no slot ("who", "when"), nothing else
   * the facts know, no word they do not. Not "what about the letter?", which asks for more of what came before, nor
   * "la lettre quoi", whose "quoi" only trails off.
   */
  private asksOverview(parsed: ParsedQuestion): boolean {
    const { terms, words } = parsed.reading;
    if (parsed.cues.has('also') || parsed.cues.has('quote')) return false;
    const asking = this.lexicon.wordList('overviewWords');
    const what = this.lexicon.wordList('overviewWhat');
    const links = this.lexicon.wordList('overviewLinks');
    const asks = words.some((w, k) => asking.has(w) || (what.has(w) && (links.has(words[k - 1] ?? '') || links.has(words[k + 1] ?? ''))));
    if (!asks) return false;
    // A question cut short ("what did the letter say to…") trails off on a word of the sentence's grammar: not asked whole.
    if (this.lexicon.isStopword(words[words.length - 1] ?? '') && !what.has(words[words.length - 1] ?? '')) return false;
    const ofWhom = this.letterRoles(parsed);
    return (
      terms.some((t) => t.term === OVERVIEW_SUBJECT) &&
      terms.every((t) => t.term === OVERVIEW_SUBJECT || t.weight === OVERVIEW_CONTEXT_WEIGHT || t.term === 'c:chatter' || ofWhom.has(t))
    );
  }

  /**
   * The role terms that say whose the letter is ("la lettre des acteurs", "the letter of the writers", "the actors'
   * letter"): a role right before the letter's word, or after it past a word of `ownerLinks` ("of", "des") and an
   * article at most (`titleArticles`). They name the letter, no list of the role.
   */
  private letterRoles(parsed: ParsedQuestion): Set<Term> {
    const { terms, words } = parsed.reading;
    const links = this.lexicon.wordList('ownerLinks');
    const articles = this.lexicon.wordList('titleArticles');
    const letters = terms.filter((t) => t.term === OVERVIEW_SUBJECT);
    const owns = (role: Term, letter: Term): boolean => {
      if (role.at + (role.span ?? 1) === letter.at) return true;
      let k = letter.at + (letter.span ?? 1);
      if (!links.has(words[k] ?? '')) return false;
      k += 1;
      if (articles.has(words[k] ?? '')) k += 1;
      return role.at === k;
    };
    return new Set(terms.filter((t) => t.kind === 'role' && letters.some((l) => owns(t, l))));
  }

  /**
   * "c koi la lettre des acteurs ?", "what is the actors' letter?": the letter asked about, named by whose it is (a role,
   * `letterRoles`): its main message answers, not the list of the role.
   */
  private roleLetterOverview(parsed: ParsedQuestion): AskOutcome | null {
    if (!this.overview || parsed.aboutSigning || this.letterRoles(parsed).size === 0 || !this.asksOverview(parsed)) return null;
    return this.factAnswer(parsed, this.overview, 'fact', this.calibration.answerAt, []);
  }

  /** Whether a question asks an attribute read `premiseAside` (`attributes`) that a premise's fact does not say. */
  private asksUnsaid(parsed: ParsedQuestion, id: string): boolean {
    return this.askedAttributes(parsed).some((a) => this.attributes.premiseAside(a) && !this.attributes.says(id, a));
  }

  /** Whether one of a premise's wrong values comes after a word of one more besides (`besidesWords`) that opens nothing. */
  private valueAfterBesides(parsed: ParsedQuestion, values: readonly string[]): boolean {
    const { words } = parsed.reading;
    const besides = this.lexicon.wordList('besidesWords');
    const at = words.findIndex((w, k) => k > 0 && besides.has(w));
    if (at < 0) return false;
    const after = ` ${words.slice(at + 1).join(' ')} `;
    return values.some((v) => after.includes(` ${v} `));
  }

  /**
   * "la grève des acteurs de jeux vidéo en 2024-2025", "the strike of 2024 and 2025": two years or more typed for one
   * event, none of which a fact with a date of its own (`dated`) carries in any text, date an event that ran across
   * them: another than that fact's, never a slip of one year (`slippedYear`, which one wrong year still is: "the 2024
   * actors' strike" is the 2023 strike).
   */
  private spanOfOtherYears(parsed: ParsedQuestion, id: string): boolean {
    const years = new Set(parsed.years);
    return years.size >= 2 && this.dated.has(id) && [...years].every((y) => !this.facts.carries(id, String(y)));
  }

  /**
   * "tu peux m'expliquer ce qu'est un modèle open-weight ?", "what's an RFI and why…": a question word, then an
   * indefinite article (`definitionWhat` and an `overviewLinks` word, or an `overviewLinks` word and an `overviewWhat`
   * word, then `indefiniteArticles`), asks what a
   * kind of thing is: a definition, which a fact gives only when its topic names that thing (the first content word
   * after the article). A fact that only mentions it (DeepSeek's model "released as open weights") defines nothing.
   */
  private definesOtherThing(parsed: ParsedQuestion, fact: Fact): boolean {
    const { words, terms } = parsed.reading;
    const what = this.lexicon.wordList('definitionWhat');
    const links = this.lexicon.wordList('overviewLinks');
    const bare = this.lexicon.wordList('overviewWhat');
    const articles = this.lexicon.wordList('indefiniteArticles');
    // Right after a question word a link stands before ("c'est quoi un décret", not "en a fait quoi une fois"), an
    // article of more than one letter: a lone "a" there is as often the French verb ("c'est quoi à la Maison Blanche").
    const linked = (k: number): boolean => links.has(words[k] ?? '');
    const at = words.findIndex((w, k) => articles.has(w) && ((bare.has(words[k - 1] ?? '') && linked(k - 2) && w.length > 1) || (linked(k - 1) && what.has(words[k - 2] ?? ''))));
    if (at < 0) return false;
    // The thing named right after the article ("un modèle"), not a word further on ("quoi une fois revenu").
    const thing = terms.find((t) => t.at === at + 1 && t.weight >= 1);
    if (!thing) return false;
    const topic = new Set([...this.lexicon.read(fact.topic, 'en').terms, ...this.lexicon.read(fact.topic, 'fr').terms].map((t) => t.term));
    return !topic.has(thing.term);
  }

  /** Whether one of the facts offered carries none of the question's content terms (weight 1: no slot, no context word). */
  private choiceCarriesNothing(searchTerms: readonly Term[], offered: readonly string[]): boolean {
    const content = searchTerms.filter((t) => t.weight >= 1);
    return content.length > 0 && offered.some((id) => !content.some((t) => this.facts.carries(id, t.term)));
  }

  /**
   * Whether a question types a name the data knows (a company, a body: "Meta", "Sony"), with a capital or in lower
   * case, that none of the facts about to be offered carries: "what did Sony say in its filing on the plan?", "what did
   * meta put in its own action plan submission?" offered the plan's facts ask what none of them says of Sony or Meta. A
   * choice among them would answer another question.
   * Not a refinement (`refine.ts`): it applies only once no premise is corrected, and the premise corrected is found
   * among the refined decision's choices (`premiseToCorrect`), which a refinement declining here would empty.
   */
  private nameNoChoiceCarries(parsed: ParsedQuestion, searchTerms: readonly Term[], offered: readonly string[]): boolean {
    const { shown, words } = parsed.reading;
    // One fact offered is a guess at what was meant ("Asteria, founded with Stiller?" offered the studio's fact, which
    // names its real founder): the name may be the asker's slip. Two or more offered leave none that speaks of it.
    if (shown.length !== words.length || offered.length === 0) return false;
    const companies = this.lexicon.wordList('companyNames');
    return searchTerms.some((t) => {
      if (t.kind !== 'word' || (t.span ?? 1) !== 1) return false;
      // One fact offered: only a company's name (`companyNames`) it never carries. A person's name may be a slip for
      // the one the fact gives; "the meta case" offered Anthropic's settlement asks of another company's case.
      if (offered.length === 1 && !companies.has(words[t.at] ?? '')) return false;
      // A sentence's first word too ("Meta a-t-il…"): the data spells it only with a capital, so a name wherever typed.
      // Typed in lower case, a company's name (`companyNames`: "meta", "apple"), not any word the data spells with a
      // capital inside a longer name ("motion", of the Motion Picture Association).
      const w = words[t.at] ?? '';
      if (startsWithCapital(shown[t.at] ?? '') ? !this.lexicon.isName(w) : !companies.has(w)) return false;
      return !offered.some((id) => this.facts.carries(id, t.term));
    });
  }

  /**
   * What a question asks of an event, a body or a person (`attributes`), as typed or as corrected. A word typed with a
   * capital inside a sentence is a name or a title, not what is asked ("the creator of Lost" asks no one's loss). Of a
   * signing (`signing`), only what a signing may be asked (paid, forced, withdrawn).
   */
  private askedAttributes(parsed: ParsedQuestion, signing = false): string[] {
    const { words, corrected, shown } = parsed.reading;
    const opening = this.typedOf(parsed).opening;
    // The positions in one set, no one-word list per word.
    const named = new Set<number>();
    if (shown.length === words.length) for (let k = 0; k < shown.length; k++) if (capitalInside(shown, k, opening) && !isAcronym(shown[k]!)) named.add(k);
    // "Que faisait Perlmutter avant… ?", "que faisait-elle avant ?": a name or an inverted French pronoun
    // (`invertedSubjects`, `pluralInvertedSubjects`) inside a phrase of asking is the verb's subject, put after it.
    const pronouns = [this.lexicon.wordList('invertedSubjects'), this.lexicon.wordList('pluralInvertedSubjects')];
    const subjects = new Set<number>();
    for (let k = 1; k < corrected.length; k++) if (this.lexicon.isName(corrected[k]!) || pronouns.some((p) => p.has(corrected[k]!))) subjects.add(k);
    // "How much did the studios lose", « ils ont perdu combien » (`countOnly`): where the question's words of counting stand.
    const counting = new Set<number>();
    for (const t of parsed.reading.terms) if (t.term === 'c:howmany') counting.add(t.at);
    return this.attributes.asked([words, corrected], signing, named, subjects, counting);
  }

  /**
   * Whether a fact's own questions ask whether the letter names (c:mention) this person: every word of the name, or
   * its last one ("Donald Trump" when they ask of "Trump").
   */
  private namedInLetter(span: string, lang: Locale | null): boolean {
    const words = splitWords(span);
    return this.namedInLetterBy(words, lang) || (words.length > 1 && this.namedInLetterBy(words.slice(-1), lang));
  }

  private namedInLetterBy(words: readonly string[], lang: Locale | null): boolean {
    const terms = words.map((w) => this.lexicon.termOf(w, lang));
    return terms.length > 0 && this.data.facts.some((f) => this.facts.field(f.id, 'c:mention') === 2 && terms.every((t) => this.facts.field(f.id, t) === 2));
  }

  /** The facts ranked for a question before any decision, and the mode it is read in (for calibration tools). */
  explain(question: string): { mode: 'fact' | 'quote' | 'number'; ranked: Ranked<Fact>[] } {
    const { mode, ranked } = this.answering(() => this.retrieve(parseQuestion(question, this.lexicon, this.names)));
    return { mode, ranked };
  }

  /** Per fact, each name's (a word the data spells with a capital) neighbours in its texts: "<word" before, ">word" after. */
  private readonly nameNeighbours = new Map<string, ReadonlyMap<string, ReadonlySet<string>>>();

  /**
   * Whether a question holds a word typed in lower case (four letters or more) that no text of the data nor the
   * lexicon uses and that may as well be a name, typed next to a word that stands next to one of the fact `id`'s names
   * in its texts ("judge gosling" beside "Judge Alsup", "is mistral paying" beside "is Anthropic paying"), a name the
   * question does not give: it stands where the fact's own name would (see the caller).
   */
  private namelessSlot(parsed: ParsedQuestion, searchTerms: readonly Term[], id: string): boolean {
    const shown = parsed.reading.shown;
    const words = parsed.reading.words;
    if (shown.length !== words.length) return false;
    let names = this.nameNeighbours.get(id);
    if (!names) {
      const text = (this.factText.get(id) ?? '').split(' ');
      const found = new Map<string, Set<string>>();
      const beside = (w: string | undefined): boolean => w !== undefined && w !== '|' && w !== '';
      text.forEach((w, i) => {
        if (w.length < 3 || !this.lexicon.isName(w)) return;
        const around = found.get(w) ?? new Set<string>();
        if (beside(text[i - 1])) around.add(`<${text[i - 1]!}`);
        if (beside(text[i + 1])) around.add(`>${text[i + 1]!}`);
        found.set(w, around);
      });
      names = found;
      this.nameNeighbours.set(id, names);
    }
    if (names.size === 0) return false;
    const asked = new Set([...words, ...parsed.reading.corrected]);
    const open = [...names].filter(([name]) => !asked.has(name)).map(([, around]) => around);
    if (open.length === 0) return false;
    return searchTerms.some((t) => {
      if (t.kind !== 'word' || t.term.startsWith('c:')) return false;
      const typed = words[t.at] ?? '';
      if (!/^\p{Ll}{4,}$/u.test(shown[t.at] ?? '') || this.lexicon.isKnown(typed) || this.lexicon.isStopword(typed)) return false;
      // French only in an English question ("mistral"), or rare in English ("gosling", "guardian"): a name in some reading.
      const foreign = parsed.lang === 'en' && isDictionaryWord(typed) && !isEnglishWord(typed);
      if (!foreign && !isUncommonEnglishWord(typed)) return false;
      // A neighbour of its own: a name's word ("Office", "Act"; typed with a capital) stands next to the rest of the name;
      // a stop word next to anything, which a word merely rare ("the rundown", "l'élaboration") may stand after too.
      const own = (k: number): boolean => words[k] !== undefined && !this.lexicon.isName(words[k]!) && !startsWithCapital(shown[k] ?? '') && (foreign || !this.lexicon.isStopword(words[k]!));
      const before = own(t.at - 1) ? `<${words[t.at - 1]!}` : '';
      const after = own(t.at + 1) ? `>${words[t.at + 1]!}` : '';
      return open.some((around) => around.has(before) || around.has(after));
    });
  }

  private typedOf(parsed: ParsedQuestion): { opening: ReadonlySet<number>; names: string[] } {
    let found = this.memo.typed.get(parsed);
    if (!found) {
      const opening = sentenceOpenings(parsed.text);
      found = { opening, names: typedNames(parsed.reading.shown, opening) };
      this.memo.typed.set(parsed, found);
    }
    return found;
  }

  private searchTermsOf(parsed: ParsedQuestion): Term[] {
    return this.searchOf(parsed).searchTerms;
  }

  private searchOf(parsed: ParsedQuestion): Pick<Retrieval, 'mode' | 'searchTerms'> {
    let result = this.memo.searched.get(parsed);
    if (!result) {
      result = this.searchUncached(parsed);
      this.memo.searched.set(parsed, result);
    }
    return result;
  }

  private retrieve(parsed: ParsedQuestion): Retrieval {
    let result = this.memo.retrieved.get(parsed);
    if (!result) {
      result = this.retrieveUncached(parsed);
      this.memo.retrieved.set(parsed, result);
    }
    return result;
  }

  /** The search terms and mode of a question (the first half of `retrieveUncached`, with no ranking of the facts but the slot tail's). */
  private searchUncached(parsed: ParsedQuestion): Pick<Retrieval, 'mode' | 'searchTerms'> {
    const nameAt = this.signatoryNameAt(parsed);
    const asTyped = (t: Term): Term => (t.kind === 'word' && nameAt.has(t.at) && parsed.reading.corrected[t.at] !== parsed.reading.words[t.at] ? { ...t, term: this.lexicon.termOf(parsed.reading.words[t.at]!, parsed.lang) } : t);
    // "What did the 2024 writers' strike win?", "la grève de 2021": a year near the story's that no fact gives is a year
    // wrongly remembered, a premise to correct, not a word to find (the far ones are another event: see otherTime).
    const typedTerms = this.nameParts(premiseFree(parsed, (term) => this.facts.knows(term), this.lexicon).map(asTyped), parsed, nameAt).filter(
      (t) => !(t.kind === 'number' && YEAR.test(t.term) && !this.facts.knows(t.term)),
    );
    typedTerms.splice(0, typedTerms.length, ...this.qualifierFree(parsed, typedTerms));
    typedTerms.splice(0, typedTerms.length, ...this.timeNounAsked(parsed, typedTerms));
    typedTerms.push(...this.toWhom(parsed));
    typedTerms.splice(0, typedTerms.length, ...this.strandedRecipient(parsed, typedTerms));
    // "who organised the thing, not just who signed it", "qui l'a lancée, pas seulement qui a signé": a word of going
    // beyond (`c:beyond`) right before a question word sets aside the question it opens, which the asker does not ask:
    // its words, and those after it, weigh as the asker's context does (`CONTEXT_WEIGHT`).
    const setAside = Math.min(this.setAsideAt(parsed), this.merelyAt(parsed));
    if (setAside < Number.POSITIVE_INFINITY) typedTerms.splice(0, typedTerms.length, ...typedTerms.map((t) => (t.at >= setAside ? { ...t, weight: Math.min(t.weight, CONTEXT_WEIGHT) } : t)));
    // "Every headline says 'stars urge Trump': does the letter name him?", « notre titre dit « Hollywood appelle Trump »,
    // la lettre le nomme ? »: a wording quoted right after a word of headlining is how the press put the story, the claim
    // the asker checks, not what the question asks: its words the facts know are left out of the search.
    // A quoted word no fact uses stays: it may be a name typed in lower case ('stars urge macron'), another topic.
    const headlined = this.headlineQuoted(parsed);
    if (headlined.size > 0) {
      typedTerms.splice(0, typedTerms.length, ...typedTerms.filter((t) => !headlined.has(t.at) || !this.facts.knows(t.term)));
    }
    // "…, number + date pls": the words of a last clause that only names the slots asked for are no content to find,
    // when the fact the rest of the question finds carries all of that rest (a word it misses, "Le Monde", still counts).
    const slotTail = this.checks.slotTail(parsed);
    const slotFree = typedTerms.filter((t) => !slotTail.has(t.at));
    const slotLeader = slotFree.length < typedTerms.length ? this.facts.rank(slotFree)[0] : undefined;
    const terms = this.contextDiscounted(parsed, slotLeader && slotFree.every((t) => t.weight < 1 || this.facts.carries(slotLeader.id, t.term)) ? slotFree : typedTerms);
    // "what do the 400-plus want?", « la lettre des 400 a été envoyée quand ? »: a count that names the letter or its
    // signers is no figure to check, nor a word to find: the rest of the question is asked (`countNamesAt`).
    const countNames = parsed.type === 'quote' ? NO_POSITIONS : this.countNamesAt(parsed);
    const mode: 'fact' | 'quote' | 'number' = parsed.type === 'quote' ? 'quote' : countNames.size === 0 && this.isNumberCheck(parsed) ? 'number' : 'fact';
    // In a number check the figure itself is matched by value (230 ≈ 229 billion), not as a word; in a request for
    // the letter's words, the words of the request ("texte exact", "cite-moi") are no content, concepts included.
    const quoteCues = parsed.reading.cues.filter((c) => c.cue === 'quote');
    const inQuoteCue = (t: Term): boolean => quoteCues.some((c) => t.at >= c.at && t.at < c.at + c.length);
    const searchTerms =
      mode === 'number' ? terms.filter((t) => t.kind !== 'number') : mode === 'quote' ? terms.filter((t) => !inQuoteCue(t)) : countNames.size > 0 ? terms.filter((t) => !countNames.has(t.at)) : terms;
    return { mode, searchTerms };
  }

  /** The weight the word "when" reads with (`c:when`), read on first use by `timeNounAsked`; null when it reads none. */
  private whenWeight: number | null | undefined;

  /**
   * « la date de publication du plan d'action », "the date of the ruling": a noun of a time (`timeNouns`) right before a
   * word of `ofWords` and what it dates asks when that happened, as "when" does: no word to find in a fact's text (a
   * fact that happens to say "date" about something else), but the slot asked (`c:when`, weighing as a question word).
   */
  private timeNounAsked(parsed: ParsedQuestion, terms: Term[]): Term[] {
    const { words } = parsed.reading;
    const timeNouns = this.lexicon.wordList('timeNouns');
    // Most questions hold no such noun: nothing else is read for them.
    if (!words.some((w) => timeNouns.has(w))) return terms;
    const ofWords = this.lexicon.wordList('ofWords');
    // The weight "when" reads with, read once (not a lexicon reading per question).
    if (this.whenWeight === undefined) this.whenWeight = this.lexicon.read('when', 'en').terms.find((t) => t.term === WHEN_TERM)?.weight ?? null;
    const { whenWeight } = this;
    // A question that asks a slot by its own word keeps its noun as typed ("la date de dépôt, c'est le combien ?": which day
    // of the month "le combien" asks, the noun a word of it).
    if (whenWeight === null || terms.some((t) => ANSWER_SLOTS.includes(t.term))) return terms;
    // Not a noun that stands beside a date the question gives ("sent on 19 March 2025, date of the BFMTV piece?", « le 19
    // mars, le jour de l'article ? »): it names that date, which is said, not asked.
    const dates = dateWordsAt(words, this.lexicon.wordList('ordinalEndings'));
    const besideDate = (at: number): boolean => dates.has(at - 1) || dates.has(at - 2);
    return terms.map((t) => {
      const dated = t.kind === 'word' && (t.span ?? 1) === 1 && timeNouns.has(words[t.at]!) && ofWords.has(words[t.at + 1] ?? '') && !besideDate(t.at);
      return dated && terms.some((u) => u.at > t.at + 1 && u.weight >= 1) ? { term: WHEN_TERM, weight: whenWeight, kind: 'concept', at: t.at } : t;
    });
  }

  /**
   * "who was the main organiser behind the letter?", « l'organisatrice principale », "OpenAI's core argument": a word of
   * the main point (`QUALIFIER`: main, key, core, principal) typed right beside a noun of another concept or a role, with
   * nothing but spaces between, qualifies that noun, which is what is asked: it asks no summary, and is no word to find
   * (a fact's phrasing of the gist, "summarise the letter", is not found whole through it). Alone or beside its own
   * concept ("the main point", « message principal »), set off by a mark ("OpenAI's argument, in short?"), or beside a
   * noun some fact's own phrasings pair with it ("main requests in the letter"), it stays.
   */
  private qualifierFree(parsed: ParsedQuestion, terms: Term[]): Term[] {
    if (!terms.some((t) => t.term === QUALIFIER)) return terms;
    const { shown, words } = parsed.reading;
    const spans = shown.length === words.length ? typedSpans(parsed.text, shown) : null;
    if (spans === null) return terms;
    const gap = (from: number, to: number): boolean => {
      const a = spans[from];
      const b = spans[to];
      return a !== undefined && b !== undefined && SPACES_ONLY.test(parsed.text.slice(a.end, b.start));
    };
    const end = (t: Term): number => t.at + (t.span ?? 1);
    // Not beside a noun that some fact's own phrasings pair with it ("main requests in the letter": the main demands are
    // what that fact is asked), only one that none does ("the main organiser": no fact is asked of the main organiser).
    const paired = (term: string): boolean => this.data.facts.some((f) => this.facts.field(f.id, QUALIFIER) === 2 && this.facts.field(f.id, term) === 2);
    const noun = (t: Term): boolean => t.weight >= 1 && (t.kind === 'concept' || t.kind === 'role') && t.term !== QUALIFIER && !paired(t.term);
    const qualifies = (q: Term): boolean =>
      terms.some((t) => noun(t) && ((t.at === end(q) && gap(end(q) - 1, t.at)) || (end(t) === q.at && gap(end(t) - 1, q.at))));
    const kept = terms.filter((t) => t.term !== QUALIFIER || !qualifies(t));
    return kept.length === terms.length ? terms : kept;
  }

  /**
   * "BFM traduit « affaiblir les protections… » : la phrase originale ?", "l'AFP écrit « … ». C'est vraiment ces mots-là
   * ?": in a request for the letter's words that quotes a wording, a name right before a verb of saying or rendering
   * (`claimVerbs`, `renderingVerbs`) before the quotation is the outlet whose wording is checked, and the verb is how it
   * rendered it: neither is what the letter's words are about (the positions of both; none when nothing is so quoted).
   */
  private renderedBy(parsed: ParsedQuestion): ReadonlySet<number> {
    if (parsed.quoted.length === 0) return NO_POSITIONS;
    const { words, corrected } = parsed.reading;
    const claims = this.lexicon.wordList('claimVerbs');
    const renders = this.lexicon.wordList('renderingVerbs');
    const firstQuoted = indexOfPhrase(words, splitWords(parsed.quoted[0]!));
    if (firstQuoted < 0) return NO_POSITIONS;
    const at = new Set<number>();
    for (let k = 0; k + 1 < firstQuoted; k++) {
      const verb = words[k + 1]!;
      if ((claims.has(verb) || renders.has(verb)) && this.lexicon.isName(corrected[k] ?? '')) at.add(k).add(k + 1);
    }
    return at.size === 0 ? NO_POSITIONS : at;
  }

  /**
   * The positions of the words of a wording quoted within `HEADLINE_REACH` words after a word of headlining
   * (`headlineWords`: "every headline says 'stars urge Trump'", "BFM titre « Hollywood appelle Trump »"), and that
   * word itself, but for the quote's names (a word typed with a capital, which the question may ask about: "is Trump
   * named?") and its figures, which a check of the press's numbers asks about; none when nothing is so quoted.
   */
  private headlineQuoted(parsed: ParsedQuestion): ReadonlySet<number> {
    if (parsed.quoted.length === 0) return NO_POSITIONS;
    const { words, shown } = parsed.reading;
    if (shown.length !== words.length) return NO_POSITIONS;
    const heads = this.lexicon.wordList('headlineWords');
    const at = new Set<number>();
    for (const q of parsed.quoted) {
      const quoted = splitWords(q);
      const start = indexOfPhrase(words, quoted);
      if (start < 0) continue;
      let head = -1;
      for (let k = Math.max(0, start - HEADLINE_REACH); k < start; k++) if (heads.has(words[k] ?? '')) head = k;
      if (head < 0) continue;
      at.add(head);
      for (let k = start; k < start + quoted.length; k++) if (!startsWithCapital(shown[k] ?? '') && !DIGIT_WORD.test(words[k] ?? '')) at.add(k);
    }
    return at.size === 0 ? NO_POSITIONS : at;
  }

  /**
   * Where a question sets aside what it does not ask ("…, not just who signed it"): the word of going beyond (`c:beyond`)
   * right before a question word, after some content of its own; infinity when it sets nothing aside.
   */
  private setAsideAt(parsed: ParsedQuestion): number {
    const { terms, cues } = parsed.reading;
    const beyond = terms.find(
      (t) => t.term === 'c:beyond' && t.at > 0 && cues.some((c) => c.cue === 'wh' && c.at === t.at + (t.span ?? 1)) && terms.some((u) => u.at < t.at && u.weight >= 1),
    );
    return beyond ? beyond.at : Number.POSITIVE_INFINITY;
  }

  /**
   * "Is Trump named in the letter itself, or is it just the headline?", « …dans le texte, ou c'est juste le titre de
   * BFM ? »: an "or" (the `alternative` cue) followed by a word of `merelyWords`, at most two words between that are no
   * term (a pronoun, a copula: "is it", "c'est"), offers the lesser account the asker suspects (the media, the headline,
   * the article), against which the question before the "or" is checked: where the "or" is, from which on the words
   * weigh as the asker's context. Only when a word of content comes before the "or"; +∞ otherwise.
   */
  private merelyAt(parsed: ParsedQuestion): number {
    const { terms, cues, words } = parsed.reading;
    const merely = this.lexicon.wordList('merelyWords');
    const or = cues.find((c) => {
      if (c.cue !== 'alternative' || !terms.some((t) => t.at < c.at && t.weight >= 1)) return false;
      const after = c.at + c.length;
      const at = words.findIndex((w, k) => k >= after && k <= after + 2 && merely.has(w));
      return at >= 0 && !terms.some((t) => t.at >= after && t.at < at);
    });
    return or ? or.at : Number.POSITIVE_INFINITY;
  }

  /**
   * "Any follow-up campaign by that crowd?": a word of content no fact uses that is a common dictionary word
   * (`commonWord`), typed in lower case or with the capital of a sentence's opening, and that the examples with a fact
   * lean to (`COMMON_ANSWERED_RATIO`, `COMMON_ANSWERED_MIN`: "crowd", "période"; not "retirement", "talking",
   * "espagnol"), is the asker's casual wording, not the sign of another topic: marked `common`,
   * it weighs less in the share of the question a fact carries (`Retriever.termRarity`). Its weight, and so every rule
   * that counts it as content missed, is kept.
   */
  private commonMarked(parsed: ParsedQuestion, terms: Term[]): Term[] {
    const { shown, corrected } = parsed.reading;
    if (shown.length !== corrected.length) return terms;
    const opening = this.typedOf(parsed).opening;
    const common = (t: Term): boolean =>
      t.kind === 'word' &&
      t.weight >= 1 &&
      !this.facts.knows(t.term) &&
      !capitalInside(shown, t.at, opening) &&
      commonWord(corrected[t.at] ?? '', parsed.lang) &&
      casual(t.term);
    const casual = (term: string): boolean => {
      const use = this.exampleUse.get(term);
      return use !== undefined && use.answered >= COMMON_ANSWERED_MIN && use.answered >= use.declined * COMMON_ANSWERED_RATIO;
    };
    if (!terms.some(common)) return terms;
    // Not in a question of one word the facts know besides ("sorry, wrong channel", "and the date we discussed?"): what
    // little it asks is no more the story's than its casual words say. Nor beside a word no fact uses that is no common
    // word (a name, a rare word): that word sets another topic, which the casual words may be about.
    const known = new Set(terms.filter((t) => t.weight >= 1 && this.facts.knows(t.term)).map((t) => t.term));
    if (known.size < COMMON_KNOWN_TERMS) return terms;
    if (terms.some((t) => t.weight >= 1 && !this.facts.knows(t.term) && !common(t))) return terms;
    return terms.map((t) => (common(t) ? { ...t, common: true } : t));
  }

  /**
   * "To whom was the letter sent?", "à qui la lettre a-t-elle été remise ?": "who" right after a word of `toWhomLinks`,
   * in a question with a verb of sending, asks for the recipient (`c:recipient`), read where the "who" is (which stays
   * the question word). Nothing otherwise.
   */
  private toWhom(parsed: ParsedQuestion): Term[] {
    const { terms, words } = parsed.reading;
    if (!terms.some((t) => t.term === 'c:send') || terms.some((t) => t.term === 'c:recipient')) return [];
    const links = this.lexicon.wordList('toWhomLinks');
    const who = terms.find((t) => t.term === 'c:who' && t.at > 0 && links.has(words[t.at - 1] ?? ''));
    return who ? [{ term: 'c:recipient', weight: 1, kind: 'concept', at: who.at }] : [];
  }

  /**
   * "Who did the Hollywood folks send their letter to?", "who did they write to?": a preposition left at the end of a
   * sentence (`strandedLinks`, the last word or the one before a "?") after a verb of sending (c:send), of writing
   * (`writingVerbs`) or of addressing (`addressingWords`) that a question word comes before makes one phrase with that
   * verb, as "sent to" typed together does: the recipient (`c:recipient`), read where the verb is, in place of the
   * verb's own term. `terms` unchanged otherwise.
   */
  private strandedRecipient(parsed: ParsedQuestion, terms: Term[]): Term[] {
    const { words, cues } = parsed.reading;
    if (terms.some((t) => t.term === 'c:recipient')) return terms;
    const stranded = this.lexicon.wordList('strandedLinks');
    const gaps = alignedGaps(parsed.text, words.length);
    const ends = (k: number): boolean => k === words.length - 1 || (gaps !== null && /\?/.test(gaps[k] ?? ''));
    const link = words.findIndex((w, k) => k > 0 && stranded.has(w) && ends(k));
    if (link < 0) return terms;
    const writing = this.lexicon.wordList('writingVerbs');
    const addressing = this.lexicon.wordList('addressingWords');
    const verb = (t: Term): boolean => t.term === 'c:send' || writing.has(words[t.at] ?? '') || addressing.has(words[t.at] ?? '');
    // The verb closest to the preposition, in its sentence, with a question word before it.
    const at = terms.filter((t) => verb(t) && t.at < link && !words.slice(t.at, link).some((_, k) => k > 0 && ends(t.at + k - 1))).map((t) => t.at).pop();
    if (at === undefined || !cues.some((c) => c.cue === 'wh' && c.at < at)) return terms;
    return [...terms.filter((t) => t.at !== at), { term: 'c:recipient', weight: 1, kind: 'concept', at }];
  }

  /**
   * "So OpenAI apparently made this a 'national security' thing, which, ok, bold — what did their submission argue?": a
   * word no fact uses, typed in lower case in a clause of context before the one that asks (`askingSpan`), or after it
   * ("…to whom was it sent? my notes say the president but my colleague thinks some science office"), is the asker's
   * chatter, not content the answer misses: it weighs `CONTEXT_WEIGHT`. The asking clause's own words, and the
   * names and the facts' words of the context, keep their weight.
   */
  private contextDiscounted(parsed: ParsedQuestion, terms: Term[]): Term[] {
    const span = askingSpan(parsed.text, this.lexicon.wordList('dottedAbbreviations'));
    if (span === null) return terms;
    const { shown, words } = parsed.reading;
    if (shown.length !== words.length) return terms;
    const spans = typedSpans(parsed.text, shown);
    if (spans === null) return terms;
    const inside = (at: number): boolean => spans[at] !== undefined && spans[at]!.start >= span.start && spans[at]!.end <= span.end;
    // Only when the clause asks something of its own: a question word and a word of content ("On sait ?" leaves the
    // question to its context).
    if (!parsed.reading.cues.some((c) => c.cue === 'wh' && inside(c.at)) || !terms.some((t) => t.weight >= 1 && inside(t.at))) return terms;
    // A word typed with a capital is a name, which may be what the question is about: never discounted.
    const aside = (at: number): boolean => spans[at] !== undefined && (spans[at]!.end <= span.start || spans[at]!.start >= span.end);
    const outside = (at: number): boolean => aside(at) && !startsWithCapital(shown[at] ?? '');
    // Nor a word that may be a name in lower case (`commonWord`), as `namelessSlot` reads them.
    const chatter = (t: Term): boolean => t.weight >= 1 && t.kind === 'word' && outside(t.at) && !this.facts.knows(t.term) && commonWord(words[t.at] ?? '', parsed.lang);
    // A context that names what no fact knows (such a name, or a word typed with a capital) sets another topic, which
    // the asking clause may be about ("gosling has apparently been lobbying… what did she say?"): nothing discounted.
    if (terms.some((t) => t.weight >= 1 && t.kind === 'word' && aside(t.at) && !this.facts.knows(t.term) && !chatter(t))) return terms;
    const discounted = terms.map((t) => (chatter(t) ? { ...t, weight: CONTEXT_WEIGHT } : t));
    if (discounted.every((t, k) => t === terms[k])) return terms;
    // Only for a fact that leads the rest outright (`decisiveRatio`): a close race the context's words leave open is
    // not settled by weighing them less.
    const [top, second] = this.facts.rank(discounted);
    return top !== undefined && (second === undefined || top.score >= second.score * this.calibration.decisiveRatio) ? discounted : terms;
  }

  private retrieveUncached(parsed: ParsedQuestion): Retrieval {
    const { mode, searchTerms } = this.searchOf(parsed);
    return this.retrieveWith(parsed, mode, searchTerms);
  }

  /** The retrieval with the question's casual words weighing less (`commonMarked`), or null when it has none. */
  private casualRetrieval(parsed: ParsedQuestion): Retrieval | null {
    const { mode, searchTerms } = this.searchOf(parsed);
    const marked = this.commonMarked(parsed, searchTerms);
    return marked === searchTerms ? null : this.retrieveWith(parsed, mode, marked);
  }

  private retrieveWith(parsed: ParsedQuestion, mode: Retrieval['mode'], searchTerms: Term[]): Retrieval {
    // In a request for the letter's words, the outlet whose rendering of them is checked, and its verb, are left out of
    // the ranking (`renderedBy`); the search terms keep them for the examples, whose wordings name the outlet too.
    const rendered = mode === 'quote' ? this.renderedBy(parsed) : NO_POSITIONS;
    const rankTerms = rendered.size === 0 ? searchTerms : searchTerms.filter((t) => !rendered.has(t.at));
    let ranked = mode === 'quote' ? this.quoted.rank(rankTerms) : this.facts.rank(searchTerms);
    if (mode === 'quote') {
      // "Quote Google's filing": a fact the letter has no words for, when it carries the request at least as well as
      // the best quote does, is answered as it is (no quote, but the fact asked about).
      // Not when the one who says is only a pronoun beside a verb of saying, and nothing is named ("word for word, what
      // does it say about licensing?", "que dit-elle mot pour mot ?"): the words asked for are the letter's, whatever
      // other fact shares a word of the request.
      const plain = this.facts.rank(rankTerms);
      const named = searchTerms.some((t) => t.kind === 'number' || (t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(parsed.reading.corrected[t.at] ?? '')));
      const says = parsed.reading.terms.filter((t) => t.term === 'c:argue').map((t) => t.at);
      const lettersOwn = !named && parsed.reading.cues.some((c) => c.cue === 'refers' && says.some((at) => Math.abs(at - c.at) === 1));
      if (plain[0] && !plain[0].item.quote && !lettersOwn && (!ranked[0] || plain[0].coverage >= ranked[0].coverage)) ranked = plain;
    }
    if (mode === 'fact') ranked = this.datePremises(parsed, searchTerms, ranked);
    if (mode === 'number') {
      // The facts that give the figure, or the figure a reported deviation corrects it to ("210 milliards d'euros" → the
      // letter's $229bn), carry the question's most specific word: the figure, matched by value.
      const corrected = this.deviationsFor(parsed.numbers).flatMap((d) => readNumbers(d.sourcesSay.en).numbers);
      const near = this.factsWithNumbers([...parsed.numbers, ...corrected]);
      const total = dedupeTerms(searchTerms).reduce((sum, t) => sum + t.weight * this.facts.termRarity(t), 0);
      // As rare as a word no fact uses: one figure among the facts' words.
      const figure = this.facts.idf('');
      // Facts that give the figure but that the question's words hardly find ("the actors' strike lasted 90 days?": 90
      // days is another fact's deadline) do not carry it: the figure said of what the words find is wrong.
      const narrowed = ranked.filter((r) => near.has(r.id));
      const carried = narrowed.length > 0 && narrowed[0]!.score * this.calibration.decisiveRatio >= ranked[0]!.score;
      if (carried) {
        ranked = narrowed.map((r) => ({ ...r, coverage: (r.coverage * total + figure) / (total + figure), matchedWeight: r.matchedWeight + figure }));
      } else {
        // "Les 1000 signataires, c'est qui ?": a figure no fact gives is a premise to correct. A fact that gives figures
        // of its own may correct it (half the figure's weight); the others do not carry it.
        const gives = (id: string): boolean => (this.factNumbers.get(id) ?? []).length > 0;
        ranked = ranked.map((r) => ({ ...r, coverage: (r.coverage * total + (gives(r.id) ? figure * UNMATCHED_FIGURE : 0)) / (total + figure) }));
      }
    }
    return { mode, ranked, searchTerms };
  }

  /**
   * The counts a question gives of the signers: a count (`countsAt`) typed before a word of signing, with only who
   * signed between them: people, stars, roles or common words ("1000 signataires", "a thousand people signed", "mille
   * artistes signataires"), no name nor other concept ("order 14179 signed", "3 companies signed"). A number the facts
   * use as a name (an order's) is no count. With `named` (someone is asked about), a count after a word of belonging
   * (`groupCounts`: "was she among the 400 who signed?") is the list they are said to be on, no count asked.
   */
  private signerCounts(parsed: ParsedQuestion, named = false): number[] {
    const terms = parsed.reading.terms;
    // "200 Hollywood names signed": names that sign are people.
    const who = (t: Term): boolean => SIGNER_TERMS.has(t.term) || t.term === 'c:mention' || t.kind === 'role' || (t.kind === 'word' && !this.lexicon.isName(parsed.reading.corrected[t.at] ?? ''));
    const found: number[] = [];
    const counts = this.countsOf(parsed);
    // No count (most questions): nothing else is read.
    if (counts.size === 0) return found;
    // "500 names on the letter": names that are on it (a word of naming right before a cue of being on it) are signers.
    const onList = new Set(parsed.reading.cues.filter((c) => c.cue === 'onList').map((c) => c.at));
    const signing = (t: Term): boolean => t.term === 'c:sign' || (t.term === 'c:mention' && onList.has(t.at + (t.span ?? 1)));
    const group = new Set(named ? groupCounts(parsed.reading, this.lexicon).map((g) => g.count) : []);
    for (const [at, value] of counts) {
      const word = parsed.reading.words[at] ?? '';
      if (group.has(at)) continue;
      if (LONG_NUMBER.test(word) && this.facts.knows(word)) continue;
      const sign = terms.find((t) => signing(t) && t.at > at && t.at <= at + SIGNER_GAP);
      if (!sign) {
        if (this.signedByCount(parsed, at, who)) found.push(value);
        continue;
      }
      // "the 50 celebrities who signed", "les 50 stars qui ont signé": the relative word right before the signing (an
      // auxiliary between at most) says who the count is; it asks nothing.
      const relative = (t: Term): boolean => t.term === 'c:who' && sign.at - t.at <= 2;
      if (terms.filter((t) => t.at > at && t.at < sign.at).every((t) => who(t) || relative(t))) found.push(value);
    }
    return found;
  }

  /**
   * The counts a question types (`countsAt`), by word position. "The 2,000 signatories", "two thousand names", « les 2000
   * signataires »: a figure shaped like a year is a count when typed as a figure (with its separator) or when it is a
   * round hundred ("2000": a count stated from hearsay is round, no year of the story is); "the 2025 stars" stays a year.
   */
  private countsOf(parsed: ParsedQuestion): Map<number, number> {
    const counts = countsAt(parsed.reading.words);
    parsed.reading.words.forEach((w, at) => {
      if (!YEAR.test(w) || counts.has(at)) return;
      if ((parsed.numbers.includes(Number(w)) && !parsed.years.includes(Number(w))) || Number(w) % ROUND_HUNDRED === 0) counts.set(at, Number(w));
    });
    return counts;
  }

  /**
   * "what did the 1,000 stars want exactly?", « la lettre des 1000 stars d'Hollywood », "those 1,000-odd celebs", "over a
   * thousand Hollywood names": a count of a hundred or more (`LISTED_COUNT`) typed right before a plural noun that names
   * the signers in this story (`signerNouns`: stars, celebrities, names), only stop words, words that round the count
   * (`countRounding`) or a word that places them (`signerNounModifiers`: "hollywood") between: the signers, counted,
   * though no word of signing follows. Read for a count to correct only (`signerCounts` reads the counts to check).
   */
  private nounSignerCounts(parsed: ParsedQuestion): number[] {
    const words = parsed.reading.words;
    const counts = this.countsOf(parsed);
    if (counts.size === 0) return [];
    const nouns = this.lexicon.wordList('signerNouns');
    const modifiers = this.lexicon.wordList('signerNounModifiers');
    const rounding = this.lexicon.wordList('countRounding');
    const found: number[] = [];
    for (const [at, value] of counts) {
      if (value < LISTED_COUNT || (LONG_NUMBER.test(words[at] ?? '') && this.facts.knows(words[at]!))) continue;
      for (let k = at + 1; k <= at + SIGNER_GAP && k < words.length; k++) {
        const w = words[k]!;
        if (nouns.has(w)) {
          found.push(value);
          break;
        }
        if (!(this.lexicon.isStopword(w) || rounding.has(w) || modifiers.has(w))) break;
      }
    }
    return found;
  }

  /**
   * "signed by 40 people", "signée par plus de 4000 personnalités": a count after a verb of signing and "by" ("par"),
   * only stop words and words that round it between ("que par", "plus de": `countApproximators`), right before who
   * signed (people, stars, names, a role): the signers, counted.
   */
  private signedByCount(parsed: ParsedQuestion, at: number, who: (t: Term) => boolean): boolean {
    const { terms, words } = parsed.reading;
    const sign = terms.find((t) => t.term === 'c:sign' && t.at < at && at - (t.at + (t.span ?? 1)) <= SIGNED_BY_GAP);
    if (!sign) return false;
    const rounding = this.lexicon.wordList('countApproximators');
    // A word of the signers ("by", "par": `signedBy`) between, and else only stop words, words of rounding and the count's
    // own first groups ("3 000"): not "which directors signed? need 3-4 names".
    const by = this.lexicon.wordList('signedBy');
    const between = words.slice(sign.at + (sign.span ?? 1), at);
    if (!between.some((w) => by.has(w))) return false;
    if (!between.every((w) => this.lexicon.isStopword(w) || rounding.has(w) || /^\d{1,3}$/.test(w))) return false;
    const next = terms.find((t) => t.at > at);
    // Not a day and its month ("signed on 15 March").
    return next !== undefined && next.at - at <= 2 && next.term !== 'c:sign' && who(next) && !dateWordsAt(words, this.lexicon.wordList('ordinalEndings')).has(next.at);
  }

  /**
   * "The letter was filed on 1 March, right?", "la grève de 2021 s'est terminée quand ?", "they filed it on a monday?":
   * a date the question gives (a day of the month, month, day name or year) that a fact giving dates of its own does not
   * carry, when it is all the fact misses of the question, is a premise that fact may correct, as a figure no fact gives
   * is (`UNMATCHED_FIGURE`): it counts half for that fact, and is no word the fact misses. A fact that carries the date still counts it in full.
   */
  private datePremises(parsed: ParsedQuestion, searchTerms: readonly Term[], ranked: Ranked<Fact>[]): Ranked<Fact>[] {
    const at = new Set([...dateWordsAt(parsed.reading.words, this.lexicon.wordList('ordinalEndings')), ...dateWordsAt(parsed.reading.corrected, this.lexicon.wordList('ordinalEndings'))]);
    const dates = dedupeTerms(searchTerms.filter((t) => t.weight >= 1 && (t.kind === 'word' || t.kind === 'number') && at.has(t.at)));
    if (dates.length === 0) return ranked;
    const total = dedupeTerms(searchTerms).reduce((sum, t) => sum + t.weight * this.facts.termRarity(t), 0);
    if (total <= 0) return ranked;
    return ranked.map((r) => {
      if (!this.dated.has(r.id)) return r;
      const premises = dates.filter((t) => !this.facts.carries(r.id, t.term));
      // Only when the date is all the fact misses: a fact that misses other words too answers another question.
      if (premises.length === 0 || r.missing > premises.length) return r;
      const credit = premises.reduce((sum, t) => sum + t.weight * this.facts.idf(t.term) * UNMATCHED_FIGURE, 0);
      return { ...r, coverage: Math.min(1, r.coverage + credit / total), matchedWeight: r.matchedWeight + credit, missing: Math.max(0, r.missing - premises.length) };
    });
  }

  /**
   * Where the question types a signatory's name exactly ("Lilly Wachowski", "Chris Miller"): the word positions of it.
   * Such a name is one name, read as typed: the typo reader does not make "Lilly" the "Tilly" of another fact, and
   * `nameParts` does not drop "Miller" as the rest of the "Chris" of another person.
   */
  private signatoryNameAt(parsed: ParsedQuestion): Set<number> {
    const typed = parsed.reading.shown;
    const at = new Set<number>();
    const exact = parsed.people.filter((p) => p.match.verdict === 'signed' && (p.match.match!.method === 'exact' || p.match.match!.method === 'alias'));
    if (exact.length === 0 || typed.length !== parsed.reading.words.length) return at;
    const folded = typed.map((w) => splitWords(w).join(''));
    for (const person of exact) {
      const span = typedWords(person.span).map((w) => splitWords(w).join(''));
      const from = folded.findIndex((_, i) => span.every((w, k) => folded[i + k] === w));
      if (from >= 0) for (let k = 0; k < span.length; k++) at.add(from + k);
    }
    return at;
  }

  /**
   * "Donald Trump" where the facts say "Trump": a capitalised word no fact uses, right before a name the facts use (spelt
   * with a capital there too), is the rest of that name, not another topic ("Poker Face" is no "face"). Right after it,
   * it is a surname only after a signatory's given name ("Paul" of Paul McCartney); after another name it names something
   * of that name's own ("OpenAI Codex", "Meta Llama": a product, a unit), which no fact gives: it stays, another topic. Words at `keep` (a signatory's name typed exactly) always stay.
   */
  private nameParts(terms: Term[], parsed: ParsedQuestion, keep: ReadonlySet<number> = new Set()): Term[] {
    const typed = parsed.reading.shown;
    if (typed.length !== parsed.reading.words.length) return terms;
    const capitalised = (at: number): boolean => startsWithCapital(typed[at] ?? '');
    // A code with digits ("R1") is no one's surname: "Mistral R1" is another model than DeepSeek's.
    const knownAt = new Set(
      terms
        .filter((t) => t.kind === 'word' && capitalised(t.at) && this.facts.knows(t.term) && this.lexicon.isProper(parsed.reading.corrected[t.at] ?? '') && !/\d/.test(t.term))
        .map((t) => t.at),
    );
    // One name is typed with spaces between its words only: "Koh (OpenAI)" is a person and a company, two names.
    // What stands between the words, read only when a capitalised word is next to a known name.
    let gaps: string[] | null | undefined;
    const joined = (a: number, b: number): boolean => {
      if (gaps === undefined) gaps = alignedGaps(parsed.text, typed.length);
      return gaps === null || SPACES_ONLY.test(gaps[Math.min(a, b)] ?? '');
    };
    return terms.filter((t) => keep.has(t.at) || !(t.kind === 'word' && capitalised(t.at) && !this.facts.knows(t.term) && ((knownAt.has(t.at - 1) && this.givenNames.has(parsed.reading.corrected[t.at - 1] ?? '') && joined(t.at - 1, t.at)) || (knownAt.has(t.at + 1) && joined(t.at, t.at + 1)))));
  }

  /**
   * The signatories whose works (`knownFor` titles) the question names (see `signatoryByWork`), and the word indexes
   * those titles cover.
   */
  private worksTyped(parsed: ParsedQuestion): { found: Set<string>; covered: Set<number> } {
    const shown = parsed.reading.shown;
    const aligned = shown.length === parsed.reading.words.length;
    const words = parsed.reading.words;
    const found = new Set<string>();
    const covered = new Set<number>();
    // A long word of a title typed with one typo ("The Martix", "Zoolandr"): the typed word no common word nor word of
    // the data, the title's word six letters or more.
    const typo = (typed: string, w: string): boolean => w.length >= 6 && !this.lexicon.isKnown(typed) && !isDictionaryWord(typed) && editDistance(typed, w, 1) <= 1;
    // Whether a title is typed at word i: each word as in the title (or with that typo), with a capital or a word no text of the data uses.
    const typedAt = (title: readonly string[], i: number): boolean => {
      for (let k = 0; k < title.length; k++) {
        const w = title[k]!;
        if (!(words[i + k] === w || typo(words[i + k]!, w)) || !((aligned && startsWithCapital(shown[i + k]!)) || this.lexicon.isStopword(w) || !this.lexicon.isKnown(w))) return false;
      }
      return true;
    };
    // Whether the work's title, typed at word i, names its author (the closures here capture no loop variable: a loop
    // whose variable a closure captures builds a new scope object at every turn, and this loop runs for every work at
    // every word).
    const pickers = this.lexicon.wordList('memberPickers');
    const names = (title: readonly string[], bracketed: boolean, i: number): boolean => {
      // A title after "of" is a work only with someone described by it ("the Matrix co-creator", "the guy from the
      // Beatles"): "did the Beatles sign?" asks about the band, not about the one of them who signed.
      // "A Beatle": one of a group's name in the singular is one of its members.
      // So is "any of the Beatles", "l'un des Beatles".
      const member = title.some((w, k) => w.length >= 5 && w.endsWith('s') && words[i + k] === w.slice(0, -1)) || words.slice(Math.max(0, i - 3), i).some((w) => pickers.has(w));
      const described =
        bracketed || member || parsed.reading.terms.some((t) => (t.at < i || t.at >= i + title.length) && t.weight >= 1 && t.kind !== 'number' && t.term !== 'c:sign');
      return described && title.some((w, k) => !this.lexicon.isStopword(w) && (!aligned || startsWithCapital(shown[i + k]!) || !this.lexicon.isKnown(w)));
    };
    for (let n = 0; n < this.works.length; n++) {
      const { title, bracketed, name } = this.works[n]!;
      for (let i = 0; i + title.length <= words.length; i++) {
        if (typedAt(title, i) && names(title, bracketed, i)) {
          found.add(name);
          for (let k = 0; k < title.length; k++) covered.add(i + k);
        }
      }
    }
    return { found, covered };
  }

  /**
   * "music people who signed — singers, ex-Beatles, whoever", "actors who signed, e.g. the Zoolander guy": in a
   * question that asks for the signers of a role (a list by role, its role before the signing), works named only after
   * the signing are examples of that list, not the one signer asked about: their word indexes (`covered`), else none.
   */
  private exampleWorksAt(parsed: ParsedQuestion, covered: ReadonlySet<number>): ReadonlySet<number> {
    const { terms } = parsed.reading;
    if (parsed.type !== 'list' || parsed.roles.length === 0 || covered.size === 0) return new Set();
    const roleSigned = terms.find((t) => t.term === 'c:sign' && terms.some((r) => r.kind === 'role' && r.at < t.at));
    return roleSigned && [...covered].every((k) => k > roleSigned.at) ? covered : new Set();
  }

  /** The signatories one of whose works the question names (`worksTyped`), none given as an example of a list by role. */
  private signatoriesByWork(parsed: ParsedQuestion): ReadonlySet<string> {
    const { found, covered } = this.worksTyped(parsed);
    return this.exampleWorksAt(parsed, covered).size > 0 ? new Set() : found;
  }

  /**
   * The one signatory one of whose works (the titles `knownFor` names: "Director (Selma, Origin)") the
   * question names, each word of the title typed with a capital or a word no text of the data uses ("selma"), so
   * that a title that is a common word ("Lost", "Origin") counts only as a title.
   */
  private signatoryByWork(parsed: ParsedQuestion): string | false | null {
    const { found, covered } = this.worksTyped(parsed);
    if (found.size !== 1) return null;
    // "music people who signed — singers, ex-Beatles, whoever": a work given as an example of a list by role is no one signer asked about.
    if (this.exampleWorksAt(parsed, covered).size > 0) return null;
    const shown = parsed.reading.shown;
    const aligned = shown.length === parsed.reading.words.length;
    const words = parsed.reading.words;
    // "Hanks, le créateur de Lost, il a signé ?", "the Lost guy, Spielberg — signatory?": a name typed besides the title
    // (a word with a capital that the data does not know, none of the signatory's; "Gosling" is a dictionary word too) is who is asked
    // about; the title describes them wrongly, and is never a "yes" for the one it belongs to.
    const own = new Set(splitWords([...found][0]!));
    // A common word with a capital ("Honestly, …", "Gosling, …") may be either: no one is named for sure, declined.
    const typedName = aligned
      ? words.findIndex((w, k) => !covered.has(k) && !own.has(w) && w.length >= 3 && startsWithCapital(shown[k]!) && !this.lexicon.isKnown(w) && !this.lexicon.isStopword(w))
      : -1;
    if (typedName >= 0 && isDictionaryWord(words[typedName]!)) return false;
    if (typedName >= 0) return shown[typedName]!;
    // So is the full name read as who signs, in lower case too ("writing about the matrix people. did meryl streep
    // sign?"): none of its words the title's or the signatory's.
    const subject = parsed.subject !== null ? splitWords(parsed.subject) : [];
    const subjectAt = subject.length >= 2 ? indexOfPhrase(words, subject) : -1;
    if (subjectAt >= 0 && subject.every((w, j) => !covered.has(subjectAt + j) && !own.has(w))) return parsed.subject!;
    return [...found][0]!;
  }

  /**
   * The one quote of the letter that has the longest run of the question's words in a row (as typed, folded), when
   * that run holds two content words or more and no other quote has one as long; with the fact that carries it, or else
   * the one fact whose answer cites those words ("respect for IP and copyright" in the soft-power fact), if any. A quote that lacks a name the question gives is none: "what did Google write about copyrighted material?" asks
   * for Google's words, not the letter's "our copyrighted material".
   */
  private verbatimQuote(words: readonly string[]): { quote: Quote; fact: Fact | undefined } | null {
    const names = words.filter((w) => !this.lexicon.isStopword(w) && (this.lexicon.isName(w) || this.topic.unknownName(w)));
    let best: { quote: Quote; length: number; run: string[] }[] = [];
    for (const { quote, words: text } of this.quoteWords) {
      if (!names.every((n) => text.includes(n))) continue;
      let longest = { content: 0, run: [] as string[] };
      for (let i = 0; i < words.length; i++) {
        for (let j = 0; j < text.length; j++) {
          let k = 0;
          let content = 0;
          while (i + k < words.length && j + k < text.length && words[i + k] === text[j + k]) {
            if (!this.lexicon.isStopword(words[i + k]!)) content += 1;
            k += 1;
          }
          if (content > longest.content) longest = { content, run: words.slice(i, i + k) };
        }
      }
      if (longest.content < 2 || (best[0] && longest.content < best[0].length)) continue;
      const found = { quote, length: longest.content, run: longest.run };
      best = best[0] && longest.content === best[0].length ? [...best, found] : [found];
    }
    if (best.length !== 1) return null;
    const { quote, run } = best[0]!;
    const citing = this.data.facts.filter((f) => contains(this.answerWords.get(f.id)!, run));
    return { quote, fact: this.data.facts.find((f) => f.quote === quote.id) ?? (citing.length === 1 ? citing[0] : undefined) };
  }

  /** Ranked facts for a question (for calibration tools and the bench). */
  rank(question: string): Ranked<Fact>[] {
    return this.facts.rank(parseQuestion(question, this.lexicon, this.names).reading.terms);
  }

  private factAnswer(parsed: ParsedQuestion, fact: Fact, mode: 'fact' | 'quote' | 'number', confidence: number, candidates: AskCandidate[], asked?: Quote, correction?: string): AskOutcome {
    const quote = asked ?? (fact.quote ? this.quotes.get(fact.quote) : undefined);
    const deviations = mode === 'number' ? this.deviationsFor(parsed.numbers) : [];
    return { verdict: 'answered', mode, fact, ...(quote ? { quote } : {}), deviations, candidates, parsed, confidence, ...(correction ? { correction } : {}) };
  }

  /** Whether one fact's answer says at least `coveredShare` (by rarity) of what another's says, in each language. */
  private covers(id: string, other: string): boolean {
    const [own, theirs] = [this.answerTerms.get(id), this.answerTerms.get(other)];
    if (!own || !theirs) return false;
    return (['en', 'fr'] as const).every((l) => {
      let said = 0;
      let total = 0;
      for (const term of theirs[l]) {
        const weight = this.facts.idf(term);
        total += weight;
        if (own[l].has(term)) said += weight;
      }
      return total > 0 && said >= total * this.calibration.coveredShare;
    });
  }

  private candidate(r: Ranked<Fact>, lang: Locale): AskCandidate {
    return { fact: r.item, question: r.item.questions[lang][0]! };
  }

  /**
   * "what do the 400-plus want the administration to do?", « la lettre des 400 vedettes a été envoyée quand ? », "an
   * organiser behind the 400 names": a count of the signers that the facts give (a figure of the signer counter), right
   * after a definite article or a demonstrative (`countNameArticles`; words that round it may stand between, "the more
   * than 400"), names the letter or its signers as "the Hollywood letter" would: it presupposes the count and asks
   * something else. The positions of every figure so read and of the words that round it after ("400-plus", "400-odd":
   * `countRounding`); none unless every figure of the question is so read (a second figure is checked), in a question of
   * counting ("how many of the 400 were actors?"), or when a word of checking follows a count within `CHECK_AFTER_COUNT`
   * words ("the 460 signatures figure", « les 400, c'est vrai ? »): "was it really 400 signers?" stays a number check.
   */
  private countNamesAt(parsed: ParsedQuestion): ReadonlySet<number> {
    if (parsed.numbers.length === 0 || parsed.type === 'how_many' || !this.signerCounter) return NO_POSITIONS;
    // A year is no count of anything ("la lettre de février 2025 des 400 stars"): it dates, and is read as a date.
    const figures = parsed.reading.terms.filter((t) => t.kind === 'number' && !YEAR.test(t.term));
    if (figures.length === 0) return NO_POSITIONS;
    const given = this.factNumbers.get(this.signerCounter.id) ?? [];
    const { words, cues } = parsed.reading;
    const counts = countsAt(words);
    const articles = this.lexicon.wordList('countNameArticles');
    const approximators = this.lexicon.wordList('countApproximators');
    const rounding = this.lexicon.wordList('countRounding');
    const checks = cues.filter((c) => c.cue === 'check');
    const at = new Set<number>();
    for (const figure of figures) {
      const count = counts.get(figure.at);
      if (count === undefined || !given.some((v) => v === count)) return NO_POSITIONS;
      let k = figure.at - 1;
      for (let n = 0; n < 2 && approximators.has(words[k] ?? '') && !articles.has(words[k] ?? ''); n++) k -= 1;
      if (!articles.has(words[k] ?? '')) return NO_POSITIONS;
      if (checks.some((c) => c.at > figure.at && c.at <= figure.at + CHECK_AFTER_COUNT)) return NO_POSITIONS;
      at.add(figure.at);
      if (rounding.has(words[figure.at + 1] ?? '')) at.add(figure.at + 1);
    }
    return at;
  }

  private isNumberCheck(parsed: ParsedQuestion): boolean {
    if (parsed.numbers.length === 0) return false;
    // "Le décret 14365, c'est quoi ?": a long bare number (five digits or more) the facts use as a name (an order's number) is no figure to
    // check, even after a word that may ask for a check ("c'est"); "3000 people" stays a figure (a fact gives $3,000).
    const figures = parsed.reading.terms.filter((t) => t.kind === 'number');
    const identifiers = figures.length > 0 && figures.every((t) => LONG_NUMBER.test(t.term) && this.facts.knows(t.term));
    if (identifiers) return false;
    if (parsed.cues.has('check')) return true;
    // "Where does the $230bn figure come from?": a figure the facts or the reported deviations give is checked too.
    return parsed.type === 'yes_no' || (figures.length > 0 && (this.factsWithNumbers(parsed.numbers).size > 0 || this.deviationsFor(parsed.numbers).length > 0));
  }

  /** Facts whose answer, keywords or quote give a figure close to one asked about. */
  private factsWithNumbers(numbers: readonly number[]): Set<string> {
    const found = new Set<string>();
    // Most questions give no figure: no fact is visited then, and no closure is made per fact or figure.
    if (numbers.length === 0) return found;
    // An index loop: no iterator result per fact (this runs for every question that gives a figure, over every fact).
    const list = this.factNumberList;
    for (let k = 0; k < list.length; k++) if (anySameFigure(list[k]!.values, numbers)) found.add(list[k]!.id);
    return found;
  }

  /** Reported deviations whose reported figure is one asked about ("230 billion" → the $229bn correction). */
  private deviationsFor(numbers: readonly number[]): Deviation[] {
    const found: Deviation[] = [];
    for (const { deviation, said } of this.deviationNumbers) if (said.some((v) => numbers.some((n) => sameFigure(n, v)))) found.push(deviation);
    return found;
  }

  /** "Did Google file before or after the letter?": the two events compared (see EventComparer), if both are clear. */
  private compare(parsed: ParsedQuestion): AskOutcome | null {
    // "since the letter was filed in April 2025, how long after the deadline was that?": a wrong date said of one of the
    // story's slots (a premise with no value but its date, asserted by a verb) before the comparison is asked would pick
    // another event of that month for the letter; the facts correct it instead (`premiseToCorrect`). Not a date read
    // inside the comparison ("how long after Trump's January order was the letter submitted?" dates the order).
    const cues = parsed.reading.cues.filter((c) => c.cue === 'compare' || c.cue === 'between' || c.cue === 'howLong');
    const asked = Math.min(parsed.reading.words.length, ...cues.map((c) => c.at));
    const premises = this.premises.read(parsed, this.typedOf(parsed).opening);
    if (premises.some((p) => p.values.length === 0 && p.asserts.length > 0 && p.assertedAt < asked)) return null;
    // « Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan IA de juillet ? »: a cue of order that
    // opens the question, its clause closed by a comma, sets the time of what the clause after it asks; when that clause
    // asks nothing by a question word and asserts a value of one of the story's slots, it asks whether that holds (a
    // premise to check), not which came first.
    const comma = parsed.text.indexOf(',');
    const openedAt = comma < 0 ? -1 : typedWords(parsed.text.slice(0, comma)).length;
    const setting = asked === 0 && openedAt > 0 && !parsed.reading.cues.some((c) => c.cue === 'wh' || c.cue === 'howLong' || c.cue === 'between');
    if (setting && premises.some((p) => p.values.length > 0 && p.asserts.length > 0 && p.assertedAt >= openedAt)) return null;
    // "In 2023, the writers settled before the actors. How long after the WGA strike ended did SAG-AFTRA's end?": a
    // statement before the sentence that asks (one ending on a full stop) is its setting; when that sentence compares by
    // a cue of its own, its two things are those it names, and a cue of the statement compares nothing asked. When the
    // sentence does not name them clearly ("those two submissions"), the statement's cue is still none of the question's.
    const sentence = askingSentence(parsed.text, this.lexicon.wordList('dottedAbbreviations'));
    const statement = sentence !== null ? parsed.text.slice(0, parsed.text.indexOf(sentence)).trim() : '';
    if (sentence !== null && /[.!]$/.test(statement)) {
      const part = this.parseOnce(sentence, parsed.lang ?? undefined);
      const comparesIn = (read: Reading): boolean => read.cues.some((c) => c.cue === 'compare') || betweenParts(read, this.lexicon) !== null;
      if (comparesIn(part.reading)) {
        const own = this.comparer.compare(part);
        if (own) return { verdict: 'answered', mode: 'compare', events: own.events, parsed, confidence: own.coverage };
        if (comparesIn(this.parseOnce(statement, parsed.lang ?? undefined).reading)) return null;
      }
    }
    const compared = this.comparer.compare(parsed);
    if (compared && this.namesUnknownThing(parsed)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    return compared ? { verdict: 'answered', mode: 'compare', events: compared.events, parsed, confidence: compared.coverage } : null;
  }

  /**
   * "la lettre est-elle partie avant ou après la contribution de mistral ?", "did the letter go in before
   * Paramount's comment?": a comparison that names a company (`companyNames`, any case) or a word typed with a
   * capital inside the sentence that neither the facts nor the timeline know asks of that one's event, which the story
   * does not hold: the events its other words find (another filing, another profile) are someone else's. Declined.
   */
  private namesUnknownThing(parsed: ParsedQuestion): boolean {
    const { corrected, shown } = parsed.reading;
    const companies = this.lexicon.wordList('companyNames');
    const typed = shown.length === corrected.length;
    // A word the spell-checker turned into one the data uses ("Streep" → "street") is left alone: as often it is a
    // slip in one of the story's own names ("Stealing Isn't Innoavtion", "Federal Regsiter", "Unievrsal").
    return parsed.reading.terms.some((t) => {
      if (t.kind !== 'word' || t.weight < 1 || this.facts.knows(t.term) || this.events.knows(t.term)) return false;
      return companies.has(corrected[t.at] ?? '') || (typed && capitalInside(shown, t.at, this.typedOf(parsed).opening));
    });
  }
}

/** How many words before the organising a name taken for who did it ("why did tom hanks organise it") may stand. */
const DOER_SPAN = 4;

/**
 * "Why did Spielberg organise the letter?": who organised it is what is asked, and the name is a premise to
 * correct, not the topic — the fact about the organisers says who did. In a question about organising, people's
 * names (a signatory, or a capitalised word inside the sentence that is no concept) are left out of the search,
 * and the question is read as "who organised it?". The same for whom the letter targets ("why did the letter attack
 * Meta?").
 */
function premiseFree(parsed: ParsedQuestion, knows: (term: string) => boolean, lexicon: Pick<Lexicon, 'isProper' | 'wordList' | 'endsAs'>): Term[] {
  const terms = parsed.reading.terms;
  const has = (term: string): boolean => terms.some((t) => t.term === term);
  const organising = has('c:organise');
  // "Why did the letter attack Meta?": whom the letter targets is what is asked; the fact about it says whom.
  // "Pourquoi la lettre soutient la demande de Google ?": the letter backing a company is the same question the other
  // way round (its stance towards them), a premise the fact about whom it answers corrects.
  const letterAt = terms.find((t) => t.term === 'c:letter')?.at;
  const backs = letterAt !== undefined && parsed.reading.cues.some((c) => c.cue === 'onList' && c.at > letterAt) && !parsed.aboutSigning;
  const targeting = (has('c:oppose') || backs) && has('c:letter');
  // "Was the letter sent to Biden?": to whom it went is what is asked; the fact about it says to whom. Only the names
  // typed after the word of sending, which say to whom ("who does it address" after "never names Trump" asks no such thing).
  const sentAt = terms.find((t) => t.term === 'c:recipient')?.at;
  const addressing = sentAt !== undefined && has('c:letter');
  if (!organising && !targeting && !addressing) return terms;
  const named = new Set(parsed.people.filter((p) => p.match.verdict === 'signed').flatMap((p) => splitWords(p.span)));
  // Other names are dropped only when the question names the letter: "who organised the Oscars?" is no question about
  // it, while in "pourquoi spielberg a organisé la lettre ?" a word no fact uses or a name (lowercase or not) is a premise.
  // Whom the letter targets: names, as typed with a capital.
  const typed = parsed.reading.shown;
  // Left inline, not `capitalInside`: the capital of a later sentence's first word counts here (`at > 0`), and reading
  // the typed openings instead disagrees on 31 of the eval's calls (measured), so is no refactor.
  const capitalised = (at: number): boolean => typed.length === parsed.reading.words.length && at > 0 && /^\p{Lu}\p{Ll}/u.test(typed[at] ?? '');
  const words = parsed.reading.words;
  // "Why did Tom Hanks organize it?", "Pourquoi Spielberg l'a lancée ?": "it" is the letter, the capitalised name a premise
  // (`letterReferents`; in French `letterPronounsBefore` before an `elidedObjectAuxiliaries` word).
  const referents = lexicon.wordList('letterReferents');
  const elided = lexicon.wordList('letterPronounsBefore');
  const elidedBefore = lexicon.wordList('elidedObjectAuxiliaries');
  // "who actually organised the thing. Lyonne + someone from Asteria iirc": a vague noun (`vagueLetterNouns`) with its
  // article right after the verb of organising stands for the letter as "it" does (not one elsewhere: "Ben Stiller wrote
  // to Trump. Was Trump named in the thing?").
  const organisedTerm = terms.find((t) => t.term === 'c:organise');
  const objectOfOrganising = organisedTerm === undefined ? -1 : organisedTerm.at + (organisedTerm.span ?? 1) + 1;
  const vague = (i: number): boolean => i === objectOfOrganising && lexicon.wordList('vagueLetterNouns').has(words[i] ?? '') && lexicon.wordList('titleArticles').has(words[i - 1] ?? '');
  const refersToIt = words.some((w, i) => referents.has(w) || (elided.has(w) && elidedBefore.has(words[i + 1] ?? '')) || vague(i));
  // "why did spielberg organise it": "it" names the letter as well as the word does, for the name just before the
  // organising (who did it); not a name of a part of its own ("Stealing Isn't Innovation — who launched it?").
  const organisedAt = organisedTerm?.at ?? -1;
  const otherAt = new Set(terms.filter((t) => t.kind !== 'word').map((t) => t.at));
  const doer = (at: number): boolean => at < organisedAt && organisedAt - at <= DOER_SPAN && Array.from({ length: organisedAt - at }, (_, k) => at + k).every((k) => !otherAt.has(k));
  const everyWord = (at: number): boolean => organising && (has('c:letter') || (refersToIt && doer(at)));
  // A word typed that no fact uses, read as a near one that some fact does ("streep" as "street"), is no fact's word.
  const misread = (at: number): boolean => parsed.reading.corrected[at] !== words[at];
  const names = !organising || refersToIt;
  // "Who wrote Variety's story on the letter?": a name with its possessive owns what is asked about; no premise.
  const owner = (at: number): boolean => lexicon.wordList('possessiveMarks').has(words[at + 1] ?? '');
  const addressee = (at: number): boolean => addressing && !targeting && !organising ? at > sentAt : true;
  // "What is the Human Artistry Campaign, and who launched it?": a name in a question of its own before the one that asks
  // who organised (its question word opens a later part) is what "it" stands for, no premise of that part.
  const partAt = Math.max(0, ...parsed.reading.cues.filter((c) => c.cue === 'wh' && c.at > 0 && c.at <= organisedAt && lexicon.wordList('andWords').has(words[c.at - 1] ?? '')).map((c) => c.at));
  // "Did the organisers meet Trump?": a name after the organisers (the noun, who the question is about) is what they are
  // asked to have done, no premise of who organised it.
  // (a word of organising with the ending of who does it, `wordEndings` `agentNouns`).
  const organisers = terms.find((t) => t.term === 'c:organise' && lexicon.endsAs('agentNouns', words[t.at] ?? ''));
  const ofThem = (at: number): boolean => organisers !== undefined && at > organisers.at + 1;
  // "Who set up Fair Pay Now, and who joined it?": a name typed with capitals right after the verb of organising (an
  // article at most between) is what was organised, no premise of who did; the "it" after it stands for that name.
  const verb = terms.find((t) => t.term === 'c:organise' && t !== organisers);
  const objectAt = new Set<number>();
  if (verb && typed.length === words.length) {
    let k = verb.at + (verb.span ?? 1);
    if (lexicon.wordList('titleArticles').has(words[k] ?? '')) k++;
    while (k < words.length && (/^\p{Lu}/u.test(typed[k] ?? '') || (lexicon.wordList('invertedLinks').has(words[k]!) && objectAt.has(k - 1)))) objectAt.add(k++);
  }
  const kept = terms.filter((t) => !(t.kind === 'word' && !owner(t.at) && t.at >= partAt && !ofThem(t.at) && !objectAt.has(t.at) && (named.has(words[t.at] ?? '') || (everyWord(t.at) && (!knows(t.term) || misread(t.at) || capitalised(t.at) || lexicon.isProper(words[t.at] ?? ''))) || (names && capitalised(t.at) && addressee(t.at)))));
  if (!organising || kept.length === terms.length || kept.some((t) => t.term === 'c:who')) return kept;
  // What such a question really asks is who organised it.
  const organise = kept.find((t) => t.term === 'c:organise')!;
  // "How did Streep end up organising it?": a happening right before the verb of organising is how it came about, not
  // what happened after (the organisers as a noun, "what happened to the organisers", keep it).
  const aspect = (t: Term): boolean => t.term === 'c:happen' && t.at < organise.at && organise.at - t.at <= 2 && organisers === undefined;
  return [...kept.filter((t) => !aspect(t)), { term: 'c:who', weight: 0.5, kind: 'concept', at: organise.at }];
}

/**
 * The works a `knownFor` names: the titles in brackets ("Director (Selma, Origin)") and a capitalised title after
 * "of" or "de" ("co-creator of The Matrix", "cocréatrice de Matrix", "formerly of the Beatles").
 */
function workTitles(knownFor: string): { title: string; bracketed: boolean }[] {
  const bracketed = [...knownFor.matchAll(/\(([^)]+)\)/g)].flatMap((m) => m[1]!.split(',')).map((title) => ({ title, bracketed: true }));
  const named = [...knownFor.matchAll(/(?:^|\s)(?:of|de|des|du)\s+((?:the\s+|The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu)].map((m) => m[1]!);
  return [...bracketed, ...named.map((title) => ({ title, bracketed: false }))];
}

/**
 * How many spans `matchingOnce` keeps matched (the oldest dropped first). The spans of a question are mostly its own
 * (runs of words that may be a name, and their parts): the dev split's 9,378 questions give 6,000 different ones, which
 * 2,000 kept cycled through (9,000 matched again each time it was asked, at 10 µs each, most in the long questions).
 * A match and its span weigh about 175 bytes (measured): 16,000 of them, under 3 MB.
 */
const NAME_MATCHES_CACHED = 16000;

/** Whether a company of `companyAt` is named at `k`: there, or as the second of two words ("open ai"). */
function isCompanyAt(words: readonly string[], companyAt: ReadonlyMap<number, string>, k: number): boolean {
  return companyAt.has(k) || (companyAt.has(k - 1) && `${words[k - 1]}${words[k]}` === companyAt.get(k - 1));
}

/**
 * The signatory matcher, each span matched once (the name index is built once and its verdicts never change; nothing
 * mutates a match): most spans are a question's common words ("letter", "signed"), matched for every question.
 */
function matchingOnce(names: NameIndex): Pick<NameIndex, 'match'> {
  const matched = new Map<string, NameMatch>();
  return {
    match(span: string): NameMatch {
      let found = matched.get(span);
      if (!found) {
        found = names.match(span);
        setBounded(matched, span, found, NAME_MATCHES_CACHED);
      }
      return found;
    },
  };
}

/**
 * The one question being answered, each of its parts read once (`parseOnce`, by the language forced and the text) and
 * each reading decided once per answer language (`decideFor`): a long question's later steps meet the same parts again
 * (the clause `partly` reads, then reads whole). Each reading's sentence openings and typed names (`typedOf`), search
 * terms (`searchOf`) and retrieval (`retrieve`) are kept with them: nothing mutates them. Nothing is kept across questions.
 */
interface QuestionMemo {
  partsRead: Record<Locale | 'none', Map<string, ParsedQuestion>>;
  /** Each reading's decision, and whether deciding it met casual words in a declined reading (see `decideFor`). */
  decided: Record<Locale, Map<ParsedQuestion, { outcome: AskOutcome; casual: boolean }>>;
  typed: Map<ParsedQuestion, { opening: ReadonlySet<number>; names: string[] }>;
  /** What a reading is searched with: the parts only looked at (an opening, a scene) are never ranked. */
  searched: Map<ParsedQuestion, Pick<Retrieval, 'mode' | 'searchTerms'>>;
  retrieved: Map<ParsedQuestion, Retrieval>;
  /** Whether a reading names another letter (`namesOtherLetter`). */
  otherLetter: Map<ParsedQuestion, boolean>;
}

/**
 * Empty maps for the next question: new ones, not the last question's cleared. A map that has lived long enough to be
 * in the old generation keeps its cleared table there, and the young-generation collection takes what that table
 * held for live: every reading of the question then in hand was copied and promoted (about 1.2 MB at each
 * collection over the bench's questions; 0.55 MB with new maps) and made each collection's pause longer. Nor weak
 * maps kept by the engine: their table holds on to each reading until a full collection (0.55 → 0.41 MB).
 */
function newQuestionMemo(): QuestionMemo {
  return { partsRead: { en: new Map(), fr: new Map(), none: new Map() }, decided: { en: new Map(), fr: new Map() }, typed: new Map(), searched: new Map(), retrieved: new Map(), otherLetter: new Map() };
}

/** The calibration without the leads that forgive unmatched words (decisive score, specific coverage). */
function strict(calibration: Calibration): Calibration {
  return { ...calibration, decisiveRatio: Number.POSITIVE_INFINITY, specificCoverage: Number.POSITIVE_INFINITY, phrasedLead: Number.POSITIVE_INFINITY };
}

/**
 * A text with its years typed short written whole: two digits (an apostrophe may open them) right after a word of
 * `leads` and before a clause's end or the text's end ("in 23, the writers deal", "in '23 —"), or after an apostrophe
 * before any word ("in '23 went 148 days"), read as 20NN. Null when there is none.
 */
function withLongYears(text: string, leads: ReadonlySet<string>): string | null {
  if (leads.size === 0) return null;
  const lead = [...leads].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const short = new RegExp(String.raw`(?<![\p{L}\d])(${lead})(\s+)(?:(['’])(\d{2})(?![\d\p{L}])|(\d{2})(?=\s*(?:[,;:.!?)—–]|\s-\s|$)))`, 'giu');
  let found = false;
  const long = text.replace(short, (_m, w: string, space: string, _apostrophe: string | undefined, quoted: string | undefined, bare: string | undefined) => {
    found = true;
    return `${w}${space}20${quoted ?? bare ?? ''}`;
  });
  return found ? long : null;
}

/** Of two tails of one text (either may be missing), the one that starts later (the shorter): the nearer lead into the question. */
function laterStart(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a.length <= b.length ? a : b;
}

/**
 * "need the RFI's citation for the factbox": the clause of purpose a question ends on with no mark before it, from
 * its last word of purpose (`purposes`) when the rest, at most `PURPOSE_WORDS` words, ends on a noun of what the asker
 * makes (`outputs`); [head, clause] as `trailingClause` splits, a final "?" kept with the head. Null when there is none.
 */
function outputClause(question: string, purposes: ReadonlySet<string>, outputs: ReadonlySet<string>): [string, string] | null {
  const text = question.trimEnd();
  const asked = QUESTION_MARKS_END.test(text);
  const body = text.replace(CLOSING_MARKS, '');
  const at = [...body.matchAll(INNER_WORD)].filter((m) => purposes.has(splitWords(m[1]!)[0] ?? '')).pop();
  if (!at || at.index === undefined) return null;
  const clause = body.slice(at.index + 1);
  const words = splitWords(clause);
  if (words.length > PURPOSE_WORDS || !outputs.has(words[words.length - 1] ?? '')) return null;
  const head = body.slice(0, at.index).trim();
  return head.length > 0 ? [asked ? `${head}?` : head, clause] : null;
}
