/**
 * What a question asks of an event, a body or a person (an appeal, a trial, a vote, a cost, who runs it, how a party
 * answered in court: `data/concepts.json` `attributes`) is answered only by a fact that says it. The fact about a case
 * says who sued and who won; asked whether the loser appealed, it answers another question, however well it carries
 * the case's names.
 */
import type { ConceptData } from '../schema';
import { padded, spelledAt, splitWords } from './lexicon';

/** No positions: the default of `named`, one shared empty set rather than one per call. */
const NONE: ReadonlySet<number> = new Set();

interface Attribute {
  id: string;
  /** The phrases that ask for it, folded and space-padded (" fait appel "). */
  asking: string[];
  /** The same phrases as words (["fait", "appel"]), for finding where a question holds them. */
  askingWords: string[][];
  /** The phrases that say it in a fact: the asking ones of both languages, and the `says` ones. */
  saying: string[];
  /** Phrases that hold an asking phrase without asking it ("now that"), as words: set aside before looking. */
  except: string[][];
  /** Whether a signing may be asked it (paid to sign, forced to sign), or only an event, a body or a person. */
  signing: boolean;
  /** Whether only a figure of it says it ("200 million users"): what it names is a count (an audience). */
  counted: boolean;
  /** Whether, asked in a count ("how many voted?"), only a figure of it says it (`countAsked`). */
  countAsked: boolean;
  /** Whether only a count asks it (`countOnly`): "how much did the studios lose", not "after Meta lost…, how much did it pay". */
  countOnly: boolean;
  /** Whether a fact whose own event falls after the letter says it too (`laterFacts`): a new or later one of something. */
  afterLetter: boolean;
  /** Whether only a fact that says it of others is set aside, not one that never says it (`othersOnly`). */
  othersOnly: boolean;
  /** Whether, asked, it sets aside a premise the question states, unless the premise's fact says it (`premiseAside`). */
  premiseAside: boolean;
}


/** One asking phrase of an attribute, filed under its first word. */
interface AskingPhrase {
  /** The attribute's index. */
  attribute: number;
  words: string[];
}

export class AttributeCheck {
  private readonly attributes: Attribute[];
  /**
   * Every asking phrase by its first word, in the order of the attributes and of their phrases: a question's words are
   * looked up there, rather than each of some 600 phrases tried at every word.
   */
  private readonly byFirstWord = new Map<string, AskingPhrase[]>();

  constructor(
    attributes: ConceptData['attributes'],
    /** Each fact's texts (topic, answers, questions, keywords, quote) as folded words, space-padded. */
    private readonly factText: ReadonlyMap<string, string>,
    /**
     * Adverbs a question may put inside an asking phrase (`data/concepts.json` `phraseAdverbs`): "did the studio react
     * formally to the letter?" asks the reaction "react to the letter" does; the phrase is found around them.
     */
    private readonly adverbs: ReadonlySet<string> = NONE_WORDS,
    /**
     * Each fact's answers cut into clauses (at sentence ends, semicolons, brackets): each as folded words, space-padded,
     * and the names it gives (words the data spells with a capital, read as no concept nor month).
     */
    private readonly clauses: ReadonlyMap<string, readonly { text: string; names: ReadonlySet<string> }[]> = new Map(),
    /** The facts whose own event (the first date their answer gives) falls after the letter's filing: they say an `afterLetter` attribute. */
    private readonly laterFacts: ReadonlySet<string> = NONE_WORDS,
    /**
     * Words of asking a question may put in place right after a phrase's first word (`data/concepts.json`
     * `inPlaceAsking`: "midjourney a répondu quoi à la plainte ?" asks what "répondu à la plainte" does); never further
     * in ("elle répond à quoi cette lettre" asks what the letter answers, no one's reply to it).
     */
    private readonly inPlace: ReadonlySet<string> = NONE_WORDS,
  ) {
    this.attributes = (attributes ?? []).map((a) => {
      const asking = [...new Set([...a.en, ...a.fr].map(padded))].filter((p) => p.trim().length > 0);
      const saying = [...new Set([...asking, ...(a.says ?? []).map(padded)])].filter((p) => p.trim().length > 0);
      const except = (a.except ?? []).map((p) => splitWords(p)).filter((p) => p.length > 0);
      return { id: a.id, asking, askingWords: asking.map((p) => p.trim().split(' ')), saying, except, signing: a.signing ?? true, counted: a.counted ?? false, countAsked: a.countAsked ?? false, countOnly: a.countOnly ?? false, afterLetter: a.afterLetter ?? false, othersOnly: a.othersOnly ?? false, premiseAside: a.premiseAside ?? false };
    });
    this.attributes.forEach((a, attribute) =>
      a.askingWords.forEach((words) => {
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ attribute, words });
        this.byFirstWord.set(words[0]!, list);
      }),
    );
  }

  /**
   * The attributes a question asks for: those one of whose phrases its words hold, as typed or as corrected; of a
   * signing (`signing`), only those a signing may be asked. A phrase all of whose words are at `named` positions (typed
   * with a capital inside a sentence: a title, "the creator of Lost") asks nothing; "passed the House" still does.
   * A name at a `subjects` position may stand inside a phrase, as a verb's subject after it ("que faisait X avant").
   * An attribute read `countOnly` is asked only by a count: its phrase after a word of counting (`counting`, the
   * positions of "how much", « combien ») or right before one ("lost how much", « a perdu combien »).
   */
  asked(words: readonly (readonly string[])[], signing = false, named: ReadonlySet<number> = NONE, subjects: ReadonlySet<number> = NONE, counting: ReadonlySet<number> = NONE): string[] {
    const asked = new Array<boolean>(this.attributes.length).fill(false);
    for (const w of words) {
      // Each attribute's positions set aside in these words, found when one of its phrases is first there.
      let excepted: (Set<number> | undefined)[] | undefined;
      for (let i = 0; i < w.length; i++) {
        const phrases = this.byFirstWord.get(w[i]!);
        if (!phrases) continue;
        for (const { attribute, words: phrase } of phrases) {
          const a = this.attributes[attribute]!;
          if (asked[attribute] || (signing && !a.signing) || i + phrase.length > w.length) continue;
          const length = spannedAt(w, i, phrase, this.adverbs, subjects, this.inPlace);
          if (length === 0 || (a.countOnly && !countedBy(counting, i, length))) continue;
          excepted ??= [];
          const aside = (excepted[attribute] ??= exceptedIn(a, w, named));
          if (!coveredBy(aside, i, length)) asked[attribute] = true;
        }
      }
    }
    const ids: string[] = [];
    for (let k = 0; k < this.attributes.length; k++) if (asked[k]) ids.push(this.attributes[k]!.id);
    return ids;
  }

  /** Where a question's words hold a phrase asking for an attribute: the word positions it covers. */
  askedAt(words: readonly string[]): Set<number> {
    const at = new Set<number>();
    const excepted: (Set<number> | undefined)[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const { attribute, words: phrase } of this.byFirstWord.get(words[i]!) ?? NO_PHRASES) {
        if (i + phrase.length > words.length) continue;
        const length = spannedAt(words, i, phrase, this.adverbs, NONE, this.inPlace);
        if (length === 0) continue;
        const aside = (excepted[attribute] ??= exceptedIn(this.attributes[attribute]!, words, NONE));
        if (!coveredBy(aside, i, length)) for (let k = 0; k < length; k++) at.add(i + k);
      }
    }
    return at;
  }

  /**
   * Whether every clause of a fact's answers that says an attribute (`clauses`: each answer cut at sentence ends,
   * semicolons and brackets, with the names it gives) names someone, and none of them one of `names`: the fact says it
   * of others only. "Did Midjourney settle with Disney?" is not answered by a fact that names both in one clause and
   * "Anthropic's $1.5 billion settlement" in another. A clause that names no one (a pronoun: "it settled") may be
   * said of anyone: false. False too when no clause of its answers says it (only its questions or keywords do).
   */
  saidOfOthers(id: string, attribute: string, names: ReadonlySet<string>): boolean {
    const a = this.attributes.find((x) => x.id === attribute);
    const clauses = this.clauses.get(id);
    if (!a || !clauses || names.size === 0) return false;
    let said = false;
    for (const clause of clauses) {
      if (!a.saying.some((p) => clause.text.includes(p))) continue;
      said = true;
      if (clause.names.size === 0 || [...names].some((w) => clause.names.has(w))) return false;
    }
    return said;
  }

  /** Whether an attribute, asked, sets aside a premise the question states (`premiseAside`). */
  premiseAside(attribute: string): boolean {
    return this.attributes.find((x) => x.id === attribute)?.premiseAside ?? false;
  }

  /**
   * Whether a fact's texts say an attribute (any of its phrases, in either language); always, for one read `othersOnly`
   * (see `saidOfOthers`). Asked in a count (`count`: "how
   * many writers voted?"), an attribute marked `countAsked` is said only by a figure of it.
   */
  says(id: string, attribute: string, count = false): boolean {
    const text = this.factText.get(id) ?? '';
    const a = this.attributes.find((x) => x.id === attribute);
    if (!a) return false;
    // Only said of others sets a fact aside (`saidOfOthers`): one that never says it may correct the premise.
    if (a.othersOnly) return true;
    if (a.afterLetter && this.laterFacts.has(id)) return true;
    // A figure of it (`counted`: "200 million users") only: the word alone ("lets Sora users create…") counts no one.
    if (a.counted || (count && a.countAsked)) return a.saying.some((p) => countedIn(text, p));
    return a.saying.some((p) => text.includes(p));
  }
}

const NO_PHRASES: readonly AskingPhrase[] = [];

/** How many words may stand between a figure and what it counts ("200 million monthly users"). */
const COUNT_GAP = 2;

/** Whether a folded, space-padded text gives a figure right before a padded phrase (at most `COUNT_GAP` words between). */
function countedIn(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(0, at).trim().split(' ').slice(-(COUNT_GAP + 1));
    if (before.some((w) => /^\d/.test(w))) return true;
  }
  return false;
}
const NONE_WORDS: ReadonlySet<string> = new Set();

/**
 * How many of `words`, from `at`, spell `phrase` with only `adverbs` between its words ("reacted officially to the
 * letter" spells "reacted to the letter" over six words), or the verb's subject put after it (`subjects`: the positions
 * of names, "que faisait Perlmutter avant" spells "faisait avant"), or a word of asking right after its first word
 * (`inPlace`: "répondu quoi à la plainte" spells "répondu à la plainte"); 0 when they do not. An adverb the phrase itself holds next
 * ("replied publicly") is matched as the phrase's word. A plain loop: this runs for every phrase at every word.
 */
function spannedAt(words: readonly string[], at: number, phrase: readonly string[], adverbs: ReadonlySet<string>, subjects: ReadonlySet<number> = NONE, inPlace: ReadonlySet<string> = NONE_WORDS): number {
  let k = at;
  for (let j = 0; j < phrase.length; j++) {
    while (j > 0 && words[k] !== phrase[j] && k < words.length && (adverbs.has(words[k]!) || subjects.has(k) || (j === 1 && k === at + 1 && inPlace.has(words[k]!)))) k++;
    if (words[k] !== phrase[j]) return 0;
    k++;
  }
  return k - at;
}

/** The positions an attribute's `except` phrases span in `words`, and the `named` ones: no phrase there asks it. */
function exceptedIn(a: Attribute, words: readonly string[], named: ReadonlySet<number>): Set<number> {
  const aside = spannedBy(a.except, words);
  for (const k of named) aside.add(k);
  return aside;
}

/** The word positions where `words` hold one of `phrases`. */
function spannedBy(phrases: readonly (readonly string[])[], words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) if (spelledAt(words, i, phrase)) for (let k = 0; k < phrase.length; k++) at.add(i + k);
  }
  return at;
}

/** Whether a word of counting (at a `counting` position) comes before the span of `length` words from `start`, or right after it. */
function countedBy(counting: ReadonlySet<number>, start: number, length: number): boolean {
  if (counting.has(start + length)) return true;
  for (const k of counting) if (k < start) return true;
  return false;
}

/** Whether every position of the span of `length` words from `start` is in `positions`. */
function coveredBy(positions: ReadonlySet<number>, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (!positions.has(k)) return false;
  return true;
}
