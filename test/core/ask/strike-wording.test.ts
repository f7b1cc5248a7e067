import { answeredFact, realFacts } from '../../helpers/core';

/**
 * Two wordings of the 2023 strikes that /ask misread: "walk off" (to stop work, as "walk out" and "walked off the job"
 * already were) was two plain words no fact carries, and « à l'issue de » (at the end of) was read as c:publish by
 * "issue", a word of publishing. Read as c:strike and c:end (`data/concepts.json`), the strikes fact answers them.
 */
describe('/ask engine: "walk off" is to strike, « à l\'issue de » is at the end of', () => {
  it.each([
    ['how long were the actors walked off for?', 'en'],
    ['when did the writers walk off?', 'en'],
    ['the writers walked off over AI, what did they get?', 'en'],
    ["à l'issue de leur grève, les acteurs ont eu quoi sur l'IA ?", 'fr'],
    ["qu'ont gagné les comédiens sur l'IA à l'issue de la grève ?", 'fr'],
  ] as const)('"%s" → the 2023 strikes', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('strikes-2023');
  });

  it('« l\'issue du vote » (its outcome, no « à ») is not read as an end', () => {
    const read = realFacts().ask.lexicon.read("l'issue du vote", 'fr');
    expect(read.terms.some((t) => t.term === 'c:end')).toBe(false);
  });
});
