import { realFacts } from '../../helpers/core';

/**
 * French questions the thirty-fifth round found declined although a fact answers them, from several batches' writers:
 * - a word of three letters or fewer is a concept's word only as spelt: "del" (of "del Toro") is no form of "délai",
 *   whose French stem it merely equals, so "délai" can ask for a deadline without losing a misspelt "del Torro";
 * - a signatory's name typed as one of its aliases (the misspelling BFMTV printed) is a name the story knows, no other
 *   topic, and French words of spelling ("ça s'écrit", "écrit comme ça", "minuscule") ask about the article's errors;
 * - chat spellings ("jai", "dmd", "cété", "rapor") and fillers ("haha", "keum", "natel") no longer read as unknown names.
 */
describe('/ask: French misreadings', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('"délai" asks for the comment deadline', () => {
    expect(ask('Quel était le délai pour envoyer une contribution à la consultation ?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });

  it('a word of three letters or fewer is a concept\'s word only as spelt, not by equalling a longer word\'s stem', () => {
    const { lexicon } = realFacts().ask;
    expect(lexicon.isPhraseWord('del')).toBe(false);
    expect(lexicon.isPhraseWord('delai')).toBe(true);
  });

  it('"del" typed before a misspelt "Torro" is still part of the signatory\'s name', () => {
    expect(ask('est-ce que guillermo del torro fait partie des signataires')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'guillermo del torro' });
  });

  it('the Quebec "pi" between two names joins them as "pis" does', () => {
    const out = ask('ava duvernay pi judd apatow, ils ont signé?');
    expect(out.verdict).toBe('answered');
    expect(JSON.stringify(out)).toContain('ava-duvernay');
  });

  it.each([
    ['Maggie Gylenhall, on l’écrit comme ça ?'],
    ["le nom d'Ava DuVernay, ça s'écrit comment au juste ?"],
    ['Ava Duvernay avec un d minuscule, c’est correct ?'],
  ])('"%s" asks about the article\'s misspelt names', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });

  it('a signatory named by the misspelling still gets the signatory verdict', () => {
    expect(ask('Maggie Gylenhall est-elle signataire ? je recopie le nom tel quel')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Maggie Gylenhall' });
  });

  it.each([
    ['en gros la lettre dmd koi', 'demands'],
    ['cété quand la greve des scenaristes', 'strikes-2023'],
    ['le rapor du copyright office sur l’entraînement des ia, il conclut quoi', 'copyright-office-may-2025'],
    ['haha question bête : qui a organisé la lettre ?', 'organisers'],
    ['jai pas compris, qui a monté la lettre ?', 'organisers'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});
