/**
 * The checks applied after the decision: whether the answer gives the slot a question asks for (who, when, how many),
 * owns what a name asked about owns, counts what a "how many" counts, and whether a question only names the slot asked
 * for. Built once per fact base with what each fact's phrasings and answer give.
 */
import type { ConceptData, Fact } from '../schema';
import type { AttributeCheck } from './attributes';
import { splitWords, type Lexicon, type Reading, type Term } from './lexicon';
import { dateWordsAt, type ParsedQuestion } from './parse';
import type { Locale } from '../reply';
import type { Retriever } from './retrieve';

/** Terms this heavy or more say what a question is about (the letter, 0.3, does; chatter and generic verbs do not). */
export const THEME_WEIGHT = 0.3;
/** Words that make a name the owner of the word before them ("the position of Google", "la position d'OpenAI"). */
const OF: ReadonlySet<string> = new Set(['of', 'de', 'd', 'du', 'des']);
/** How many words of little weight may stand between a name and what it owns ("OpenAI's main argument"). */
const OWNED_GAP = 1;
/** How many words of one concept a question word may ask for right before the name that owns them ("quels arguments avance OpenAI"). */
const OWNED_SPAN = 2;
/** How many words after a figure may say what it counts ("200 Disney, Pixar, Marvel and Star Wars characters"). */
const COUNTED_WINDOW = 7;
/** The slots a question word asks for, as the concepts of the question words in `data/concepts.json`. */
export const ANSWER_SLOTS: readonly string[] = ['c:who', 'c:when', 'c:howmany'];
/** How far into a question its question word may come and still say what it asks ("to whom", "et à qui", "so when"). */
const ASKED_SLOT_AT = 2;

/**
 * What a text's figures may count: the content terms after each figure that is no date, up to the next figure, within
 * `COUNTED_WINDOW` words ("200 Disney, Pixar, Marvel and Star Wars characters").
 */
function countedBy(reading: Reading): string[] {
  const dates = dateWordsAt(reading.words);
  const figures = reading.terms.filter((n) => n.kind === 'number' && !dates.has(n.at));
  return figures.flatMap((n) => {
    const next = reading.terms.find((t) => t.kind === 'number' && t.at > n.at)?.at ?? Infinity;
    return reading.terms.filter((t) => t.at > n.at && t.at <= n.at + COUNTED_WINDOW && t.at < next && t.kind !== 'number').map((t) => t.term);
  });
}

/** The content term a "how many" counts: the one right after it ("how many members"), or after its "of" ("combien de membres"). */
export function countedAfter(reading: Reading, from: Term, lang: Locale | null): Term | undefined {
  const end = from.at + (from.span ?? 1);
  // French counts with its "de" ("combien de membres"); "vaut combien selon la lettre" counts nothing.
  const at = OF.has(reading.words[end] ?? '') ? end + 1 : lang === 'fr' ? -1 : end;
  return reading.terms.find((t) => t.at === at && t.kind !== 'number' && t.weight >= 1);
}

export class AnswerChecks {
  /** What each fact's figures count: the content term right after each figure of its answer and keywords ("148 days"). */
  readonly counted: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's phrasings' names with what they own (`ownedPairs`): "openai c:argue" for "OpenAI's position". */
  readonly owned: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each fact's slot, when at least half its own questions ask for one (`askedSlot`): "c:when" for the date it was sent. */
  readonly slotOf: ReadonlyMap<string, string>;
  /** What only names the slot asked for (`data/concepts.json` `followUps`): concept terms ("c:when") and folded words ("date"). */
  private readonly followUpConcepts: ReadonlySet<string>;
  private readonly followUpWords: ReadonlySet<string>;

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
  ) {
    this.followUpConcepts = new Set((concepts.followUps?.concepts ?? []).map((c) => `c:${c}`));
    this.followUpWords = new Set([...(concepts.followUps?.en ?? []), ...(concepts.followUps?.fr ?? [])].flatMap(splitWords));
    const counted = new Map<string, ReadonlySet<string>>();
    const owned = new Map<string, ReadonlySet<string>>();
    const slotOf = new Map<string, string>();
    for (const f of factList) {
      const readings = [f.answer.en, ...f.keywords.en].map((t) => this.lexicon.read(t, 'en')).concat([f.answer.fr, ...f.keywords.fr].map((t) => this.lexicon.read(t, 'fr')));
      counted.set(f.id, new Set(readings.flatMap((r) => countedBy(r))));
      const questions = [...f.questions.en.map((t) => this.lexicon.read(t, 'en')), ...f.questions.fr.map((t) => this.lexicon.read(t, 'fr'))];
      const others = [...[f.topic, ...f.keywords.en].map((t) => this.lexicon.read(t, 'en')), ...f.keywords.fr.map((t) => this.lexicon.read(t, 'fr'))];
      owned.set(f.id, new Set([...questions, ...others].flatMap((r) => this.ownedPairs(r, r.terms))));
      const asked = questions.map((r) => this.askedSlot(r));
      const slot = ANSWER_SLOTS.find((s) => asked.filter((a) => a === s).length * 2 >= questions.length);
      if (slot) slotOf.set(f.id, slot);
    }
    this.counted = counted;
    this.owned = owned;
    this.slotOf = slotOf;
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
   * Pairs of a name a text gives and a term it owns, as "name term" keys of search terms: "OpenAI's position" (the term
   * right after the possessive), "la position d'OpenAI", "the position of Google" (the term right before "of"/"de"),
   * when they open the text's content.
   */
  ownedPairs(reading: Reading, terms: readonly Term[]): string[] {
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
    return terms
      .filter((t) => t.kind === 'word' && t.weight >= 1 && this.lexicon.isName(corrected[t.at] ?? ''))
      .flatMap((name) => {
        // Or the term right before the name, as French puts its subject after what it owns ("quel argument OpenAI
        // avance-t-il", "quels arguments avance OpenAI"): what a question word asks for, in one or two words of one
        // concept right before the name; not an answer's words ("qu'a dit OpenAI", "ils veulent quoi, Google").
        const before = (): Term | undefined => {
          const wh = reading.cues.find((c) => c.cue === 'wh' && name.at - (c.at + c.length) >= 1 && name.at - (c.at + c.length) <= OWNED_SPAN);
          if (!wh) return undefined;
          const between = Array.from({ length: name.at - wh.at - wh.length }, (_, k) => terms.find((t) => t.at === wh.at + wh.length + k));
          const first = between[0];
          return first && first.kind === 'concept' && first.weight >= 1 && between.every((t) => t?.term === first.term) ? first : undefined;
        };
        const owned = words[name.at + 1] === 's' ? termAt(name.at + 2, 1) : OF.has(words[name.at - 1] ?? '') ? termAt(name.at - 2, -1) : before();
        // Only as what the text is about: no content word before it ("la réaction aux propositions d'OpenAI" is about a reaction).
        const head = owned !== undefined && !terms.some((t) => t.weight >= 1 && t.at < Math.min(name.at, owned.at));
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
   * Whether a question names only the slot it asks for (`followUps`: "when", "the date", "then"), and no one or nothing
   * it is asked about: no other term, person, figure, year or quoted title.
   */
  followUpOnly(parsed: ParsedQuestion): boolean {
    const { corrected, words } = parsed.reading;
    // Words of little weight ("keep going", "I heard") name nothing asked about; what is asked of something
    // (`attributes`: "et ça coûte combien ?", "did they appeal?") is a slot of something said before.
    const attributeAt = this.attributes.askedAt(words);
    const terms = parsed.reading.terms.filter((t) => !(t.kind === 'concept' && t.weight < THEME_WEIGHT));
    if (terms.length === 0 || parsed.people.length > 0 || parsed.numbers.length > 0 || parsed.years.length > 0 || parsed.quoted.length > 0) return false;
    return terms.every(
      (t) =>
        (t.kind === 'concept' && this.followUpConcepts.has(t.term)) ||
        attributeAt.has(t.at) ||
        (t.kind === 'word' && (this.followUpWords.has(corrected[t.at] ?? '') || this.followUpWords.has(words[t.at] ?? ''))),
    );
  }
}
