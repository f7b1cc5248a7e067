import { realFacts } from '../../helpers/core';

describe('/ask engine: "un internaute" is who passes a figure on, no name (data/concepts.json, stop words)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['À combien la lettre estime-t-elle OpenAI ? Un internaute parle de cent milliards.', 'La lettre estime Google à combien ? un internaute parle de 3000 milliards'])(
    '"%s": the sentence after the question only reports what a reader says → the valuations',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    },
  );

  it('another company asked on a reader\'s behalf is still declined', () => {
    expect(ask('un internaute demande : quelle est la valeur de netflix ?')).toMatchObject({ verdict: 'no_answer' });
  });
});
