import { realFacts } from '../../helpers/core';

// checkNamesNotCarried: an outlet that says where something was read is no topic the answer must carry.
describe('/ask engine: an outlet before a verb of speaking is the question\'s source (outletNames, sourceVerbs)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it.each([
    ['Pourquoi Variety parle de DeepSeek ?', 'deepseek-china'],
    ['Pourquoi Reuters parle de DeepSeek dans un article sur la lettre ?', 'deepseek-china'],
    ['BFMTV parle de Stargate, c\'est quoi ce projet ?', 'stargate'],
  ])('"%s" → %s, no choice with the press facts', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });

  it('another name before a verb of speaking is who argued, not a source: not answered by a fact without it', () => {
    const reply = ask('Pourquoi OpenAI parle de la Chine dans sa contribution ?');
    expect(reply.verdict === 'answered' && 'fact' in reply && reply.fact.id === 'deepseek-china').toBe(false);
  });
});
