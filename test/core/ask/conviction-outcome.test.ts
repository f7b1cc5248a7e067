import { realFacts } from '../../helpers/core';

/**
 * "…a-t-elle abouti à une condamnation ?", "was Midjourney convicted…?": a conviction asks how a case ended (the
 * `outcome` attribute), which only a fact that says a ruling answers; a case the data gives only as filed (the
 * studios' suits against Midjourney) does not say it: declined. The rulings the data gives (Meta's, Anthropic's) still
 * answer, or correct the premise.
 */
describe('/ask attributes: a conviction asked of a case with no ruling', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['La plainte de Disney et Universal contre Midjourney a-t-elle abouti à une condamnation ?', 'fr'],
    ['Was Midjourney convicted in the Warner Bros. Discovery case?', 'en'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang).verdict).toBe('no_answer');
  });

  it.each([
    ["Meta a été condamné dans l'affaire Kadrey ?", 'fr', 'kadrey-v-meta'],
    ['Anthropic a été condamné à payer combien ?', 'fr', 'bartz-v-anthropic'],
  ] as const)('a case the data gives a ruling of: "%s" → %s', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
