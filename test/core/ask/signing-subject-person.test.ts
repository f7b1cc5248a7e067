import { realFacts } from '../../helpers/core';

describe('/ask engine: who signs is a person, not a date, a thing the story names or an outlet', () => {
  it.each([
    ['On Monday did anyone sign?', 'en'],
    ['Is Thursday on the list?', 'en'],
    ['On Tuesday the court ruled; did the signatories react?', 'en'],
  ] as const)('"%s": a day\'s name is a date, never "… is not among the signatories"', (q, lang) => {
    expect(realFacts().ask.ask(q, lang).mode).not.toBe('signatory');
  });

  it.each([['Did Action Plan sign?'], ['Plan signed?']])('"%s": a word the story uses as a common noun is no one\'s name', (q) => {
    expect(realFacts().ask.ask(q, 'en').mode).not.toBe('signatory');
  });

  it.each([
    ['Did Politico sign the letter?', 'en'],
    ['Did Variety sign the letter?', 'en'],
    ['Le Parisien a signé la lettre ?', 'fr'],
  ] as const)('"%s": an outlet is no one the list could hold', (q, lang) => {
    expect(realFacts().ask.ask(q, lang).mode).not.toBe('signatory');
  });

  it.each([
    ['did zendaya sign', 'zendaya'],
    ['Did Baker sign?', 'Baker'],
    ['Is Bob Iger on the list?', 'Bob Iger'],
    ['Did Will Smith sign?', 'Smith'],
  ])('"%s" still asks whether that person signed', (q, person) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person });
  });

  it('"did ruffallo sign" still reads Mark Ruffalo, typed in lower case', () => {
    expect(realFacts().ask.ask('did ruffallo sign', 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ruffallo' });
  });
});
