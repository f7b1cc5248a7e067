import { realFacts } from '../../helpers/core';

describe('/ask: a part that refers back to the thing a question before it asks of is not answered without that thing (engine.ts, leavesAskedThing)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"What\'s China got to do with it? Why do OpenAI and Google keep bringing it up?": "it" is China → DeepSeek and the China argument, not what the letter answers', () => {
    expect(ask("What's China got to do with it? Why do OpenAI and Google keep bringing it up?")).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
  });

  it('the part alone, with nothing before it to refer to, is still read as typed', () => {
    expect(ask('Why do OpenAI and Google keep bringing it up?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});
