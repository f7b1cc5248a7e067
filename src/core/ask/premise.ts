import type { ConceptData } from '../schema';
import { MONTH_NUMBER, splitWords, spelledAt, typedWords, type Term } from './lexicon';
import { countsAt, dateWordsAt, firstMonth, sameFigure, WEEKDAYS, YEAR, type ParsedQuestion } from './parse';
import { alignedGaps, capitalInside, closingRemark, isAcronym } from './question-text';
import { isDictionaryWord } from './dictionary';

/** Each month's spellings (0 for January), whole and short, English and French ("jan", "january", "janv", "janvier"). */
const MONTH_SPELLINGS: ReadonlyMap<number, readonly string[]> = (() => {
  const of = new Map<number, string[]>();
  for (const [name, m] of MONTH_NUMBER) of.set(m, [...(of.get(m) ?? []), name]);
  return of;
})();

/** An auxiliary between a French object pronoun and its verb is short ("l'a envoyée", "l'ont signée"). */
const AUXILIARY_LENGTH = 3;

/** Sentences end at ".", "!" or "?" before a space. */
const SENTENCE_ENDS = /[.!?](?=\s)/;
/** Parts of a sentence end at a semicolon or colon before a space. */
const STRONG_ENDS = /[;:](?=\s)/;
/** Clauses end as sentences do, or at a comma, semicolon or colon before a space, or at a spaced dash ("After the letter, the July plan…"). */
const CLAUSE_ENDS = /[,;:.!?](?=\s)|\s[—–-](?=\s)/;

/**
 * Each word's part of the text (by its index in `typedWords`), parts split at `ends`; null when the typed words are not
 * the `count` words read (then no word is placed).
 */
function partOf(text: string, count: number, ends: RegExp): number[] | null {
  const of: number[] = [];
  text.split(ends).forEach((s, k) => {
    for (let n = typedWords(s).length; n > 0; n--) of.push(k);
  });
  return of.length === count ? of : null;
}

/**
 * The index of the first word of a remark after a question's last "?" (`closingRemark`: "…settlement? months-ish is
 * fine"); `count` when there is none or the typed words are not the `count` words read.
 */
function closingRemarkStart(text: string, count: number): number {
  const remark = closingRemark(text);
  if (remark === null || typedWords(text).length !== count) return count;
  return typedWords(remark.rest).length;
}

/**
 * Where a question that states something before its question word starts asking: the first word of the clause its first
 * question word opens, when a clause stands before it ("Since Meryl Streep organised the letter, who helped her?": the
 * "who"). 0 when the question word is the first word, or shares its clause with every word before it ("who organised
 * the letter?", "and the letter, sent where?"): then nothing is stated before it.
 */
function statedUntil(parsed: ParsedQuestion): number {
  const wh = parsed.reading.cues.find((c) => c.cue === 'wh');
  if (wh === undefined || wh.at === 0) return 0;
  const clause = partOf(parsed.text, parsed.reading.words.length, CLAUSE_ENDS);
  if (clause === null || clause[wh.at] === clause[0]) return 0;
  // The question word opens its clause, or comes after a word or two leading it ("and who…", "so when…").
  let start = wh.at;
  while (start > 0 && clause[start - 1] === clause[wh.at]) start--;
  return wh.at - start <= STATED_LEAD ? start : 0;
}

/** How many words may lead a question word in the clause it opens after a statement ("and then who…"). */
const STATED_LEAD = 2;

/** The word positions of a question's quoted phrases (each where it first stands in `words`). */
function quotedPositions(quoted: readonly string[], words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const text of quoted) {
    const span = splitWords(text);
    if (span.length === 0) continue;
    const from = words.findIndex((_, i) => spelledAt(words, i, span));
    if (from >= 0) for (let k = 0; k < span.length; k++) at.add(from + k);
  }
  return at;
}

/** The word lists a premise is read with (`data/concepts.json` `wordLists`). */
export interface PremiseWords {
  /** Words by which the asker is a verb's subject ("I", "we", "je"): see `askers`. */
  askers: ReadonlySet<string>;
  /** Words that make a name right after them a time ("under Biden", "sous Trump"), no value of a slot. */
  eras: ReadonlySet<string>;
  /**
   * Forms of "to be" (`remarkCopulas`) that, in a remark after a question's last "?", make the word after them what the
   * asker says of the answer wanted ("? months-ish is fine"): no value of a slot.
   */
  remarkCopulas?: ReadonlySet<string>;
  /** Words that say what a piece is about ("about", "sur"), articles, and nouns of a news piece ("article", "story"). */
  about: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  pieces: ReadonlySet<string>;
  /** Nouns of the letter and its signers ("signatories", "signataires"): one is no verb of the slot's, but its object. */
  letterNouns?: ReadonlySet<string>;
  /** The endings an ordinal day is typed with ("1st", "1er"): a date. */
  ordinalEndings: ReadonlySet<string>;
  /** Indefinite articles ("an", "un"): a noun after one is some thing, not the story's own (a slot's `definite`). */
  indefinite?: ReadonlySet<string>;
  /** Words that tie a noun to what it belongs to ("of", "du"): a value right after one is part of another's name (`heldBy`). */
  ofWords?: ReadonlySet<string>;
  /** What an English possessive leaves after its noun ("s" of "Thursday's"): see `possessiveMarks`. */
  possessives?: ReadonlySet<string>;
  /** Companies' names (`companyNames`), nouns of a filing (`filingNouns`), possessives before one (`filingPossessives`), words of owning (`filingOwnWords`) and nouns of the signers (`signerNouns`): see `sendsOwnFiling`. */
  companies?: ReadonlySet<string>;
  filingNouns?: ReadonlySet<string>;
  filingPossessives?: ReadonlySet<string>;
  filingOwnWords?: ReadonlySet<string>;
  signerNouns?: ReadonlySet<string>;
  /** Words before a company's name that say where someone works ("from", "chez", "d'"): `affiliationWords`, see `worksAt`. */
  affiliations?: ReadonlySet<string>;
  /** Nouns of a court or a judge (`courtNouns`): like a company, the subject of what it did to a name (`actedOnByParty`). */
  courts?: ReadonlySet<string>;
  isStopword: (word: string) => boolean;
}

/** One slot of `data/concepts.json` `premises`. */
type Slot = NonNullable<ConceptData['premises']>[number];

/** A premise found for a slot, before it is keyed by its fact. */
interface FoundSlot {
  id: string;
  values: string[];
  asserts: string[];
  quoted: boolean;
  assertedAt: number;
  nearAt: number;
  denies: boolean;
  subjects: ReadonlySet<string>;
}

/** Whether a concept of `concepts` is among the terms (a plain loop: this runs for every premise slot of every question). */
function hasConcept(terms: readonly Term[], concepts: ReadonlySet<string>): boolean {
  for (const t of terms) if (t.kind === 'concept' && concepts.has(t.term)) return true;
  return false;
}

/** A slot of the story a question gives a wrong value for, and the fact that holds the true one. */
export interface Premise {
  /** The slot's id in `data/concepts.json` `premises` ("recipient", "date", …). */
  id: string;
  /** The fact that holds the slot's true value. */
  fact: string;
  /** The wrong values the question names (folded words), which the choices of a clarification must not hold. */
  values: string[];
  /** The concepts that asserted the slot in the question ("c:consultation"), empty when only a value by the subject did. */
  asserts: string[];
  /** Whether only words inside quotation marks asserted the slot (a headline quoted: "before I run 'Stars beg Trump'"). */
  quoted: boolean;
  /** The last word position of a concept that asserted the slot (-1 when only a value by the subject did). */
  assertedAt: number;
  /** The last word position of a wrong value read by the subject (`near`: "la lettre de février"), -1 when none was. */
  nearAt: number;
  /** Whether the slot's fact denies its values (`denies`: "the companies did not sign it"): no other fact answers them. */
  denies: boolean;
  /** The slot's subject concepts as search terms (`c:letter`): what the question says the value of. */
  subjects: ReadonlySet<string>;
}

/** How many words may stand between the asker and their verb ("I'm putting together", "nous avons organisé"). */
const ASKER_GAP = 2;

/** How many words after a figure its unit may reach ("5 milliards de dollars"). */
const UNIT_REACH = 3;

/** How many stop words may stand between a company and its verb ("Disney and Universal have sued", « Disney a attaqué »). */
const COMPANY_VERB_REACH = 2;

/**
 * False premises about the letter ("was the letter sent to Congress?", "la lettre de janvier 2025…"): the slot of the
 * story (`data/concepts.json` `premises`) a question gives a wrong value for (for AskEngine, which answers with the fact
 * holding the true value, framed as a correction). It keeps the premises of the question being read until
 * `forgetReadings`, which its user calls at each question's start and end (AskEngine does); used otherwise, it keeps them all.
 */
export class PremiseReader {
  private readonly signatoryWords: ReadonlySet<string>;
  /** Each slot's values (`en`, `fr`) as folded words, without those its fact holds: the same for every question, so read once. */
  private readonly wrongValues: ReadonlyMap<NonNullable<ConceptData['premises']>[number], readonly string[][]>;
  /** Each slot's `subject` and `asserts` concepts as search terms (`c:letter`), matched against a question's terms as they are. */
  private readonly conceptTerms: ReadonlyMap<NonNullable<ConceptData['premises']>[number], { subject: ReadonlySet<string>; asserts: ReadonlySet<string> }>;

  constructor(
    private readonly slots: NonNullable<ConceptData['premises']>,
    /** Each fact's texts as folded words, one space apart and around (AskEngine's `factText`). */
    private readonly factText: ReadonlyMap<string, string>,
    /** The figures each fact gives (AskEngine's `factNumbers`). */
    private readonly factNumbers: ReadonlyMap<string, readonly number[]>,
    signatoryNames: readonly string[],
    /** Whether some fact uses a search term. */
    private readonly knows: (term: string) => boolean,
    /** Pronouns that stand for the letter as the object of a verb of a slot: after it ("sent it"), before it ("l'ont envoyée"). */
    private readonly letterPronouns: { after: ReadonlySet<string>; before: ReadonlySet<string> } = { after: new Set(), before: new Set() },
    /** Whether a fact carries a search term (AskEngine's retriever). */
    private readonly carries: (fact: string, term: string) => boolean = () => true,
    /**
     * Word lists of `data/concepts.json` and the lexicon's stop words (see `PremiseWords`).
     */
    private readonly reading: PremiseWords = { askers: new Set(), eras: new Set(), about: new Set(), articles: new Set(), pieces: new Set(), ordinalEndings: new Set(), isStopword: () => false },
  ) {
    this.signatoryWords = new Set(signatoryNames.flatMap((name) => splitWords(name)));
    this.wrongValues = new Map(
      slots.map((slot) => {
        const text = this.slotText(slot);
        const phrases = [...(slot.values.en ?? []), ...(slot.values.fr ?? [])].map((v) => splitWords(v));
        return [slot, phrases.filter((phrase) => phrase.length > 0 && !(!slot.denies && text.includes(` ${phrase.join(' ')} `)))];
      }),
    );
    const asTerms = (ids: readonly string[]): ReadonlySet<string> => new Set(ids.map((id) => `c:${id}`));
    this.conceptTerms = new Map(slots.map((slot) => [slot, { subject: asTerms(slot.subject), asserts: asTerms(slot.asserts) }]));
  }

  /**
   * The premise slots a question about the letter gives a wrong value for: it names the slot's subject (the letter),
   * asserts the slot (a concept of it, or a value right by the subject: "la lettre de janvier") and gives a value of the
   * slot's class (a date, a figure, a signatory, a name of the class) that the slot's fact does not hold. `opening`: the
   * indexes of the words that open a sentence (a capital there names nobody). The caller rules out questions about
   * another letter. Two wrong slots ("sent to Congress in April?") are both given, in the data's order.
   */
  read(parsed: ParsedQuestion, opening: ReadonlySet<number>): Premise[] {
    // Read once per reading of the question (the decision, its refinements and the engine all ask): nothing mutates it.
    const readOnce = (this.readOnce ??= new Map());
    const kept = readOnce.get(parsed);
    if (kept && kept.opening === opening) return kept.premises;
    const premises = this.readUncached(parsed, opening);
    readOnce.set(parsed, { opening, premises });
    return premises;
  }

  /**
   * The premises of each reading of the question being answered (dropped with it by `forgetReadings`: nothing across
   * questions), made at the first reading read.
   */
  private readOnce: Map<ParsedQuestion, { opening: ReadonlySet<number>; premises: Premise[] }> | null = null;

  /** Drop the readings kept (`read`): the engine calls it at each question's start and end. The map dropped, not cleared (see the engine's `newQuestionMemo`). */
  forgetReadings(): void {
    this.readOnce = null;
  }

  private readUncached(parsed: ParsedQuestion, opening: ReadonlySet<number>): Premise[] {
    if (this.slots.length === 0) return [];
    const terms = parsed.reading.terms;
    const words = parsed.reading.words;
    const corrected = parsed.reading.corrected;
    const found = new Map<string, FoundSlot>();
    const quotedAt = quotedPositions(parsed.quoted, words);
    // What the question gives of each class of value, read once for every slot that takes that class (on first need).
    let dates: ReadonlySet<number> | undefined;
    const datesAt = (): ReadonlySet<number> => (dates ??= new Set([...dateWordsAt(words, this.reading.ordinalEndings), ...dateWordsAt(corrected, this.reading.ordinalEndings)]));
    let figures: readonly number[] | undefined;
    // The typed figures (no years) by word position, else the counts ("a thousand").
    const figuresAt = (): readonly number[] => {
      if (!figures) {
        const typed = terms.filter((t) => t.kind === 'number' && !YEAR.test(t.term));
        figures = typed.length > 0 ? typed.map((t) => t.at) : [...countsAt(words).keys()];
      }
      return figures;
    };
    // Whether the question types a word, as typed or as corrected: the words in one set, built on first need (every slot
    // asks of a few words, every value of a slot of its first word; a long question has dozens of words).
    let present: ReadonlySet<string> | undefined;
    const typed = (word: string): boolean => (present ??= new Set([...words, ...corrected])).has(word);
    // A word of a slot's `with` counts typed alone, not as a part of a phrase of several words of another concept than the
    // slot's subject and asserting ones: "the letter pushing back on OpenAI" backs no one, "mentions Trump by name" says
    // nothing "by" someone; "le droit d'auteur" is still the "droit" of a copyright slot.
    const withTyped = (slot: Slot, concepts: { subject: ReadonlySet<string>; asserts: ReadonlySet<string> }): boolean =>
      slot.with!.some((w) => {
        if (!typed(w)) return false;
        const at = (k: number): boolean => words[k] === w || corrected[k] === w;
        for (let k = 0; k < words.length; k++) {
          if (!at(k)) continue;
          const phrase = terms.find((t) => (t.span ?? 1) > 1 && t.at <= k && k < t.at + t.span! && !concepts.subject.has(t.term) && !concepts.asserts.has(t.term));
          if (phrase === undefined) return true;
        }
        return false;
      });
    // Where a question that states something first asks after it ("Since X organised the letter, who helped her?").
    let stated: number | undefined;
    for (const slot of this.slots) {
      // A question that asks for the slot's value ("who wrote Politico's story on the letter?") gives no value of it,
      // unless it states one in the clauses before its question word: there the slot is read as a statement.
      const until = slot.asks === parsed.type ? (stated ??= statedUntil(parsed)) : words.length;
      if (until === 0) continue;
      if (slot.with && !slot.with.some(typed)) continue;
      const concepts = this.conceptTerms.get(slot)!;
      if (slot.with && !withTyped(slot, concepts)) continue;
      // Most slots' subject is not in the question: looked for without building the list of them. The letter may be a
      // pronoun by the verb that asserts the slot ("they sent it to Congress, right?").
      if (!hasConcept(terms, concepts.subject) && !(concepts.subject.has('c:letter') && this.pronounBy(terms, words, concepts.asserts))) continue;
      if (slot.definite && !this.namedDefinitely(terms, words, concepts.subject)) continue;
      // A slot whose fact an earlier slot took adds nothing.
      const fact = this.factByMonth(slot, words);
      if (found.has(fact)) continue;
      // The rest in a method of its own: a loop whose variable a closure captures builds a new scope object at every
      // turn, and this one turns for every slot of every question.
      const premise = this.slotPremise(slot, concepts, parsed, opening, quotedAt, datesAt, figuresAt, typed, until);
      if (premise) found.set(fact, premise);
    }
    // A slot the question's own words assert (verb and value outside quotation marks) comes first. Of slots whose value
    // is only quoted, the one asserted last: "my editor wants the hed 'Stars beg Trump' — does the letter name him?"
    // asks whether it names Trump; the quoted headline is what is checked, and the words before it introduce it.
    const premises = [...found].map(([fact, slot]) => ({ fact, ...slot }));
    return premises.sort((a, b) => Number(a.quoted) - Number(b.quoted) || (a.quoted && b.quoted ? b.assertedAt - a.assertedAt : 0));
  }

  /** The texts of a slot's fact and of the facts about other things its subject may name (`others`): a value one holds is no wrong one. */
  private slotText(slot: Slot): string {
    return [slot.fact, ...(slot.others ?? [])].map((id) => this.factText.get(id) ?? '').join('');
  }

  /** Whether a subject concept stands without an indefinite article right before it ("his order", not "an order": `definite`). */
  private namedDefinitely(terms: readonly Term[], words: readonly string[], subject: ReadonlySet<string>): boolean {
    const indefinite = this.reading.indefinite;
    return terms.some((t) => t.kind === 'concept' && subject.has(t.term) && !(indefinite?.has(words[t.at - 1] ?? '') ?? false));
  }

  /**
   * The fact that holds a slot's true value: its own, or the one its `byMonth` gives for the first month the question
   * dates something with ("Disney sued OpenAI in December": Disney's deal with OpenAI that month, no lawsuit).
   */
  private factByMonth(slot: Slot, words: readonly string[]): string {
    if (!slot.byMonth) return slot.fact;
    const month = firstMonth(words);
    return (month !== undefined ? slot.byMonth[String(month + 1)] : undefined) ?? slot.fact;
  }

  /**
   * Whether a slot (by id) takes figures as its values ("the strike lasted 100 days") and no dates: a year the question
   * gives is never its wrong value.
   */
  readsFigures(id: string): boolean {
    const slots = this.slots.filter((s) => s.id === id);
    return slots.some((s) => s.values.figures === true) && !slots.some((s) => s.values.dates === true);
  }

  /**
   * Whether a wrong value is a common word (every word of it a dictionary's, none a company's name: "ban",
   * « interdiction »), no name: what it says of the letter is no other topic (a company or a person the story does not
   * hold, "Mistral", "Macron", may be one).
   */
  commonWord(value: string): boolean {
    const words = splitWords(value);
    return words.length > 0 && words.every((w) => isDictionaryWord(w) && !(this.reading.companies?.has(w) ?? false));
  }

  /**
   * Whether a fact's text (folded words, one space apart and around) holds a value a premise names as a thing of its own:
   * not only as what another noun belongs to, right after a word of `ofWords` ("Librarian of Congress", "bibliothécaire
   * du Congrès" name a librarian; the fact says nothing of Congress as the slot's value, e.g. as the letter's recipient).
   */
  heldBy(text: string, value: string): boolean {
    const of = this.reading.ofWords;
    const needle = ` ${value} `;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (!of) return true;
      const start = text.lastIndexOf(' ', at - 1) + 1;
      if (!of.has(text.slice(start, at))) return true;
    }
    return false;
  }

  /**
   * Whether a value the premise names is one another fact denies of the same subject (a slot with `denies`: "trump",
   * which the letter never names): "addressed to Trump personally?" may ask that fact as well as the slot's own. A
   * denial of another subject ("openai" never signed the letter) says nothing of a lawsuit against OpenAI.
   */
  deniedElsewhere(premise: Premise): boolean {
    return this.denier(premise) !== null;
  }

  /**
   * Whether the word at `at` is a wrong value of a slot whose true value `fact` holds, said beside a verb of that slot
   * (one of its `asserts` concepts in the question): "so it was sent to Congress, which committee?", "pourquoi ils ont
   * écrit au Congrès ?" give a wrong addressee the fact corrects, though they name the letter only by a pronoun or not
   * at all (which `read` needs). Only slots whose subject is the letter. A value of several words counts only when the
   * question spells it all around `at`.
   */
  wrongValueAt(parsed: ParsedQuestion, fact: string, at: number): boolean {
    const terms = parsed.reading.terms;
    const words = parsed.reading.words;
    for (const slot of this.slots) {
      // Only a slot of the letter's own story: a lawsuit's slot ("the Google case") names another case, not an error.
      if (slot.fact !== fact || slot.asserts.length === 0 || !slot.subject.includes('letter')) continue;
      if (!hasConcept(terms, this.conceptTerms.get(slot)!.asserts)) continue;
      for (const phrase of this.wrongValues.get(slot) ?? []) {
        const k = phrase.indexOf(words[at] ?? '');
        if (k >= 0 && spelledAt(words, at - k, phrase)) return true;
      }
    }
    return false;
  }

  /** Whether the question holds a question word that asks one of the slots ("who", "qui", "when": a slot's `asks`). */
  asksSlot(parsed: ParsedQuestion): boolean {
    const asked = (this.askedTerms ??= new Set(this.slots.flatMap((slot) => (slot.asks ? [`c:${slot.asks}`] : []))));
    return parsed.reading.terms.some((t) => t.kind === 'concept' && asked.has(t.term));
  }

  private askedTerms: ReadonlySet<string> | null = null;

  /**
   * The premise of the slot that denies a value this premise names of the same subject (`deniedElsewhere`), keyed by its
   * own fact: "the letter was addressed to Trump personally, right?" is corrected by the fact saying the letter never names
   * him (which says where it went too). Null when no slot denies one of its values.
   */
  denier(premise: Premise): Premise | null {
    const subjects = new Set(this.slots.filter((slot) => slot.id === premise.id && slot.fact === premise.fact).flatMap((slot) => slot.subject));
    const denies = (slot: Slot): boolean => slot.denies === true && slot.fact !== premise.fact && slot.subject.some((s) => subjects.has(s));
    // Every value the premise names: "envoyée à Macron en même temps qu'à Trump" names a wrong recipient (Macron) besides
    // the one the letter never names, which the denial leaves standing.
    const denied = (s: Slot): string[] => (this.wrongValues.get(s) ?? []).map((v) => v.join(' '));
    const slot = this.slots.find((s) => denies(s) && premise.values.every((v) => denied(s).includes(v)) && premise.values.length > 0);
    return slot ? { ...premise, id: slot.id, fact: slot.fact } : null;
  }

  /**
   * Whether a pronoun for the letter is the object of a verb of `asserts`: right after it ("sent it"), or right before it
   * or its auxiliary ("l'ont envoyée"). Not one before the verb as its subject ("the filing it sent") nor one a word
   * stands between ("who had it first": "first" is no verb done to it).
   */
  private pronounBy(terms: readonly Term[], words: readonly string[], asserts: ReadonlySet<string>): boolean {
    for (const t of terms) if (t.kind === 'concept' && asserts.has(t.term) && this.pronounAt(t, words, terms)) return true;
    return false;
  }

  /**
   * Whether a pronoun for the letter is the object of the verb `t` (see `pronounBy`). The short word between an elided
   * pronoun and the verb is an auxiliary ("l'a publiée"), no search term: in "le plan sur l'IA publié en avril", "l'"
   * is the article of "IA", a noun, and what was published is the plan.
   */
  private pronounAt(t: Term, words: readonly string[], terms: readonly Term[]): boolean {
    const { after: afterVerb, before: beforeVerb } = this.letterPronouns;
    // The pronoun may be inside the verb's own phrase ("sent it to", a word of addressing): its object all the same.
    const after = afterVerb.has(words[t.at + (t.span ?? 1)] ?? '') || ((t.span ?? 1) > 2 && afterVerb.has(words[t.at + 1] ?? ''));
    if (after || beforeVerb.has(words[t.at - 1] ?? '')) return true;
    if (!beforeVerb.has(words[t.at - 2] ?? '') || (words[t.at - 1] ?? '').length > AUXILIARY_LENGTH) return false;
    for (const u of terms) if (u.at === t.at - 1 && u.kind === 'concept') return false;
    return true;
  }

  /**
   * Whether the verb at `at` has the asker as its subject: "I", "we", "je" or "nous" before it, with at most
   * `ASKER_GAP` words between, each a stop word (an auxiliary: "'m", "avons") or a word in "-ing" (the verb's first
   * part: "putting together"). "I'm putting together a piece on the letter with Ben Stiller": the asker puts a piece
   * together; Ben Stiller organised nothing the question claims. Not "I think Ben Stiller organised it".
   */
  private askers(words: readonly string[], at: number): boolean {
    for (let k = at - 1; k >= 0 && k >= at - 1 - ASKER_GAP; k--) {
      if (this.reading.askers.has(words[k]!)) return true;
      if (!this.reading.isStopword(words[k]!) && !words[k]!.endsWith('ing')) return false;
    }
    return false;
  }

  /** Whether word `k` is a company's name (`companies`), as typed or as the spell-checker read it. */
  private namesCompany(words: readonly string[], corrected: readonly string[], k: number): boolean {
    const { companies } = this.reading;
    return companies !== undefined && (companies.has(words[k]!) || companies.has(corrected[k] ?? ''));
  }

  /**
   * Whether the word at `at` is the object of a verb (a concept right before it, articles at most between) whose subject
   * is a company (`companies`) or a court (`courts`: "the court ruled Meta's training…") named right before that verb,
   * only stop words between ("Disney and Universal sued", « Disney a attaqué »): what that party did, said of the word.
   * Not one named further back ("…aimed at Meta and Microsoft; what did it accuse Meta of?": "it", the letter, accused).
   */
  private actedOnByParty(terms: readonly Term[], words: readonly string[], corrected: readonly string[], at: number): boolean {
    const { companies, articles } = this.reading;
    if (!companies) return false;
    let end = at - 1;
    while (end >= 0 && articles.has(words[end]!)) end--;
    const verb = terms.find((t) => t.kind === 'concept' && t.weight >= 1 && t.at <= end && end < t.at + (t.span ?? 1) && t.term !== 'c:letter');
    if (!verb) return false;
    const courts = this.reading.courts;
    const company = (k: number): boolean => k >= 0 && (this.namesCompany(words, corrected, k) || (courts?.has(words[k]!) ?? false));
    // An auxiliary or a conjunction at most between (`COMPANY_VERB_REACH`); a name's second word ("Warner Bros") is its.
    for (let k = verb.at - 1; k >= Math.max(0, verb.at - 1 - COMPANY_VERB_REACH); k--) {
      if (company(k) || company(k - 1)) return true;
      if (!this.reading.isStopword(words[k]!)) return false;
    }
    return false;
  }

  /**
   * Whether the word at `at` is a company named right after a word of `affiliations` that follows a name or a pronoun (no
   * concept: "the comments of Google", "la lettre de Google" name the company's own thing): it says where someone works
   * ("Chris Lehane, celui d'OpenAI, il a signé ?", "a lobbyist from Google"), as the signatory reader has it, no value of the slot.
   */
  private worksAt(terms: readonly Term[], words: readonly string[], corrected: readonly string[], at: number): boolean {
    const { companies, affiliations } = this.reading;
    if (!companies || !affiliations || at < 2 || !affiliations.has(words[at - 1]!)) return false;
    if (!this.namesCompany(words, corrected, at)) return false;
    return !terms.some((t) => t.kind === 'concept' && t.at <= at - 2 && at - 2 < t.at + (t.span ?? 1));
  }

  /** What a question gives of one slot whose subject it names (see `read`): the premise, or null when it gives no wrong value of it that it asserts. */
  private slotPremise(
    slot: Slot,
    concepts: { subject: ReadonlySet<string>; asserts: ReadonlySet<string> },
    parsed: ParsedQuestion,
    opening: ReadonlySet<number>,
    quotedAt: ReadonlySet<number>,
    datesAt: () => ReadonlySet<number>,
    figuresAt: () => readonly number[],
    typed: (word: string) => boolean,
    /** The words from this position on ask for the slot's value: no value nor verb of it is read there (`statedUntil`). */
    until: number,
  ): FoundSlot | null {
    const terms = parsed.reading.terms;
    const words = parsed.reading.words;
    const corrected = parsed.reading.corrected;
    const text = this.slotText(slot);
    // A fact that denies its values ("the letter never names Trump") holds none of them.
    const holds = (phrase: readonly string[]): boolean => !slot.denies && text.includes(` ${phrase.join(' ')} `);
    const holdsWord = (word: string): boolean => !slot.denies && text.includes(` ${word} `);
    // Where the question gives a value of the slot's class that the fact does not hold (word positions).
    const wrong: { at: number; phrase: string[]; named?: boolean }[] = [];
    if (slot.values.dates) {
      // "Quick one for Thursday's issue", "for Monday's show": a day's name owning the noun after it is the asker's own
      // edition or meeting, no day the letter was sent or published on.
      const owner = (at: number): boolean => WEEKDAYS.has(words[at]!) && (this.reading.possessives?.has(words[at + 1] ?? '') ?? false) && at + 2 < words.length;
      // "Mar-a-Lago": a word joined by a hyphen to a next word (no figure: "Jan-2025" is a date) is part of a compound
      // name, no month.
      let gaps: string[] | null | undefined;
      const hyphened = (at: number): boolean => (gaps === undefined ? (gaps = alignedGaps(parsed.text, words.length)) : gaps)?.[at] === '-' && !/^\d/.test(words[at + 1] ?? '');
      // A month the fact gives in another spelling ("jan" beside "January") is held.
      const holdsDate = (word: string): boolean => {
        if (holdsWord(word)) return true;
        const month = MONTH_NUMBER.get(word);
        return month !== undefined && MONTH_SPELLINGS.get(month)!.some(holdsWord);
      };
      for (const at of datesAt()) if (!owner(at) && !hyphened(at) && !holdsDate(words[at]!) && !holdsDate(corrected[at]!)) wrong.push({ at, phrase: [words[at]!] });
    }
    if (slot.values.figures) {
      const given = this.factNumbers.get(slot.fact) ?? [];
      // Not a figure of a unit the fact never speaks of ("5 milliards de dollars" beside a fact that counts days): the
      // fact cannot correct what it does not count, and the figure is no value of this slot. Its unit is the concepts
      // right after it ("millions de dollars"); one the fact carries is enough ("157 millions" beside a fact in billions
      // of dollars is a sum it corrects).
      const counted = (at: number): boolean => {
        const units = terms.filter((t) => t.at > at && t.at <= at + UNIT_REACH && t.kind === 'concept' && t.weight >= 1);
        return units.length === 0 || units.some((u) => this.carries(slot.fact, u.term));
      };
      if (parsed.numbers.some((n) => !given.some((v) => sameFigure(n, v)))) wrong.push(...figuresAt().filter(counted).map((at) => ({ at, phrase: [words[at]!] })));
    }
    if (slot.values.spans) {
      // "the letter invokes 300 years of copyright law": a count right before a word of years is a span of time, which
      // the question's figures leave out (`readNumbers`: no figure of a duration); one the fact does not hold is wrong.
      for (const t of terms) {
        if (t.kind !== 'number' || YEAR.test(t.term) || holdsWord(words[t.at]!)) continue;
        if (terms.some((u) => u.at === t.at + 1 && u.term === 'c:years')) wrong.push({ at: t.at, phrase: [words[t.at]!] });
      }
    }
    if (slot.values.names) {
      // Names typed with a capital inside a sentence ("What made Ben Stiller…"): the words of one, as search terms.
      const shown = parsed.reading.shown;
      if (shown.length === words.length) {
        // A person's: a signatory's, or a word no fact uses ("Stealing Isn't Innovation" names a campaign the facts know),
        // or a word no dictionary knows, typed with a capital beside another, neither opening a sentence (a first name and
        // a surname: "Scarlett Johansson", whom a fact on another campaign names; not "Stealing Isn't Innovation").
        const capitalAt = (k: number): boolean => capitalInside(shown, k, opening) && !isAcronym(shown[k] ?? '');
        const paired = (t: Term): boolean => capitalAt(t.at) && !isDictionaryWord(words[t.at]!) && (capitalAt(t.at - 1) || capitalAt(t.at + 1));
        const person = (t: Term): boolean => this.signatoryWords.has(words[t.at]!) || !this.knows(t.term) || paired(t);
        for (const t of terms) {
          if (t.kind === 'word' && capitalInside(shown, t.at, opening) && person(t) && !holdsWord(words[t.at]!) && !holdsWord(corrected[t.at]!)) wrong.push({ at: t.at, phrase: [words[t.at]!], named: true });
        }
      }
    }
    if (slot.values.people) {
      for (const p of parsed.people) {
        if (p.match.verdict !== 'signed') continue;
        const span = splitWords(p.span);
        if (holds(span)) continue;
        const from = words.findIndex((_, i) => span.every((w, k) => words[i + k] === w));
        if (from >= 0) wrong.push({ at: from, phrase: span, named: true });
      }
    }
    // "la lettre remise en décembre, sous Biden": a name right after a word of an era dates what is said; it is no value.
    const era = (i: number): boolean => i > 0 && this.reading.eras.has(words[i - 1]!);
    // "how long from the letter going in to the Anthropic settlement? months-ish is fine": in a remark after the
    // question's last "?" (no "?" of its own), a value right after a form of "to be" (`remarkCopulas`) is what the
    // asker says of the answer wanted (it will do), no claim of the story: "fine" there is no penalty.
    // Where the remark starts is read only for a value found right after such a form (this runs for every slot).
    let remarkFrom: number | undefined;
    const judged = (i: number): boolean => i > 0 && this.reading.remarkCopulas?.has(words[i - 1]!) === true && i >= (remarkFrom ??= closingRemarkStart(parsed.text, words.length));
    for (const phrase of this.wrongValues.get(slot) ?? []) {
      // A value whose first word the question never types ("congress" in a question about a date) is found nowhere in it:
      // one look in the question's words (`typed`) instead of trying the value at every word, twice.
      const head = phrase[0]!;
      if (!typed(head)) continue;
      // The words as typed, then as corrected (no list of the two built per phrase).
      for (let i = 0; i + phrase.length <= words.length; i++) if (spelledAt(words, i, phrase) && !era(i) && !judged(i)) wrong.push({ at: i, phrase, named: true });
      for (let i = 0; i + phrase.length <= corrected.length; i++) if (spelledAt(corrected, i, phrase) && !era(i) && !judged(i)) wrong.push({ at: i, phrase, named: true });
    }
    if (until < words.length) wrong.splice(0, wrong.length, ...wrong.filter((w) => w.at + w.phrase.length <= until));
    // "Disney et Universal ont attaqué Midjourney combien de temps après la lettre ?", "when Disney sued OpenAI, did the
    // signatories back the suit?": in a slot of the letter, a value right after a verb (articles at most between) whose
    // subject is a company named just before it (only stop words between: "ont", "and") is what that company did to it,
    // no value said of the letter. "Did the letter attack Meta?", "was it signed by OpenAI?" still give one.
    // "Chris Lehane, celui d'OpenAI, il a signé ?": a company after a word of affiliation says whose a person is (`worksAt`).
    const saidOfOther = (at: number): boolean => this.actedOnByParty(terms, words, corrected, at) || this.worksAt(terms, words, corrected, at);
    if (slot.subject.includes('letter')) wrong.splice(0, wrong.length, ...wrong.filter((w) => !(w.named === true && saidOfOther(w.at))));
    if (wrong.length === 0) return null;
    // "l'article de BFMTV sur la lettre date du 19 mars", "the AFP piece on the letter, from 18 March": the letter
    // after "sur", "about" or "on" (an article at most between) that a news piece (`sourceDocuments`) stands before,
    // in its sentence, is what the piece is about; the slot's verb and value are the piece's, no claim about the letter.
    const sentence = partOf(parsed.text, words.length, SENTENCE_ENDS);
    const topicOfPiece = (t: Term): boolean => {
      const before = this.reading.articles.has(words[t.at - 1] ?? '') ? t.at - 2 : t.at - 1;
      if (!this.reading.about.has(words[before] ?? '')) return false;
      for (let k = before - 1; k >= 0 && (sentence === null || sentence[k] === sentence[t.at]); k--) if (this.reading.pieces.has(words[k]!)) return true;
      return false;
    };
    const subjects = terms.filter((t) => t.kind === 'concept' && concepts.subject.has(t.term) && !topicOfPiece(t));
    // A value that is the object of the slot's verb ("sent to Congress") only after it: "answered Biden's request" gives no recipient.
    // The subject of a verb of receiving ("Congress received it") only before it: `before`.
    // Before a noun of the signers ("the signatories"), no verb or noun of another relation between them: "did OpenAI sue
    // any of the signatories?" says what OpenAI did to the signers, not that it signed. Not across an "after" ("what did
    // Congress vote after receiving it?").
    const since = parsed.reading.cues.filter((c) => c.cue === 'since').map((c) => c.at);
    const signerNoun = (t: Term): boolean => this.reading.letterNouns?.has(words[t.at] ?? '') === true;
    const otherRelation = (from: number, t: Term, anySubject = false): boolean =>
      (anySubject || signerNoun(t)) &&
      terms.some((u) => u.at > from && u.at < t.at && u.kind === 'concept' && u.weight >= 1 && !concepts.asserts.has(u.term) && !concepts.subject.has(u.term) && !since.some((c) => c >= u.at && c < t.at));
    // "how did OpenAI react to the Disney lawsuit against Midjourney?": in a slot of something other than the letter that
    // places no value, names given only before the verb of the slot, each with a verb or noun of another relation between
    // (`otherRelation`, any subject), are what that relation says of them (OpenAI reacted): no value of the slot. "Did
    // Disney sue OpenAI?" still gives one. Not of the letter: "why did Ben Stiller decide to organise it?" still names a
    // wrong organiser.
    const relatedOtherwise = (t: Term): boolean => !slot.subject.includes('letter') && wrong.every((w) => w.named === true && w.at < t.at && otherRelation(w.at, t, true));
    const placed = (t: Term): boolean =>
      (!slot.after && !slot.before && !relatedOtherwise(t)) ||
      wrong.some(({ at }) => (slot.after !== undefined && at > t.at && at - t.at <= slot.after) || (slot.before !== undefined && at < t.at && t.at - at <= slot.before && !otherRelation(at, t)));
    // A verb in another sentence than every subject the question names says nothing of it: "On the letter, for
    // context. What did the judge rule in the authors' suit against Meta?" claims no target of the letter. A pronoun
    // for the letter by the verb is its subject there ("Background piece. Did they send it to Congress?").
    // Nor, when the letter is named only as what a piece is about ("Is it correct that Variety's story on the letter was
    // written by Todd Spangler?"), is the slot's verb said of it: the piece is its subject, unless a pronoun for the
    // letter stands by the verb, as its object or its subject ("the AFP story on the letter says it was written by Stiller").
    const pieceOnly = subjects.length === 0 && terms.some((t) => t.kind === 'concept' && concepts.subject.has(t.term));
    // "…says it was written by Stiller": the pronoun as the verb's subject, a short auxiliary at most between.
    const pronounSubject = (t: Term): boolean =>
      this.letterPronouns.after.has(words[t.at - 1] ?? '') || (this.letterPronouns.after.has(words[t.at - 2] ?? '') && (words[t.at - 1] ?? '').length <= AUXILIARY_LENGTH);
    const shares = (t: Term): boolean =>
      pieceOnly ? this.pronounAt(t, words, terms) || pronounSubject(t) : sentence === null || subjects.length === 0 || subjects.some((u) => sentence[u.at] === sentence[t.at]) || this.pronounAt(t, words, terms);
    // "has OpenAI signed a licensing deal…?": a verb of signing whose object (right after it, an article at most between)
    // is another thing than the letter signs that thing, and asserts nothing of the letter.
    const signsOther = (t: Term): boolean => {
      if (t.term !== 'c:sign' || signerNoun(t)) return false;
      const end = t.at + (t.span ?? 1);
      const objectAt = this.reading.articles.has(words[end] ?? '') ? end + 1 : end;
      const object = terms.find((u) => u.at === objectAt && u.weight >= 1);
      return object !== undefined && object.term !== 'c:letter' && object.term !== 'c:sign' && !concepts.subject.has(object.term);
    };
    // "Google et OpenAI ont déposé leurs propositions en avril ?", "OpenAI … en déposant sa propre note": a verb of sending
    // whose object (right after it, past articles, possessives and words of owning) is a filing that a possessive or a
    // word of owning gives to a company named before the verb (no noun of the signers between them; the letter may be,
    // as what the company answered) sends that company's own filing: it says nothing of when or where the letter went.
    // "the stars filed their comment" still does.
    const sendsOwnFiling = (t: Term): boolean => {
      const { companies, filingNouns, filingPossessives, filingOwnWords, articles, signerNouns } = this.reading;
      if (t.term !== 'c:send' || !companies || !filingNouns || !filingPossessives || !filingOwnWords) return false;
      let k = t.at + (t.span ?? 1);
      let owned = false;
      for (; k < words.length && !filingNouns.has(words[k]!); k++) {
        if (filingPossessives.has(words[k]!) || filingOwnWords.has(words[k]!)) owned = true;
        else if (!articles.has(words[k]!)) return false;
      }
      if (!owned || k >= words.length) return false;
      for (let c = t.at - 1; c >= 0; c--) {
        if (signerNouns?.has(words[c]!) || (this.reading.letterNouns?.has(words[c]!) && !terms.some((u) => u.at === c && u.term === 'c:letter'))) return false;
        if (this.namesCompany(words, corrected, c)) return true;
      }
      return false;
    };
    // "nous bouclons jeudi et il me manque un détail : à quel organisme la lettre était-elle adressée ?": a value that a
    // colon or a semicolon parts from every verb of the slot is said of something else (the asker's
    // own day); a slot that places its value (`after`, `before`) places it already, and a value quoted (a headline before
    // its colon) is read as quoted (`quoted`).
    const part = slot.after === undefined && slot.before === undefined ? partOf(parsed.text, words.length, STRONG_ENDS) : null;
    const valueBeside = (t: Term): boolean => part === null || wrong.some(({ at }) => part[at] === part[t.at] || quotedAt.has(at));
    // "Disney et Universal ont attaqué Midjourney combien de temps après la lettre ?": a verb of the slot whose every
    // subject comes after it, each right after a word of order ("après", "before", an article at most between), says
    // what happened before or after the letter, not what the letter did: the letter is a point in time there. "After
    // the letter attacked Meta…" still asserts (the verb follows the letter).
    const pointInTime = (s: Term): boolean => {
      const before = this.reading.articles.has(words[s.at - 1] ?? '') ? s.at - 1 : s.at;
      return parsed.reading.cues.some((c) => (c.cue === 'since' || c.cue === 'compare') && c.at + c.length === before);
    };
    const beforeTimes = (t: Term): boolean => subjects.length > 0 && subjects.every((s) => s.at > t.at && pointInTime(s));
    const asserting = terms.filter((t) => t.kind === 'concept' && t.at < until && concepts.asserts.has(t.term) && placed(t) && !this.askers(words, t.at) && shares(t) && !signsOther(t) && !sendsOwnFiling(t) && !beforeTimes(t) && valueBeside(t));
    const asserted = asserting.length > 0;
    // By the subject, a month or a day ("la lettre de janvier"); a year alone only by the letter, tied to it (below): "the
    // order in 2023" may be another order.
    // Only the slot's linking words or other values between them, when the slot names them ("Trump answered the letter in
    // April" dates the answering: "in" ties the month to the verb).
    const via = slot.nearVia ? new Set(slot.nearVia) : null;
    // Other values: those of the slot's class the fact holds too ("the letter of March 3rd": March is right, the 3rd not).
    const valueAt = slot.values.dates ? datesAt() : new Set(wrong.map((w) => w.at));
    const tied = (from: number, to: number): boolean => !via || words.slice(from, to).every((w, k) => via.has(w) || valueAt.has(from + k));
    // Not across a clause's end into a clause opened by an article: "After the letter, the July plan…" dates the plan,
    // not the letter ("the letter, from July, …" still dates it).
    const clause = via ? partOf(parsed.text, words.length, CLAUSE_ENDS) : null;
    const parted = (from: number, to: number): boolean => {
      if (clause === null) return false;
      for (let k = from + 1; k <= to; k++) if (clause[k] !== clause[k - 1] && this.reading.articles.has(words[k]!)) return true;
      return false;
    };
    const by = (s: Term, at: number): boolean =>
      Math.abs(s.at - at) <= slot.near! && !parted(Math.min(s.at, at), Math.max(s.at, at)) && (at > s.at ? tied(s.at + (s.span ?? 1), at) : tied(at + 1, s.at));
    // A year alone tied to the letter by the slot's linking words ("Hollywood's 2024 letter", "la lettre date de 2024")
    // dates the story's one letter wrongly: a premise. "In" ties nothing ("the pause AI letter in 2023" is another
    // letter, which the caller rules out besides).
    const yearTied = via !== null && slot.subject.includes('letter');
    const nearAt = slot.near === undefined ? [] : wrong.filter(({ at }) => (yearTied || !YEAR.test(words[at]!)) && subjects.some((s) => by(s, at))).map(({ at }) => at);
    const near = nearAt.length > 0;
    if (!asserted && !near) return null;
    // Quoted: no asserting concept outside quotation marks has a value outside them in its place.
    const quoted = !near && !asserting.some((t) => !quotedAt.has(t.at) && wrong.some(({ at }) => !quotedAt.has(at) && (!slot.after || (at > t.at && at - t.at <= slot.after))));
    return {
      id: slot.id,
      values: wrong.filter((w) => w.named).map((w) => w.phrase.join(' ')),
      asserts: [...new Set(asserting.map((t) => t.term))],
      quoted,
      assertedAt: Math.max(-1, ...asserting.map((t) => t.at)),
      nearAt: Math.max(-1, ...nearAt),
      denies: slot.denies === true,
      subjects: concepts.subject,
    };
  }
}
