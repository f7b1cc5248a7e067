import { realFacts } from '../../helpers/core';

/**
 * Adverbs of degree ("pretty sure", "quite sure", "fairly sure") carry no content of the story and name no one: read as
 * a word that may be a name, "pretty" stood beside the name asked about, and no one was asked about (`data/concepts.json`
 * stopwords).
 */
describe('/ask: "pretty sure X was on the letter" asks about X', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([['pretty sure zendaya was on the march 2025 letter, can u confirm'], ['quite sure zendaya was on the march 2025 letter, can u confirm']])('"%s" → Zendaya, not listed', (q) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null).toBe('not_listed');
  });

  it('a signatory so asked about still signed', () => {
    const outcome = ask('pretty sure ruffalo was on the march 2025 letter, can u confirm');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).match?.id : null).toBe('mark-ruffalo');
  });
});
