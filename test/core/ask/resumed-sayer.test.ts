import { answeredFact } from '../../helpers/core';

// AnswerChecks.ownedPairs: a company set at the opening ("and Google, …", "OpenAI, …") and taken up again by a pronoun
// that is the subject of a verb of saying ("what did it tell", "qu'est-ce qu'ils ont plaidé") is who said it, as in "what
// did Google argue": the question asks for that company's own argument, not for what the letter answers (a fact about
// OpenAI and Google together) nor for their valuations.
describe('/ask engine: a name set at the opening and taken up by the pronoun of a verb of saying owns what is said', () => {
  it.each([
    ['and Google, what did it tell the government about training on copyrighted work?', 'en', 'google-argument'],
    ['Google, what did it tell the administration about fair use?', 'en', 'google-argument'],
    ['and Google — what did it argue to the White House?', 'en', 'google-argument'],
    ["Google, qu'est-ce qu'il soutenait dans son texte envoyé à la Maison Blanche ?", 'fr', 'google-argument'],
    ["et OpenAI, qu'est-ce qu'ils ont plaidé sur l'entraînement des modèles ?", 'fr', 'openai-argument'],
  ] as const)('"%s" (%s) → %s', (q, lang, fact) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });

  it('names joined by "and" and taken up together still ask what they said together', () => {
    expect(answeredFact('OpenAI and Google, what did they argue?', 'en')).toBe('responds-to-openai-google');
  });

  it('a pronoun of no verb of saying owns nothing: no argument answered', () => {
    expect(answeredFact('Google, did it sign the letter?', 'en')).toBeUndefined();
  });
});
