import { realFacts } from '../../helpers/core';

describe('/ask engine: a name none of the offered facts carries', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a known company named beside facts that never speak of it → declined, no choice offered', () => {
    expect(ask('What did Meta argue in its AI Action Plan comment?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did Meta also file a comment on the AI Action Plan?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('so is one typed first in its sentence, as a French inverted question puts it: the data spells it only with a capital', () => {
    expect(ask("Meta a-t-il déposé un commentaire sur le plan d'action IA ?")).toMatchObject({ verdict: 'no_answer' });
  });
});
