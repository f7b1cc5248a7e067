import { realFacts } from '../../helpers/core';

/**
 * "who got the signatures going?": getting the signatures going is getting the letter going (c:organise, as "got it
 * going"), who organised it, not who signed it. Collecting signatures after the letter went in is still a question of
 * the count and the date.
 */
describe('/ask engine: "who got the signatures going?" asks who organised the letter', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['who got the signatures going, do we know?', 'en'],
    ['who got the signatures started in the first place', 'en'],
  ] as const)('"%s" → the organisers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('"were they still collecting signatures once it was filed?" → not the organisers', () => {
    expect(ask('were they still collecting signatures once it was filed?', 'en')).not.toMatchObject({ fact: { id: 'organisers' } });
  });
});
