import { realFacts } from '../../helpers/core';

/**
 * "Who did the Hollywood folks send their letter to?", "who did they write to?": a preposition left at the end of the
 * question (`strandedLinks`) after a verb of sending (c:send) or of writing (`writingVerbs`, `addressingWords`), with a
 * question word before the verb, asks to whom the letter went, as "to whom was it sent?" does: the recipient, never
 * who sent it nor when. In French the question word may close the question after its preposition (« ils l'ont envoyée
 * à qui ? ») or open it behind one (« à qui ils l'ont envoyée ? »): a question all the same, never a bare word.
 */
describe('/ask engine: a preposition left at the end after a verb of sending asks the recipient (strandedLinks)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['en', 'who did the Hollywood folks send their letter to?'],
    ['en', 'who did they send the letter to?'],
    ['en', 'quick one for my newsletter: who did the stars actually send their letter to?'],
    ['en', 'who did they write to?'],
    ['en', 'who did they address it to?'],
    ['en', 'which office did they file it with?'],
    ['fr', "à qui ils l'ont envoyée ?"],
    ['fr', "ils l'ont envoyée à qui ?"],
    ['fr', 'ils ont écrit à qui ?'],
  ] as const)('[%s] "%s" → recipient', (lang, q) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it.each([
    ['en', 'when did they send the letter?', 'submission-date'],
    ['en', 'who wrote the letter?', 'organisers'],
  ] as const)('[%s] "%s" (no preposition left at the end) → %s', (lang, q, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});
