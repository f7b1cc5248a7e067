import { realFacts } from '../../helpers/core';

describe('/ask engine: French names joined by "et" after the verb they own (checks.ts, ownedPairs)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Que voulaient OpenAI et Google dans leurs contributions ?', 'Que réclamaient Google et OpenAI au gouvernement ?'])(
    '"%s": both companies own what is asked ("que réclamaient OpenAI et Google") → what the letter answers, which names both',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    },
  );

  it.each(['Why do OpenAI and Google say they need copyrighted material? Is it the China thing?', 'Why do OpenAI and Google say they need copyrighted material?'])(
    '"%s": a rare word the joint answer lacks ("material", "China") is another ranked fact\'s own → no joint answer, choices offered',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'clarify', candidates: expect.arrayContaining([expect.objectContaining({ fact: expect.objectContaining({ id: 'google-argument' }) })]) });
    },
  );

  it.each(['Why do OpenAI and Google say they need copyrighted material? Is it the China thing?', 'Why do OpenAI and Google say they need copyrighted material?'])(
    '"%s": a rare word the joint answer lacks ("material", "China") is another ranked fact\'s own → no joint answer, choices offered',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'clarify', candidates: expect.arrayContaining([expect.objectContaining({ fact: expect.objectContaining({ id: 'google-argument' }) })]) });
    },
  );

  it('one company alone after the verb still asks its own argument', () => {
    expect(ask("Qu'a demandé OpenAI ?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });
});
