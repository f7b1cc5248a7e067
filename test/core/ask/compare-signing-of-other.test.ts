import { realFacts } from '../../helpers/core';

describe('/ask comparisons: a side that opens on the act of signing is the signing of the one the other side names (compare.ts, signingOfOther)', () => {
  const compared = (q: string, lang: 'en' | 'fr'): string[] => {
    const out = realFacts().ask.ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it('"Perlmutter a été virée après avoir signé la lettre des stars ?": she signed nothing → not answered with her firing and the letter\'s filing compared', () => {
    expect(compared('Perlmutter a été virée après avoir signé la lettre des stars ?', 'fr')).toEqual([]);
  });

  it('"Was Perlmutter fired after signing the letter?" → no comparison either', () => {
    expect(compared('Was Perlmutter fired after signing the letter?', 'en')).toEqual([]);
  });

  it('an act that is no signing ("avant d\'avoir publié son rapport") still compares her firing with the report', () => {
    expect(compared('Perlmutter a-t-elle été virée avant d\'avoir publié son rapport ?', 'fr')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });

  it('the signers named as a noun ("celui des signataires") are the letter\'s filing: still compared with OpenAI\'s', () => {
    expect(compared("le depot d'OpenAI a l'OSTP, c'etait avant ou apres celui des signataires ?", 'fr')).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
  });
});
