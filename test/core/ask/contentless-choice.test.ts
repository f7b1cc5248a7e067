import { FactBase } from '../../../src/core/fact-base';
import { realFacts } from '../../helpers/core';

/**
 * A choice that carries none of the question's content words (offered for its slot alone: a count beside a case that
 * gives none) is no choice: "did you mean" a fact that shares nothing with what is asked shows that no two facts speak
 * of it. Asked as the examples would be without the question's own wording (the dev split's out-of-fold reading).
 */
describe('/ask engine: a clarification whose choice carries none of the question is declined', () => {
  const without = (id: string): FactBase => {
    const data = realFacts().data;
    return FactBase.fromValidated({ ...data, examples: { ...data.examples, examples: data.examples.examples.filter((e) => e.id !== id) } });
  };

  it("« combien par livre dans l'affaire meta » (a count offered beside Meta's case) → declined", () => {
    expect(without('b75-fr-094').ask.ask("combien par livre dans l'affaire meta", 'fr').verdict).toBe('no_answer');
  });

  it('choices that each carry some of the question are still offered', () => {
    const out = realFacts().ask.ask('How many years of copyright law does the letter cite?', 'en');
    expect(out.verdict).toBe('clarify');
  });
});
