import { realFacts } from '../../helpers/core';

describe('/ask engine: premises are corrected, not answered as asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Why did Tom Hanks organize it?', 'Did Cate Blanchett lead the letter?', 'Pourquoi Spielberg a lancé cette lettre ?'])(
    '"%s" → the organisers (whose answer says who did)',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    },
  );

  it('a question about whom the letter targets sets the company named aside', () => {
    expect(ask('Why does the letter target Amazon?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('the campaign a name organised is still found by its own words', () => {
    expect(ask("who organised the Stealing Isn't Innovation campaign?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it('an executive order asked by its number is read as a name, not a figure to check', () => {
    expect(ask('Le décret 14179, ça dit quoi ?')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'executive-order-14179' } });
  });
});
