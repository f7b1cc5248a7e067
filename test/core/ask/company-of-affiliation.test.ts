import { realFacts } from '../../helpers/core';

/**
 * "Chris Lehane, celui d'OpenAI, il a signé ?": a company named right after a word of affiliation ("d'", "from", "chez")
 * that follows a name or a pronoun says where a person works, not that the company signed: the person is checked against
 * the signatories, no correction with what the letter answers. "Was the letter signed by OpenAI?" is still corrected.
 */
describe('/ask engine: a company after a word of affiliation says whose a person is', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ["Sam Altman, celui d'OpenAI, a signé la lettre ? je dois vérifier avant diffusion", 'Sam Altman'],
    ['Kent Walker, celui de Google, il a signé la lettre lui aussi ? je vérifie avant diffusion', 'Kent Walker'],
  ] as const)('"%s" → %s is checked, not among the signatories', (q, person) => {
    const outcome = ask(q, 'fr');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person });
    expect(realFacts().names.match(person).verdict).toBe('not_listed');
  });

  it.each([
    ['was the letter signed by OpenAI?', 'en'],
    ['did the letter attack the comments of Meta?', 'en'],
  ] as const)('"%s" → still corrected with what the letter answers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});
