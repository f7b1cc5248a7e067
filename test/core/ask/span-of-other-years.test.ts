import { realFacts } from '../../helpers/core';

/**
 * Two years or more typed for one event ("the strike of 2024-2025"), none of which the dated fact ranked first
 * carries, date another event that ran across them (the video-game actors' strike), not a slip of one year: declined.
 * One wrong year is still a slip its fact answers ("the 2024 actors' strike" is the 2023 strike).
 */
describe('/ask engine: a span of years no text of the dated fact carries', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['How long did the SAG-AFTRA video game strike of 2024-2025 last?', 'en'],
    ['Combien de temps a duré la grève SAG-AFTRA de 2024-2025 ?', 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang).verdict).toBe('no_answer');
  });

  it.each([
    ["How long did the 2024 actors' strike last?", 'en'],
    ['how long did the 2023 strikes last, and when was the letter sent in 2025?', 'en'],
  ] as const)('one wrong year, or a span one of whose years the fact carries: "%s" → the 2023 strikes', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});
