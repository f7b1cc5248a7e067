import { realFacts } from '../../helpers/core';

const eventsOf = (q: string, lang: 'en' | 'fr'): string[] | null => {
  const outcome = realFacts().ask.ask(q, lang);
  return outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null;
};

describe('/ask engine: "A and B did X how long after C?" compares X with C, not A with B', () => {
  it.each([
    ['Disney et Universal ont porté plainte contre Midjourney combien de temps après la lettre ?', 'fr', ['2025-03-15-letter-submitted', '2025-06-11-disney-universal-sue-midjourney']],
    ["Disney et Universal ont porté plainte contre Midjourney combien de jours avant le plan d'action ?", 'fr', ['2025-06-11-disney-universal-sue-midjourney', '2025-07-23-ai-action-plan-released']],
  ] as const)('"%s" → the lawsuit and the thing after the cue', (q, lang, events) => {
    expect(eventsOf(q, lang)).toEqual([...events].sort());
  });

  it('"quel écart entre A et B" still compares A and B', () => {
    expect(eventsOf("Quel écart entre le début de la grève des scénaristes et celui de la grève des acteurs en 2023 ?", 'fr')).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });
});
