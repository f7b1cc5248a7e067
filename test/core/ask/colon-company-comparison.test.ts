import { realFacts } from '../../helpers/core';

/** « le feu vert préliminaire du juge » is the Anthropic settlement's approval; a company before a colon owns the comparison. */
describe('/ask comparisons: the judge\'s green light, and a company named before a colon', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');
  const events = (q: string): string[] => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('« le feu vert préliminaire du juge » names the preliminary approval of the Anthropic settlement', () => {
    expect(events('Accord Anthropic : combien de jours entre le refus du juge et le feu vert préliminaire ?')).toEqual([
      '2025-09-08-anthropic-settlement-held-back',
      '2025-09-25-anthropic-settlement-approval',
    ]);
    expect(events("Entre l'accord d'Anthropic et le feu vert du juge, il s'est passé combien de temps ?")).toEqual([
      '2025-09-05-anthropic-settlement',
      '2025-09-25-anthropic-settlement-approval',
    ]);
  });

  it('a company no fact or event names, before a colon or comma, is what the comparison after it asks of: declined, not answered alone', () => {
    for (const q of [
      'accord spotify : combien de jours entre le refus du juge et le feu vert préliminaire ?',
      'accord spotify, combien de jours entre le refus du juge et le feu vert préliminaire ?',
    ]) {
      expect(ask(q).verdict).toBe('no_answer');
    }
  });
});
