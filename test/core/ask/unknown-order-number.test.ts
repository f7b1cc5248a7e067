import { answeredFact, realFacts } from '../../helpers/core';

// namesUnknownOrder: an order named by its number ("EO 14028", "décret 13960") is that order; when no fact gives the
// number it is another order than the story's, and answering with EO 14179 or 14365 (or the signatory count) answers a
// different question: declined. The story's own numbers still answer their order.
describe('/ask engine: an executive order named by a number no fact gives is declined', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['When was EO 14028 signed and what did it order?', 'en'],
    ['what is executive order 13960 about', 'en'],
    ["l'EO 14117 de décembre 2025, ça fait quoi ?", 'fr'],
    ['qui a signé le décret 14028 ?', 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['What did EO 14179 order, and when was it signed?', 'en', 'executive-order-14179'],
    ['le décret 14179 de trump, il dit quoi ?', 'fr', 'executive-order-14179'],
    ['Le décret 14365, c’est quoi ?', 'fr', 'eo-14365'],
  ] as const)('"%s" still answers %s', (q, lang, fact) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });
});
