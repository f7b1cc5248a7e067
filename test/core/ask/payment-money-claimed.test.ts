import { realFacts } from '../../helpers/core';

describe('/ask engine: money claimed is a payment asked, whose parties the answer must carry', () => {
  it.each([
    ["Combien d'argent les signataires réclament-ils à OpenAI ?", 'fr'],
    ['how much money do the signatories demand from OpenAI?', 'en'],
  ] as const)('"%s" → declined, not answered with the tech valuations (nothing says the signers claim money)', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([['how much is OpenAI worth according to the letter?', 'en']] as const)('"%s" still gets the tech valuations', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome.verdict === 'answered' && 'fact' in outcome ? outcome.fact.id : null).toBe('tech-valuations');
  });
});
