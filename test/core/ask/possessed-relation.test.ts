import { realFacts } from '../../helpers/core';

/**
 * "did his colleague sign?", "son collègue a signé ?": a common word in lower case right after a word that stands back
 * for someone (the `refers` cue: "his", "son") is a relation of someone named elsewhere, no one's name. No "not among
 * the names" is given for "colleague" as if it were a person.
 */
describe('/ask engine: a common noun after a possessive is no name', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['and her agent, did that one sign as well?', 'en'],
    ['son voisin a-t-il signé lui aussi ?', 'fr'],
    ['did his colleague sign too?', 'en'],
  ] as const)('"%s" (%s) → no signatory verdict on the common noun', (q, lang) => {
    expect(ask(q, lang)).not.toMatchObject({ mode: 'signatory' });
  });

  it('a name after the possessive is still who is asked about ("his partner Bryn Mooser")', () => {
    expect(ask('did his partner Bryn Mooser sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Bryn Mooser' });
  });
});
