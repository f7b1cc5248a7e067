import { answeredFact } from '../../helpers/core';

describe('/ask engine: in an English question, a rare or French-only word in lower case may be a name standing where the fact\'s own would', () => {
  it('a rare English word in place of the organiser or the dismissed official → declined', () => {
    expect(answeredFact('has heron kept lobbying in washington since the letter?', 'en')).toBeUndefined();
    expect(answeredFact('juniper - back at her desk or still out?', 'en')).toBeUndefined();
  });

  it('a French-only word in place of the company that settled → declined', () => {
    expect(answeredFact('sirocco paid authors about $4,000 a book, right?', 'en')).toBeUndefined();
  });

  it('the fact\'s own name, or no name at all → still answered', () => {
    expect(answeredFact('has lyonne kept lobbying in washington since the letter?', 'en')).toBe('lyonne-lobbying');
    expect(answeredFact('is the register of copyrights back at her desk or still out?', 'en')).toBe('perlmutter-lawsuit');
    expect(answeredFact('anthropic paid authors about $3,000 a book, right?', 'en')).toBe('bartz-v-anthropic');
  });
});
