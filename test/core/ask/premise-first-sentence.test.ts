import { realFacts } from '../../helpers/core';

describe('/ask engine: a first sentence with a wrong premise is corrected before what the rest builds on it', () => {
  it('"Cate Blanchett wrote the letter, right? what pushed her to do it?" → who organised it, corrected', () => {
    const outcome = realFacts().ask.ask('Cate Blanchett wrote the letter, right? what pushed her to do it?', 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact', correction: 'organiser' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('organisers');
  });

  it('a first sentence that corrects nothing leaves the whole question as it was read', () => {
    const outcome = realFacts().ask.ask('Natasha Lyonne organised the letter, right? what pushed her to do it?', 'en');
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.correction : undefined).toBeUndefined();
  });
});
