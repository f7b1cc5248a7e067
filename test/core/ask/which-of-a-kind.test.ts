import { realFacts } from '../../helpers/core';

/** "Which strike ended first?": a comparison that names a kind of thing, not the two things. */
describe('/ask comparisons: which of a kind came first', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);
  const events = (q: string, lang: 'en' | 'fr' = 'en'): string[] => {
    const o = ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('a "which" of a kind, then a word of being first, compares the two events whose names carry that kind', () => {
    const ends = ['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends'];
    expect(events('Which strike ended first?')).toEqual(ends);
    expect(events('Guest says the actors held out longer than the writers in 2023. Which strike wrapped first, and by how many days?')).toEqual(ends);
    expect(events("Quelle grève s'est terminée en premier ?", 'fr')).toEqual(ends);
    expect(events('which strike started first?')).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });

  it('a kind that no two events (or more than two) name alike is no comparison, and the question keeps its own reading', () => {
    expect(events('which ruling came first?')).toEqual([]);
    const outlets = ask('which outlets reported it first?');
    expect(outlets.verdict === 'answered' && outlets.mode === 'fact' ? outlets.fact.id : null).toBe('press-coverage');
  });
});
