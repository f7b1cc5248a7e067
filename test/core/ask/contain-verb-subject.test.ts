import { realFacts } from '../../helpers/core';

describe('/ask engine: a verb of containing with its object is no signing of the one before it', () => {
  it.each([
    ['Is it correct that the July 2025 AI Action Plan included strong copyright protections, as the letter requested?', 'en'],
    ['the Action Plan included copyright protections as the letter asked?', 'en'],
    ["Le Plan d'action comprenait des protections du droit d'auteur, comme la lettre le demandait ?", 'fr'],
  ] as const)('"%s" → the Action Plan\'s outcome, never "Plan is not among the signatories"', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome.mode).not.toBe('signatory');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('ai-action-plan-outcome');
  });

  it.each([['was Tom Hanks included in the letter?'], ['Tom Hanks included?'], ['Is Cate Blanchett included too?']])('"%s" still asks whether that person is on the list', (q) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
