import { realFacts } from '../../helpers/core';

describe('/ask engine: an opening that says where the asker writes from, before the question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a city and the asker\'s deadline ("dans une heure", words the facts happen to use) → the question after them is answered', () => {
    expect(ask("Bonsoir de Nantes ! On clôt l'édition dans une heure, donc vite : quelles célébrités ont signé ?")).toMatchObject({
      verdict: 'answered',
      fact: { id: 'notable-signatories' },
    });
  });

  it('a bureau abroad and the day\'s meetings ("bureau", "pitch": words the answer does not carry) → the question is answered', () => {
    expect(ask('Hi from the Nairobi bureau, long day of meetings ahead. Quick one before the pitch: what did the letter want from the White House?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'demands' },
    });
  });

  it('an opening that says what the answer speaks of (actors who signed something else) stays in the question → declined', () => {
    expect(ask('From the Quebec bureau, our dubbing actors signed a petition: how many signed?')).not.toMatchObject({ verdict: 'answered' });
  });
});
