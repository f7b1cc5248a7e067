import { realFacts } from '../../helpers/core';

/**
 * "how does X tie into / tie back to…" and "why does X matter (for…)" ask how X relates to the story, as "how is X
 * connected" does (`relation` in data/concepts.json): no word of what the facts say. "matter" alone must not pull the
 * question to a fact that happens to use the word ("a matter of national security", the economic stakes).
 */
describe('/ask engine: "tie into", "why does it matter" ask how a thing relates to the letter', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"DeepSeek: why does it matter for the Hollywood letter?" → DeepSeek and China, not the economic stakes', () => {
    expect(ask('DeepSeek: why does it matter for the Hollywood letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
  });

  it('"Asteria, why does it matter here?" → the Asteria studio', () => {
    expect(ask('Asteria, why does it matter here?')).toMatchObject({ verdict: 'answered', fact: { id: 'asteria-film' } });
  });

  it('"how does DeepSeek tie into this story?" → DeepSeek and China', () => {
    expect(ask('how does DeepSeek tie into this story?')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
  });

  it.each(['why does it matter what the weather is?', 'how does Taylor Swift tie into this?'])('"%s": nothing in the story → not answered', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered' });
  });
});
