import { realFacts } from '../../helpers/core';

/**
 * Two wordings newsrooms use around a question the facts answer (data/concepts.json): "how big / how large" asks for a
 * size, as "how much" does (`howmany`), and "one line", "1-line", "one-liner" say how short the answer should be
 * (`chatter`), no word of what is asked.
 */
describe('/ask engine: "how big" asks a figure; "one line" is the asker\'s format', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['How big a sum was the Stargate venture?', 'How large was the Stargate pledge in dollars?'])('"%s" asks the size of Stargate → the Stargate fact', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
  });

  it('"a one-line summary of what it argued" asks what OpenAI argued, not the letter\'s main line', () => {
    expect(ask("OpenAI's filing: a one-line summary of what it argued")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it.each(['How big is the weather today?', "how large is Tom Hanks' house?", 'write me a one-liner about cats'])('"%s": no fact says it → not answered', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered' });
  });
});
