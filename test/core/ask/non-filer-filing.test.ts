import { realFacts } from '../../helpers/core';

/**
 * « quelle position Meta défend-elle dans sa contribution sur le fair use ? »: the own filing (`filingNouns`) of the one
 * company a question names, when that company filed nothing the data holds (no fact of what it filed: `filers`), is
 * neither OpenAI's nor Google's filing nor the company's lawsuit: declined, not offered as a choice among those. The
 * filing of a company the data holds is still answered.
 */
describe('/ask engine: the filing of a company that filed nothing the data holds', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Quelle position Meta défend-elle dans sa contribution sur le fair use ?', 'fr'],
    ['et anthropic, quelle position dans sa contribution sur le fair use ?', 'fr'],
    ["Que dit la contribution de Microsoft sur l'usage équitable ?", 'fr'],
    ['Quelle position Microsoft défend-il dans sa contribution sur le fair use ?', 'fr'],
    ['Quelle position Apple défend-elle dans sa contribution sur le droit d\'auteur ?', 'fr'],
    ['Which stance on fair use did Anthropic take in its comment?', 'en'],
    ['What did Anthropic argue on fair use in its comment to the White House?', 'en'],
    ['Which position on fair use does Microsoft defend in its filing?', 'en'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['Quelle position Google défend-il dans sa contribution sur le fair use ?', 'fr', 'google-argument'],
    ["What does OpenAI's submission say about fair use?", 'en', 'openai-argument'],
    ['How much did Anthropic pay the authors?', 'en', 'bartz-v-anthropic'],
  ] as const)('"%s" → still answered', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
