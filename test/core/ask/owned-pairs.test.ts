import { realFacts } from '../../helpers/core';

describe('/ask engine: French names joined by "et" after the verb they own (checks.ts, ownedPairs)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Que voulaient OpenAI et Google dans leurs contributions ?', 'Que réclamaient Google et OpenAI au gouvernement ?'])(
    '"%s": both companies own what is asked ("que réclamaient OpenAI et Google") → what the letter answers, which names both',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    },
  );

  it('one company alone after the verb still asks its own argument', () => {
    expect(ask("Qu'a demandé OpenAI ?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });
});
