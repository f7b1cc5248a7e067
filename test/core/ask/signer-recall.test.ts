import { realFacts } from '../../helpers/core';

/**
 * "Did X sign?" asked with words around the name that are no part of it: an adverb of certainty after a lone surname
 * ("Is Blanchett definitely a signatory?"), or an opinion tag (« stiller est dedans tu penses ? »). The signatory
 * matcher's verdict is given, as without them; someone the data does not hold is never "signed".
 */
describe('/ask engine: a signatory verdict through words around the name', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);
  const verdictOf = (q: string, lang: 'en' | 'fr' = 'en'): string | null => {
    const out = ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'signatory' ? facts().names.match(out.person).verdict : null;
  };

  it.each([
    ['Is Blanchett definitely a signatory?', 'en'],
    ['Blanchett definitely signed?', 'en'],
    ['is stiller certainly on the list', 'en'],
    ['stiller est dedans tu penses?', 'fr'],
  ] as const)('"%s" → signed', (q, lang) => {
    expect(verdictOf(q, lang)).toBe('signed');
  });

  it('an adverb after a name no signatory bears never makes it "signed" ("did Tom Hanks definitely sign?")', () => {
    expect(verdictOf('did Tom Hanks definitely sign?')).not.toBe('signed');
  });
});
