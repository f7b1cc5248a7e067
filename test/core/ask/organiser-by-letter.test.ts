import { answeredFact, realFacts } from '../../helpers/core';

describe('/ask engine: a union named right by the letter as whose it is gives a wrong organiser, corrected', () => {
  it.each([
    ['it was a SAG-AFTRA union letter right?', 'en'],
    ['it was a SAG-AFTRA union letter right? who at the union signed off', 'en'],
    ["c'était une lettre du syndicat ?", 'fr'],
  ] as const)('"%s" → who organised the letter, corrected', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'fact', correction: 'organiser' });
    expect(answeredFact(q, lang)).toBe('organisers');
  });

  it('"Who organised the letter?" is still answered with no correction', () => {
    const outcome = realFacts().ask.ask('Who organised the letter?', 'en');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.correction : 'none').toBeUndefined();
  });
});
