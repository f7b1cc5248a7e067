import { readFileSync } from 'fs';
import path from 'path';
import { Lexicon, splitWords, typedWordCount, typedWords } from '../../../src/core/ask/lexicon';
import { conceptsSchema } from '../../../src/core/schema';

/** The lexicon of data/concepts.json as the data gives it (schema-checked), built once on first use. */
let built: Lexicon | undefined;
const lexicon = (): Lexicon => (built ??= new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8')))));

describe('typedWordCount: how many words typedWords finds, without the list', () => {
  it('figures with separators, units against digits, accents and apostrophes → the same count as typedWords', () => {
    const texts = [
      '',
      '  ',
      'The museum sold 1,250 tickets for $3.5m, right?',
      '1.2.3 and 4,5,6',
      'a 40kg parcel, 12th floor',
      "l'équipe a déjà répondu — qu'en dit-elle ?",
      'Ünïcode²: 𝐀𝐁 and ٣ apples',
      'version 2.0.1-beta',
    ];
    for (const text of texts) expect(typedWordCount(text)).toBe(typedWords(text).length);
  });

  it('"$1.5bn" is one figure and its unit → 2 words', () => {
    expect(typedWordCount('$1.5bn')).toBe(2);
  });
});

describe('Lexicon.invertedAt: a French verb inverted before its subject', () => {
  const inverted = (text: string, word: string): boolean => {
    const words = splitWords(text);
    return lexicon().invertedAt(words, words.indexOf(word));
  };

  it('a pronoun after the "t", a plural one right after the verb, and a plural one after the "t" as typed → inverted', () => {
    expect(inverted('la plainte a-t-elle été rejetée ?', 'a')).toBe(true);
    expect(inverted('les studios ont-ils répondu ?', 'ont')).toBe(true);
    expect(inverted('les studios a-t-ils répondu ?', 'a')).toBe(true);
  });

  it('a verb before its subject in the usual order, or a singular pronoun without its "t" → not inverted', () => {
    expect(inverted('il a signé la lettre ?', 'a')).toBe(false);
    expect(inverted('a il signé ?', 'a')).toBe(false);
  });
});

describe('Lexicon.endsAs: a word of a kind by its ending (wordEndings)', () => {
  const endsAs = (...args: Parameters<Lexicon['endsAs']>): boolean => lexicon().endsAs(...args);

  it('a French future, an infinitive, a noun of who does it, an adverb of manner → of that kind', () => {
    expect(endsAs('futureInverted', 'passera')).toBe(true);
    expect(endsAs('infinitive', 'signer')).toBe(true);
    expect(endsAs('agentNouns', 'organisatrices')).toBe(true);
    expect(endsAs('mannerAdverbs', 'publicly')).toBe(true);
  });

  it('an ending with too short a stem before it → not of that kind', () => {
    expect(endsAs('futureInverted', 'ira')).toBe(false);
    expect(endsAs('mannerAdverbs', 'only')).toBe(false);
  });
});
