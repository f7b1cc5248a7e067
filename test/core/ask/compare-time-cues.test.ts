import { realFacts } from '../../helpers/core';

describe('/ask comparisons: cues of a gap in weeks or "how soon", "exec order", « débrayer », « a sauté » (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const compared = (q: string): string[] => {
    const out = ask(q);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };
  const fact = (q: string): string | undefined => {
    const out = ask(q);
    return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
  };

  it('"how soon after the letter did the Action Plan come out?" → the filing and the plan compared', () => {
    expect(compared('how soon after the letter did the Action Plan come out?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"le plan d\'action est sorti combien de semaines après la lettre ?" → the filing and the plan compared', () => {
    expect(compared("Le plan d'action est sorti combien de semaines après la lettre ?")).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"Trump\'s exec order": an executive order, not a head of something → the order and the plan compared', () => {
    expect(compared("How long after Trump's exec order did the White House release the Action Plan?")).toEqual(['2025-01-23-eo-14179-signed', '2025-07-23-ai-action-plan-released']);
  });

  it('« débrayé »: going on strike, so its start → the two strikes\' starts compared', () => {
    expect(compared('Les acteurs ont débrayé combien de semaines après les scénaristes ?')).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });

  it('« reprennent le travail »: a present form of the listed « reprendre le travail », a strike\'s end', () => {
    expect(compared('les acteurs ont fait grève avant que les scénaristes reprennent le travail ?')).toEqual(['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends']);
  });

  it('« a sauté »: lost one\'s post, as « a été virée » → the two firings compared', () => {
    expect(compared('Perlmutter a sauté combien de jours après Carla Hayden ?')).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-10-register-of-copyrights-fired']);
  });

  it('who went on strike, with no second thing set against it, stays the strikes\' fact', () => {
    expect(compared('quand les scénaristes ont-ils débrayé ?')).toEqual([]);
    expect(fact('quand les scénaristes ont-ils débrayé ?')).toBe('strikes-2023');
  });

  it('which strike lasted longer is one fact (both durations), not a comparison of dates', () => {
    expect(compared("which 2023 strike lasted longer, the writers' or the actors'?")).toEqual([]);
    expect(fact("which 2023 strike lasted longer, the writers' or the actors'?")).toBe('strikes-2023');
  });
});
