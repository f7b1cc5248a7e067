import { realFacts } from '../../helpers/core';

describe('/ask engine: a count fact asked one of its own questions that asks no number (refine.ts, checkHowManyFact)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["les signatures ont continué d'arriver après l'envoi de la lettre ?", 'est-ce que des signatures ont été ajoutées après le dépôt ?'])(
    '"%s": whether signatures kept coming is the signer count\'s own question, which its answer says → answered by it',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    },
  );

  it('"ils ont continué à récolter des signatures…" asks of who collected them, which the count does not carry: still offered with the filing', () => {
    expect(ask("ils ont continué à récolter des signatures après l'envoi ?")).toMatchObject({ verdict: 'clarify' });
  });

  it('a question that asks no number and holds no phrasing of the count whole is still offered, not answered by it', () => {
    expect(ask("la consultation, c'était une réponse à quel appel ?")).toMatchObject({ verdict: 'clarify' });
  });
});
