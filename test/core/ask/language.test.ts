import { detectLanguage } from '../../../src/core/ask/language';

describe('language detection', () => {
  it.each([
    ['combien de signataires ?', 'fr'],
    ['Qui a signé la lettre', 'fr'],
    ["qu'est-ce que demande la lettre", 'fr'],
    ['est-ce que cate blanchet a signer', 'fr'],
    ['quelles boites sont visees', 'fr'],
    ['how many people signed?', 'en'],
    ['who organised the letter', 'en'],
    ['did ruffallo sign it', 'en'],
    ['tell me about deepseek', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when the words do not tell', () => {
    expect(detectLanguage('Ben Stiller')).toBeNull();
    expect(detectLanguage('Stargate')).toBeNull();
  });
});
