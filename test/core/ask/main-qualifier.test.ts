import { realFacts } from '../../helpers/core';

/**
 * A word of the main point ("main", "key", « principal ») typed right beside a noun of another concept qualifies that
 * noun, which is what is asked ("the main organiser" asks who organised it): it asks no summary, and a fact's phrasing
 * of the gist ("summarise the letter") is not found whole through it (`qualifierFree`).
 */
describe('/ask: "main" beside the noun it qualifies', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['who was the main organiser of the letter?', 'en'],
    ['who was the main organizer behind the Hollywood AI letter?', 'en'],
  ] as const)('"%s" → the organisers, not the letter\'s main message', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it.each([
    ["what's the main message of the letter?", 'en'],
    ['quel est le message principal de la lettre ?', 'fr'],
    ["what's the gist of the letter?", 'en'],
  ] as const)('"%s" → still the main message (the word alone, or beside its own concept)', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'main-message' } });
  });
});
