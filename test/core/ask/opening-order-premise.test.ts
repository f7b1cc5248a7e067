import { realFacts } from '../../helpers/core';

describe('/ask engine: an opening "After X," before a yes/no clause that asserts a value of a slot checks that value, no comparison', () => {
  it('« Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan IA de juillet ? » → the Action Plan\'s outcome', () => {
    const outcome = realFacts().ask.ask('Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan IA de juillet ?', 'fr');
    expect(outcome.mode).not.toBe('compare');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('ai-action-plan-outcome');
  });

  it('"Le plan IA de juillet est sorti combien de temps après la lettre ?" still compares', () => {
    expect(realFacts().ask.ask('Le plan IA de juillet est sorti combien de temps après la lettre ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});
