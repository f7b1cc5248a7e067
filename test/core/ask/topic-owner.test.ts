import { realFacts } from '../../helpers/core';

describe('/ask engine: choices of which one only is about the name asked (by its topic)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const answered = (q: string): string | undefined => {
    const out = ask(q);
    return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
  };

  it('what became of a person → the fact about her, not the one that only tells of her', () => {
    expect(answered('What happened to Shira Perlmutter after the letter?')).toBe('perlmutter-lawsuit');
    expect(answered("Qu'est devenue Shira Perlmutter ?")).toBe('perlmutter-lawsuit');
  });

  it("what a company argued in its own filing → that company's argument", () => {
    expect(answered('openai il voulait quoi dans sa contribution')).toBe('openai-argument');
  });

  it('a fragment that asks nothing of the name (no content word besides it) → not settled', () => {
    expect(ask('avant perlmutter ?').verdict).not.toBe('answered');
  });

  it('two names asked together, one choice about one of them only → not settled', () => {
    expect(answered('Que demandaient OpenAI et Google dans leurs contributions à la Maison Blanche ?')).not.toBe('openai-argument');
  });

  it('a month that dates another choice ("June 2025 lawsuit") → not the owner of the names', () => {
    expect(answered("What came of Disney's June 2025 lawsuit against OpenAI?")).not.toBe('disney-openai-deal');
  });
});
