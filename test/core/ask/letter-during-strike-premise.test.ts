import { realFacts } from '../../helpers/core';

// data/concepts.json `premises` "date" (asserted by a strike): the letter was filed in March 2025, long after the 2023
// strikes, so a question that has it written or sent "during" a strike (« écrite pendant la grève de 2023 », "sent amid
// the actors' strike") takes a wrong date for granted: the submission date corrects it. Only with a verb of writing,
// sending or publishing the letter: what the letter says the actors won during the strike is another question.
describe('/ask engine: a letter said to be written during a strike is corrected by the date it was filed', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Was the letter written during the 2023 strike?', 'en'],
    ["so the letter was sent amid the actors' strike?", 'en'],
    ['La lettre a été envoyée pendant la grève des acteurs ?', 'fr'],
  ] as const)('"%s" → corrected by submission-date', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it.each([
    ['did the letter mention what actors won during the strike?', 'en'],
    ['La lettre parle de ce que les acteurs ont obtenu pendant la grève ?', 'fr'],
  ] as const)('no date claimed of the letter: "%s" is not corrected', (q, lang) => {
    const out = ask(q, lang);
    expect('correction' in out ? out.correction : undefined).not.toBe('date');
  });
});
