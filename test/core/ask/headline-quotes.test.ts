import { realFacts } from '../../helpers/core';

/**
 * A wording quoted right after a word of headlining (`data/concepts.json` word list `headlineWords`: "our headline
 * reads '…'", « le titre dit « … » ») is how the press put the story, the claim the asker checks: its words (but for
 * its names and figures) and the word of headlining are not what the question asks, so a headline's "stars beg…"
 * does not pull a question on whether the letter names Trump to the right-wing outlets' reaction.
 */
describe('/ask: a quoted headline is the claim checked, not the question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, q.includes('«') ? 'fr' : 'en');

  it.each([
    ["Our headline reads 'stars beg Trump for help' — is Trump actually named in the letter?"],
    ["The hed says 'celebrities plead with Trump'. Does the letter itself name Trump?"],
    ["Before we headline 'stars ask Trump for help', can you confirm the letter names Trump?"],
    ['Le titre dit « les stars demandent l’aide de Trump » : Trump est-il nommé dans la lettre ?'],
    ['On titre « des stars implorent Trump » ; la lettre cite-t-elle Trump ?'],
  ])('"%s" asks whether the letter names Trump', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
  });

  it("a headline's own words do not pull the question to the outlets' reaction", () => {
    expect(ask("Our headline says 'anti-Trump stars now want his help' — is Trump named in the text?")).not.toMatchObject({ fact: { id: 'conservative-reaction' } });
  });

  it.each([["every headline says 'stars urge hollande' — does the letter itself mention him by name?"], ["our hed says 'stars beg sarkozy' — does the letter name him?"]])(
    '"%s": a quoted word no fact uses, a name typed in lower case, still sets another topic',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
    },
  );

  it('a figure quoted in a headline is still checked', () => {
    expect(ask("Our headline says 'over 400 stars sign' — how many people signed the letter?")).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});
