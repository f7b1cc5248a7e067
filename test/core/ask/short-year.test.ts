import { realFacts } from '../../helpers/core';

describe('/ask engine: a year typed with two digits after "in" is the year of the story\'s century', () => {
  it.each([['which came first in 23, the writers deal or the actors deal'], ["which came first in '23, the writers deal or the actors deal"]])(
    '"%s" → the two 2023 deals compared',
    (q) => {
      const outcome = realFacts().ask.ask(q, 'en');
      expect(outcome).toMatchObject({ verdict: 'answered', mode: 'compare' });
    },
  );

  it('"actors going back" is the end of their strike: "Gap between writers going back to work and actors going back in \'23?"', () => {
    const outcome = realFacts().ask.ask("Gap between writers going back to work and actors going back in '23?", 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(JSON.stringify(outcome)).toContain('2023-11-09-sag-aftra-strike-ends');
  });
});
