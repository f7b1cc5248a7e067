import { answeredFact, realFacts } from '../../helpers/core';

// checkNamesNotCarried: a month right after "since" / « depuis » dates what the question's subject did when that
// subject is a name the answer carries ("has Lyonne kept lobbying since March?"): the month is no name the answer
// must carry, and no rival that mentions March (the letter's date) is offered beside it.
describe('/ask engine: "since <month>" after a named subject is a date, not a name (checkNamesNotCarried)', () => {
  it.each([
    ['Has Natasha Lyonne kept lobbying since March?', 'en'],
    ['What has Lyonne been up to on AI since March?', 'en'],
    ['Where has Natasha Lyonne been on this since March?', 'en'],
    ['Natasha Lyonne a continué à faire pression depuis mars ?', 'fr'],
  ] as const)('"%s" → what Lyonne did after the letter', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('lyonne-lobbying');
  });

  it('without a named subject the month stays a name: a fragment is not answered with another campaign', () => {
    const reply = realFacts().ask.ask('kept campaigning since march? anything after the letter', 'en');
    expect(reply.verdict === 'answered' && 'fact' in reply && reply.fact.id === 'stealing-isnt-innovation').toBe(false);
  });
});
