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
      return { id: a.id, asking, askingWords: asking.map((p) => p.trim().split(' ')), saying };
    });
  }

  /** The attributes a question asks for: those one of whose phrases its words hold, as typed or as corrected. */
  asked(words: readonly (readonly string[])[]): string[] {
    const texts = words.map((w) => ` ${w.join(' ')} `);
    return this.attributes.filter((a) => a.asking.some((p) => texts.some((t) => t.includes(p)))).map((a) => a.id);
  }

  /** Where a question's words hold a phrase asking for an attribute: the word positions it covers. */
  askedAt(words: readonly string[]): Set<number> {
    const at = new Set<number>();
    for (const a of this.attributes) {
      for (const phrase of a.askingWords) {
        for (let i = 0; i + phrase.length <= words.length; i++) {
          if (spelledAt(words, i, phrase)) for (let k = 0; k < phrase.length; k++) at.add(i + k);
        }
      }
    }
    return at;
  }

  /** Whether a fact's texts say an attribute (any of its phrases, in either language). */
  says(id: string, attribute: string): boolean {
    const text = this.factText.get(id) ?? '';
    return this.attributes.find((a) => a.id === attribute)?.saying.some((p) => text.includes(p)) ?? false;
  }
}
