import { realFacts } from '../../helpers/core';

const eventsOf = (q: string): string[] | null => {
  const outcome = realFacts().ask.ask(q, 'en');
  return outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null;
};

describe('/ask engine: "A to B - how many days" compares A and B', () => {
  it.each([
    ['EO 14179 to the letter submission, how many days?', ['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']],
    ['DeepSeek R1 to the Nvidia crash - how many days', ['2025-01-20-deepseek-r1', '2025-01-27-nvidia-deepseek-selloff']],
  ] as const)('"%s" → the two events', (q, events) => {
    expect(eventsOf(q)).toEqual([...events].sort());
  });

  it('"letter to OSTP, how many days?": the "to" after a thing sent names where it went, no second event', () => {
    expect(eventsOf('letter to OSTP, how many days?')).toBeNull();
  });
});
