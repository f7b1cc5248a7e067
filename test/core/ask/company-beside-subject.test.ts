import { realFacts } from '../../helpers/core';

describe('/ask engine: a company named beside the person read as who signs only says where that person works', () => {
  it.each([['Chris Lehane, the OpenAI guy, did he sign?'], ['the OpenAI guy Chris Lehane, did he sign?']])('"%s" → Chris Lehane, not listed', (q) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Chris Lehane' });
  });

  it.each([['Did Google sign the letter?'], ['Did Google or Tom Hanks sign?']])('"%s" still asks whether a company signed: declined', (q) => {
    expect(realFacts().ask.ask(q, 'en').mode).not.toBe('signatory');
  });
});
