import { realFacts } from '../../helpers/core';

describe('/ask engine: the verb in -ing a progressive yes/no question asks is the relation asked', () => {
  it.each([['Is Lyonne suing anyone?'], ['is Natasha Lyonne suing anybody over AI?']])('"%s" → declined: no fact says she sued, none offered', (q) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([['Is Natasha Lyonne still lobbying Congress?']])('"%s" → still her lobbying, which carries the verb', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('lyonne-lobbying');
  });
});
