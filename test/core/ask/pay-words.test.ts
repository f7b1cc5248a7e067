import { realFacts } from '../../helpers/core';

/** "Freeloading", "free ride": taking without paying, so the pay concept's (concepts.json) → what the letter demands. */
describe('/ask engine: "freeloading" / "free ride" say not paying (concepts.json, pay)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['what do the signatories want AI firms to do instead of freeloading?', 'what does the letter want instead of a free ride for AI firms?'])(
    '"%s" asks what they demand → the demands',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    },
  );
});
