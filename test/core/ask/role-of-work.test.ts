import { realFacts } from '../../helpers/core';

/**
 * "the Moonlight director signed?", "le réalisateur de Moonlight a signé ?": words read as a name that a role noun governs
 * (after an article and before the role, or after the role and "of"/"de") name a work, and the one asked about is who
 * holds the role. No verdict on those words as a name answers it: never "not among the names".
 */
describe('/ask engine: a work named through a role ("the X director")', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['the moonlight director signed, right?', 'en'],
    ['did the Whiplash director sign?', 'en'],
    ['the director of Parasite Memories signed?', 'en'],
    ['le réalisateur de Parasite Memories a signé ?', 'fr'],
  ] as const)('"%s" (%s) → no signatory verdict', (q, lang) => {
    expect(ask(q, lang).mode).not.toBe('signatory');
  });

  it('a full name with no role beside it is still "not among the names"', () => {
    expect(ask('did Barry Jenkins sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Barry Jenkins' });
  });
});
