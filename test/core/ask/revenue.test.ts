import { realFacts } from '../../helpers/core';

/**
 * « le chiffre d'affaires d'OpenAI », « chiffre d'affaire de Google »: a company's turnover is money (`c:money`, as
 * "revenue" is), not « chiffres » (the letter's figures) and « affaire » (a lawsuit): no fact gives a company's revenue,
 * so it is declined, never offered OpenAI's argument. The letter's economic stakes, asked with « chiffre d'affaires », are
 * still found.
 */
describe("/ask engine: « chiffre d'affaires » is a company's revenue", () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ["chiffre d'affaire d'openai 2024 ?", 'fr'],
    ["quel chiffre d'affaires a fait Google en 2024 ?", 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it("« quel chiffre d'affaires pour l'industrie du divertissement selon la lettre ? » → the economic stakes", () => {
    expect(ask("quel chiffre d'affaires pour l'industrie du divertissement selon la lettre ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });
});
