import { realFacts } from '../../helpers/core';

// data/concepts.json `premises` "plan-adopted": "side with" is the plain form of "sided with" (after "did"): "After the
// letter, did the White House side with Hollywood in its July plan?" asserts that the plan adopted Hollywood's demands,
// which its outcome corrects (as « Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan de
// juillet ? » is), instead of comparing the letter's date with the plan's.
describe('/ask engine: "did the plan side with Hollywood" is corrected by the plan\'s outcome', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['After the letter, did the White House side with Hollywood in its July plan?', 'did the July action plan side with Hollywood on copyright?'])(
    '"%s" → corrected by ai-action-plan-outcome',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-outcome' }, correction: 'plan-adopted' });
    },
  );
});
