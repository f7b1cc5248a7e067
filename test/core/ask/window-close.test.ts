import { realFacts } from '../../helpers/core';

/**
 * A consultation or a comment window that "closed" (French "clos", "close") ended on its deadline: the verb is a word of
 * the `deadline` concept, as "closing date" and « clôture » were, so the question is read as asking when the comments
 * were due. A market or an edition that closes is no deadline the facts know: still declined.
 */
describe('/ask: a window or a consultation that closed asks for its deadline', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('"closed" / "clos" of the consultation is answered by the consultation, with its deadline', () => {
    expect(ask('the consultation closed on which day?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
    expect(ask('comment window closed when exactly')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
    expect(ask("l'appel à contributions était clos quand ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });

  it('a market or an edition that closes is still declined', () => {
    expect(ask('At what level did the Dow Jones close on Monday?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Where did Alphabet stock close on Friday?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('When does the print edition close tonight?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Has Asteria closed a new funding round?')).toMatchObject({ verdict: 'no_answer' });
  });
});
