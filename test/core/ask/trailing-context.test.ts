import { firstAskingSentence } from '../../../src/core/ask/question-text';
import { realFacts } from '../../helpers/core';

/**
 * A question followed by the asker's context or a follow-up ("…? My notes say…", "…? t'as un lien ?"): the
 * question asked first is answered.
 */
describe('/ask: a question followed by context or a follow-up', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('common words no fact uses in a sentence of context after the asking one weigh little → the asking sentence\'s answer', () => {
    expect(ask('The letter, to whom was it sent exactly? In my notes it says the president but my colleague thinks some science office.')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'recipient' },
    });
  });

  it('of several "?", the first sentence that asks, clear alone, is answered when the whole is not', () => {
    expect(firstAskingSentence("la lettre a été remise quand ? t'as un lien ?", new Set())).toBe('la lettre a été remise quand ?');
    expect(firstAskingSentence('who organised the letter?', new Set())).toBeNull();
    expect(ask("la lettre a été remise quand ? t'as un lien ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});
