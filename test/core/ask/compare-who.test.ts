import { realFacts } from '../../helpers/core';

describe('/ask comparisons: the possessive of "qui" refers to the one asked about (compare.ts, orphan pronouns)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const compared = (q: string): string[] => {
    const out = ask(q);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it('"qui a commencé sa grève en premier, les scénaristes ou les acteurs ?": "sa" is whoever is asked → the two strikes compared', () => {
    expect(compared('Qui a commencé sa grève en premier en 2023, les scénaristes ou les acteurs ?')).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });

  it('"qui a déposé sa contribution en premier, OpenAI ou Google ?" → the two filings compared', () => {
    expect(compared('Qui a déposé sa contribution en premier, OpenAI ou Google ?')).toEqual(['2025-03-13-google-proposal', '2025-03-13-openai-submission']);
  });

  it('with no two things named, "qui a fini sa grève en premier ?" is still not compared', () => {
    expect(compared('qui a fini sa grève en premier ?')).toEqual([]);
  });
});

describe('/ask comparisons: "feu vert" is an approval (data/concepts.json, approve)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const compared = (q: string): string[] => {
    const out = ask(q);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it('the preliminary "feu vert" to the Anthropic settlement is its preliminary approval', () => {
    expect(compared("le feu vert préliminaire à l'accord d'Anthropic, c'était avant ou après le plan d'action IA ?")).toEqual([
      '2025-07-23-ai-action-plan-released',
      '2025-09-25-anthropic-settlement-approval',
    ]);
    expect(compared("Entre le refus du juge et son feu vert préliminaire à l'accord Anthropic, combien de jours ?")).toEqual([
      '2025-09-08-anthropic-settlement-held-back',
      '2025-09-25-anthropic-settlement-approval',
    ]);
  });
});
