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

/**
 * "Which bit of the government was the letter lodged with?", "à quelle administration la lettre a-t-elle été envoyée ?":
 * a question that opens by asking which thing of a kind, with no word of a time (`timeNouns`, the `span` cue), is not
 * answered by the fact about the date the letter was sent; "what was the submission date?" still is.
 */
describe('/ask engine: which thing of a kind is not answered by a fact about a date (timeNouns)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['fr', 'à quelle administration la lettre a-t-elle été envoyée ?'],
    ['fr', 'auprès de quelle administration la lettre a-t-elle été déposée ?'],
  ] as const)('[%s] "%s" asks which thing: not answered with the submission date', (lang, q) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'clarify', candidates: [{ fact: { id: 'submission-date' } }, {}] });
  });

  it.each([
    ['en', 'what was the submission date?', 'submission-date'],
    ['en', 'which day was it sent?', 'submission-date'],
    ['en', 'what weekday was the letter filed?', 'submission-date'],
    ['fr', "quelle est la date d'envoi de la lettre ?", 'submission-date'],
    ['en', 'which agency was the letter sent to?', 'recipient'],
    // "lodged with" is a phrase of the recipient concept: the question names where the letter went, and its fact answers.
    ['en', 'which bit of the US government was the letter lodged with?', 'recipient'],
    // The "to" left at the end after "sent off" makes one phrase with the verb (strandedLinks): the recipient is asked.
    ['en', 'which part of the administration was the letter sent off to?', 'recipient'],
  ] as const)('[%s] "%s" → %s', (lang, q, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});
