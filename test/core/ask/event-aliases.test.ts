import { realFacts } from '../../helpers/core';

/**
 * Comparisons naming an event by the words reporters use for it (aliases in `data/timeline.json`): "the Sora 2 uproar",
 * « la polémique Sora 2 » (the MPA's statement, the first event of Hollywood's turn on Sora 2), « les premiers articles
 * de la presse américaine » (the first press reports), « le rapport du Bureau du droit d'auteur » (the Copyright Office's
 * report, the office named in French), "the Part 3 report" / « le rapport partie 3 » (that report, Part 3 of the office's AI
 * study) and "Perlmutter lost her job" (her firing).
 */
describe('/ask comparisons: events named by their common names', () => {
  const compared = (q: string, lang: 'en' | 'fr'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
  };

  it('"the Sora 2 uproar", « la polémique Sora 2 » → the MPA statement on Sora 2', () => {
    expect(compared('Did the Sora 2 uproar come before the Disney–OpenAI investment?', 'en')).toEqual(['2025-10-06-mpa-sora-2-statement', '2025-12-11-disney-openai-deal']);
    expect(compared("La polémique Sora 2 a-t-elle précédé l'accord Disney-OpenAI ?", 'fr')).toEqual(['2025-10-06-mpa-sora-2-statement', '2025-12-11-disney-openai-deal']);
  });

  it('« les premiers articles de la presse américaine » → the first press reports', () => {
    expect(compared("Combien de jours entre les premiers articles de la presse américaine et l'article de BFMTV ?", 'fr')).toEqual(['2025-03-17-first-coverage', '2025-03-19-bfmtv-article']);
  });

  it("« le rapport du Bureau du droit d'auteur » → the Copyright Office's AI report, never the RFI", () => {
    expect(compared("Le rapport du Bureau du droit d'auteur a-t-il été publié avant ou après le limogeage de Perlmutter ?", 'fr')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });

  it('"the Part 3 report", « le rapport partie 3 », "lost her job" → the Copyright Office report and Perlmutter\'s firing', () => {
    expect(compared('Was Perlmutter fired before or after the Part 3 report came out?', 'en')).toEqual(['2025-05-10-register-of-copyrights-fired', '2025-05-09-copyright-office-ai-report']);
    expect(compared('Le rapport partie 3 est-il sorti avant ou après le limogeage de Perlmutter ?', 'fr')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
    expect(compared('Did Shira Perlmutter lose her job before or after the Copyright Office report on AI training?', 'en')).toEqual(['2025-05-10-register-of-copyrights-fired', '2025-05-09-copyright-office-ai-report']);
  });

  it('"Sora 2" alone names the first event of Hollywood\'s turn on it (the MPA\'s statement), not the later settlement', () => {
    expect(compared('tilly norwood avant ou après sora 2 ?', 'fr')).toEqual(['2025-09-30-sag-aftra-tilly-norwood', '2025-10-06-mpa-sora-2-statement']);
    // The settlement named with who settled is still the settlement.
    expect(compared('did the Cranston Sora 2 deal come before the Disney OpenAI deal?', 'en')).toEqual(['2025-10-20-sora-2-joint-statement', '2025-12-11-disney-openai-deal']);
  });
});
