import { realFacts } from '../../helpers/core';

describe('/ask engine: "is it correct that A came before B?" compares A and B', () => {
  it.each([
    ['Is it correct that OpenAI filed its comment before the letter went in? How many days earlier?', ['2025-03-13-openai-submission', '2025-03-15-letter-submitted']],
    ['Is it true that Google filed its comment before the Hollywood letter was submitted?', ['2025-03-13-google-proposal', '2025-03-15-letter-submitted']],
  ] as const)('"%s" → the two events compared', (q, events) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null).toEqual([...events].sort());
  });

  it.each([['Was it really sent before the letter?'], ['Is it correct that it was sent before the letter?']])('"%s": an "it" naming no one is still no comparison', (q) => {
    expect(realFacts().ask.ask(q, 'en').mode).not.toBe('compare');
  });
});
