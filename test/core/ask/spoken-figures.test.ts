import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spokenFigures } from '../../../src/core/ask/spoken-figures';
import { conceptsSchema } from '../../../src/core/schema';

const numberWords = conceptsSchema.parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../../data/concepts.json'), 'utf8'))).numberWords!;
const read = (text: string): string => spokenFigures(text, numberWords);

describe('spokenFigures', () => {
  it.each([
    ['did three ninety people put their names down', 'did 390 people put their names down'],
    ['is the loss two forty or two fifty billion', 'is the loss 240 or 250 billion'],
    ['the walkout in nineteen eighty eight', 'the walkout in 1988'],
    ['about seven hundred and twelve names', 'about 712 names'],
    ['trois cent quatre-vingt-dix noms', '390 noms'],
    ['soixante-douze artistes', '72 artistes'],
    ['en deux mille vingt-quatre', 'en 2024'],
    ['trente et un signataires', '31 signataires'],
  ])('a figure said in words is read as a figure: "%s"', (text, figure) => {
    expect(read(text)).toBe(figure);
  });

  it.each([
    'which one of the two came first',
    'les deux grèves ont fini quand',
    'wait one second',
    'two or three weeks later',
    'a nickel is five cents',
    'the one twenty minutes ago',
  ])('a lone number word, or words that make no one figure, stay as typed: "%s"', (text) => {
    expect(read(text)).toBe(text);
  });

  it('a figure never spans a comma', () => {
    expect(read('signed by four, sixty more later')).toBe('signed by four, sixty more later');
  });
});
