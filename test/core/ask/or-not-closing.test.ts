import { realFacts } from '../../helpers/core';

/**
 * "Sir Paul: on the letter or not?": the words of "not" that close a yes/no question after its "or" (`orNot`) add no
 * one, so a title of honour and a first name (`honourTitles`, `titledSurnames`) still name the one signatory the press
 * calls so. A first name alone, or another title, still asks "which Paul?".
 */
describe('/ask engine: "… or not?" closing a signing question about a titled first name', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Sir Paul: on the letter or not?', 'did sir paul sign or not?'])('"%s" → Paul McCartney signed', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Paul McCartney' });
  });

  it.each(['did paul sign or not?', 'Mr Paul signed or not?', 'did sir paul sign or not, and hanks?'])('"%s" → no "signed" for McCartney', (q) => {
    const outcome = ask(q);
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' && outcome.person === 'Paul McCartney').toBe(false);
  });
});
