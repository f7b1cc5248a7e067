import { realFacts } from '../../helpers/core';

/**
 * The nearest-question channel compares what is asked, not the chatter around it: a question wrapped in the same
 * newsroom chatter as a learnt example ("…we're closing the arts page tonight and I just need one thing — …") that asks
 * something else in its asking clause is not pulled onto that example's fact (`learnedAskedShare`).
 */
describe('/ask learned examples: a match that rests on the chatter around the asking clause', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ["hope you're well, we're closing the arts page tonight and I just need one thing — who organised the letter?", 'en'],
    ["hey!! hope ur good, we're closing the arts page tonight and I just need one thing — who was the letter addressed to?", 'en'],
    ["hey!! hope ur good, we're closing the arts page tonight and I just need one thing — how many people signed?", 'en'],
  ] as const)('"%s" → never the date its chatter twin asks (declined at worst)', (q, lang) => {
    const out = ask(q, lang);
    expect(out.verdict === 'answered' && 'fact' in out ? out.fact.id : null).not.toBe('submission-date');
  });

  it('a run of emoji ends the chatter too: « …encore une fois 😅 la lettre, elle a été adressée à qui ? » → to whom it went', () => {
    expect(ask('Salut le bot, désolée de te déranger encore une fois 😅 la lettre, elle a été adressée à qui ?', 'fr')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'recipient' },
    });
  });

  it.each([
    ["hey!! hope ur good, we're closing the arts page tonight and I just need one thing — what date was the letter filed?", 'en', 'submission-date'],
    ['Salut le bot, désolée de te déranger encore une fois 😅 la lettre, elle a été remise à quelle date ?', 'fr', 'submission-date'],
    // A clause of context that says what is asked about ("credited with spearheading") is no chatter: its example still answers.
    ['We keep seeing Natasha Lyonne credited with spearheading the letter. Was she the only organizer, or was someone else running it with her?', 'en', 'organisers'],
  ] as const)('"%s" (%s) → still %s (what it asks, chatter and all)', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
