import { answeredFact, realFacts } from '../../helpers/core';

// asksUnreportedCoverage: what an outlet no fact names (the `outlet` premise's values, less those a fact's text names)
// wrote, said or how it covered the story is in no fact: declined, never a fact of the words it wrote about.
// asksPromiseKept: a yes/no question whether a promise is kept by now (a word of `alreadyWords` and of `promiseWords`)
// asks past the story's dated facts, which give the promise: declined, never the promised figure.
describe('/ask engine: what an unreported outlet wrote, and whether a promise is kept by now, are declined', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['What did the Hollywood Reporter say about the open letter from the actors?', 'en'],
    ['What has the Hollywood Reporter written on the Hollywood letter to the White House?', 'en'],
    ["Qu'a dit le Hollywood Reporter sur la lettre des 400 artistes ?", 'fr'],
    ['Stargate a-t-il déjà créé les emplois promis ?', 'fr'],
    ['Has Stargate already created the 100,000 jobs it promised?', 'en'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    // A claim that an outlet had it first is a premise the press coverage corrects; an outlet a fact names is answered;
    // "tout le monde" is everyone, no outlet.
    ['c le new york times qui a revele la lettre en premier ?', 'fr', 'press-coverage'],
    ['What did Natasha Lyonne tell the Wall Street Journal?', 'en', 'lyonne-lobbying'],
    ["c'est quoi la RFI dont tout le monde parle ?", 'fr', 'ai-action-plan-rfi'],
  ] as const)('"%s" still answers %s', (q, lang, fact) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });
});
