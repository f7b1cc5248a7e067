/**
 * What a question asks of an event, a body or a person (an appeal, a trial, a vote, a cost, who runs it, how a party
 * answered in court: `data/concepts.json` `attributes`) is answered only by a fact that says it. The fact about a case
 * says who sued and who won; asked whether the loser appealed, it answers another question, however well it carries
 * the case's names.
 */
import type { ConceptData } from '../schema';
import { spelledAt, splitWords } from './lexicon';

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
}

const padded = (text: string): string => ` ${splitWords(text).join(' ')} `;

export class AttributeCheck {
  private readonly attributes: Attribute[];

  constructor(
    attributes: ConceptData['attributes'],
    /** Each fact's texts (topic, answers, questions, keywords, quote) as folded words, space-padded. */
    private readonly factText: ReadonlyMap<string, string>,
  ) {
    this.attributes = (attributes ?? []).map((a) => {
      const asking = [...new Set([...a.en, ...a.fr].map(padded))].filter((p) => p.trim().length > 0);
      const saying = [...new Set([...asking, ...(a.says ?? []).map(padded)])].filter((p) => p.trim().length > 0);
      const except = (a.except ?? []).map((p) => splitWords(p)).filter((p) => p.length > 0);
      return { id: a.id, asking, askingWords: asking.map((p) => p.trim().split(' ')), saying, except, signing: a.signing ?? true };
    });
  }

  /**
   * The attributes a question asks for: those one of whose phrases its words hold, as typed or as corrected; of a
   * signing (`signing`), only those a signing may be asked. A phrase all of whose words are at `named` positions (typed
   * with a capital inside a sentence: a title, "the creator of Lost") asks nothing; "passed the House" still does.
   */
  asked(words: readonly (readonly string[])[], signing = false, named: ReadonlySet<number> = NONE): string[] {
    return this.attributes.filter((a) => (!signing || a.signing) && words.some((w) => this.askedIn(a, w, named))).map((a) => a.id);
  }

  /** Where a question's words hold a phrase asking for an attribute: the word positions it covers. */
  askedAt(words: readonly string[]): Set<number> {
    const at = new Set<number>();
    for (const a of this.attributes) this.askedIn(a, words, NONE, at);
    return at;
  }

  /**
   * Whether a question's words hold one of an attribute's asking phrases outside its `except` ones and the `named`
   * positions; with `at`, every such phrase's word positions are added to it. Plain loops: this runs for each of some
   * 600 phrases at every word.
   */
  private askedIn(a: Attribute, words: readonly string[], named: ReadonlySet<number>, at?: Set<number>): boolean {
    let excepted: Set<number> | undefined;
    let found = false;
    for (const phrase of a.askingWords) {
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (!spelledAt(words, i, phrase)) continue;
        if (!excepted) {
          excepted = spannedBy(a.except, words);
          for (const k of named) excepted.add(k);
        }
        if (coveredBy(excepted, i, phrase.length)) continue;
        if (!at) return true;
        found = true;
        for (let k = 0; k < phrase.length; k++) at.add(i + k);
      }
    }
    return found;
  }

  /** Whether a fact's texts say an attribute (any of its phrases, in either language). */
  says(id: string, attribute: string): boolean {
    const text = this.factText.get(id) ?? '';
    return this.attributes.find((a) => a.id === attribute)?.saying.some((p) => text.includes(p)) ?? false;
  }
}

/** The word positions where `words` hold one of `phrases`. */
function spannedBy(phrases: readonly (readonly string[])[], words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) if (spelledAt(words, i, phrase)) for (let k = 0; k < phrase.length; k++) at.add(i + k);
  }
  return at;
}

/** Whether every position of the span of `length` words from `start` is in `positions`. */
function coveredBy(positions: ReadonlySet<number>, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (!positions.has(k)) return false;
  return true;
}
