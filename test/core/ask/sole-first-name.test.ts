import { realFacts } from '../../helpers/core';

/**
 * A first name only one signatory is known by (`soleFirstNames` in data/concepts.json: "Taika") names that signatory when
 * it is the one word of the question that may be a name: every other word is a stop word as typed, a cue, or a
 * concept's, role's or number's word. Any other word may be the name actually asked about, so the first name alone is
 * then only offered ("which one?"), never "signed".
 */
describe('/ask engine: a sole first name typed alone ("did taika sign?")', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['did taika sign', 'en'],
    ['Taika signed?', 'en'],
    ['Did Taika put his name on it?', 'en'],
    ['taika on there or nah?', 'en'],
    ['Taika il a signé hein ?', 'fr'],
  ] as const)('"%s" → Taika Waititi signed', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Taika Waititi' });
  });

  it.each([
    // Another word read as nothing, or only as a typo of a stop word ("hanks" → "thanks"), may be the one asked about.
    'hanks taika — on the list?',
    'our film society president is obsessed with taika, so did gosling put his name on this thing',
    'did Taika and Hanks sign?',
  ])('"%s" → no "signed"', (q) => {
    const outcome = ask(q);
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' && outcome.person === 'Taika Waititi').toBe(false);
  });

  it('a first name others bear too still asks which one ("did Phoebe sign?")', () => {
    expect(ask('did Phoebe sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Phoebe' });
  });
});
