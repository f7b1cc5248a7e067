import { realFacts } from '../../helpers/core';

// data/concepts.json `premises` "organiser" (near, with a verb of writing): « la lettre a été écrite par le syndicat
// SAG-AFTRA » names a union as the letter's author, several words from the letter but tied to it by the passive alone
// ("a été écrite par le", "was written by the"): a wrong organiser, corrected by who organised the letter. No claim
// when the union is not tied to the letter by those words.
describe('/ask engine: a letter said to be written by a union is corrected by its organisers', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['la lettre a été écrite par le syndicat SAG-AFTRA, non ?', 'fr'],
    ['La lettre a été écrite par la guilde des scénaristes ?', 'fr'],
  ] as const)('"%s" → corrected by organisers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
  });

  it.each([['la lettre a été écrite après la grève du syndicat des acteurs ?', 'fr']] as const)('no organiser claimed: "%s" is not corrected as such', (q, lang) => {
    const out = ask(q, lang);
    expect('correction' in out ? out.correction : undefined).not.toBe('organiser');
  });
});
