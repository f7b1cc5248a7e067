import { realFacts } from '../../helpers/core';

/**
 * "who's the new head of the Copyright Office?", « qui est la nouvelle directrice du Copyright Office ? »: "is the new"
 * after "who" (the `incumbent` cue, as "successor" or « remplaçant » are) asks who holds a post now, after the story's
 * holder left it: the story tells who was fired, not who came next. Declined, never the firing's fact; who was fired,
 * or who did the firing, is still asked.
 */
describe('/ask engine: "who is the new …" asks for a holder the story does not give', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ["who's the new Librarian of Congress, then?", 'en'],
    ['qui est la nouvelle bibliothécaire du Congrès ?', 'fr'],
    ['qui est le nouveau patron de la Bibliothèque du Congrès ?', 'fr'],
  ] as const)('"%s" → declined, no holder after the firing', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['who fired the Librarian of Congress?', 'en'],
    ['qui était la bibliothécaire du Congrès limogée ?', 'fr'],
  ] as const)('"%s" → still the firing', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });
});
