import { realFacts } from '../../helpers/core';

/**
 * "Once the court ruled Anthropic's training was fair use, did the letter people respond?": like a company, a court or a
 * judge named right before a verb is its subject, and a company right after that verb is what the court ruled on, no
 * target the question gives the letter: not corrected with what the letter answers. "Did the letter attack Meta?" still is.
 */
describe('/ask engine: a company a court acted on is no value of the letter', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ["once the court ruled Anthropic's training was fair use in Bartz, did the letter people respond?", 'en'],
    ["after the judge ruled Meta's copying was fair use, what did the letter's signatories say?", 'en'],
  ] as const)('"%s" → not corrected with what the letter answers', (q, lang) => {
    expect(ask(q, lang)).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it.each([
    ['Did the letter attack Meta?', 'en'],
    ['la lettre attaque Meta ?', 'fr'],
  ] as const)('"%s" → still corrected', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});
