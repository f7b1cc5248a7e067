import { realFacts } from '../../helpers/core';

describe('/ask engine: a word typed with a capital right before "AI" names a company the data does not know', () => {
  it.each([
    ['What did Character AI say about the letter?', 'en'],
    ["Qu'a dit Character IA de la lettre ?", 'fr'],
  ] as const)('"%s" → declined, no choices offered', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([['Copyright Office AI report: when did it come out?']])('"%s" → a longer name before "AI" is the data\'s own: answered', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('copyright-office-may-2025');
  });
});
