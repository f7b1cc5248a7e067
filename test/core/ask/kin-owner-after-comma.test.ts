import { realFacts } from '../../helpers/core';

/**
 * "did jake gyllenhaal, maggie's brother, sign?": the name that owns a relative by a possessive ("maggie's brother") is
 * the owner only after the last comma; the name before the comma is who that relative is, set beside it, and is asked about.
 */
describe('/ask engine: a name set beside "X\'s brother" after a comma is the one asked about', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([["did jake gyllenhaal, maggie's brother, sign?"], ["what about jake gyllenhaal, maggie's brother, did he sign"]])('"%s" → Jake Gyllenhaal, no one on the list', (q) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? outcome.person.toLowerCase() : null).toBe('jake gyllenhaal');
  });

  it('with no comma, the relative of the one named is still no one asked about by name ("Did Lilly Wachowski\'s sister sign?")', () => {
    expect(ask("Did Lilly Wachowski's sister sign?")).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
