import { askingSentence } from '../../../src/core/ask/question-text';

describe('askingSentence: the one sentence of a message that asks', () => {
  it('chatter before and after the only "?" → that sentence alone', () => {
    expect(askingSentence('Rough morning. Quick one: when did it go in? thanks!')).toBe('Quick one: when did it go in?');
  });

  it('a question alone, two questions, or a sentence of two words → null', () => {
    expect(askingSentence('when did it go in?')).toBeNull();
    expect(askingSentence('when did it go in? and who sent it?')).toBeNull();
    expect(askingSentence('Rough morning. Why? thanks')).toBeNull();
  });
});
