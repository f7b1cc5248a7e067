import { realFacts } from '../../helpers/core';

describe('/ask: words of asking who someone is or what part they played ("role", "never heard of", "je connais pas") ask what the fact naming them says', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['never heard of Bryn Mooser, who is he?', 'Bryn Mooser ? je ne connais pas, c\'est qui ?', 'quel rôle pour Bryn Mooser ?', 'what role for Bryn Mooser?'])(
    'a person the organisers fact names, asked who they are → the organisers: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    },
  );

  it('a role outside the story (a film part) is still something no fact says → declined', () => {
    expect(ask("What was Natasha Lyonne's first film role?")).toMatchObject({ verdict: 'no_answer' });
  });

  it('"dans l\'histoire" is the story asked about, not history', () => {
    const terms = realFacts().ask.lexicon.read("il a fait quoi dans l'histoire ?", 'fr').terms.map((t) => t.term);
    expect(terms).toContain('c:story');
    expect(terms).not.toContain('c:years');
  });
});
