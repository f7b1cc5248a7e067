import { realFacts } from '../../helpers/core';

describe('/ask engine: a figure said of an event dated far from the story is not corrected by the story\'s figures', () => {
  it.each([
    ['Is it correct the 2007-08 WGA strike lasted 100 days?', 'en'],
    ['did the 2007 writers strike last 100 days?', 'en'],
    ['La grève des scénaristes de 2007 a duré 100 jours, c\'est ça ?', 'fr'],
  ] as const)('"%s" → declined, no correction by the 2023 strikes', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['did the 2021 WGA strike last 100 days?', 'en'],
    ['the writers strike lasted 90 days, right?', 'en'],
  ] as const)('"%s" (a year near the story\'s, or none) is still corrected by the 2023 strikes', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome).toMatchObject({ verdict: 'answered', correction: 'strike-figures' });
  });
});
