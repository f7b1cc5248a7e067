import { realFacts } from '../../helpers/core';

describe('/ask: a premise is read only where the question asserts it; thin follow-ups are declined', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a word of a premise slot inside a phrase of another concept asserts nothing ("pushing back on" backs no one)', () => {
    const out = ask('Who really organised the Hollywood letter pushing back on Google and OpenAI?');
    expect(out).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect(out).not.toHaveProperty('correction');
    // The slot's own word alone still asserts it: the letter backing OpenAI is corrected.
    expect(ask('Why did the letter back OpenAI?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'stance' });
  });

  it('a day a colon or a semicolon parts from the verb of the slot is the asker\'s, no date of the letter', () => {
    const out = ask("Hello, hope you're well; we close on Friday and I'm missing one detail: which agency was the letter addressed to?");
    expect(out).not.toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(out).not.toHaveProperty('correction');
    expect(ask('Bonsoir, j\'espère que tout va bien ; nous bouclons vendredi et il me manque un détail : à quel organisme la lettre était-elle adressée ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    // The same day said of the sending is still corrected.
    expect(ask('la lettre a été envoyée vendredi ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it('a follow-up that only points back at someone ("that guy") or asks for a source or a link → declined', () => {
    expect(ask('and what about that guy, then?')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('source on this? need a link for my check')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('t\'as un lien ? la source ?')).not.toMatchObject({ verdict: 'answered' });
    // A source or a link asked of the letter is still answered.
    expect(ask('where can I find a link to the full letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
  });
});
