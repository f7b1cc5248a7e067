import type { AskEngine } from '../../../src/core/ask/engine';
import { FactBase } from '../../../src/core/fact-base';
import type { ExampleData } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

/** The nearest-question channel of /ask: questions people asked (data/examples.json) teach it wordings its facts lack. */
describe('/ask learns from labelled questions', () => {
  // One engine per set of examples (each is seconds to build); a set asked about twice gets the same immutable engine.
  const engines = new Map<string, AskEngine>();
  const withExamples = (examples: ExampleData['examples']): AskEngine => {
    const key = JSON.stringify(examples);
    const engine = engines.get(key) ?? FactBase.fromValidated({ ...realFacts().data, examples: { about: 'test', examples } }).ask;
    engines.set(key, engine);
    return engine;
  };
  const example = { id: 'x1', lang: 'en' as const, q: "who's the openai lobbyist behind their submission", fact: 'openai-argument' };
  const question = 'who is the openai lobbyist behind its submission?';

  it('a question the facts alone leave unanswered is answered with the fact of the example it is nearest to', () => {
    expect(withExamples([]).ask(question, 'en').verdict).toBe('no_answer');
    expect(withExamples([example]).ask(question, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('not when an example no fact answers is as near: the answer must lead', () => {
    const offTopic = { id: 'x2', lang: 'en' as const, q: 'who is the openai lobbyist behind its submission', fact: null };
    expect(withExamples([example, offTopic]).ask(question, 'en').verdict).toBe('no_answer');
  });

  it('an example declined for its vagueness ("c\'était quand déjà, le truc ?") does not decline the question naming the letter', () => {
    // "le truc" (the thing) is no word of the letter: read as one, the vague question read as "when was the letter?"
    // itself and, declined, outranked the examples that answer it.
    const dated = { id: 'x3', lang: 'fr' as const, q: "et la lettre, c'était quand ?", fact: 'submission-date' };
    const vague = { id: 'x4', lang: 'fr' as const, q: "et c'était quand déjà, le truc ?", fact: null };
    const asked = "Pour le flash de 18 h, c'était quand la lettre, déjà ?";
    expect(withExamples([dated]).ask(asked, 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(withExamples([dated, vague]).ask(asked, 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('not when the example is far from the question, nor for a fact the retrieval does not rank', () => {
    const far = { ...example, q: 'who put the letter together and sent it around' };
    expect(withExamples([far]).ask(question, 'en').verdict).toBe('no_answer');
    // Near in words, but its fact carries nothing of the question (the retrieval does not rank it): no answer from the
    // example alone.
    const unrelated = { ...example, fact: 'strikes-2023' };
    expect(withExamples([unrelated]).ask(question, 'en').verdict).toBe('no_answer');
  });

  it('not when the example names someone or something the question does not: that is another question', () => {
    expect(withExamples([example]).ask('who is the mistral lobbyist behind its submission?', 'en').verdict).toBe('no_answer');
  });

  it('two nearest examples of one fact, each too far to answer alone, answer together', () => {
    const phoned = { id: 'x4', lang: 'en' as const, q: 'we ask about the openai lobbyist behind the submission and how often he met officials in person or phoned them at home', fact: 'openai-argument' };
    const mailed = { id: 'x5', lang: 'en' as const, q: 'we ask about the openai lobbyist behind the submission and how often he met officials in person or mailed them at work', fact: 'openai-argument' };
    expect(withExamples([phoned]).ask(question, 'en').verdict).toBe('no_answer');
    expect(withExamples([mailed]).ask(question, 'en').verdict).toBe('no_answer');
    expect(withExamples([phoned, mailed]).ask(question, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    // Not when they disagree: one of them answered by another fact.
    expect(withExamples([phoned, { ...mailed, fact: 'google-argument' }]).ask(question, 'en').verdict).toBe('no_answer');
    // Nor when one of them names something the question does not.
    expect(withExamples([phoned, { ...mailed, q: mailed.q.replace('at work', 'at Anthropic') }]).ask(question, 'en').verdict).toBe('no_answer');
    // Nor for a question that gives a year or a figure: what the examples' wordings say nothing of.
    expect(withExamples([phoned, mailed]).ask('who is the openai lobbyist behind its 2027 submission?', 'en').verdict).toBe('no_answer');
  });

  it('an answer the facts give is never overridden by an example', () => {
    const organisers = 'who organised the letter?';
    const misleading = { id: 'x3', lang: 'en' as const, q: 'who organised the letter', fact: 'submission-date' };
    expect(withExamples([misleading]).ask(organisers, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  describe('what people asked that no fact answers declines a question nearer to it than to any example of the fact found', () => {
    const sued = 'les signataires ont porté plainte contre openai ?';
    const offTopic = { id: 'n1', lang: 'fr' as const, q: 'Les signataires vont-ils porter plainte contre OpenAI ?', fact: null };

    it('a lawsuit nobody reported, near an example no fact answers, is declined, not offered the letter answering OpenAI', () => {
      expect(withExamples([]).ask(sued, 'en')).toMatchObject({ verdict: 'clarify', candidates: [{ fact: { id: 'responds-to-openai-google' } }] });
      expect(withExamples([offTopic]).ask(sued, 'en').verdict).toBe('no_answer');
    });

    it('not when an example of the fact found is as near', () => {
      const own = { id: 'o1', lang: 'fr' as const, q: sued, fact: 'responds-to-openai-google' };
      expect(withExamples([offTopic, own]).ask(sued, 'en').verdict).not.toBe('no_answer');
    });

    it('not by an example that names something else, nor one declined for being thin, nor for a question with a figure', () => {
      const position = "What is OpenAI's position on training on copyrighted works?";
      const euAct = { id: 'n2', lang: 'en' as const, q: 'what does the EU AI Act say about training on copyrighted works', fact: null };
      expect(withExamples([euAct]).ask(position, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
      const followUp = { id: 'n3', lang: 'en' as const, q: 'and the date, then?', fact: null };
      expect(withExamples([followUp]).ask('the date of the letter, then?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
      const count = 'how many people signed the letter, 400?';
      const wrongCount = { id: 'n4', lang: 'en' as const, q: 'how many people signed the letter, 4000?', fact: null };
      expect(withExamples([wrongCount]).ask(count, 'en').verdict).toBe(withExamples([]).ask(count, 'en').verdict);
    });
  });
});

describe('data/examples.json is checked like the rest of the fact base', () => {
  it('an example whose fact does not exist fails validation', () => {
    const raw = { ...realFacts().data, examples: { about: 'test', examples: [{ id: 'x', lang: 'en', q: 'who?', fact: 'no-such-fact' }] } };
    expect(() => FactBase.fromData(raw)).toThrow(/examples\.examples\.0\.fact: unknown fact id no-such-fact/);
  });
});
