import { spelledFigures } from '../../../src/core/ask/spelled-numbers';

describe('figures typed in words → digits', () => {
  it.each([
    ['my notes say three hundred and ten people signed', 'my notes say 310 people signed'],
    ['someone told me four ninety names, ok?', 'someone told me 490 names, ok?'],
    ['was it one fifty billion dollars', 'was it 150 billion dollars'],
    ['on me dit trois cent quatre-vingt-dix signatures', 'on me dit 390 signatures'],
    ['cent soixante-douze jours de grève ?', '172 jours de grève ?'],
    ['the strike back in twenty twenty four', 'the strike back in 2024'],
    ['en deux mille vingt-quatre', 'en 2024'],
  ])('"%s" → "%s"', (typed, read) => {
    expect(spelledFigures(typed)).toBe(read);
  });

  it('a count said with "thousand" keeps its separator: a count, not a year', () => {
    expect(spelledFigures('the five thousand signers')).toBe('the 5,000 signers');
    expect(spelledFigures('les trois mille noms')).toBe('les 3,000 noms');
  });

  it('"une trentaine" reads the figure it rounds to; "des trentaines" no figure', () => {
    expect(spelledFigures('une trentaine de stars')).toBe('une 30 de stars');
    expect(spelledFigures('des trentaines de stars')).toBe('des trentaines de stars');
  });

  it('below twenty, a scale word alone or no one figure: left as typed', () => {
    for (const typed of ["the two companies at five o'clock", 'deux phrases', 'a thousand people', 'les mille noms', 'three four five']) {
      expect(spelledFigures(typed)).toBe(typed);
    }
  });

  it('the words of one figure are of one language: English "cents" is no French hundred', () => {
    expect(spelledFigures('ninety cents')).toBe('90 cents');
  });
});
