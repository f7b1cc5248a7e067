import { realFacts } from '../../helpers/core';

/**
 * « Disney et Universal ont attaqué Midjourney combien de temps après la lettre ? »: a verb of a slot of the letter
 * whose every mention of the letter comes after it, right after a word of order ("après", "after"), says what happened
 * before or after the letter: the letter is a point in time, not the one that attacked. No premise of what the letter
 * targets is read, so it is not answered with what the letter responds to. The letter that does the verb is still read.
 */
describe('/ask engine: the letter after a word of order is a point in time, not the subject of a slot', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);
  const factOf = (out: ReturnType<typeof ask>): string | undefined => (out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined);
  const correctionOf = (out: ReturnType<typeof ask>): string | undefined => ('correction' in out ? out.correction : undefined);

  it.each([
    ['Disney et Universal ont attaqué Midjourney combien de temps après la lettre ?', 'fr'],
    ["Warner Bros a attaqué Midjourney trois mois après la lettre, c'est ça ?", 'fr'],
  ] as const)('"%s" → not corrected as the letter\'s targets', (q, lang) => {
    const out = ask(q, lang);
    expect(correctionOf(out)).not.toBe('targets');
    expect(factOf(out)).not.toBe('responds-to-openai-google');
  });

  it.each([
    ['la lettre attaque Meta, non ?', 'fr'],
    ['after the letter attacked Meta, how did Meta respond?', 'en'],
  ] as const)('the letter doing it: "%s" → still corrected', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });
});
