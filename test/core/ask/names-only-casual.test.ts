import { realFacts } from '../../helpers/core';

describe('/ask: asking who someone is or what part they played, in casual or indirect words, is answered by the fact naming them', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    // a casual word (Term.common) under a question word is the asker's wording, not a thing asked of the names
    ['Bryn Mooser keeps popping up in my notes: what did he do?', 'en'],
    // words of asking who someone is or what part they played (the `profile` concept)
    ["c'est qui ce monsieur, Bryn Mooser ?", 'fr'],
    ['What part did Bryn Mooser play in the letter?', 'en'],
    // « quel rôle a joué X dans la lettre » is the part played in the story, no film career (`career` except)
    ['Quel rôle a joué Bryn Mooser dans cette affaire ?', 'fr'],
    ['Quel rôle Bryn Mooser a-t-il joué dans la lettre ?', 'fr'],
  ] as const)('"%s" → the organisers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a part in a film, or what no fact says of a named one, is still declined', () => {
    expect(ask('Quel rôle a joué Natasha Lyonne dans Russian Doll ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('How many employees does Warner Bros have?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("What is Bryn Mooser's net worth?")).toMatchObject({ verdict: 'no_answer' });
  });
});
