import { realFacts } from '../../helpers/core';

/**
 * A side of a comparison that is exactly one event's name, its words of little weight included ("the AI executive
 * order", « le décret IA »: "AI" weighs little), is that event when no other event has such a name. Before, the names
 * of every executive order fitted the side's one weighty word ("order") alike, and the comparison was declined.
 */
describe('/ask comparisons: a side that is exactly one event\'s name, words of little weight too', () => {
  const compared = (q: string, lang: 'en' | 'fr'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
  };

  it.each([
    ['Stargate or the AI executive order — which came first?', 'en', ['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']],
    ['the letter or the AI executive order, which came first?', 'en', ['2025-03-15-letter-submitted', '2025-01-23-eo-14179-signed']],
    ["Stargate, c'était annoncé avant ou après le décret IA ?", 'fr', ['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']],
    ['Combien de temps entre le décret IA et la lettre ?', 'fr', ['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']],
  ] as const)('"%s" → the two events compared', (q, lang, events) => {
    expect(compared(q, lang)).toEqual(events);
  });

  it('a side that is no event\'s exact name ("the executive order") stays a doubt; a name given picks its own order', () => {
    expect(realFacts().ask.ask('the letter or the executive order, which came first?', 'en').verdict).toBe('clarify');
    expect(compared("Stargate or Biden's AI executive order, which came first?", 'en')).toEqual(['2025-01-21-stargate-announced', '2023-10-30-biden-eo-14110']);
  });
});
