import { realFacts } from '../../helpers/core';

/**
 * French prepositions and adverbs of linking ("entre", "puis") and the Southern "quèsaco" ("what is it") are function
 * words, as "between", "then" and "what's that" are in English: read as content words no fact uses, they weighed as
 * unmatched and declined questions whose other words a fact carries. "ça a pris combien", after two sides, asks how
 * long, as "combien de temps" does.
 */
describe('/ask: French function words and "ça a pris combien"', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Quel rapport entre Stargate et cette lettre ?', 'stargate'],
    ['Quèsaco, Stargate ?', 'stargate'],
    ["Quèsaco l'OSTP et pourquoi la lettre lui est adressée ?", 'recipient'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('"puis" no longer declines a question a fact carries', () => {
    expect(ask('Puis quoi, après la lettre, Natasha Lyonne a fait quoi ?').verdict).not.toBe('no_answer');
  });

  it.each([
    ['entre la signature du décret 14179 et sa parution au Federal Register, ça a pris combien ?', ['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published']],
    ['Entre le début de la grève des scénaristes et celui de la grève des acteurs, ça a pris combien ?', ['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']],
  ])('"%s" compares two events in time', (q, ids) => {
    const out = ask(q);
    expect(out).toMatchObject({ verdict: 'answered', mode: 'compare' });
    if (out.verdict === 'answered' && out.mode === 'compare') expect(out.events.map((e) => e.id).sort()).toEqual([...ids].sort());
  });
});
