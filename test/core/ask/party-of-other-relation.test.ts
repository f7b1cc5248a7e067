import { realFacts } from '../../helpers/core';

/**
 * "how did OpenAI react to the Disney and Universal lawsuit against Midjourney?": a company named before the verb of a
 * lawsuit's premise, with a verb of another relation between (reacting), is no wrong party of the suit: the suit's fact
 * does not correct it, so the question (what OpenAI did) is declined. A party given to the suit's verb is still read as
 * one, and a wrong organiser of the letter is still corrected.
 */
describe('/ask engine: a name before a lawsuit, tied to it by another relation', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['how did OpenAI react to the Disney and Universal lawsuit against Midjourney?', 'en'],
    ['comment OpenAI a réagi à la plainte de Disney contre Midjourney ?', 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['When did Disney sue Midjourney?', 'en', 'disney-universal-v-midjourney'],
    ['Why did Ben Stiller decide to organise the letter?', 'en', 'organisers'],
  ] as const)('"%s" → still answered', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
