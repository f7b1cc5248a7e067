import { realFacts } from '../../helpers/core';

/**
 * "is natasha lyon on it lol autocorrect": a word of laughter (`laughWords`: "lol", "mdr") closes what is said as a mark
 * does, so a word after it is a remark of its own, no thing the "on it" before it joins: the question still asks whether
 * the one named is on the list.
 */
describe('/ask engine: a word of laughter closes the clause of "on it"', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([['is natasha lyon on it lol autocorrect'], ['is natasha lyon on it mdr autocorrect']])('"%s" → the signatory verdict: she signed', (q) => {
    const outcome = ask(q);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).match?.id : null).toBe('natasha-lyonne');
  });

  it('a thing right after "il y est", with no laughter between, is still what is asked of ("Trump, il y est mentionné ?")', () => {
    expect(ask('Trump, il y est mentionné ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'trump-named' } });
  });
});
