import { realFacts } from '../../helpers/core';

describe('/ask: casual common words no fact uses weigh less when a question is otherwise declined', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Any follow-up campaign by that crowd?', 'stealing-isnt-innovation'],
    ['Did that crowd do a follow-up campaign?', 'stealing-isnt-innovation'],
    ["La formule exacte 'exploiter les entreprises américaines de la création', elle est fidèle ?", 'tech-valuations'],
  ])('"%s" → %s (the casual word, which people asking about the facts use, no longer outweighs the story words)', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a question of one word the facts know and casual words stays declined', () => {
    expect(ask('Sorry for the noise: wrong channel')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('And the date for what we discussed?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a common word that is what is asked, and that no question with an answer uses, still declines the question', () => {
    expect(ask('Did Cate Blanchett announce her retirement?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Les stars ont-elles brisé la grève de 2023 ?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a question the casual reading would only offer choices for is not offered them: declined as before', () => {
    expect(ask('Did Google send the signatories a formal reply?')).toMatchObject({ verdict: 'no_answer' });
  });
});
