import { nameShape, nameTokens, typoBudget } from '../../src/core/names';

describe('nameTokens', () => {
  it.each([
    ['Cate Blanchett', ['cate', 'blanchett']],
    ['  ALFONSO   Cuarón ', ['alfonso', 'cuaron']],
    ['Gordon-Levitt, Joseph', ['joseph', 'gordon', 'levitt']],
    ['Sir Paul McCartney', ['paul', 'mccartney']],
    ['Dr. Mr. Ron Howard Jr.', ['ron', 'howard']],
    ['Phil Lord', ['phil', 'lord']],
    ["Lupita Nyong'o", ['lupita', 'nyongo']],
    ['Cate Blanchett (actress)', ['cate', 'blanchett']],
    ['Ben Stiller 2025', ['ben', 'stiller']],
    ['Sir', ['sir']],
    ['🎬 !!!', []],
  ])('%s → %j', (raw, tokens) => {
    expect(nameTokens(raw)).toEqual(tokens);
  });
});

describe('nameShape and typoBudget', () => {
  it('runs the surname together and keeps its last word', () => {
    expect(nameShape(['guillermo', 'del', 'toro'])).toEqual({ tokens: ['guillermo', 'del', 'toro'], first: 'guillermo', rest: 'deltoro', last: 'toro' });
    expect(nameShape(['madonna'])).toMatchObject({ first: 'madonna', rest: 'madonna', last: 'madonna' });
  });

  it('allows no edit up to 3 letters, one up to 5, two from 6', () => {
    expect([typoBudget('ron'), typoBudget('cate'), typoBudget('erivo'), typoBudget('ruffalo')]).toEqual([0, 1, 1, 2]);
  });
});
