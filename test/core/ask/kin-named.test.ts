import { realFacts } from '../../helpers/core';

/**
 * "Did X's son James sign?": a given name typed right after a word of kin that a name owns is the relative's, who bears
 * the owner's surname. The relative is who is asked about, never the owner, who signed.
 */
describe('/ask engine: a relative named after a possessive and a word of kin ("Paul McCartney\'s son James")', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ["Did Paul McCartney's son James put his name to the letter?", 'James McCartney'],
    ["is Tom Hanks's son Colin among the signers?", 'Colin Hanks'],
  ])('"%s" → the verdict on %s, not on the owner', (q, person) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person });
    expect(realFacts().names.match(person).verdict).toBe('not_listed');
  });

  it('the owner\'s surname typed alone elsewhere ("or only Sir Paul\'s nickname") gives no "signed" for the owner first', () => {
    const outcome = ask("McCartney's son James, did he sign it, or only Macca?");
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'James McCartney' });
  });
});
