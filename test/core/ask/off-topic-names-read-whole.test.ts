import { realFacts } from '../../helpers/core';

describe('/ask engine: the names an off-topic neighbour must share are read from the whole question', () => {
  it.each([["des signataires ont porté plainte contre OpenAI après la lettre ?"]])('"%s" → declined as people asked it, no choices offered', (q) => {
    expect(realFacts().ask.ask(q, 'fr')).toMatchObject({ verdict: 'no_answer' });
  });
});
