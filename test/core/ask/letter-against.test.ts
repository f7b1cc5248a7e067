import { realFacts } from '../../helpers/core';

describe('/ask: "the letter against AI" names the letter by its theme; it asks nothing of whom the letter opposes', () => {
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it.each([
    ['who drafted the open letter against AI?', 'en'],
    ["qui a monté la lettre des vedettes d'Hollywood contre l'IA ?", 'fr'],
  ] as const)('"against" between the letter and its theme is no term of opposing: "%s"', (q, lang) => {
    expect(terms(q, lang)).not.toContain('c:oppose');
    expect(terms(q, lang)).toContain('c:ai');
  });

  it.each([
    ['who is the letter against?', 'en'],
    ['the letter is against which companies?', 'en'],
    ['bon, cette lettre, elle était contre qui au juste ?', 'fr'],
    ['the letter is against who?', 'en'],
  ] as const)('an "against" that asks whom is kept: "%s"', (q, lang) => {
    expect(terms(q, lang)).toContain('c:oppose');
  });

  it('« la lettre est contre qui ? » asks whom it opposes → what it responds to', () => {
    expect(realFacts().ask.ask('bon, cette lettre, elle était contre qui au juste ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it.each([
    ["les stars s'en prenaient à qui dans cette lettre ?", 'fr'],
    ["au fond, ils s'en sont pris à quelles boîtes ?", 'fr'],
  ] as const)('« s\'en prendre à » in any tense is opposing: "%s"', (q, lang) => {
    expect(terms(q, lang)).toContain('c:oppose');
  });

  it("qui a monté la lettre des vedettes d'Hollywood contre l'IA ? → the organisers", () => {
    expect(realFacts().ask.ask("qui a monté la lettre des vedettes d'Hollywood contre l'IA ?", 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});
