import { nameShape, nameTokens, typoBudget } from '../../src/core/names';
import { foldText } from '../../src/core/text';

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

describe('nameTokens on random text', () => {
  const LEADING = new Set(['sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle']);
  const TRAILING = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'phd']);

  /** The rule written out with regular expressions, step by step. */
  function tokensPlainly(raw: string): string[] {
    let text = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    const parts = text.split(',');
    if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim()) text = `${parts[1]} ${parts[0]}`;
    const tokens = foldText(text)
      .replace(/['’`´]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0);
    if (tokens.some((t) => !/^\d+$/.test(t))) for (let i = tokens.length - 1; i >= 0; i--) if (/^\d+$/.test(tokens[i]!)) tokens.splice(i, 1);
    while (tokens.length > 1 && LEADING.has(tokens[0]!)) tokens.shift();
    while (tokens.length > 1 && TRAILING.has(tokens[tokens.length - 1]!)) tokens.pop();
    return tokens;
  }

  it('agrees with the rule written out on names with asides, commas, titles, numbers, apostrophes and accents', () => {
    let a = 11;
    const random = (): number => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pool = ['Ben', 'stiller', 'Sir', 'Dr.', 'Jr.', 'III', 'O’Brien', "d'Arc", '`x', '´y', 'Cuarón', 'Œ', '2025', '7', '(actor)', '[x]', '(', ']', ',', ', ', '-', '  ', 'Ł', 'ß', '🎬', 'İ', '\u0301', 'de la', 'phd'];
    for (let i = 0; i < 5000; i++) {
      let raw = '';
      const length = 1 + Math.floor(random() * 7);
      for (let j = 0; j < length; j++) raw += pool[Math.floor(random() * pool.length)] + (random() < 0.6 ? ' ' : '');
      expect({ raw, tokens: nameTokens(raw) }).toEqual({ raw, tokens: tokensPlainly(raw) });
    }
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
