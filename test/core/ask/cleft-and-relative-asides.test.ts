import { realFacts } from '../../helpers/core';

/**
 * "Was it Jake Gyllenhaal who signed?", « C'est Omar Sy qui a signé ? »: a cleft asks whether the one in focus signed,
 * as "did X sign?" does; its "who" or "qui" is the relative that closes the focus, no question word. « Omar Sy, qui vit
 * à Los Angeles, a-t-il signé ? »: a relative aside set off on both sides says who that one is, and asks nothing either.
 * Someone no signatory is comes out "not among the N names", never "signed"; a namesake of a signatory neither.
 */
describe('/ask engine: a cleft or a relative aside around the one asked about', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);
  const verdictOn = (q: string, lang: 'en' | 'fr' = 'en') => {
    const out = ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'signatory' ? { person: out.person, verdict: facts().names.match(out.person).verdict } : { verdict: out.verdict };
  };

  it.each([
    ['Was it Jake Gyllenhaal who signed?', 'en', 'Jake Gyllenhaal'],
    ['is that Lana Wachowski who has signed?', 'en', 'Lana Wachowski'],
    ["C'est Omar Sy qui a signé ?", 'fr', 'Omar Sy'],
    ["Omar Sy, qui vit à Los Angeles, a-t-il signé ?", 'fr', 'Omar Sy'],
    ['Tom Cruise, who lives in Los Angeles, signed?', 'en', 'Tom Cruise'],
  ] as const)('"%s" → not among the names we have, of the one asked about', (q, lang, person) => {
    expect(verdictOn(q, lang)).toEqual({ person, verdict: 'not_listed' });
  });

  it('a choice of two in focus, neither a signatory → not among the names, never "signed"', () => {
    expect(verdictOn("C'est Emma Stone ou Emma Watson qui a signé ?", 'fr')).toMatchObject({ verdict: 'not_listed' });
  });

  it('a signatory in focus is answered as signed', () => {
    expect(verdictOn('was it Lilly Wachowski who signed?')).toEqual({ person: 'Lilly Wachowski', verdict: 'signed' });
  });

  it('no one in focus, or a thing signed before the relative, is no cleft of a signer', () => {
    expect(ask('Who was it that signed first?')).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask("le décret de janvier, c'est Biden qui l'a signé ?", 'fr')).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Omar Sy, who signed?')).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
