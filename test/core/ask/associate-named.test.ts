import { realFacts } from '../../helpers/core';

/**
 * "Did a friend of Ben Stiller sign?", « l'agent de Mark Ruffalo a signé ? »: someone named by whom they are close to out
 * of the family (a friend, an agent, a lawyer) is not that one, as a relative is not: never "Yes: Ben Stiller". Set
 * beside a name after a comma ("Ruffalo, Stiller's friend"), it says who the name before it is.
 */
describe('/ask engine: a friend or an agent of a signatory is no one asked about by that name', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const person = (q: string): string | null => {
    const outcome = ask(q);
    return outcome.verdict === 'answered' && outcome.mode === 'signatory' ? outcome.person : null;
  };

  it.each([
    ['Did a friend of Ben Stiller sign?'],
    ["l'agent de Mark Ruffalo a signé ?"],
    ["did Taika Waititi's friend sign the letter?"],
    ["l'avocate de Natasha Lyonne, elle a signé aussi ?"],
  ])('"%s" → no signatory verdict', (q) => {
    expect(person(q)).toBeNull();
  });

  it.each([
    ["Ruffalo, Stiller's friend, did he sign?", 'ruffalo'],
    ['Cate Blanchett, une amie de Ron Howard, elle a signé ?', 'cate blanchett'],
  ])('"%s" → %s alone, the name before the comma', (q, name) => {
    expect(person(q)?.toLowerCase()).toBe(name);
  });

  it('a name after the word is who that one is ("did ben stiller\'s friend mark ruffalo sign?")', () => {
    expect(person("did ben stiller's friend mark ruffalo sign?")?.toLowerCase()).toBe('mark ruffalo');
  });
});
