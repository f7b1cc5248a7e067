import { realFacts } from '../../helpers/core';

/**
 * Round 44's typos in names: a signatory's surname typed with two letters swapped ("Gyllnehaal") is still that surname
 * wherever a lone surname matters, and a first name typed exactly beside a surname three slips away ("bette mildair") is
 * offered, never "not among the names" (nor "signed").
 */
describe('/ask: slips in signatory names', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('a surname typed with a slip, then the first name the asker means ("Jake, I mean"), asks about that namesake', () => {
    expect(ask('Is Gyllnehaal on there? Jake, I mean, not his sister.')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllnehaal' });
    expect(ask('Gyllnehaal a signé — Jake, je veux dire ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllnehaal' });
    // The signatory's own first name offered as the other choice: which of the two signed is asked, and she answers.
    expect(ask('Gyllnehaal signed — Jake or Maggie??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Gyllnehaal' });
    // The surname alone, with the same slip, is still the signatory's (the matcher reads the person asked about).
    expect(ask('Gyllnehaal a signé', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Gyllnehaal' });
    expect(realFacts().names.match('Gyllnehaal')).toMatchObject({ verdict: 'signed', match: { name: 'Maggie Gyllenhaal' } });
  });

  it('a namesake typed with a slip in the surname, beside a word of kin, gets the signatory of that family after', () => {
    const outcome = ask('Did Jake Gyllnehaal sign, or are people confusing him with his sister?');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', others: ['Maggie Gyllenhaal'] });
  });

  it('a first name typed exactly beside a surname three slips from its owner\'s is offered, never "not listed" nor "signed"', () => {
    for (const [query, name] of [['bette mildair', 'Bette Midler'], ['ava duvrenet', 'Ava DuVernay'], ['cate blnacet', 'Cate Blanchett'], ['blacnhet cate', 'Cate Blanchett']] as const) {
      const result = realFacts().names.match(query);
      expect(result).toMatchObject({ verdict: 'ambiguous', match: null });
      expect(result.candidates.map((c) => c.name)).toContain(name);
    }
    // Another initial, or a short surname, is another person.
    expect(realFacts().names.match('sam altmann')).toMatchObject({ verdict: 'not_listed' });
    expect(realFacts().names.match('bette davis')).toMatchObject({ verdict: 'not_listed' });
  });
});
