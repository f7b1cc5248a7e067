import { realFacts } from '../../helpers/core';

/**
 * Words of the asker's manner or vantage ("concretely", "seriously", "on the tech side", "I'm trying to…") carry no
 * content of the story: read as content no fact holds, they pulled the share of the question a fact carries below
 * what answers (`data/concepts.json` stopwords).
 */
describe('/ask: hedges and vantage words are no content', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"concretely" → what the letter asks for', () => {
    expect(ask('What do the signers concretely want from the government?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('"seriously" → the company\'s argument', () => {
    expect(ask('Did OpenAI seriously invoke national security to argue for fair use?')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('"on the tech side" → the companies the letter answers', () => {
    expect(ask('On the tech side, which firms did the letter respond to?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('a hedge alone asks nothing', () => {
    expect(ask('seriously, randomly, concretely?')).not.toMatchObject({ verdict: 'answered' });
  });
});
