import { realFacts } from '../../helpers/core';

/** The fact /ask answers with, or undefined when it declines, asks back or answers in another mode. */
const answered = (q: string, lang: 'en' | 'fr'): string | undefined => {
  const out = realFacts().ask.ask(q, lang);
  return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
};

describe('/ask engine: in an English question, a rare or French-only word in lower case may be a name standing where the fact\'s own would', () => {

  it('a rare English word in place of the organiser or the dismissed official → declined', () => {
    expect(answered('has heron kept lobbying in washington since the letter?', 'en')).toBeUndefined();
    expect(answered('juniper - back at her desk or still out?', 'en')).toBeUndefined();
  });

  it('a French-only word in place of the company that settled → declined', () => {
    expect(answered('sirocco paid authors about $4,000 a book, right?', 'en')).toBeUndefined();
  });

  it('the fact\'s own name, or no name at all → still answered', () => {
    expect(answered('has lyonne kept lobbying in washington since the letter?', 'en')).toBe('lyonne-lobbying');
    expect(answered('is the register of copyrights back at her desk or still out?', 'en')).toBe('perlmutter-lawsuit');
    expect(answered('anthropic paid authors about $3,000 a book, right?', 'en')).toBe('bartz-v-anthropic');
  });
});
