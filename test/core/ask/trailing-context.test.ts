import { readFileSync } from 'fs';
import path from 'path';
import { Lexicon } from '../../../src/core/ask/lexicon';
import { firstAskingSentence } from '../../../src/core/ask/question-text';
import { conceptsSchema } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

const lexicon = new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8'))));
const concepts = (text: string, lang: 'en' | 'fr' = 'en'): string[] => lexicon.read(text, lang).terms.map((t) => t.term);

/**
 * A question followed by the asker's context or a follow-up ("…? My notes say…", "…? t'as un lien ?"), and words of
 * time that only approximate ("mid-March", "what exact day"): the question asked first is answered.
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

  it('"mid" in "mid-March" is a word of time, no unknown name; "what exact day" asks when', () => {
    expect(ask('when was the letter sent? I have mid-March in my notes')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(concepts('On what exact day was the letter filed?')).toContain('c:when');
    expect(ask('On what exact day was the letter filed?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});
