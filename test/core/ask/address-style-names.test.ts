import { realFacts } from '../../helpers/core';

/**
 * "Did Disney sue Character.AI?": a word typed with a capital inside a sentence and joined by a dot to two or three
 * letters ("Character.AI") is a name written as a web address, not the common word a fact uses ("characters"): a party
 * the data does not know, so the question is declined, never answered with the studios' suit against Midjourney. A
 * party the data knows is still answered.
 */
describe('/ask engine: a name written as a web address', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Did Disney sue Character.AI?', 'en'],
    ['Disney a-t-il attaqué Character.AI ?', 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['Did Disney sue Midjourney?', 'en', 'disney-universal-v-midjourney'],
    ['Did the U.S. Copyright Office publish a report on AI training?', 'en', 'copyright-office-may-2025'],
  ] as const)('"%s" → still answered', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
