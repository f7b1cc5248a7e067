import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dictionaryText, isDictionaryTypo, isDictionaryWord, isEnglishWord, isUncommonEnglishWord } from '../../../src/core/ask/dictionary';

describe('/ask dictionary of common English and French words', () => {
  it('knows common words of both languages, inflected, and no company names', () => {
    for (const w of ['relevant', 'stood', 'trillion', 'fasse', 'signe', 'veux']) expect(isDictionaryWord(w)).toBe(true);
    for (const w of ['spotify', 'tencent', 'netflix', 'samsung']) expect(isDictionaryWord(w)).toBe(false);
  });

  it('forgives two neighbouring letters swapped, not a letter dropped or added', () => {
    expect(isDictionaryTypo('undremining')).toBe(true);
    expect(isDictionaryTypo('streep')).toBe(false);
    expect(isDictionaryTypo('spotify')).toBe(false);
  });

  it('tells common English words from uncommon ones and from French-only ones', () => {
    for (const w of ['lasted', 'official']) expect([isEnglishWord(w), isUncommonEnglishWord(w)]).toEqual([true, false]);
    for (const w of ['gosling', 'guardian']) expect([isEnglishWord(w), isUncommonEnglishWord(w)]).toEqual([true, true]);
    for (const w of ['mistral', 'fasse']) expect([isDictionaryWord(w), isEnglishWord(w), isUncommonEnglishWord(w)]).toEqual([true, false, false]);
    for (const w of ['spotify', 'gosl', 'goslings+']) expect([isEnglishWord(w), isUncommonEnglishWord(w)]).toEqual([false, false]);
  });

  it('reads a word with a double letter as itself, no typo of itself', () => {
    expect(isDictionaryTypo('balloon')).toBe(false);
    expect(isDictionaryTypo('committee')).toBe(false);
  });
});

describe('the dictionary as the build stores it', () => {
  it('dist/dictionary.txt (written by npm run build) holds exactly the packages\' words, folded, sorted, one per line, English ones marked', () => {
    // npm test builds first; the built module reads this file instead of the packages.
    const built = path.resolve(__dirname, '..', '..', '..', 'dist', 'dictionary.txt');
    const text = dictionaryText();
    expect(readFileSync(built, 'utf8') === text).toBe(true);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    // A line is a word, then '+' (common English), '~' (uncommon English) or nothing (French only).
    expect(lines.slice(0, -1).every((line) => /^[^+~]+[+~]?$/.test(line))).toBe(true);
    const words = lines.slice(0, -1).map((line) => line.replace(/[+~]$/, ''));
    expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    expect(lines.includes('lasted+') && lines.includes('gosling~') && lines.includes('mistral')).toBe(true);
  });
});
