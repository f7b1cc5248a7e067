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
