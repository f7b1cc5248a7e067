import { realFacts } from '../../helpers/core';

describe('/ask: a lone "after"/"après" opening the question, set off by a comma, is its setting in time (parse.ts, framing)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);
  const answered = (q: string, lang: 'en' | 'fr'): string => {
    const out = ask(q, lang);
    return out.verdict === 'answered' ? (out.mode === 'compare' ? `compare:${out.events.map((e) => e.id).sort().join('+')}` : 'fact' in out ? `fact:${out.fact.id}` : out.mode) : out.verdict;
  };

  it('"Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan IA de juillet ?" → what the plan did, no dates compared', () => {
    expect(answered('Après la lettre, la Maison Blanche a donné raison à Hollywood dans son plan IA de juillet ?', 'fr')).toBe('fact:ai-action-plan-outcome');
  });

  it('"After the letter, did the White House side with Hollywood in its July plan?" → what the plan did', () => {
    expect(answered('After the letter, did the White House side with Hollywood in its July plan?', 'en')).toBe('fact:ai-action-plan-outcome');
  });

  it('with a span of time after the comma ("Après la lettre, combien de temps avant la sortie du plan d\'action ?") it still compares', () => {
    expect(answered('Après la lettre, combien de temps avant la sortie du plan d\'action ?', 'fr')).toBe('compare:2025-03-15-letter-submitted+2025-07-23-ai-action-plan-released');
  });

  it('with no comma ("Did the Action Plan come out after the letter?") it still compares', () => {
    expect(answered('Did the Action Plan come out after the letter?', 'en')).toBe('compare:2025-03-15-letter-submitted+2025-07-23-ai-action-plan-released');
  });
});

describe('/ask: the opening setting stays a comparison in a question about signing (parse.ts, framing)', () => {
  it('"After Trump wrote protections into the July plan, did the signatories welcome it?" gives no signing verdict on Trump', () => {
    const out = realFacts().ask.ask('After Trump wrote strong copyright protections for artists into the July 2025 AI Action Plan, did the signatories welcome it?', 'en');
    expect(out.mode).not.toBe('signatory');
  });
});
