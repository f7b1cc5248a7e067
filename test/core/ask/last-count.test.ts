import { realFacts } from '../../helpers/core';

/**
 * "at last count", "at the latest tally", « au dernier décompte », « dernier chiffre connu »: an idiom of the latest count
 * says "as of now" (c:so-far), no word of the question: its "last" is no other word to find, nor its "count" another
 * count. The count asked is still answered; the idiom alone asks nothing.
 */
describe('/ask engine: "at last count" says "so far"', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['how many names were on the letter at last count?', 'en'],
    ['how many signatures at the latest tally?', 'en'],
    ['combien de signataires au dernier décompte ?', 'fr'],
    ['ils sont combien à avoir signé, dernier chiffre connu ?', 'fr'],
  ] as const)('"%s" → the signatory count', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('"at last count?" alone → declined', () => {
    expect(ask('at last count?', 'en')).toMatchObject({ verdict: 'no_answer' });
  });
});
