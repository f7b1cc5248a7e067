import { realFacts } from '../../helpers/core';

/**
 * Casual idioms that hold a story word ("same deal?", « d'accord, … ») are chatter (`data/concepts.json` concept
 * `chatter`): a context-free follow-up made of them asks nothing the facts answer, so it is declined, not offered
 * choices between unrelated facts. The story word keeps its sense where the idiom is the story's own
 * ("tombés d'accord", "the same deal as").
 */
describe('/ask: idioms of chatter that hold a story word', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['ok and the other guy, same deal?'],
    ['what about that one then, same deal?'],
    ['and the other one, same deal?'],
    ["d'accord, et après ça ?"],
    ["d'accord, et ensuite ?"],
  ])('"%s" is declined, with no choices', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer', candidates: [] });
  });

  it('the word keeps its sense of an agreement where the idiom is one', () => {
    expect(ask("les studios sont-ils tombés d'accord avec les réalisateurs sur l'IA en 2023 ?")).toMatchObject({ verdict: 'answered', fact: { id: 'dga-deal-2023' } });
  });
});
