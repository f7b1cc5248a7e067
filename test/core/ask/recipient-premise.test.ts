import { realFacts } from '../../helpers/core';

// data/concepts.json `premises` "recipient": the letter went to the White House OSTP, so a question that has it sent,
// addressed or delivered to senators, to British ministers or to Kamala Harris takes a wrong addressee for granted: the
// recipient fact corrects it, in English and French. Senators named without the letter sent to them are another question.
describe('/ask premises: senators, ministers or Kamala Harris as the letter\'s addressee are corrected by the recipient', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['the letter went to senators, right?', 'en'],
    ['was the letter sent to UK ministers?', 'en'],
    ['did the letter go to British ministers?', 'en'],
    ['was the letter delivered to Kamala Harris?', 'en'],
    ['la lettre a-t-elle été envoyée aux sénateurs ?', 'fr'],
    ['la lettre a été envoyée aux ministres britanniques ?', 'fr'],
    ['la lettre a été remise à Kamala Harris ?', 'fr'],
  ] as const)('"%s" → corrected by the recipient', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it.each([
    ['did any senator come out in support of the letter?', 'en'],
    ['combien de sénateurs ont soutenu publiquement la lettre ?', 'fr'],
  ] as const)('no addressee claimed: "%s" is not corrected as the recipient', (q, lang) => {
    const out = ask(q, lang);
    expect('correction' in out ? out.correction : undefined).not.toBe('recipient');
  });
});

// engine.ts asksOtherLaw: a government of another country named after a verb of addressing is where the letter is said to
// have gone, not a question of that government's law, even when the letter itself is not named (« les signataires ont
// écrit à la Commission européenne ? »): the recipient corrects it. A foreign government asked about alone is still declined.
describe('/ask premises: a foreign government written to is a wrong recipient, not another country\'s law', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['les signataires ont écrit à la Commission européenne ?', 'fr'],
    ['les stars ont écrit au Parlement européen ?', 'fr'],
  ] as const)('"%s" → corrected by the recipient', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('a foreign government asked about, nothing addressed to it: still declined', () => {
    expect(ask('le gouvernement britannique a-t-il répondu ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
  });
});

// data/concepts.json concept "recipient": "filed with", "lodged with" say to whom a paper went, as "sent to" does: the
// letter said filed with Congress is corrected by the recipient, and "who did they file it with?" asks the recipient.
describe('/ask: a letter filed or lodged with someone is sent to them', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['was the letter filed with Congress?', 'did they lodge it with the Senate?'])('"%s" → corrected by the recipient', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('"who did they file it with?" → the recipient', () => {
    expect(ask('who did they file it with?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('"was it filed with the Copyright Office?" is not answered by the Copyright Office\'s own report', () => {
    const out = ask('was it filed with the Copyright Office?');
    expect(out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined).not.toBe('copyright-office-may-2025');
  });
});
