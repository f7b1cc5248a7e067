import { realFacts } from '../../helpers/core';

// data/concepts.json `premises` "organiser" with subject "effort": "the effort", « l'opération » name the undertaking a
// verb of organising is said of as the letter does ("Ben Stiller spearheaded the effort"): a wrong organiser named so
// takes a wrong fact for granted, which the organisers' fact corrects as it does for "Ben Stiller organised the letter".
// A real organiser (Natasha Lyonne, Bryn Mooser) is no wrong value; the word alone, with no name and no verb of
// organising, asserts nothing; a campaign ("Stealing Isn't Innovation") is another undertaking, not the letter.
describe('/ask engine: a wrong organiser of "the effort" / « l\'opération » is corrected by the organisers', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);
  const correctionOf = (out: ReturnType<typeof ask>): string | undefined => ('correction' in out ? out.correction : undefined);

  it.each([
    ['Since Tom Hanks spearheaded the effort, what did he say about it?', 'en'],
    ['Ben Stiller was the driving force behind the whole effort, right?', 'en'],
    ["pourquoi Meryl Streep a organisé toute l'opération ?", 'fr'],
    ["Cate Blanchett a piloté l'opération, c'est bien ça ?", 'fr'],
  ] as const)('"%s" → corrected by organisers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
  });

  it.each([
    ['Natasha Lyonne spearheaded the effort, right?', 'en'],
    ["c'est Bryn Mooser qui a piloté l'opération avec Natasha Lyonne ?", 'fr'],
    ['who led the effort?', 'en'],
    ["c'est quoi le bilan de l'opération ?", 'fr'],
  ] as const)('no wrong organiser: "%s" is not corrected', (q, lang) => {
    expect(correctionOf(ask(q, lang))).not.toBe('organiser');
  });
});
