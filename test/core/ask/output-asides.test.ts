import { realFacts } from '../../helpers/core';

/**
 * A question that ends on what the asker makes of the answer ("for a reaction paragraph", "for the weekend factbox"),
 * set off by a comma or not: the words that describe that output ("reaction", "weekend") are no part of what is asked
 * (`outputNouns`, `beforeAsides`).
 */
describe('/ask: a closing clause of purpose that names the asker\'s output', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"… for a reaction paragraph?" → the outlets that attacked the letter', () => {
    expect(ask('which conservative outlets attacked the letter for a reaction paragraph?')).toMatchObject({ verdict: 'answered', fact: { id: 'conservative-reaction' } });
  });

  it('"…, for the weekend factbox" → whom the letter went to', () => {
    expect(ask('who was the letter formally addressed to, for the weekend factbox')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('an off-topic question keeps its decline, purpose or not', () => {
    expect(ask("what's the weather in Lyon this weekend, for the travel newsletter")).not.toMatchObject({ verdict: 'answered' });
  });
});
