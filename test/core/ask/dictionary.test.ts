import { isDictionaryTypo, isDictionaryWord } from '../../../src/core/ask/dictionary';

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
});
