import { realFacts } from '../../helpers/core';

/**
 * « Entre la grève de SAG-AFTRA et l'envoi de la lettre, combien de temps s'est écoulé ? », "how much time passed
 * between the WGA strike and the letter being filed?": a gap asked from something that began and ended (a strike) to an event
 * after its end runs from its end, when the side says neither start nor end. A side that says which (« le début de la
 * grève »), or an event before the end (the other strike), keeps the beginning.
 */
describe('/ask engine: a gap from a strike to a later event runs from the strike\'s end', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);
  const events = (q: string, lang: 'en' | 'fr'): string[] => {
    const out = ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it.each([
    ['fr', "Entre la grève de SAG-AFTRA et l'envoi de la lettre, combien de temps s'est écoulé ?", '2023-11-09-sag-aftra-strike-ends'],
    ['en', 'how much time passed between the WGA strike and the letter being filed?', '2023-09-27-wga-strike-ends'],
  ] as const)('[%s] "%s" → %s and the letter', (lang, q, end) => {
    expect(events(q, lang)).toEqual([end, '2025-03-15-letter-submitted'].sort());
  });

  it.each([
    ['en', 'how much time passed between the start of the WGA strike and the letter being filed?', '2023-05-02-wga-strike'],
    ['fr', "Combien de temps entre le début de la grève de SAG-AFTRA et l'envoi de la lettre ?", '2023-07-14-sag-aftra-strike'],
  ] as const)('[%s] a side that says "start" keeps the beginning: "%s" → %s', (lang, q, start) => {
    expect(events(q, lang)).toEqual([start, '2025-03-15-letter-submitted'].sort());
  });
});
