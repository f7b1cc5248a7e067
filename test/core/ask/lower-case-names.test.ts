import { realFacts } from '../../helpers/core';

/**
 * Journalists type fast, in lower case. A question typed with no capital at all has none to tell a name by, so the
 * engine reads it as typed with them would be read:
 * "is gyllenhaal on the list? jake, i mean": a lone word typed as a name is (no dictionary's nor the data's), opening a
 * sentence or a clause, is the first name the asker means after a signatory's surname alone; the namesake is asked
 * about, never "Yes: Maggie Gyllenhaal" (a false "signed").
 */
describe('/ask engine: names in a question typed all in lower case', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);
  const verdictOf = (q: string, lang: 'en' | 'fr' = 'en') => {
    const out = ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'signatory' ? `${out.person}: ${facts().names.match(out.person).verdict}` : out.verdict;
  };

  it.each([
    ['is gyllenhaal on the list? jake, i mean', 'en'],
    ['gyllenhaal signed it - jake, right?', 'en'],
    ['gyllenhaal est sur la liste ? jake, je veux dire', 'fr'],
  ] as const)('"%s" → the namesake is not listed, no "signed"', (q, lang) => {
    expect(verdictOf(q, lang)).toBe('jake gyllenhaal: not_listed');
  });

  it('typed with capitals, the namesake is asked about as before', () => {
    expect(verdictOf('Is Gyllenhaal on the list? Jake, I mean')).toBe('Jake Gyllenhaal: not_listed');
  });

  it('a surname alone with no other name beside it is still the signatory ("did gyllenhaal sign?")', () => {
    const out = ask('did gyllenhaal sign?');
    expect(out.verdict === 'answered' && out.mode === 'signatory' && facts().names.match(out.person).verdict).toBe('signed');
  });
});
