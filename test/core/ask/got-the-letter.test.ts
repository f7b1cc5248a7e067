import { realFacts } from '../../helpers/core';

// data/concepts.json word list `gotVerbs`, parse.ts withGotLetterRead: "who got the letter?" asks who received it, as
// "who received the letter?" does, not who organised it; "who got the letter going?" still asks who organised it.
describe('/ask engine: "who got the letter" asks who received it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Who gets the letter?', 'so who got this letter?', 'ok and who got the petition?'])('"%s" → recipient', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('getting the letter going or started is organising it', () => {
    expect(ask('who got the letter going?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('so who got this letter started?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});
