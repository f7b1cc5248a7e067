import { realFacts } from '../../helpers/core';

/**
 * Three causes of declined questions seen across batches (b22, b43, b110, b119, b125, b127, b128; b100, b116, b133,
 * b139, b148; b56, b100, b126, b133), as data:
 * - "which rival country / foreign rival / bogeyman did OpenAI invoke" asks for the foreign competition the AI
 *   companies cited (`rivalry`: the facts' own "competition", "competitiveness"); "invoke" is a verb of arguing. A bare
 *   "rival(s)" is no such word ("who are OpenAI's rivals?" asks about the company, which no fact covers).
 * - "trending", "doing the rounds", "going round", "people are sharing" say where the asker saw the topic (chatter),
 *   not what is asked.
 * - "what consultation was the letter responding to?" is the RFI (data/facts.json gives that fact the phrasing), not
 *   only the OpenAI and Google comments the letter answers.
 */
describe('/ask engine: rival countries, social-media provenance, the consultation responded to', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Which rival did OpenAI paint as the bogeyman?', 'Which foreign rival did OpenAI invoke in its filing?', 'What bogeyman did OpenAI invoke?'])('"%s" → OpenAI\'s argument', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it.each(["That Stealing Isn't Innovation campaign is trending, who launched it?", "Stealing Isn't Innovation is doing the rounds again, who is behind it?"])('"%s" → the 2026 campaign', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it('"Which consultation was the letter responding to?" said loosely ("what consultation were they responding to?") → the RFI', () => {
    expect(ask('For a reader who missed it: what consultation were they responding to?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });

  it.each(['Who are the rivals of OpenAI?', 'Is Taylor Swift trending?', 'What did Mark Ruffalo post that is trending?'])('"%s": nothing in the story → not answered', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered' });
  });
});
