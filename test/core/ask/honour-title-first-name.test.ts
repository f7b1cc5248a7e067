import { realFacts } from '../../helpers/core';

/**
 * "did sir paul sign?": a title of honour (`honourTitles`) and a first name that one signatory is called by in the press
 * (`titledSurnames`: Paul McCartney, not Paul Simon) name that signatory when they are the only name in the question and
 * every other word is read. Any other title, or a first name alone, still asks "which Paul?".
 */
describe('/ask engine: "Sir Paul" names Paul McCartney', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"did sir paul sign?" → Paul McCartney signed', () => {
    expect(ask('did sir paul sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Paul McCartney' });
  });

  it.each(['did Paul sign?', 'Mr Paul signed?', 'sir paul and hanks signed?'])('"%s" → no "signed" for McCartney', (q) => {
    const outcome = ask(q);
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' && outcome.person === 'Paul McCartney').toBe(false);
  });
});
