import { realFacts } from '../../helpers/core';

/**
 * "what about jake gyllenhaal, maggie's brother": a relative named by whose they are, set off by a comma after the name
 * and closing the question, says who the one named is; like "what about", it asks nothing more, so the name alone is
 * asked about.
 */
describe('/ask engine: "what about X, Y\'s brother" asks about X', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const verdictOf = (q: string): string | null => {
    const outcome = ask(q);
    return outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null;
  };

  it.each([["what about jake gyllenhaal, maggie's brother"], ["what about lana wachowski, lilly's sister"]])('"%s" → the namesake, no one on the list', (q) => {
    expect(verdictOf(q)).toBe('not_listed');
  });

  it("the signatory so described still signed (\"what about lilly wachowski, lana's sister\")", () => {
    expect(verdictOf("what about lilly wachowski, lana's sister")).toBe('signed');
  });

  it.each([['et jake gyllenhaal, le frère de maggie ?'], ['et Jake Gyllenhaal, le frère de Maggie Gyllenhaal ?']])('« %s » (the word of kin first, then « de » and the owner) → the namesake', (q) => {
    const outcome = realFacts().ask.ask(q, 'fr');
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null).toBe('not_listed');
  });

  it('a relative alone, with no name beside it, is still no one asked about by name', () => {
    expect(ask("what about maggie's brother")).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
