import { realFacts } from '../../helpers/core';

/**
 * "whats this asteria outfit lyonne is involved with": "whats", typed without its apostrophe, is the question word "what's"
 * (the `wh` cue, as "whos" is "who's"). A question it opens asks what a thing is, never whether the words around a verb of
 * taking part ("is involved") name a signatory: no "not on the list" for "asteria outfit lyonne".
 */
describe('/ask engine: "whats" opens a question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['whats this asteria outfit lyonne is involved with', 'whats the company mark ruffalo is involved with'])('"%s" → no signatory verdict', (q) => {
    expect(ask(q).mode).not.toBe('signatory');
  });

  it('"whats the RFI" → still the RFI', () => {
    expect(ask('whats the RFI')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });
});
