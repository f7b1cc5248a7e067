import { FactBase } from '../../../src/core/fact-base';
import type { ExampleData } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

/** The nearest-question channel of /ask: questions people asked (data/examples.json) teach it wordings its facts lack. */
describe('/ask learns from labelled questions', () => {
  const withExamples = (examples: ExampleData['examples']) => FactBase.fromValidated({ ...realFacts().data, examples: { about: 'test', examples } }).ask;
  const singledOut = { id: 'x1', lang: 'en' as const, q: 'which two tech companies does the letter single out', fact: 'responds-to-openai-google' };
  const question = 'which tech firms does the letter single out?';

  it('a question the facts alone leave unanswered is answered with the fact of the example it is nearest to', () => {
    expect(withExamples([]).ask(question, 'en').verdict).toBe('no_answer');
    expect(withExamples([singledOut]).ask(question, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('not when an example no fact answers is as near: the answer must lead', () => {
    const offTopic = { id: 'x2', lang: 'en' as const, q: 'which tech firms does the letter single out', fact: null };
    expect(withExamples([singledOut, offTopic]).ask(question, 'en').verdict).toBe('no_answer');
  });

  it('not when the example is far from the question, nor for a fact the retrieval does not rank', () => {
    const far = { ...singledOut, q: 'who put the letter together and sent it around' };
    expect(withExamples([far]).ask(question, 'en').verdict).toBe('no_answer');
    // Near in words, but its fact carries nothing of the question: no answer from the example alone.
    const unrelated = { ...singledOut, fact: 'deepseek-china' };
    expect(withExamples([unrelated]).ask(question, 'en').verdict).toBe('no_answer');
  });

  it('an answer the facts give is never overridden by an example', () => {
    const organisers = 'who organised the letter?';
    const misleading = { id: 'x3', lang: 'en' as const, q: 'who organised the letter', fact: 'submission-date' };
    expect(withExamples([misleading]).ask(organisers, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('data/examples.json is checked like the rest of the fact base', () => {
  it('an example whose fact does not exist fails validation', () => {
    const raw = { ...realFacts().data, examples: { about: 'test', examples: [{ id: 'x', lang: 'en', q: 'who?', fact: 'no-such-fact' }] } };
    expect(() => FactBase.fromData(raw)).toThrow(/examples\.examples\.0\.fact: unknown fact id no-such-fact/);
  });
});
