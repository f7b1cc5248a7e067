import { realFacts } from '../../helpers/core';

describe('/ask engine: an outlet named as who reported something is the question\'s source (outletNames)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ["BFM dit 'la semaine dernière', la lettre a été envoyée quel jour ?", 'submission-date'],
    ["Selon l'AFP la lettre a été remise à la Maison Blanche, mais à quel service précisément ?", 'recipient'],
    ['BFMTV says it went to the White House, but which office got it?', 'recipient'],
  ])('"%s": the outlet before a verb of saying or after "selon" is a source → %s, no choice with the press facts', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });
});
