import { realFacts } from '../../helpers/core';

/**
 * "who actually organised the thing. Lyonne + someone from Asteria iirc": a vague noun after an article
 * (`vagueLetterNouns`: "the thing", « le truc ») stands for the letter in a question of who organised it, as "it"
 * does when it is the verb's object; the names typed around it are the asker's guesses, dropped from the search. A
 * vague « le truc » alone names no letter, nor does "the thing" elsewhere in the question.
 */
describe('/ask engine: "who organised the thing? X from Y" asks who organised the letter', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['who was behind the thing. Lyonne and someone at Asteria?', 'en'],
    ['qui a organisé le truc. Lyonne + quelqu’un d’Asteria je crois', 'fr'],
  ] as const)('"%s" → the organisers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('« c’était quand déjà, le truc ? » → still declined', () => {
    expect(ask('c’était quand déjà, le truc ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
  });

  it('"the thing" that no verb of organising takes keeps the names: not the organisers', () => {
    expect(ask('my boss swears Ben Stiller wrote to Trump himself. Was Trump even named in the thing?', 'en')).not.toMatchObject({ fact: { id: 'organisers' } });
  });
});
