import { readFileSync } from 'fs';
import path from 'path';
import { Lexicon } from '../../../src/core/ask/lexicon';
import { conceptsSchema } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

const lexicon = new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8'))));
const terms = (text: string): string[] => lexicon.read(text, 'en').terms.map((t) => t.term);

/** An outlet that "ran" or "carried" a piece published it, whatever names the piece between (`runVerbs`, `runNouns`). */
describe('/ask: running a piece is publishing it', () => {
  it('"carried the wire story", "ran the AFP version" read as publishing', () => {
    expect(terms('which paper carried the wire story?')).toContain('c:publish');
    expect(terms('who ran the AFP version first?')).toContain('c:publish');
  });

  it('running something else is no publishing', () => {
    expect(terms('who ran the campaign in 2026?')).not.toContain('c:publish');
    expect(terms('which strike ran longer?')).not.toContain('c:publish');
  });

  it('"which French paper ran the AFP version, and when?" → the press coverage, no choice with the article\'s errors', () => {
    expect(realFacts().ask.ask('which French paper ran the AFP version, and when?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });
});
