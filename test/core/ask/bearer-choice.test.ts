import { realFacts } from '../../helpers/core';

/**
 * A signatory's surname typed, and two first names on the two sides of "or", hers and one no signatory bears with that
 * surname: which of the two signed is asked. She is answered, the other's "not among the names" after.
 */
describe('/ask engine: a surname and two first names around "or" ("Wachowski, was it Lana or Lilly who signed?")', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['wachowski c est lana ou lilly qui est sur la liste ?', 'fr', 'lilly wachowski', 'lana wachowski'],
    ['so is it maggie gyllenhaal or jake who signed the thing', 'en', 'maggie gyllenhaal', 'jake gyllenhaal'],
    ['the one who signed, was it Lilly Wachowski or Lana?', 'en', 'Lilly Wachowski', 'Lana Wachowski'],
  ] as const)('"%s" (%s) → %s signed, %s asked too', (q, lang, person, other) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person, others: [other] });
  });

  // The surname typed once, after the namesake's first name: it still names the signatory whose first name is offered.
  it.each([
    ['Lilly ou Lana Wachowski, laquelle a signé ?', 'fr', 'Lilly Wachowski', 'Lana Wachowski'],
    ['did Maggie or Jake Gyllenhaal sign?', 'en', 'Maggie Gyllenhaal', 'Jake Gyllenhaal'],
  ] as const)('"%s" (%s) → %s signed, %s not listed', (q, lang, person, other) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person, others: [other] });
  });

  it('a question of something else than the signing is no choice of a signer', () => {
    const outcome = ask('which Wachowski film came out first, Lana or Lilly?');
    expect(outcome.mode).not.toBe('signatory');
  });
});
