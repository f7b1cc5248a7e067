import { realFacts } from '../../helpers/core';

describe('/ask engine: a word after "is" in a remark after the last "?" says what answer will do, no premise value', () => {
  it.each([
    ['how long from the letter going in to the Anthropic settlement? months-ish is fine'],
    ["how long from the letter going in to Anthropic's $1.5bn settlement? months is fine"],
  ])('"%s" → the letter and the settlement compared, not the Anthropic case', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('a value in the question itself still counts: "Was Anthropic fined in the authors case?" → the Anthropic case', () => {
    const outcome = realFacts().ask.ask('Was Anthropic fined in the authors case?', 'en');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('bartz-v-anthropic');
  });
});
