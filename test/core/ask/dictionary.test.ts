import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dictionaryText, isDictionaryTypo, isDictionaryWord } from '../../../src/core/ask/dictionary';

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

  it('reads a word with a double letter as itself, no typo of itself', () => {
    expect(isDictionaryTypo('balloon')).toBe(false);
    expect(isDictionaryTypo('committee')).toBe(false);
  });
});

describe('the dictionary as the build stores it', () => {
  it('dist/dictionary.txt (written by npm run build) holds exactly the packages\' words, folded, sorted, one per line', () => {
    // npm test builds first; the built module reads this file instead of the packages.
    const built = path.resolve(__dirname, '..', '..', '..', 'dist', 'dictionary.txt');
    const text = dictionaryText();
    expect(readFileSync(built, 'utf8') === text).toBe(true);
    const words = text.split('\n');
    expect(words.at(-1)).toBe('');
    expect(words.slice(0, -1).every((w, i, all) => w.length > 0 && (i === 0 || all[i - 1]! < w))).toBe(true);
  });
});
