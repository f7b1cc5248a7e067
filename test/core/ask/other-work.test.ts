import { realFacts } from '../../helpers/core';

// parse.ts withOtherWorkRead: a noun of work right after a word of "other" ("other jobs", "other kinds of workers",
// « autres emplois ») asks which trades beyond the story's own the letter names, not how many jobs it supports.
describe('/ask engine: "other jobs" asks about the industries beyond entertainment', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['which other jobs does the letter say are threatened too?', 'en'],
    ['what other kinds of workers does the letter mention?', 'en'],
    ['la lettre cite quels autres emplois menacés ?', 'fr'],
  ] as const)('"%s" → other-industries', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
  });

  it('a count of jobs is still the economic stakes', () => {
    expect(ask('how many jobs does the letter say the industry supports?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });
});
