/**
 * The checks applied after the decision: whether the answer gives the slot a question asks for (who, when, how many),
 * owns what a name asked about owns, counts what a "how many" counts, and whether a question only names the slot asked
 * for; and the decisions taken again after the first (the nearest examples, the type of answer asked for, the kind of
 * thing a "which" asks for). Built once per fact base with what each fact's phrasings and answer give.
 */
import type { ConceptData, Fact } from '../schema';
import type { AttributeCheck } from './attributes';
import { NO_POSITIONS, spelledAt, splitWords, type Lexicon, type Reading, type Term } from './lexicon';
import { isNumberWord } from './spelled-numbers';
import { askingWords } from './question-text';
import { dateWordsAt, YEAR, type ParsedQuestion } from './parse';
import type { Locale } from '../reply';
import type { Calibration, Decision } from './calibrate';
import type { Ranked, Retriever } from './retrieve';

/** Terms this heavy or more say what a question is about (the letter, 0.3, does; chatter and generic verbs do not). */
const THEME_WEIGHT = 0.3;
/** The concept of reporting (`data/concepts.json` `report`): a word of the press covering something. */
const REPORT = 'c:report';
/** How many words of little weight may stand between a name and what it owns ("OpenAI's main argument"). */
const OWNED_GAP = 1;
/** The concepts of `data/concepts.json` whose words, right after a name, say what it said or asked for ("Google argued"). */
export const SAYING: ReadonlySet<string> = new Set(['c:argue', 'c:demand']);
/** How many words may stand between a name set at the opening and the verb of saying whose pronoun takes it up ("OpenAI, qu'est-ce qu'ils plaidaient"). */
const RESUMED_SPAN = 6;
/** How many words of one concept a question word may ask for right before the name that owns them ("quels arguments avance OpenAI"). */
const OWNED_SPAN = 2;
/** How many words after a figure may say what it counts ("200 Disney, Pixar, Marvel and Star Wars characters"). */
const COUNTED_WINDOW = 7;
/** The slots a question word asks for, as the concepts of the question words in `data/concepts.json`. */
export const ANSWER_SLOTS: readonly string[] = ['c:who', 'c:when', 'c:howmany'];
/** How far into a question its question word may come and still say what it asks ("to whom", "et à qui", "so when"). */
const ASKED_SLOT_AT = 2;

/**
 * Examples measured per question by the nearest-question channel (the retrieval's leaders by BM25): the examples are
 * many wordings of few facts, so a rival answer's nearest example may rank below a dozen of one fact's.
 */
const LEARNED_POOL = 24;
/** Examples of one answer (a fact's, or those no fact answers) measured for the nearest of them (`offTopicDecision`). */
const OWN_POOL = 8;
/** The key of the examples no fact answers in `examplesOf`. */
const NO_FACT = '';
/** No examples: the mask of a fact none of the examples answers. */
const NO_EXAMPLES = new Uint8Array(0);

/**
 * What `Retriever.nearest` reads of a question's search terms, as one string: each term, its weight and whether it is
 * casual (`Term.common`), in order (the order settles ties). Terms read at other places of a text search alike.
 */
function nearestKey(terms: readonly Term[]): string {
  let key = '';
  for (const t of terms) key += `${t.term}\u0001${t.weight}\u0001${t.common ? 1 : 0}\u0002`;
  return key;
}

/** An example's similarity to a question: the harmonic mean of the share of the question it carries and the share of it the question carries. */
function similarity(coverage: number, containment: number): number {
  return coverage + containment > 0 ? (2 * coverage * containment) / (coverage + containment) : 0;
}

/** An example of `data/examples.json` near a question: the fact that answers it (null: none), its similarity and id. */
interface NearExample {
  fact: string | null;
  sim: number;
  id: string;
}

/** How far behind the leader the one fact of the kind a "which" asks for ("which order", "quel organisme") may score. */
const HEAD_SHARE = 0.4;

/** A ranked fact scoring at least this share of the leader's, that carries a name the leader lacks, is a rival. */
const NAME_RIVAL_SHARE = 0.1;

/**
 * The first ranked fact besides the leader that scores at least NAME_RIVAL_SHARE of it and passes `test`: the other
 * answer a check after the decision offers beside the leader (or answers with instead).
 */
export function rivalOf<T>(ranked: readonly Ranked<T>[], leader: Ranked<T>, test: (r: Ranked<T>) => boolean): Ranked<T> | undefined {
  return ranked.find((r) => r.id !== leader.id && r.score >= leader.score * NAME_RIVAL_SHARE && test(r));
}

/**
 * What a text's figures may count: the content terms after each figure that is no date, up to the next figure, within
 * `COUNTED_WINDOW` words ("200 Disney, Pixar, Marvel and Star Wars characters").
 */
function countedBy(reading: Reading, ordinalEndings: ReadonlySet<string>): string[] {
  const dates = dateWordsAt(reading.words, ordinalEndings);
  const figures = reading.terms.filter((n) => n.kind === 'number' && !dates.has(n.at));
  return figures.flatMap((n) => {
    const next = reading.terms.find((t) => t.kind === 'number' && t.at > n.at)?.at ?? Infinity;
    return reading.terms.filter((t) => t.at > n.at && t.at <= n.at + COUNTED_WINDOW && t.at < next && t.kind !== 'number').map((t) => t.term);
  });
}

/**
 * The content term a "how many" counts: the one right after it ("how many members"), or after its "of" (`ownerLinks`:
 * "combien de membres").
 */
export function countedAfter(lexicon: Pick<Lexicon, 'wordList'>, reading: Reading, from: Term, lang: Locale | null): Term | undefined {
  const end = from.at + (from.span ?? 1);
  // French counts with its "de" ("combien de membres"); "vaut combien selon la lettre" counts nothing.
  const at = lexicon.wordList('ownerLinks').has(reading.words[end] ?? '') ? end + 1 : lang === 'fr' ? -1 : end;
  return reading.terms.find((t) => t.at === at && t.kind !== 'number' && t.weight >= 1);
}

export class AnswerChecks {
  /** What each fact's figures count: the content term right after each figure of its answer and keywords ("148 days"). */
  readonly counted: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's phrasings' names with what they own (`ownedPairs`): "openai c:argue" for "OpenAI's position". */
  readonly owned: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's slot, when at least half its own questions ask for one (`askedSlot`): "c:when" for the date it was sent. */
  readonly slotOf: ReadonlyMap<string, string>;
  /** The slots each fact's own questions ask for, any of them (`askedSlot`): "c:who" for "who was it addressed to". */
  readonly slotsAsked: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The content terms (weight 1, two or more) of each fact's own yes-or-no questions that ask for no slot ("did
   * signatures keep coming in after it was filed"): a count's fact asked so answers that yes or no (`checkHowManyFact`).
   */
  readonly slotlessAsked: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Each fact's names: the words of its topic and keywords the data spells only with a capital ("RFI", "OpenAI"). */
  private readonly namesOf = new Map<string, ReadonlySet<string>>();
  /** Each answer's examples (`data/examples.json`) as masks of the learned index, by the fact that answers them (`NO_FACT`: none does). */
  private readonly examplesOf = new Map<string, Uint8Array>();
  /** Each example as typed, for the terms of its asking clause (`contextOf`). */
  private readonly exampleTexts = new Map<string, { q: string; lang: Locale }>();
  /** The terms each example met so far holds only in clauses of context around its asking one (`contextOf`). */
  private readonly exampleContext = new Map<string, ReadonlySet<string>>();
  /** What each example no fact answers asks of its event (`data/concepts.json` `attributes`), when it asks any. */
  private readonly offTopicAsks = new Map<string, readonly string[]>();
  /** What only names the slot asked for (`data/concepts.json` `followUps`): concept terms ("c:when") and folded words ("date"). */
  private readonly followUpConcepts: ReadonlySet<string>;
  private readonly followUpWords: ReadonlySet<string>;
  /** What opens a reply of thanks (`followUps.thanks`), as folded words per phrase. */
  private readonly thanks: readonly (readonly string[])[];

  constructor(
    private readonly lexicon: Lexicon,
    private readonly facts: Retriever<Fact>,
    factList: readonly Fact[],
    concepts: ConceptData,
    /** Facts whose answer gives a date (a year, month or day). */
    private readonly dated: ReadonlySet<string>,
    /** Each fact's figures (answer, keywords and quote). */
    private readonly factNumbers: ReadonlyMap<string, number[]>,
    /** What a question asks of an event (`data/concepts.json` `attributes`). */
    private readonly attributes: AttributeCheck,
    private readonly calibration: Calibration,
    /** The questions of `data/examples.json`, each with the fact that answers it or none (`learnedDecision`). */
    private readonly learned: Retriever<string | null>,
    /** Each example's names (content words the data spells only with a capital: "BFMTV", "Anthropic"), as search terms. */
    private readonly exampleNames: ReadonlyMap<string, readonly string[]>,
    /** The examples themselves: which fact answers each (null: none), as typed. */
    examples: readonly { id: string; fact: string | null; q: string; lang: Locale }[] = [],
    /** The examples no fact answers, as read (`offTopicDecision` keeps those that ask something). */
    offTopic: readonly { id: string; reading: Reading }[] = [],
  ) {
    this.followUpConcepts = new Set((concepts.followUps?.concepts ?? []).map((c) => `c:${c}`));
    this.followUpWords = new Set([...(concepts.followUps?.en ?? []), ...(concepts.followUps?.fr ?? [])].flatMap(splitWords));
    const byFact = new Map<string, string[]>();
    for (const x of examples) if (x.fact !== null) byFact.set(x.fact, [...(byFact.get(x.fact) ?? []), x.id]);
    for (const x of examples) this.exampleTexts.set(x.id, x);
    for (const [fact, ids] of byFact) this.examplesOf.set(fact, learned.mask(ids));
    // Of the examples no fact answers, those with two content terms or more (`learnedClarifyTerms`) besides words that
    // only name a slot (`followUps`: "date", "then"): what people asked that the facts do not cover. One declined for
    // being thin ("la liste ?", "and the date, then?") says nothing of a longer question that holds its words.
    const slot = (r: Reading, t: Term): boolean => (t.kind === 'concept' && this.followUpConcepts.has(t.term)) || (t.kind === 'word' && (this.followUpWords.has(r.corrected[t.at] ?? '') || this.followUpWords.has(r.words[t.at] ?? '')));
    const asking = offTopic.filter(({ reading }) => new Set(reading.terms.filter((t) => t.weight >= 1 && !slot(reading, t)).map((t) => t.term)).size >= calibration.learnedClarifyTerms);
    if (asking.length > 0) this.examplesOf.set(NO_FACT, learned.mask(asking.map((x) => x.id)));
    // What each example no fact answers asks of its event (`data/concepts.json` `attributes`: an appeal, a payout).
    for (const x of offTopic) {
      const asks = attributes.asked([x.reading.words, x.reading.corrected]);
      if (asks.length > 0) this.offTopicAsks.set(x.id, asks);
    }
    this.thanks = [...(concepts.followUps?.thanks?.en ?? []), ...(concepts.followUps?.thanks?.fr ?? [])].map(splitWords);
    const counted = new Map<string, ReadonlySet<string>>();
    const owned = new Map<string, ReadonlySet<string>>();
    const slotOf = new Map<string, string>();
    const slotsAsked = new Map<string, ReadonlySet<string>>();
    const slotlessAsked = new Map<string, (readonly string[])[]>();
    for (const f of factList) {
      const readings = [f.answer.en, ...f.keywords.en].map((t) => this.lexicon.read(t, 'en')).concat([f.answer.fr, ...f.keywords.fr].map((t) => this.lexicon.read(t, 'fr')));
      counted.set(f.id, new Set(readings.flatMap((r) => countedBy(r, this.lexicon.wordList('ordinalEndings')))));
      const questions = [...f.questions.en.map((t) => this.lexicon.read(t, 'en')), ...f.questions.fr.map((t) => this.lexicon.read(t, 'fr'))];
      const others = [...[f.topic, ...f.keywords.en].map((t) => this.lexicon.read(t, 'en')), ...f.keywords.fr.map((t) => this.lexicon.read(t, 'fr'))];
      owned.set(f.id, new Set([...questions, ...others].flatMap((r) => this.ownedPairs(r, r.terms))));
      const asked = questions.map((r) => this.askedSlot(r));
      const slot = ANSWER_SLOTS.find((s) => asked.filter((a) => a === s).length * 2 >= questions.length);
      if (slot) slotOf.set(f.id, slot);
      slotsAsked.set(f.id, new Set(asked.filter((a) => a !== null)));
      const slotless = questions.filter((r, k) => asked[k] === null && r.cues.some((c) => c.cue === 'yesno')).map((r) => [...new Set(r.terms.filter((t) => t.weight >= 1).map((t) => t.term))]);
      slotlessAsked.set(f.id, slotless.filter((terms) => terms.length >= 2));
      this.namesOf.set(f.id, new Set([f.topic, ...f.keywords.en, ...f.keywords.fr].flatMap(splitWords).filter((w) => this.lexicon.isName(w))));
    }
    this.counted = counted;
    this.owned = owned;
    this.slotOf = slotOf;
    this.slotsAsked = slotsAsked;
    this.slotlessAsked = slotlessAsked;
  }

  /**
   * The slot a question asks for by its opening question word ("who", "to whom", "à qui", "when", "how many"), as the
   * concept term the facts' phrasings carry (`ANSWER_SLOTS`); null when it opens with none of them.
   */
  askedSlot(reading: Reading): string | null {
    const { terms, cues } = reading;
    const wh = cues.filter((c) => c.cue === 'wh' && c.at <= ASKED_SLOT_AT).sort((x, y) => x.at - y.at)[0];
    if (!wh) return null;
    return terms.find((t) => t.kind === 'concept' && ANSWER_SLOTS.includes(t.term) && t.at >= wh.at && t.at < wh.at + wh.length)?.term ?? null;
  }

  /**
   * Whether a question asks where by its opening question word ("where was it filed?", "où la lettre a-t-elle été
   * déposée ?") or its closing one ("la lettre a été déposée où ?"): a word of `placeQuestionWords` read as a question
   * word. Opening a question, a word that is also "or" (`orWords`: a folded "ou") asks where only when typed with its
   * accent; closing it, nothing is left for an "or" to offer. A word of origin right before it or closing the question
   * (`originWords`: "ça vient d'où ?", "where's that from?") asks for a source, not a place.
   */
  asksWhere(reading: Reading): boolean {
    const { words, shown, cues } = reading;
    const place = this.lexicon.wordList('placeQuestionWords');
    const ors = this.lexicon.wordList('orWords');
    const last = words.length - 1;
    const typedAs = (at: number): string => (shown.length === words.length ? (shown[at] ?? '').toLowerCase() : (words[at] ?? ''));
    const opening = cues.filter((c) => c.cue === 'wh' && c.at <= ASKED_SLOT_AT).sort((x, y) => x.at - y.at)[0];
    const opens = opening !== undefined && opening.length === 1 && place.has(words[opening.at] ?? '') && !(ors.has(words[opening.at] ?? '') && typedAs(opening.at) === words[opening.at]);
    const closes = last > 0 && place.has(words[last] ?? '') && cues.some((c) => c.cue === 'wh' && c.at === last);
    const origin = this.lexicon.wordList('originWords');
    if (origin.has(words[last] ?? '') || (closes && origin.has(words[last - 1] ?? ''))) return false;
    return opens || closes;
  }

  /**
   * Whether a question opens by asking which thing of a kind ("which bit of the government was it lodged with?", "à
   * quelle administration la lettre a-t-elle été envoyée ?"): a "which" among its opening words, and no word of a span
   * of time anywhere (the `span` cue: "which year", "quel mois") nor a noun of a time (`timeNouns`: "what was the
   * submission date?", "jusqu'à quelle heure ?"): those ask a date.
   */
  asksWhichThing(reading: Reading): boolean {
    const { cues, words, corrected } = reading;
    const time = this.lexicon.wordList('timeNouns');
    if (words.some((w, k) => time.has(w) || time.has(corrected[k] ?? ''))) return false;
    return cues.some((c) => c.cue === 'which' && c.at <= ASKED_SLOT_AT) && !cues.some((c) => c.cue === 'span');
  }

  /**
   * Pairs of a name a text gives and a term it owns, as "name term" keys of search terms: "OpenAI's position" (the term
   * right after the possessive), "la position d'OpenAI", "the position of Google" (the term right before "of"/"de"),
   * when they open the text's content (or wherever they stand, with `anywhere`).
   */
  ownedPairs(reading: Reading, terms: readonly Term[], anywhere = false): string[] {
    const { words, corrected } = reading;
    // The nearest content term, a word of little weight between aside ("OpenAI's main argument", "décret IA de Trump").
    const termAt = (at: number, step: number): Term | undefined => {
      for (let k = at; Math.abs(k - at) <= OWNED_GAP; k += step) {
        const found = terms.find((t) => t.at === k && t.kind !== 'number');
        if (found && found.weight >= 1) return found;
        if (!found && !this.lexicon.isStopword(words[k] ?? '')) return undefined;
      }
      return undefined;
    };
    // A name typed in two words ("open ai") is read as the one word the data spells.
    const typed = (t: Term): string => ((t.span ?? 1) > 1 ? corrected.slice(t.at, t.at + t.span!).join('') : (corrected[t.at] ?? ''));
    const names = terms.filter((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(typed(t)));
    const nameAt = (at: number): Term | undefined => names.find((t) => t.at === at);
    // Names joined by "and" are one subject ("what did Meta and Anthropic claim"): each owns the verb after the last,
    // and the group's first word is where it opens. A name read from two words ("open ai") ends after both.
    const endOf = (t: Term): number => t.at + (t.span ?? 1);
    const groupEnd = (name: Term): number => {
      let end = endOf(name);
      for (let next = nameAt(end + 1); this.lexicon.wordList('andWords').has(words[end] ?? '') && next; next = nameAt(end + 1)) end = endOf(next);
      return end;
    };
    const groupStart = (name: Term): number => {
      let start = name.at;
      for (let prev = names.find((t) => endOf(t) === start - 1); this.lexicon.wordList('andWords').has(words[start - 1] ?? '') && prev; prev = names.find((t) => endOf(t) === start - 1)) start = prev.at;
      return start;
    };
    // "and Google, what did it tell the White House?", "OpenAI, qu'est-ce qu'ils plaidaient ?": a name (or names joined
    // by "and") set at the opening, after an "and" at most, is taken up again by a pronoun (`refers`: "it", "ils") that is
    // the subject of the first content word after it, a verb of saying: the name is who said it, as in "what did Google
    // argue". Only words of little weight between them ("what did", "qu'est-ce que"), within `RESUMED_SPAN` words.
    const resumed = (name: Term): Term | undefined => {
      const start = groupStart(name);
      if (!words.slice(0, start).every((w) => this.lexicon.wordList('andWords').has(w))) return undefined;
      const end = groupEnd(name);
      const verb = terms.find((t) => t.at >= end && t.weight >= 1);
      if (!verb || !SAYING.has(verb.term) || verb.at - end > RESUMED_SPAN) return undefined;
      const subject = this.lexicon.subjectEndBefore(words, verb.at, true);
      // The pronoun is the subject, or stands after it among the words a subject skips ("qu'ils plaidaient", "its argument").
      return reading.cues.some((c) => c.cue === 'refers' && c.at >= Math.max(end, subject) && c.at < verb.at) ? verb : undefined;
    };
    return names
      .flatMap((name) => {
        // Or the term right before the name, as French puts its subject after what it owns ("quel argument OpenAI
        // avance-t-il", "quels arguments avance OpenAI"): what a question word asks for, in one or two words of one
        // concept right before the name; not an answer's words ("qu'a dit OpenAI", "ils veulent quoi, Google").
        // Names joined by "and" after it share it ("que réclamaient OpenAI et Google"): read from the group's first word.
        const before = (): Term | undefined => {
          const at = groupStart(name);
          const wh = reading.cues.find((c) => c.cue === 'wh' && at - (c.at + c.length) >= 1 && at - (c.at + c.length) <= OWNED_SPAN);
          if (!wh) return undefined;
          const between = Array.from({ length: at - wh.at - wh.length }, (_, k) => terms.find((t) => t.at === wh.at + wh.length + k));
          const first = between[0];
          return first && first.kind === 'concept' && first.weight >= 1 && between.every((t) => t?.term === first.term) ? first : undefined;
        };
        // Or the verb the name is the subject of, a word of little weight between aside ("what did Google argue",
        // "what OpenAI had claimed", "Google a justifié…"): what it said is asked, as by "Google's argument". Only a
        // verb of saying or asking (`SAYING`), not any content word ("Google staff") nor deed ("Disney sued").
        const said = (): Term | undefined => {
          const found = termAt(groupEnd(name), 1);
          return found && SAYING.has(found.term) ? found : resumed(name);
        };
        const verb = before() ?? said();
        // After the possessive, the noun closes its phrase: "Meta's key claim" owns the claim, not "key".
        const possessed = (): Term | undefined => {
          const first = termAt(name.at + 2, 1);
          const head = first && terms.find((t) => t.at === first.at + (first.span ?? 1) && t.kind === 'concept' && t.weight >= 1);
          return head ?? first;
        };
        const owned = this.lexicon.wordList('possessiveMarks').has(words[name.at + 1] ?? '') ? possessed() : this.lexicon.wordList('ownerLinks').has(words[name.at - 1] ?? '') ? termAt(name.at - 2, -1) : verb;
        // Only as what the text is about: no content word before it ("la réaction aux propositions d'OpenAI" is about a reaction).
        // `anywhere`: also what a name owns further in ("who drafted OpenAI's comment" asks of that comment).
        const from = owned !== undefined && owned === verb ? groupStart(name) : name.at;
        const head = owned !== undefined && (anywhere || !terms.some((t) => t.weight >= 1 && t.at < Math.min(from, owned.at)));
        return owned && head && owned.term !== name.term ? [`${name.term} ${owned.term}`] : [];
      });
  }

  /**
   * Whether a fact can say the slot asked for: a fact that is about one slot (most of its own questions ask for it: the
   * date it was sent, who organised it, how many signed) says no other unless its phrasings ask for that one too; a
   * "when" needs an answer that gives a date, a "how many" one that gives a figure.
   */
  answersSlot(id: string, slot: string): boolean {
    const own = this.slotOf.get(id);
    if (own !== undefined && own !== slot && this.facts.field(id, slot) < 2) return false;
    return this.givesSlot(id, slot);
  }

  /** Whether a fact's answer gives what a slot asks for: a date for "when", a figure for "how many" (any other: yes). */
  givesSlot(id: string, slot: string): boolean {
    if (slot === 'c:when') return this.dated.has(id);
    if (slot === 'c:howmany') return (this.factNumbers.get(id) ?? []).length > 0;
    return true;
  }

  /**
   * "the order behind the plan, number + date pls", "le procès contre Midjourney, date ?": a last clause (after a comma,
   * a dash or a colon) whose every term is a word that only names a slot (`followUps`: "date", "number") asks for those slots
   * of what the sentence before it names; the indexes of those terms, which are then no content to find (a fact about
   * that thing is not held back by a word its phrasings need not use). None when nothing of content comes before.
   */
  slotTail(parsed: ParsedQuestion): ReadonlySet<number> {
    const { corrected, words, terms } = parsed.reading;
    const text = parsed.text.replace(/[\s?!.]+$/, '');
    const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf(':'), text.lastIndexOf(' - '));
    if (cut < 0) return NO_POSITIONS;
    const tail = splitWords(text.slice(cut + 1));
    const from = words.length - tail.length;
    if (tail.length === 0 || from <= 0 || tail.some((w, k) => words[from + k] !== w)) return NO_POSITIONS;
    const inTail = terms.filter((t) => t.at >= from);
    // Words that name a slot ("date"), not question words ("and if so, when?" asks of what follows, not before).
    const slot = (t: Term): boolean => t.kind === 'word' && (this.followUpWords.has(corrected[t.at] ?? '') || this.followUpWords.has(words[t.at] ?? ''));
    if (inTail.length === 0 || !inTail.every(slot)) return NO_POSITIONS;
    if (!terms.some((t) => t.at < from && t.weight >= 1)) return NO_POSITIONS;
    return new Set(inTail.map((t) => t.at));
  }

  /**
   * Whether a question names only the slot it asks for (`followUps`: "when", "the date", "then"), and no one or nothing
   * it is asked about: no other term, person, figure, year or quoted title.
   */
  followUpOnly(parsed: ParsedQuestion): boolean {
    const { corrected, words } = parsed.reading;
    if (this.thanksOnly(parsed)) return true;
    // Words of little weight ("keep going", "I heard") name nothing asked about; what is asked of something
    // (`attributes`: "et ça coûte combien ?", "did they appeal?") is a slot of something said before.
    const attributeAt = this.attributes.askedAt(words);
    const terms = parsed.reading.terms.filter((t) => !(t.kind === 'concept' && t.weight < THEME_WEIGHT));
    // A year is a slot too after an opening "and" ("et après 2025 ?", "and in 2024?"): a time for what was said before.
    const andYear = parsed.years.length > 0 && this.lexicon.wordList('andWords').has(words[0] ?? '');
    // "what else?", "et les autres ?", "ah et pour les quatre cents autres ?", "the other 400?": a word of the rest
    // (`elseWords`, the `another` cue) with nothing else named asks for the rest of what was said before, and a count
    // beside it (figures or spelled, "400", "quatre cents") is how many that rest holds: slots of it too.
    const rest = this.restAt(parsed);
    const restCount = rest.size > 0 && words.some((w, k) => /\d/.test(w) && rest.has(k)) && words.every((w, k) => !/\d/.test(w) || rest.has(k));
    if (terms.length === 0 || parsed.people.length > 0 || (parsed.numbers.length > 0 && !restCount && !(andYear && parsed.numbers.every((n) => parsed.years.includes(n)))) || (parsed.years.length > 0 && !andYear && !restCount) || parsed.quoted.length > 0) return false;
    const yearAt = (t: Term): boolean => andYear && t.kind === 'number' && YEAR.test(words[t.at] ?? '');
    // "And what did she say after that?", "et ensuite, ils ont dit quoi ?": a word of saying whose only sayer is a pronoun
    // (no name, no thing said), after an opening "and" or beside a slot of what came next, asks what someone named before
    // said: a slot too. "What did they argue?" alone may ask of the story's own parties (offered as choices).
    const slot = (t: Term): boolean => (t.kind === 'concept' && this.followUpConcepts.has(t.term)) || (t.kind === 'word' && (this.followUpWords.has(corrected[t.at] ?? '') || this.followUpWords.has(words[t.at] ?? '')));
    // A pronoun for one person ("she": the `someone` cue) stands for someone named before in any wording; so does one
    // that opens the question as its subject (`singularPronouns`: "il a dit quoi exactement ?", where "il" may else be
    // impersonal).
    const { cues } = parsed.reading;
    const opensOnPerson = this.lexicon.wordList('singularPronouns').has(words[0] ?? '');
    const pronounSays = cues.some((c) => c.cue === 'refers') && (cues.some((c) => c.cue === 'someone') || opensOnPerson || this.lexicon.wordList('andWords').has(words[0] ?? '') || terms.some(slot));
    // "ça a donné quoi derrière ?": a word that names who stands behind something (`thenAdverbs`), in a question that
    // asks no one, says afterwards: a slot of what was said before too.
    const then = this.lexicon.wordList('thenAdverbs');
    const asksWho = terms.some((t) => t.term === 'c:who');
    // "who's reporting that?", « qui a rapporté ça ? »: a word of reporting whose object is a pronoun pointing back
    // (`pointingPronouns`, never the letter's "it") asks who reported what was said before: a slot of it too.
    const pointing = this.lexicon.wordList('pointingPronouns');
    const reportedPointed = (t: Term): boolean => t.term === REPORT && pointing.has(words[t.at + (t.span ?? 1)] ?? '');
    return terms.every(
      (t) =>
        (t.kind === 'concept' && this.followUpConcepts.has(t.term)) ||
        (!asksWho && t.kind === 'concept' && (then.has(words[t.at] ?? '') || then.has(corrected[t.at] ?? ''))) ||
        (pronounSays && t.term === 'c:argue') ||
        reportedPointed(t) ||
        attributeAt.has(t.at) ||
        yearAt(t) ||
        rest.has(t.at) ||
        (t.kind === 'word' && (this.followUpWords.has(corrected[t.at] ?? '') || this.followUpWords.has(words[t.at] ?? ''))),
    );
  }

  /**
   * The positions of the words that speak of the rest of something said before: a word of the rest (`elseWords`:
   * "else", « autres »; or within the `another` cue: "the other", "les autres") and the count right beside it, in figures
   * or spelled ("the other 400", « les quatre cents autres », « les 400 autres »).
   */
  private restAt(parsed: ParsedQuestion): ReadonlySet<number> {
    const { words, corrected, cues } = parsed.reading;
    const elseWords = this.lexicon.wordList('elseWords');
    const at = new Set<number>();
    for (let k = 0; k < words.length; k++) if (elseWords.has(words[k]!) || elseWords.has(corrected[k] ?? '')) at.add(k);
    for (const c of cues) if (c.cue === 'another') for (let k = c.at; k < c.at + c.length; k++) at.add(k);
    if (at.size === 0) return NO_POSITIONS;
    const count = (w: string): boolean => /^\d+$/.test(w) || isNumberWord(w);
    for (const k of [...at]) {
      for (let j = k - 1; j >= 0 && count(words[j]!); j--) at.add(j);
      for (let j = k + 1; j < words.length && count(words[j]!); j++) at.add(j);
    }
    return at;
  }

  /**
   * "Merci beaucoup, ça m'aide pour la vérif", "thanks, that's what I needed for the check": a message that opens by
   * thanking (`followUps.thanks`) and asks nothing (no question mark, no question word, no yes/no verb, no quotation)
   * replies to an answer given before: whatever fact its words touch ("vérif"), it is no question to answer.
   */
  thanksOnly(parsed: ParsedQuestion): boolean {
    const { words, cues } = parsed.reading;
    if (parsed.text.includes('?') || parsed.quoted.length > 0 || parsed.people.length > 0) return false;
    if (cues.some((c) => c.cue === 'wh' || c.cue === 'yesno' || c.cue === 'which' || c.cue === 'compare' || c.cue === 'quote' || c.cue === 'list')) return false;
    return this.thanks.some((phrase) => phrase.length > 0 && spelledAt(words, 0, phrase));
  }

  /**
   * The nearest-question channel: the questions of `data/examples.json` (people's own wordings, each with the fact that
   * answers it or none) ranked for the question's terms; similarity = harmonic mean of the share of the question an
   * example carries and the share of the example the question carries. When the fact retrieval did not answer, a
   * question clearly nearest to examples of one fact (by `learnedAt`, and `learnedMargin` ahead of the nearest example of
   * any other answer, "none" included) is answered with that fact, if the retrieval ranked it. It never overrides an
   * answer: measured on the dev split, doing so cost more right answers than it saved wrong ones.
   * - A question the facts declined may be answered so when the fact carries a small share of it
   *   (`learnedSearchCoverage`): the examples, people's own wordings, bridge what the fact's words miss ("how did Bartz
   *   v. Anthropic turn out?"). With no ranked fact carrying that much, no example is searched.
   * - Choices the facts offered are settled so only when the fact carries at least `learnedCoverage` of the question and
   *   the question has `learnedClarifyTerms` content terms or more: one content word ("and the press?", "les médias ?")
   *   is too thin to pick between choices by its neighbours.
   */
  learnedDecision(decision: Decision<Fact>, ranked: readonly Ranked<Fact>[], searchTerms: readonly Term[], reading?: Reading, asking?: () => ((at: number) => boolean) | null): Decision<Fact> {
    if (decision.verdict === 'answered' || this.learned.size === 0) return decision;
    const settling = decision.verdict === 'clarify';
    const covered = (r: Ranked<Fact>): boolean => r.coverage >= (settling ? this.calibration.learnedCoverage : this.calibration.learnedSearchCoverage);
    // Only a fact the retrieval ranked (with that coverage when settling choices) can be answered: without one, no example is searched.
    if (!ranked.some(covered)) return decision;
    if (settling && new Set(searchTerms.filter((t) => t.weight >= 1).map((t) => t.term)).size < this.calibration.learnedClarifyTerms) return decision;
    const examples = this.nearestExamples(searchTerms);
    // An example that names someone or something the question does not ("the BFMTV article" for "the Le Monde article",
    // "Bartz v. Anthropic" for "Bartz v. Mistral") asks about that, not about what the question names instead.
    const asked = new Set(searchTerms.map((t) => t.term));
    const foreignNames = (e: NearExample): boolean => (this.exampleNames.get(e.id) ?? []).some((name) => !asked.has(name));
    const best = examples[0];
    // Nor is an example of another fact that names something else instead of what the question names a rival: "need one
    // line on Google's position" says nothing of what "what line does OpenAI's filing take?" asks. Examples no fact
    // answers stay rivals, and so does any example when the question names nothing or names what the nearest example's
    // fact does not carry (a false premise's name, "why did the letter single out Meta?", is no evidence for that fact).
    const named = new Set(searchTerms.filter((t) => t.kind === 'word' && this.lexicon.isName(reading?.corrected[t.at] ?? '')).map((t) => t.term));
    const carried = best?.fact != null && named.size > 0 && [...named].every((n) => this.facts.carries(best.fact!, n));
    const elsewhere = (e: NearExample): boolean => {
      const own = this.exampleNames.get(e.id) ?? [];
      return carried && e.fact !== null && foreignNames(e) && [...named].some((n) => !own.includes(n));
    };
    // An example no fact answers that asks of its event an attribute the question does not ask (`data/concepts.json`
    // `attributes`: "did the authors in Kadrey v Meta appeal?" asks of an appeal; "Meta won against the authors in
    // Kadrey, true?" asks none), and carries nothing of the question that the nearest example does not, is no other
    // reading of the question: no rival. One that asks no attribute, or one the question asks too, stays a rival.
    // The question's own attributes, read only when such an example comes up (most questions meet none).
    let asks: readonly string[] | undefined;
    const beyond = (e: NearExample): boolean => {
      const own = this.offTopicAsks.get(e.id);
      if (best === undefined || !reading || !own) return true;
      asks ??= this.attributes.asked([reading.words, reading.corrected]);
      if (own.some((a) => asks!.includes(a))) return true;
      return searchTerms.some((t) => this.learned.carries(e.id, t.term) && !this.learned.carries(best.id, t.term));
    };
    const runnerUp = this.nearestAnswers(examples.filter((e) => e === best || (!elsewhere(e) && (e.fact !== null || beyond(e)))))[1];
    const rival = runnerUp?.sim ?? 0;
    if (!best || best.fact === null) return decision;
    const near = best.sim >= this.calibration.learnedAt && best.sim - rival >= this.calibration.learnedMargin;
    // Several nearest examples of one fact (not one near wording alone) answer a question the facts declined with less
    // similarity and a smaller lead (`learnedAgree`).
    const { learnedAgree, learnedAgreeAt, learnedAgreeMargin } = this.calibration;
    const agreeing = examples.slice(0, learnedAgree);
    // Not for a question that gives a figure or a year ("a new strike planned for 2028?"): the examples' wordings say
    // nothing of it, and a figure no fact gives is what such a question is about.
    const figured = (reading?.terms ?? searchTerms).some((t) => t.kind === 'number');
    const agreed =
      !settling &&
      !figured &&
      agreeing.length === learnedAgree &&
      agreeing.every((e) => e.fact === best.fact && e.sim >= learnedAgreeAt) &&
      best.sim - rival >= learnedAgreeMargin;
    if (!near && !agreed) return decision;
    // Agreeing examples all must name nothing the question does not ("la dépêche AFP" for "la dépêche Le Monde").
    if (foreignNames(best) || (!near && agreeing.some(foreignNames))) return decision;
    // Nor an example whose match rests on the chatter around the question's asking clause (`learnedAskedShare`); the
    // clause is found only here, for the few questions an example would settle.
    const askingAt = asking?.() ?? null;
    if (askingAt && this.restsOnContext(best, searchTerms, askingAt)) return decision;
    const hit = ranked.find((r) => r.id === best.fact && covered(r));
    // Choices are settled only for one that carries about as much of the question as the first of them
    // (`phrasedSlack`): "when was the letter sent to the White House?" is no question about to whom, however near its
    // examples are to those of that fact; one that misses what the first carries stays a choice.
    const leader = decision.picked[0];
    if (settling && hit && leader && hit.coverage < leader.coverage - this.calibration.phrasedSlack) return decision;
    return hit ? { verdict: 'answered', confidence: this.calibration.answerAt, picked: [hit] } : decision;
  }

  /**
   * Whether what an example shares with the question (each term once, by weight × rarity) rests on the chatter both
   * wrap their asking clauses in: less than `learnedAskedShare` of it is held by the question's asking clause (`asking`,
   * by word position), the example's own asking clause or the example's fact. "…we're closing the arts page tonight and I
   * just need one thing — who organised the letter?" shares with "…closing the arts page tonight and I just need one thing
   * — what date was the letter filed?" its chatter, not what it asks; "Who is the letter aimed at on the tech side —
   * which firms?" shares its "tech" with "c'est quelles boîtes tech qu'ils visent ?", which asks it.
   */
  private restsOnContext(example: NearExample, searchTerms: readonly Term[], asking: (at: number) => boolean): boolean {
    const context = this.contextOf(example.id);
    if (context.size === 0) return false;
    const seen = new Set<string>();
    let shared = 0;
    let chatter = 0;
    for (const t of searchTerms) {
      if (seen.has(t.term) || !this.learned.carries(example.id, t.term)) continue;
      seen.add(t.term);
      const weight = t.weight * this.learned.termRarity(t);
      shared += weight;
      if (context.has(t.term) && !this.facts.carries(example.fact!, t.term) && !searchTerms.some((u) => u.term === t.term && asking(u.at))) chatter += weight;
    }
    return shared > 0 && shared - chatter < shared * this.calibration.learnedAskedShare;
  }

  /** The terms an example holds only outside its asking clause (`askingWords`); none when the whole example asks. */
  private contextOf(id: string): ReadonlySet<string> {
    const known = this.exampleContext.get(id);
    if (known !== undefined) return known;
    const x = this.exampleTexts.get(id);
    const reading = x ? this.lexicon.read(x.q, x.lang) : null;
    const asking = reading && reading.shown.length === reading.words.length ? askingWords(x!.q, reading.shown, this.lexicon.wordList('dottedAbbreviations')) : null;
    const context = new Set<string>();
    if (reading && asking) {
      const asked = new Set(reading.terms.filter((t) => asking(t.at)).map((t) => t.term));
      for (const t of reading.terms) if (!asked.has(t.term)) context.add(t.term);
    }
    this.exampleContext.set(id, context);
    return context;
  }

  /**
   * See `Calibration.learnedVetoAt`: a decision whose answer (or every choice) is farther from the question than the
   * nearest example no fact answers is declined. Not for a question that gives a figure: the examples'
   * wordings say nothing of it ("ils étaient 400 ou 460 ?" is as near to a wrong count as to the right one).
   * A question of one content word (fewer than `learnedClarifyTerms`) is not either.
   */
  offTopicDecision(decision: Decision<Fact>, searchTerms: readonly Term[], reading: Reading): Decision<Fact> {
    if (decision.verdict === 'no_answer' || !this.examplesOf.has(NO_FACT) || reading.terms.some((t) => t.kind === 'number')) return decision;
    const { learnedVetoAt, learnedVetoMargin, learnedClarifyTerms } = this.calibration;
    // Nor for a question of one content word ("ils demandent koi exactement"): too thin for its neighbours to say what
    // it asks ("what can I ask you?" has that word alone, and asks the bot about itself).
    if (new Set(searchTerms.filter((t) => t.weight >= 1).map((t) => t.term)).size < learnedClarifyTerms) return decision;
    // The examples no fact answers, then each answer's own (one search for all): the first both ways (the example carries
    // the question and the question carries the example), the others by the channel's similarity.
    const groups = [this.examplesOf.get(NO_FACT)!, ...decision.picked.map((r) => this.examplesOf.get(r.id) ?? NO_EXAMPLES)];
    // Only an example that names what the question names, and nothing else ("what does the EU AI Act say about training
    // on copyrighted works?" is no neighbour of "what is OpenAI's position on training on copyrighted works?").
    // The question's names are read as the examples' are (`exampleNames`), from its whole reading: a name its search set
    // aside as a premise's value («des signataires ont porté plainte contre OpenAI ?», the letter being against OpenAI)
    // is still named, as in the example that asks the same (« Les signataires vont-ils porter plainte contre OpenAI ? »).
    const names = new Set(reading.terms.filter((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(reading.corrected[t.at] ?? '')).map((t) => t.term));
    const sameNames = (id: string): boolean => {
      const own = this.exampleNames.get(id) ?? [];
      return own.length === names.size && own.every((n) => names.has(n));
    };
    const measure = (group: number, id: string, coverage: number, containment: number): number => (group > 0 ? similarity(coverage, containment) : sameNames(id) ? Math.min(coverage, containment) : 0);
    // Only when every answer offered is farther: a choice left alone would be offered as if it were the answer. The
    // search stops at the first that settles it: every such example far, or an answer near enough.
    let offTopic = 0;
    let kept = false;
    const settled = (group: number, value: number): boolean => {
      if (group === 0) offTopic = value;
      else kept = offTopic - value <= learnedVetoMargin;
      return group === 0 ? value < learnedVetoAt : kept;
    };
    this.learned.nearestInGroups(searchTerms, OWN_POOL, groups, measure, settled);
    return offTopic >= learnedVetoAt && !kept ? { ...decision, verdict: 'no_answer', picked: [] } : decision;
  }

  /**
   * Whether the example of `fact` nearest the question (within the channel's pool) carries one of `terms`: people's own
   * wording of that fact says what the question asks besides its names, which the fact's own words miss.
   */
  learnedCarries(fact: string, searchTerms: readonly Term[], terms: readonly Term[]): boolean {
    const own = this.nearestExamples(searchTerms).find((e) => e.fact === fact);
    return own !== undefined && terms.some((t) => this.learned.carries(own.id, t.term));
  }

  /**
   * The examples found for each set of search terms of the question being answered (`nearestExamples`), by what the
   * search reads of them (`nearestKey`): a question's parts often search the same terms (the whole and its last clause,
   * the deciding and the checks after it). Dropped by `forgetNearest` at each question's start and end.
   */
  private nearestFound: Map<string, readonly NearExample[]> | null = null;

  /** Drop the examples found (`nearestExamples`): the engine calls it at each question's start and end, as `PremiseReader.forgetReadings`. */
  forgetNearest(): void {
    this.nearestFound = null;
  }

  /** The examples nearest the question (fact null: one no fact answers), nearest first, by similarity to the question. */
  private nearestExamples(searchTerms: readonly Term[]): readonly NearExample[] {
    const key = nearestKey(searchTerms);
    const found = (this.nearestFound ??= new Map()).get(key);
    if (found !== undefined) return found;
    // The leaders as `rank` orders them (by score), each made an example at once (no ranked result per leader), then by similarity.
    const examples = this.learned
      .nearest(searchTerms, LEARNED_POOL, (id, fact, coverage, containment) => ({ fact, sim: similarity(coverage, containment), id }))
      .sort((a, b) => b.sim - a.sim);
    this.nearestFound.set(key, examples);
    return examples;
  }

  /** Each answer's nearest example (null: the examples no fact answers), nearest first. */
  private nearestAnswers(examples: readonly NearExample[]): NearExample[] {
    const nearest = new Map<string | null, NearExample>();
    for (const e of examples) if (!nearest.has(e.fact)) nearest.set(e.fact, e);
    return [...nearest.values()];
  }

  /**
   * "wen was teh letter sent to the whitehouse", "la lettre fait combien de pages ?": a question that asks when (or how
   * many) is answered by a fact whose answer gives a date (or a figure). Choices the facts offered are settled by the one
   * of them that gives what is asked, when it carries about as much of the question as the first (`phrasedSlack`); the
   * others, however close their words, answer another question ("to whom was it sent").
   */
  answerTypeDecision(decision: Decision<Fact>, searchTerms: readonly Term[], reading: Reading): Decision<Fact> {
    if (decision.verdict !== 'clarify') return decision;
    const asked = ['c:when', 'c:howmany'].find((term) => searchTerms.some((t) => t.term === term));
    if (!asked) return this.uncountedDecision(decision, searchTerms, reading);
    const leader = decision.picked[0];
    const giving = decision.picked.filter((r) => this.givesSlot(r.id, asked));
    // "On what date did the signatories file it?": of choices that all give a date, the one about that slot (most of its
    // own questions ask when: the date it was sent) is what is asked; one about how many signed answers another question.
    const fitting = giving.length > 1 ? giving.filter((r) => this.slotOf.get(r.id) === asked) : giving;
    const only = fitting[0];
    // A leader about another slot (how many signed, for a "when") is no reading of the question: the one that fits, when it
    // is about the slot asked for (the date it was sent), need only carry enough of it to be offered (`clarifyAt`).
    const floor = leader && only && !this.answersSlot(leader.id, asked) && this.slotOf.has(leader.id) && this.slotOf.get(only.id) === asked ? this.calibration.clarifyAt : (leader?.coverage ?? 0) - this.calibration.phrasedSlack;
    if (!leader || fitting.length !== 1 || !only || only.coverage < floor) return decision;
    // What is asked about needs two terms besides the question word ("la lettre" and "pages"; not "ChatGPT" alone), and
    // none that the fact lacks and no fact uses: "combien coûte un abonnement" asks about something else.
    const about = [...new Map(searchTerms.filter((t) => t.term !== asked && t.weight >= THEME_WEIGHT).map((t) => [t.term, t])).values()];
    if (about.length < 2 || about.some((t) => t.weight >= 1 && !this.facts.carries(only.id, t.term) && !this.facts.knows(t.term))) return decision;
    return { verdict: 'answered', confidence: this.calibration.answerAt, picked: [only] };
  }

  /**
   * "C'est quoi la RFI ?", "which consultation was the letter a comment on?": a question that asks for no number (no
   * "how many", no figure, no other slot) is not asked of a fact about a count (most of its own questions ask how many:
   * the comments the consultation drew). Choices the facts offered, when one alone is about no count and carries about
   * as much of the question as the first (`phrasedSlack`; a count that leads needs it only offered, `clarifyAt`), are
   * settled by it.
   */
  uncountedDecision(decision: Decision<Fact>, searchTerms: readonly Term[], reading: Reading): Decision<Fact> {
    // A question word, in a question that does not ask yes or no ("is it true that the letter was a comment on…?").
    const asks = reading.cues.some((c) => c.cue === 'wh') && !reading.cues.some((c) => c.cue === 'yesno' && c.at === 0);
    // Only a question that asks with a question word ("what", "which", "c'est quoi") asks for no number: without one
    // ("public comments the consultation received?", "cbien de signatér") its "how many" may be lost or misspelt.
    if (!asks || searchTerms.some((t) => ANSWER_SLOTS.includes(t.term) || t.kind === 'number')) return decision;
    // Nor one about signing ("a signé ou pas ?": whether someone signed, who or how many), nor one that refers back to
    // someone it does not name ("il disait quoi dans sa contribution ?").
    if (searchTerms.some((t) => t.term === 'c:sign') || reading.cues.some((c) => c.cue === 'refers')) return decision;
    const leader = decision.picked[0];
    const counts = (r: Ranked<Fact>): boolean => this.slotOf.get(r.id) === 'c:howmany';
    const left = decision.picked.filter((r) => !counts(r));
    const only = left[0];
    if (!leader || !only || left.length !== 1 || left.length === decision.picked.length) return decision;
    // The count is one detail of what that fact is about: they name the same thing ("RFI": how many comments the RFI
    // drew, beside the RFI itself); a count of something else ("what was the letter a comment on?") stays a choice.
    const names = this.namesOf.get(only.id) ?? new Set<string>();
    if (!decision.picked.some((r) => counts(r) && [...(this.namesOf.get(r.id) ?? [])].some((n) => names.has(n)))) return decision;
    return only.coverage >= leader.coverage - this.calibration.phrasedSlack ? { verdict: 'answered', confidence: this.calibration.answerAt, picked: [only] } : decision;
  }

  /**
   * "Which executive order…", "à quel organisme…": the concept right after "which"/"quel" is the kind of thing asked
   * for. When the facts left it unsure, the one ranked fact whose own phrasings carry that concept (none other ranked
   * does), and that carries its share of the question, answers: the others only mention such a thing in passing.
   */
  headNounDecision(decision: Decision<Fact>, parsed: ParsedQuestion, ranked: readonly Ranked<Fact>[], searchTerms: readonly Term[]): Decision<Fact> {
    const cues = parsed.reading.cues;
    // The word that asks for a kind of thing (`cues.which` in data/concepts.json), as the list or question cue it opens.
    const which = cues.find((c) => (c.cue === 'list' || c.cue === 'wh') && cues.some((h) => h.cue === 'which' && h.at === c.at));
    if (!which) return decision;
    const after = which.at + which.length;
    // "what's the RFI…", "what was the consultation…": the verb of being right after the question word comes before the noun.
    const words = parsed.reading.words;
    const reach = this.lexicon.wordList('kindCopulas').has(words[after] ?? '') && this.lexicon.wordList('kindArticles').has(words[after + 1] ?? '') ? after + 2 : after + 1;
    const first = searchTerms.find((t) => t.kind === 'concept' && t.weight >= 1 && t.at >= after && t.at <= reach);
    if (!first || searchTerms.some((t) => t.at >= after && t.at < first.at && t.kind !== 'word')) return decision;
    // In English the noun that names the kind closes its phrase: "what government consultation" asks for a consultation,
    // the government's. A concept right after the first (nothing between) is that noun; French puts it first ("quelle
    // consultation du gouvernement").
    // Read as the kind asked for when it settles anything; else the first concept is ("which presidential order").
    const next = parsed.lang === 'en' ? searchTerms.find((t) => t.kind === 'concept' && t.weight >= 1 && t.at === first.at + (first.span ?? 1)) : undefined;
    // An answer that is already such a thing settles it ("what government consultation…" answered by the consultation).
    if (next && decision.verdict === 'answered' && this.facts.field(decision.picked[0]!.id, next.term) === 2) return decision;
    const byNext = next ? this.headNounFor(next, decision, ranked, searchTerms) : decision;
    return byNext !== decision ? byNext : this.headNounFor(first, decision, ranked, searchTerms);
  }

  /** `headNounDecision` for one concept read as the kind of thing asked for. */
  private headNounFor(head: Term, decision: Decision<Fact>, ranked: readonly Ranked<Fact>[], searchTerms: readonly Term[]): Decision<Fact> {
    const leader = ranked[0];
    // A fact about a count (most of its own questions ask how many) is no such thing unless a count is asked: "what's the
    // RFI?" asks for the consultation, not for how many comments it drew.
    const counts = searchTerms.some((t) => t.term === 'c:howmany');
    const fitting = ranked.filter((r) => r.coverage >= this.calibration.minCoverage && this.facts.field(r.id, head.term) === 2 && (counts || this.slotOf.get(r.id) !== 'c:howmany'));
    const only = fitting[0];
    // "Which order kicked off the Action Plan consultation?": an answer that is no such thing (the consultation, not
    // the order), while the one ranked fact that is one comes close enough, may answer another question: both are offered.
    if (decision.verdict === 'answered') {
      const answer = decision.picked[0]!;
      // One ranked far behind the answer (`HEAD_SHARE`) is no rival of one that comes close.
      const close = fitting.filter((r) => r.score >= answer.score * HEAD_SHARE);
      const rival = close[0];
      if (!rival || close.length !== 1 || rival.id === answer.id || this.facts.field(answer.id, head.term) === 2) return decision;
      return { ...decision, verdict: 'clarify', picked: [answer, rival] };
    }
    if (!only || !leader || fitting.length !== 1 || only.score < leader.score * HEAD_SHARE) return decision;
    // Every other word it leaves out is one the facts use: a word none knows ("Mistral", "chips") names another thing
    // of that kind than the story's ("what valuation does it give Mistral?").
    if (searchTerms.some((t) => t.weight >= 1 && !this.facts.carries(only.id, t.term) && !this.facts.knows(t.term))) return decision;
    return { verdict: 'answered', confidence: this.calibration.answerAt, picked: [only] };
  }
}
