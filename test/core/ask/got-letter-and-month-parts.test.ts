import { readFileSync } from 'fs';
import path from 'path';
import { Lexicon } from '../../../src/core/ask/lexicon';
import { conceptsSchema } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

const lexicon = new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8'))));
const terms = (text: string, lang: 'en' | 'fr' = 'en'): string[] => lexicon.read(text, lang).terms.map((t) => t.term);

/** "Who got the letter?": a form of "get" whose object is the letter says who received it (`receivingGets`). */
describe('/ask: getting the letter is receiving it', () => {
  it('"got the letter", "got the Hollywood letter" read as receiving, the letter kept', () => {
    expect(terms('who got the letter?')).toEqual(expect.arrayContaining(['c:receive', 'c:letter']));
    expect(terms('which committee got the Hollywood AI letter?')).toContain('c:receive');
  });

  it('getting the letter going, or a story out, is no receiving (`getCompletions`)', () => {
    expect(terms('who got the letter going?')).not.toContain('c:receive');
    expect(terms('which outlet got the letter story out first?')).not.toContain('c:receive');
    expect(terms('how many signatures did the letter get?')).not.toContain('c:receive');
  });

  it('"which committee in Congress got the letter?" → the recipient, its premise corrected', () => {
    expect(realFacts().ask.ask('which committee in Congress got the letter?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('"who got the letter going?" still asks who organised it', () => {
    expect(realFacts().ask.ask('who got the letter going?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

/** « le décret de fin janvier »: a word of time right before a month is part of its date, no ending (`timeBeforeDate`). */
describe('/ask: « fin janvier », « début mai » are dates', () => {
  it('« fin » before a month is no c:end; « la fin de la grève » is', () => {
    expect(terms('le décret de fin janvier', 'fr')).not.toContain('c:end');
    expect(terms('la fin de la grève', 'fr')).toContain('c:end');
  });

  it('« combien de jours entre le décret de Trump de fin janvier et le dépôt de la lettre ? » compares the two', () => {
    expect(realFacts().ask.ask('combien de jours entre le décret de Trump de fin janvier et le dépôt de la lettre ?', 'fr')).toMatchObject({
      verdict: 'answered',
      mode: 'compare',
      events: [{ id: '2025-01-23-eo-14179-signed' }, { id: '2025-03-15-letter-submitted' }],
    });
  });
});
