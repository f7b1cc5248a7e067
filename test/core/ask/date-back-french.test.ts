import { realFacts } from '../../helpers/core';

// data/concepts.json concept "when": « remonte à », « remontent à »… (« ça remonte à quand ? ») ask when a thing dates
// from, as « quand » does: no anger (« remontés », concept backlash, one letter away).
describe('/ask engine: « ça remonte à quand ? » asks when, not about a backlash', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('the letter dating back is its date', () => {
    expect(ask('La tribune, elle remonte à quand exactement ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('with no thing named it is thin: no answer, and no backlash', () => {
    const out = ask('et tout ça, ça remonte à quand ?');
    expect(out.verdict).not.toBe('answered');
  });
});
