import { realFacts } from '../../helpers/core';

describe('/ask engine: a year beside a count that names the letter is no figure to check', () => {
  it.each([
    ['la lettre de février 2025 des 400 stars, elle a été déposée où ?', 'fr'],
    ['la lettre de mars 2025 des 400 stars a été envoyée à qui ?', 'fr'],
  ] as const)('"%s" → asks of the letter, not a check of the signatory count', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome.mode).not.toBe('number');
    expect(outcome.verdict === 'answered' && 'fact' in outcome ? outcome.fact.id : null).not.toBe('signatory-count');
  });

  it.each([['was it really 400 signers?', 'en']] as const)('"%s" stays a number check', (q, lang) => {
    expect(realFacts().ask.ask(q, lang).mode).toBe('number');
  });
});
