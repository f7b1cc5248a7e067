import { realFacts } from '../../helpers/core';

/**
 * "who covered that, got a source?", « qui a rapporté ça ? »: a word of reporting (c:report) whose object is a pronoun
 * pointing back (`pointingPronouns`: "that", « ça », never the letter's "it") asks who reported something said before,
 * which /ask never saw: with nothing else named, a follow-up, declined. What names the letter, or points at it with
 * "it" or "this", is still asked.
 */
describe('/ask engine: "who reported that?" follows up something said before', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['who covered that, got a source?', 'en'],
    ['who reported that??', 'en'],
    ['qui a rapporté ça, un lien ?', 'fr'],
  ] as const)('"%s" → declined, nothing named', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['who first reported the letter?', 'en'],
    ['who covered it, got a link?', 'en'],
    ['quels médias ont relayé la lettre ?', 'fr'],
  ] as const)('"%s" → still asked', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered' });
  });
});
