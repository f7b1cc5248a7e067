import { answeredFact, realFacts } from '../../helpers/core';

// premise.ts / premise-correction.ts: a date the question gives the letter that is not its date (a year alone tied to
// it, "Hollywood's 2023 letter"; a month and a year a few words after it, "la lettre date de mars 2023") is a false
// premise its own fact corrects, also when a word of order places it ("juste après le décret"), never a neighbouring
// fact that matches other words. A date said of another event ("le plan d'action sur l'IA publié en avril") is no date
// of the letter: "l'" before "IA" is its article, no pronoun. What the question asks besides may still answer it
// ("la lettre de 2024 des stars réclame quoi ?": the demands, off-topic-readings.test.ts).
describe('/ask engine: a wrong date of the letter is corrected by the fact that dates it', () => {
  it.each([
    ["What came of Hollywood's 2023 letter on AI copyright?", 'en'],
    ['Vu que la lettre date de 2024, elle a compté dans la campagne ?', 'fr'],
    ['La lettre de 2024 des stars, elle visait quoi ?', 'fr'],
    ['Cette lettre date de janvier 2025, juste après le décret de Trump ?', 'fr'],
  ] as const)('"%s" → submission-date', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('submission-date');
  });

  it('a month and a year four words after the letter are its date, corrected as such', () => {
    expect(realFacts().ask.ask("On me dit que la lettre date de mars 2023, c'est juste ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it("a date said of the action plan is the plan's, not the letter's", () => {
    expect(answeredFact("Le plan d'action sur l'IA publié en avril 2025 reprenait-il les demandes des stars ?", 'fr')).toBe('ai-action-plan-outcome');
  });

  it.each([
    ["Hollywood's 2025 letter on AI: what did it ask for?", 'demands', 'en'],
    ["la lettre de mars 2025, qui l'a organisée ?", 'organisers', 'fr'],
  ] as const)('the right date is no premise: "%s" → %s', (q, fact, lang) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });
});
