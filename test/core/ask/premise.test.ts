import { realFacts } from '../../helpers/core';

describe('/ask premises: a role or date of the letter put on the wrong value is corrected by the fact that holds it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['did the letter go to the White House in February 2025?', 'la lettre a été remise à la Maison Blanche en février ?'])(
    'a wrong month said of the letter going to its addressee → the submission date: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    },
  );

  it('the letter sent to its true addressee with no date given is no date premise', () => {
    expect(ask('Which office was the letter sent to?')).not.toMatchObject({ correction: 'date' });
  });

  it('a congressional body as the letter\'s receiver → the recipient', () => {
    expect(ask('which congressional committee received the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});
