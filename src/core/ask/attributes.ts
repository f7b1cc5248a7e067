/**
 * What a question asks of an event, a body or a person (an appeal, a trial, a vote, a cost, who runs it, how a party
 * answered in court: `data/concepts.json` `attributes`) is answered only by a fact that says it. The fact about a case
 * says who sued and who won; asked whether the loser appealed, it answers another question, however well it carries
 * the case's names.
 */
import type { ConceptData } from '../schema';
import { spelledAt, splitWords } from './lexicon';

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
  asked(words: readonly (readonly string[])[], signing = false, named: ReadonlySet<number> = new Set()): string[] {
    return this.attributes.filter((a) => (!signing || a.signing) && words.some((w) => this.askedIn(a, w, named).size > 0)).map((a) => a.id);
  }

  /** Where a question's words hold a phrase asking for an attribute: the word positions it covers. */
  askedAt(words: readonly string[]): Set<number> {
    return new Set(this.attributes.flatMap((a) => [...this.askedIn(a, words)]));
  }

  /** The word positions where a question's words hold one of an attribute's asking phrases, outside its `except` ones and names. */
  private askedIn(a: Attribute, words: readonly string[], named: ReadonlySet<number> = new Set()): Set<number> {
    const spans = (phrases: readonly (readonly string[])[]): number[][] =>
      phrases.flatMap((phrase) => words.flatMap((_, i) => (i + phrase.length <= words.length && spelledAt(words, i, phrase) ? [phrase.map((_, k) => i + k)] : [])));
    const excepted = new Set([...spans(a.except).flat(), ...named]);
    return new Set(spans(a.askingWords).filter((span) => !span.every((k) => excepted.has(k))).flat());
  }

  /** Whether a fact's texts say an attribute (any of its phrases, in either language). */
  says(id: string, attribute: string): boolean {
    const text = this.factText.get(id) ?? '';
    return this.attributes.find((a) => a.id === attribute)?.saying.some((p) => text.includes(p)) ?? false;
  }
}
