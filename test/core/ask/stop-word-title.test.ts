import { realFacts } from '../../helpers/core';

describe('/ask engine: a title typed with capitals whose words are all stop words names a work the data does not know', () => {
  it.each([
    ['La lettre cite-t-elle Now and Then ?', 'fr'],
    ['McCartney used AI on Now and Then, right?', 'en'],
  ] as const)('"%s" → declined, no choices offered', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([['What Did The Letter Say?']])('"%s" → a question typed in title case names no title: answered', (q) => {
    const outcome = realFacts().ask.ask(q, 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'fact' ? outcome.fact.id : null).toBe('main-message');
  });
});
