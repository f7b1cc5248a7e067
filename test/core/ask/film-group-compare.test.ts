import { realFacts } from '../../helpers/core';

/**
 * "the Hollywood crowd", "the film people", « les gens du cinéma »: in a comparison in time, a side that names only a
 * group of people (`groupNouns`) beside the word of film (c:movie), and at most their sending, names the film people who
 * signed: its event is the letter's filing, as "the signatories' one" is. A group that went on strike is no filing.
 */
describe('/ask comparisons: the film people as a side are the letter\'s signers', () => {
  const events = (q: string, lang: 'en' | 'fr'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it.each([
    ['did google file its comment before or after the hollywood crowd sent theirs?', 'en', '2025-03-13-google-proposal'],
    ['who filed first, openai or the film people?', 'en', '2025-03-13-openai-submission'],
    ['google a déposé avant ou après les gens du cinéma ?', 'fr', '2025-03-13-google-proposal'],
  ] as const)('"%s" → that filing against the letter\'s', (q, lang, filing) => {
    expect(events(q, lang)).toEqual([filing, '2025-03-15-letter-submitted']);
  });

  it('"…before or after the hollywood people walked out?" → no letter (their walking out is a strike)', () => {
    expect(events('did openai file before or after the hollywood people walked out?', 'en')).not.toContain('2025-03-15-letter-submitted');
  });
});
