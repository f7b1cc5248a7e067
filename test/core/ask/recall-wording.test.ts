import { FactBase } from '../../../src/core/fact-base';
import { realFacts } from '../../helpers/core';

/**
 * English wordings a fact answers that were declined (twenty-eighth round, tC): each is asked of the facts alone (no
 * learnt examples), as a question worded unlike any example is, so what is tested is the words' reading in
 * data/concepts.json and the checks, not the nearest-question channel.
 */
let engine: FactBase['ask'] | undefined;
const ask = (q: string) => (engine ??= FactBase.fromValidated({ ...realFacts().data, examples: { about: 'test', examples: [] } }).ask).ask(q, 'en');

describe('/ask engine: newsroom shorthand around a question weighs nothing (concepts.json chatter)', () => {
  it.each([
    ["Social wants to mention 'Stealing Isn't Innovation' - what is that campaign?", 'stealing-isnt-innovation'],
    ["someone on the desk mentioned a campaign called Stealing Isn't Innovation, what's that about", 'stealing-isnt-innovation'],
    ['what do the signatories want the govt to do, in plain words', 'demands'],
  ])('"%s" → %s (was: declined, the shorthand read as two words no fact uses)', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

describe("/ask engine: a count's fact asked in one of its own yes-or-no wordings answers it (checkHowManyFact)", () => {
  it.each(['were people still adding their names after the letter was handed in?', 'did signatures keep coming in after the letter went in? quick one'])(
    '"%s" → the signature count, which says signatures kept arriving (was: offered beside the aftermath)',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    },
  );

  it('a question asking what, not yes or no, is still not answered by a count ("which consultation was the letter a comment on")', () => {
    expect(ask('which consultation was the letter a comment on')).not.toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
  });
});
