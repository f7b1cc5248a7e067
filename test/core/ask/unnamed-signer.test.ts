import { realFacts } from '../../helpers/core';

/**
 * "is she among the signatories?", "he's one of the people who signed the letter?", « il fait partie des gens qui ont
 * signé la lettre ? »: whether one person signed, asked of a pronoun alone, names nobody; /ask has no earlier message to
 * take the name from. The signatory count or the notable names would answer another question: declined, as "did she
 * sign?" already was. Named, the person is looked up as always; a role asked among the signers is a list.
 */
describe('/ask engine: whether someone named by a pronoun alone signed', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);

  it.each([
    ["he's one of the people who signed the letter?", 'en'],
    ['is she among the signatories?', 'en'],
    ['elle fait partie des signataires ?', 'fr'],
    ['il fait partie des gens qui ont signé la lettre ?', 'fr'],
    ["est-ce qu'elle fait partie des signataires ?", 'fr'],
  ] as const)('"%s" → declined, no count or names of others', (q, lang) => {
    const out = ask(q, lang);
    expect(out.verdict).toBe('no_answer');
  });

  it('named, the person is looked up ("Cate Blanchett, is she among the signatories?")', () => {
    const out = ask('Cate Blanchett, is she among the signatories?');
    expect(out.verdict === 'answered' && out.mode === 'signatory' && facts().names.match(out.person).verdict).toBe('signed');
  });

  it('a role among the signers is still a list ("y a-t-il des scénaristes parmi les signataires ?")', () => {
    const out = ask('y a-t-il des scénaristes parmi les signataires ?', 'fr');
    expect(out.verdict === 'answered' && out.mode).toBe('list');
  });
});
