import { typedWordCount, typedWords } from '../../../src/core/ask/lexicon';

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
