import { answeredFact, realFacts } from '../../helpers/core';

// onlyAsksInfo: a word that asks for information in general ("info", "plus", in French "le point") in a question that
// asks nothing else and names besides only the letter and the story's context says no one thing it wants: declined,
// never the one fact the word leans to ("info" to who broke the news, "point" to the main message).
describe('/ask engine: information asked for in general, of nothing named, is declined (onlyAsksInfo)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['letter info', 'en'],
    ['bon, la lettre, tu me fais le point ?', 'fr'],
    ['tu me fais le point sur la lettre ?', 'fr'],
    ["la lettre, tu peux m'en dire plus", 'fr'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    // A question word asks something: the letter's point is its main message; who broke the news is a fact.
    ["what's the point of the letter?", 'en', 'main-message'],
    ["c'est quoi cette lettre d'hollywood sur l'ia", 'fr', 'main-message'],
    ["qui a sorti l'info en premier ?", 'fr', 'press-coverage'],
  ] as const)('"%s" still answers %s', (q, lang, fact) => {
    expect(answeredFact(q, lang)).toBe(fact);
  });
});
