import { realFacts } from '../../helpers/core';

/**
 * « Qu'est devenue Perlmutter après la lettre des stars ? »: "qu'est devenu(e)(s)" (what became of) opens a question
 * (a `wh` cue, `data/concepts.json`) as "what became of" does in English; without it the question had no question word,
 * and "après la lettre" made it a comparison in time of her firing with the letter, where her fate is asked.
 */
describe('/ask engine: « qu\'est devenue X après la lettre ? » asks what became of X, no comparison', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it.each([
    'Qu\'est devenue Perlmutter après la lettre des stars ?',
    'qu\'est devenue shira perlmutter après la lettre d\'hollywood',
  ])('"%s" → perlmutter-lawsuit', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'perlmutter-lawsuit' } });
  });

  it('« Perlmutter a été limogée après la lettre ? » still compares the firing with the letter', () => {
    expect(ask('Perlmutter a été limogée après la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});
