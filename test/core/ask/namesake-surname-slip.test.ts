import { realFacts } from '../../helpers/core';

describe('/ask engine: a namesake whose surname is typed through a slip', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['wacohwski - did lana sign too, or just her sister?'],
    ['wacohwski - did lana sign too?'],
  ])('"%s" → the namesake is no one on the list, never the sister\'s "yes"', (q) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null).toBe('not_listed');
  });

  it('the signatory\'s own first name offered after "or" is read with the surname as spelt: she is who signed', () => {
    const outcome = ask('Did Jake Gyllnehaal sign, or was it only Maggie?');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? outcome.person.toLowerCase() : null).toBe('maggie gyllenhaal');
  });

  it('a signatory typed through the same slip is still a signatory', () => {
    expect(ask('did Maggie Gyllnehaal sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Wacohwski signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
