import { realFacts } from '../../helpers/core';

describe('/ask engine: a name none of the offered facts carries', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a known company named beside facts that never speak of it → declined, no choice offered', () => {
    const out = ask('Which points did Meta raise in the filing it sent for the AI Action Plan?');
    expect(out).toMatchObject({ verdict: 'no_answer' });
  });
});
