import { realFacts } from '../../helpers/core';

/**
 * A first name typed alone is only offered ("which one?"); beside it, a work that data/signatories.json gives one
 * signatory of that first name (`knownFor`: "Actress (The Bear)") picks that signatory out. A work of another signatory,
 * or no work, leaves the first name a question.
 */
describe('/ask engine: a first name with one of its bearer\'s works ("Phoebe, of Fleabag")', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['is Phoebe on the letter, the Fleabag writer?', 'en', 'Phoebe Waller-Bridge'],
    ['Paul from the Beatles, did he sign too?', 'en', 'Paul McCartney'],
    ['did Alfonso sign? the guy behind Gravity', 'en', 'Alfonso Cuarón'],
    ['et Michaela, celle de I May Destroy You, elle a signé ?', 'fr', 'Michaela Coel'],
  ] as const)('"%s" (%s) → %s', (q, lang, person) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person });
  });

  it.each([
    // The work is another signatory's: the first name is not theirs, nothing is settled.
    'did Paul sign, the Fleabag one?',
    // No work typed: still "which one?".
    'did Paul put his name on it?',
  ])('"%s" → no one picked', (q) => {
    const outcome = ask(q);
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' && outcome.person.includes(' ')).toBe(false);
  });
});
