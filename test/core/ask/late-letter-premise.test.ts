import { realFacts } from '../../helpers/core';

// premise.ts, data/concepts.json `premises` "late": the letter was filed on the last day of the comment period, so a
// question that has it miss the deadline ("the letter missed the comment deadline", « a manqué la date limite »), or sent
// or arrive after it ("came in past the RFI deadline"), takes a wrong fact for granted: the submission date corrects it.
// "After" alone is no claim of lateness: the letter's signatures gathered after the deadline, or what the White House did
// with it then, are other questions, and a company's filing is no letter.
describe('/ask engine: a letter said to be late for the deadline is corrected by the date it was filed', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['so the letter came in past the RFI deadline?', 'en'],
    ['how come the letter missed the comment deadline?', 'en'],
    ['pourquoi la lettre a-t-elle manqué la date limite ?', 'fr'],
  ] as const)('"%s" → corrected by submission-date', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'late' });
  });

  it.each([
    ['did the letter get more signatures after the deadline?', 'en'],
    ['was the letter filed before the deadline?', 'en'],
    ['did OpenAI file after the deadline?', 'en'],
  ] as const)('no lateness claimed of the letter: "%s" is not corrected as late', (q, lang) => {
    const out = ask(q, lang);
    expect('correction' in out ? out.correction : undefined).not.toBe('late');
  });
});
