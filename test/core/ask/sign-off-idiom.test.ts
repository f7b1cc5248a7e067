import { realFacts } from '../../helpers/core';

/**
 * « c'est dans la boîte », « affaire classée », "case closed": a sign-off whose idiom holds a word of the story (« boîte »
 * for a company, « affaire » or "case" for a lawsuit) is read as chatter (`c:chatter`), not as that word: declined, never
 * the companies' or the coverage's fact. « boîte » asked of the story still finds the companies.
 */
describe('/ask engine: a sign-off idiom is no word of the story', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ["super, c'est dans la boîte, bonne soirée", 'fr'],
    ["ok c'est dans la boîte, merci et bonne journée", 'fr'],
    ['case closed, cheers!', 'en'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it('« quelles boîtes de la tech la lettre vise-t-elle ? » → still the companies', () => {
    expect(ask('quelles boîtes de la tech la lettre vise-t-elle ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});
