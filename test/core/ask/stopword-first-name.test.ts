import { realFacts } from '../../helpers/core';

/**
 * A signatory's first name that is a stop word too (« ben », French filler) is a name when typed with a capital after the
 * question's first word, once: the question asks about that first name, which /signatory then asks "which one?" about.
 */
describe('/ask engine: "did Ben sign?" asks about a first name that is also a stop word', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['did Ben sign?', 'en'],
    ['Et Ben, il a signé la lettre ?', 'fr'],
  ] as const)('"%s" → the signatory check for "Ben"', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben' });
  });

  // In lower case, as the one word between an English auxiliary and the verb of signing: no French filler stands there.
  it.each(['did ben sign?', 'has ben signed the letter?'])('"%s" → the signatory check for "ben", as typed', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ben' });
  });

  it('« ben » as French filler stays filler ("ben, est-ce que Ruffalo a signé ?" asks about Ruffalo)', () => {
    expect(ask('ben, est-ce que Ruffalo a signé ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });

  it('the first name alone is no sure answer: the name matcher asks which Ben', () => {
    expect(realFacts().names.match('Ben')).toMatchObject({ verdict: 'ambiguous', reason: 'first_name_only' });
  });

  it('typed twice, the one named in full is asked about ("Is Ben Affleck on it? I know a Ben signed")', () => {
    expect(ask('Is Ben Affleck on it? I know a Ben signed')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben Affleck' });
  });
});
