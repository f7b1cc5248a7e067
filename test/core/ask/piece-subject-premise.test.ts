import { realFacts } from '../../helpers/core';

describe('/ask engine: a verb said of a news piece about the letter claims nothing of the letter', () => {
  it.each([['Is it correct that Variety\'s story on the letter was written by Todd Spangler?']])('"%s" → never the organisers, corrected as if he wrote the letter', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).not.toBe('organisers');
  });

  it.each([["Politico's piece on the letter says it was written by Ben Stiller, right?"], ['the letter was written by Ben Stiller?']])('"%s" → the letter (or a pronoun for it) said written by him: the organisers correct it', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('organisers');
  });
});
