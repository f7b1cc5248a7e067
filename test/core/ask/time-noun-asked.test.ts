import { answeredFact, realFacts } from '../../helpers/core';

describe('/ask engine: a noun of a time before "of"/"de" and what it dates asks when, no word to find', () => {
  it.each([
    ["Pourriez-vous me confirmer la date de publication du plan d'action américain sur l'IA ?", 'fr', 'ai-action-plan-outcome'],
    ["Et côté acteurs, les dates de la grève ?", 'fr', 'strikes-2023'],
  ] as const)('"%s" → %s', (q, lang, fact) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });

  it.each([
    ["La lettre a été envoyée le 19 mars 2025, date de l'article BFMTV, c'est bien ça ?", 'fr'],
    ["la date de dépôt de la lettre c'est le combien ?", 'fr'],
  ] as const)('"%s" (a noun beside a date given, or a slot asked by its own word) keeps the letter\'s date', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'answered' });
    expect(answeredFact(q, lang)).toBe('submission-date');
  });
});
