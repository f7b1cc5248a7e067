import { realFacts } from '../../helpers/core';

/**
 * "was X one of the people on the letter?": "one of the people on" is a word of being on the list (`onList`), as "one of
 * the names" and "among the people on" already were, so the name before it is who is asked about, listed or not. A
 * "people who organised it" question is not read so.
 */
describe('/ask engine: "one of the people on the letter"', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Was Scarlett Johansson one of the people on the March 2025 letter?', 'Scarlett Johansson'],
    ['Was Tom Hanks one of the people on the letter?', 'Tom Hanks'],
  ])('"%s" → the verdict on %s, not listed', (q, person) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person });
    expect(realFacts().names.match(person).verdict).toBe('not_listed');
  });

  it('a signatory asked so still gets "signed"', () => {
    expect(ask('Was Mark Ruffalo one of the people on the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Ruffalo' });
  });

  it('"one of the people who organised the letter" is no signatory question', () => {
    expect(ask('Was Tom Hanks one of the people who organised the letter?').mode).not.toBe('signatory');
  });
});
