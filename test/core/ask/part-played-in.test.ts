import { realFacts } from '../../helpers/core';

describe("/ask engine: a cue of being in it after a word of someone's part is where the part is played, not the list", () => {
  it.each([
    ['Bryn Mooser, il a joué quel rôle là-dedans ?', 'fr'],
    ['Natasha Lyonne, son rôle là-dedans ?', 'fr'],
  ] as const)('"%s" → the organisers, not "yes, signed"', (q, lang) => {
    const outcome = realFacts().ask.ask(q, lang);
    expect(outcome.mode).not.toBe('signatory');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('organisers');
  });

  it.each([['Lindelof (the Lost guy) on the letter?'], ['Bryn Mooser, il est là-dedans ?']])('"%s" still asks whether that person is on the list', (q) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
