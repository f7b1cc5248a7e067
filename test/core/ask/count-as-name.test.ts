import { realFacts } from '../../helpers/core';

// engine.ts `countNamesAt`, data/concepts.json `countNameArticles`: a count of the signers the facts give, right after a
// definite article or a demonstrative ("the 400-odd stars", « la lettre des 400 », « ces 400 artistes »), names the letter
// or its signers as "the Hollywood letter" would. It presupposes the count and asks something else: the rest of the
// question is answered, not the number check it used to be read as (« la lettre des 400, envoyée quel jour ? » answered
// with the signers' count). A count typed without such an article, a question of counting, a word of checking right
// after the count, or a second figure keep the number check.
describe('/ask engine: a count of the signers after "the" or « des » names the letter, no figure to check', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['what are the 400-odd stars asking the government for?', 'en', 'demands'],
    ['when did the 400 send their letter?', 'en', 'submission-date'],
    ['when was the 400-star letter filed?', 'en', 'submission-date'],
    ['la lettre des 400, elle a été déposée quand ?', 'fr', 'submission-date'],
    ['qui a organisé la lettre des 400 ?', 'fr', 'organisers'],
  ] as const)('"%s" (%s) → %s in fact mode', (q, lang, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });

  it.each([
    ['were there really 400 signers?', 'en'],
    ['how many signed, 400?', 'en'],
  ] as const)('a real check of the count stays one: "%s" → number:signatory-count', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
  });

  it.each([
    ['is the 400 figure right?', 'en'],
    ['how many of the 400 signers were actors?', 'en'],
    ['ils étaient vraiment 400 ?', 'fr'],
  ] as const)('no count named: "%s" is not answered in fact mode', (q, lang) => {
    expect(ask(q, lang)).not.toMatchObject({ verdict: 'answered', mode: 'fact' });
  });
});
