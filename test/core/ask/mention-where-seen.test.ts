import { realFacts } from '../../helpers/core';

describe('/ask engine: under a question word, a word of mentioning says where a name was seen (vetoNamesOnly)', () => {
  it.each([
    ['Who is this Bryn Mooser the story mentions?', 'en'],
    ["Bryn Mooser est cité à côté de Natasha Lyonne : c'est qui ?", 'fr'],
  ] as const)('"%s" asks who he is: the organisers fact answers, not declined for "mention"', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'organisers' } });
  });
});
