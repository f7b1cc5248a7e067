import { realFacts } from '../../helpers/core';

/**
 * "Où la lettre a-t-elle été déposée ?", "la lettre a été déposée où ?": a question word of place opening or closing a
 * question (`placeQuestionWords`) asks where; the fact about the date the letter was sent (most of its own questions
 * ask when) does not say where, so it is never the answer: it is offered beside the closest other fact. A date asked
 * too, a figure it may correct, or a word of origin ("ça vient d'où ?": a source) keep the reading as before.
 */
describe('/ask engine: a question of place is not answered by a fact about a date (placeQuestionWords)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    'où la lettre a-t-elle été déposée ?',
    'la lettre a été déposée où ?',
    'où a été envoyée la lettre ?',
    "c'est où qu'ils ont déposé la lettre ?",
    'où est-ce que la lettre a été envoyée ?',
  ])('"%s" asks where: not answered with the submission date', (q) => {
    expect(ask(q, 'fr')).toMatchObject({ verdict: 'clarify', candidates: [{ fact: { id: 'submission-date' } }, {}] });
  });

  it.each([
    ['en', 'where was the letter submitted?', 'recipient'],
    ['en', 'the letter was filed where?', 'recipient'],
    ['fr', 'quand la lettre a-t-elle été déposée ?', 'submission-date'],
    ['fr', 'la lettre a été déposée quand et où ?', 'submission-date'],
    ['fr', 'le chiffre de 450 signataires, ça vient d\'où ?', 'signatory-count'],
    ['fr', 'où lire la lettre en entier ?', 'full-text-and-list'],
  ] as const)('[%s] "%s" → %s', (lang, q, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});
