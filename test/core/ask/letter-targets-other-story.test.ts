import { realFacts } from '../../helpers/core';

/**
 * « la lettre visait Meta et Apple ? », "Meta et Amazon visés par la lettre": a company said to be targeted by the
 * letter, wrongly (it answered OpenAI's and Google's submissions), is corrected by whom the letter answers, though a fact
 * of another story holds the company's name (Meta in Kadrey v. Meta): that fact says nothing of the letter. « ils s'en
 * prennent à Meta et Amazon ? »: a pronoun opening the question as the subject of the verb of targeting, with no noun
 * before it to stand for, is the signers. The company asked about on its own keeps its own fact, and a pronoun that a
 * noun before it stands for is not the signers.
 */
describe('/ask engine: a wrong company said to be targeted by the letter is corrected, not answered by its own case', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);

  it.each([
    ["la lettre visait meta et apple c'est ça ?", 'fr'],
    ['Meta et Amazon visés par la lettre : pourquoi eux ?', 'fr'],
    ['so the letter targeted Meta and Apple, right?', 'en'],
    ["ils s'en prennent a meta et amazon c ca?", 'fr'],
    ['pourquoi ils visent Amazon ?', 'fr'],
  ] as const)('"%s" → corrected by whom the letter answers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });

  it.each([
    ['Kadrey contre Meta, qui a gagné ?', 'fr', 'kadrey-v-meta'],
    ['What did Judge Alsup decide in the Bartz case against Anthropic?', 'en', 'bartz-v-anthropic'],
    ['Quand Disney et Universal ont-ils porté plainte contre Midjourney ?', 'fr', 'disney-universal-v-midjourney'],
  ] as const)('the company on its own keeps its own fact: "%s"', (q, lang, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a pronoun a noun before it stands for is not the signers: "Disney a attaqué Midjourney, ils visent aussi Meta ?" is not corrected', () => {
    const out = ask('Disney a attaqué Midjourney, ils visent aussi Meta ?', 'fr');
    expect('correction' in out ? out.correction : undefined).toBeUndefined();
  });
});
