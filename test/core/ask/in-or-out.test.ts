import { realFacts } from '../../helpers/core';

/**
 * "Ruffalo — in or out?", "Stiller dedans ?": a question of a name and "in" or "out" alone (or both around "or") asks
 * whether the one named is on the list, as "yes or no" does (`nameOnlyWords`): the verdict, never a fact.
 */
describe('/ask engine: a name and "in or out" asks for the verdict', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['mark ruffalo: in or out?', 'en'],
    ['Stiller dedans ?', 'fr'],
    ['ruffalo, dedans ou dehors ?', 'fr'],
  ] as const)('"%s" (%s) → the signatory verdict', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('someone no signatory is, so asked, is not listed, never "signed"', () => {
    const outcome = ask('Tom Hanks, in or out?');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(realFacts().names.match(outcome.mode === 'signatory' ? outcome.person : '').verdict).toBe('not_listed');
  });

  it('"in or out" with no name asks nothing of anyone', () => {
    expect(ask('in or out?')).not.toMatchObject({ mode: 'signatory' });
  });
});
