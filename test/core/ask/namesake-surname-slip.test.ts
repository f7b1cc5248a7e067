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

  it.each([
    ['Lana Wacohwski a signé? on a vu Wachowski dans une liste', 'fr'],
    ['lana wacohwski a signé ?', 'fr'],
    ['Did Lana Wacohwski sign? I saw Wachowski on a list', 'en'],
    ['Jake Gyllnehaal a signé ? j\'ai vu Gyllenhaal dans la liste', 'fr'],
  ] as const)('"%s" → a first name before the surname typed through a slip is the namesake; the surname alone again is hers, never the sister\'s "yes"', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    if (outcome.verdict !== 'answered' || outcome.mode !== 'signatory') return;
    expect(realFacts().names.match(outcome.person).verdict).toBe('not_listed');
    expect((outcome.others ?? []).map((n) => realFacts().names.match(n).verdict)).not.toContain('signed');
  });

  it('the name the reply shows carries the surname as the signatory spells it, capital included ("Lana Wachowski")', () => {
    const outcome = realFacts().ask.ask('lana wacohwski a signé ?', 'fr');
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? outcome.person : null).toBe('lana Wachowski');
    const typed = realFacts().ask.ask('Lana Wacohwski a signé? on a vu Wachowski dans une liste', 'fr');
    expect(typed.verdict === 'answered' && typed.mode === 'signatory' ? typed.person : null).toBe('Lana Wachowski');
  });

  it('the signatory\'s own first name before the same slip is still the signatory', () => {
    const outcome = realFacts().ask.ask('Lilly Wacohwski a signé ? on a vu Wachowski dans une liste', 'fr');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null).toBe('signed');
  });
});
