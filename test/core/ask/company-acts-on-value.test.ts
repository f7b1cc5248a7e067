import { realFacts } from '../../helpers/core';

/**
 * "Disney a attaqué Midjourney en juin : les signataires ont réagi ?": a company named right after a verb whose subject
 * is another company (Disney sued it) is what that company did to it, no target the question gives the letter: not
 * corrected with what the letter answers. A company the letter is said to attack, or to be signed by, still is.
 */
describe('/ask engine: a company acted on by another company is no value of the letter', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Disney a attaqué Midjourney en juin : les signataires de la lettre ont réagi ?', 'fr'],
    ['Warner Bros went after Midjourney too, did the signatories back them?', 'en'],
  ] as const)('"%s" → not corrected with what the letter answers', (q, lang) => {
    expect(ask(q, lang)).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it.each([
    ['Did the letter attack Meta?', 'en'],
    ['was the letter signed by OpenAI?', 'en'],
    ['la lettre attaque Meta ?', 'fr'],
  ] as const)('"%s" → still corrected', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});
