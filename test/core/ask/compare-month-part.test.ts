import { realFacts } from '../../helpers/core';

describe('/ask comparisons: a word of time before a month dates the event (compare.ts, monthPart)', () => {
  const compared = (q: string, lang: 'en' | 'fr' = 'fr'): string[] => {
    const out = realFacts().ask.ask(q, lang);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it('"le décret de trump de fin janvier": "fin" is late January, no end → the order and the letter compared', () => {
    expect(compared('ça fait combien de temps entre le décret de trump de fin janvier et le dépôt de la lettre')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
  });

  it('"début janvier" (another part of the month) → the same two', () => {
    expect(compared('ça fait combien de temps entre le décret de trump de début janvier et le dépôt de la lettre')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
  });

  it('"la fin de la grève des acteurs" (no month after "fin") is still the end of the strike', () => {
    expect(compared('Combien de temps entre la fin de la grève des acteurs et la lettre ?')).toEqual(['2023-11-09-sag-aftra-strike-ends', '2025-03-15-letter-submitted']);
  });
});
