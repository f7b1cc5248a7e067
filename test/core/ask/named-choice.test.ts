import { realFacts } from '../../helpers/core';

/**
 * "Wachowski: Lana or Lilly?", "jake ou maggie gyllenhaal ?": a surname and a first name on each side of "or", nothing
 * else, asks which bearer of the name signed (as "which Wachowski signed, Lana or Lilly?" does with its verb). The one on
 * the list answers, the other gets its own "not among the names" after; before, the question was declined.
 */
describe('/ask engine: a bare choice between two bearers of one name', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Wachowski: Lana or Lilly?', 'en', 'Lilly Wachowski', 'Lana Wachowski'],
    ['Lana or Lilly Wachowski?', 'en', 'Lilly Wachowski', 'Lana Wachowski'],
    ['Gyllenhaal, Jake or Maggie?', 'en', 'Maggie Gyllenhaal', 'Jake Gyllenhaal'],
    ['wachowski, lana ou lilly ?', 'fr', 'lilly wachowski', 'lana wachowski'],
    ['jake ou maggie gyllenhaal ?', 'fr', 'maggie gyllenhaal', 'jake gyllenhaal'],
  ] as const)('"%s" → the signatory, then the namesake', (q, lang, person, other) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person, others: [other] });
  });

  it.each([
    'Maggie or Jake?', // no surname: whose?
    'Wachowski: Lana or Lili?', // a first name misspelt: no exact name either side
    'Stiller or Ruffalo?', // two surnames, not two bearers of one
    'Gyllenhaal: Maggie or Jake, and who else?', // a word more
  ])('"%s" → not this reading', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered', mode: 'signatory', others: [expect.anything()] });
  });
});
