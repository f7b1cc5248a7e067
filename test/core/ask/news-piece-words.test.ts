import { realFacts } from '../../helpers/core';

describe('/ask engine: newsroom nouns of a piece the news ran (copy, wire, coverage) are where a name was read (sourceDocuments)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['What made the AFP wire bring DeepSeek into it?', 'deepseek-china'],
    ["How come DeepSeek shows up in the AFP copy about the actors' letter?", 'deepseek-china'],
  ])('"%s": the outlet by "wire"/"copy" is the source, not a second subject → %s, no choice with the press facts', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });

  it('a figure the French coverage reported is checked against the letter\'s own figure', () => {
    const out = ask("Our desk saw the French coverage say 230 billion dollars in wages: is that the letter's own figure?");
    expect(out).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'economic-stakes' } });
  });
});
