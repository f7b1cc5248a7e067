import { realFacts } from '../../helpers/core';

/**
 * "Which body", "which arm", "some other body": the words a newsroom uses for the office a letter went to are the
 * agency concept's (concepts.json, as "organisme", "instance" are in French), so the recipient covers them.
 */
describe('/ask engine: "which body" / "which arm" name an office (concepts.json, agency)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    'which body did the Hollywood letter go to?',
    'which arm of the administration got the letter?',
  ])('"%s" asks which office received it → the recipient', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('"which government body" beside another office\'s report keeps to that report', () => {
    expect(ask('which government body issued the copyright report in May 2025?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });
});
