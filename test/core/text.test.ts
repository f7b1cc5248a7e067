import { foldText, words } from '../../src/core/text';

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** The rule written out in full: NFKD, marks dropped, lower case, special letters spelled out. */
function foldPlainly(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (ch) => SPECIAL[ch] ?? ch);
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

describe('foldText', () => {
  it('folds names: "Cuarón" → "cuaron", "Œuvre" → "oeuvre", "Łukasz Wiśniewski" → "lukasz wisniewski"', () => {
    expect(['Cuarón', 'Œuvre', 'Łukasz Wiśniewski', 'Straße', 'İpek', 'Zoë Kravitz'].map(foldText)).toEqual(['cuaron', 'oeuvre', 'lukasz wisniewski', 'strasse', 'ipek', 'zoe kravitz']);
  });

  it('every character up to U+017F folds as the full rule does, alone and before or after any other', () => {
    const chars = Array.from({ length: 0x180 }, (_, code) => String.fromCharCode(code));
    const differences: string[] = [];
    for (const a of chars) {
      if (foldText(a) !== foldPlainly(a)) differences.push(a);
      for (const b of ['e', 'É', 'ß', ' ', '\u0301', 'Σ', 'ǅ']) if (foldText(a + b) !== foldPlainly(a + b) || foldText(b + a) !== foldPlainly(b + a)) differences.push(a + b);
    }
    expect(differences).toEqual([]);
  });

  it('random text mixing Latin letters, combining marks, Greek and other scripts folds as the full rule does', () => {
    const random = seeded(3);
    const pool = [...'aeiouAEIOU éÉèçÇñÑøØßæŒłŁıİőűčšžĳŉſ¼½¨´¸', '\u0301', '\u0327', '\u0308', 'Σ', 'σ', 'ς', 'ǅ', 'ﬁ', 'Ａ', '한', '日', '🎬', "'", '’', '-', ','];
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let j = 0; j < length; j++) text += pool[Math.floor(random() * pool.length)];
      expect({ text, folded: foldText(text) }).toEqual({ text, folded: foldPlainly(text) });
    }
  });

  it('words keeps letters and digits and joins apostrophes', () => {
    expect(words("Aujourd'hui, l’Œuvre 2025!")).toEqual(['aujourdhui', 'loeuvre', '2025']);
  });
});
