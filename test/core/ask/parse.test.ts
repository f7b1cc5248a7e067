import { parseQuestion, readNumbers } from '../../../src/core/ask/parse';
import { realFacts } from '../../helpers/core';

const parse = (q: string) => parseQuestion(q, realFacts().ask.lexicon, realFacts().names);

describe('question parsing on the real data', () => {
  it.each([
    ['did ruffallo sign it', 'Mark Ruffalo'],
    ['est-ce que cate blanchet a signer', 'Cate Blanchett'],
    ['Did Paul McCartney sign?', 'Paul McCartney'],
    ['Ben Stiller a-t-il signé la lettre ?', 'Ben Stiller'],
    ['Is Guillermo del Toro a signatory?', 'Guillermo del Toro'],
  ])('person in "%s" → %s', (q, name) => {
    const p = parse(q);
    expect(p.aboutSigning).toBe(true);
    expect(p.people[0]?.match.match?.name).toBe(name);
  });

  it('a quoted campaign name is never looked up as a person', () => {
    const p = parse('did anyone from "Stealing Isn\'t Innovation" sign?');
    expect(p.quoted).toEqual(["Stealing Isn't Innovation"]);
    expect(p.people).toEqual([]);
  });

  it('an unknown name asked about signing is the subject', () => {
    expect(parse('Did Tom Cruise sign the letter?').subject).toBe('Tom Cruise');
    expect(parse('Did Trump sign the letter?').subject).toBe('Trump');
    expect(parse('What executive order did Trump sign in January 2025?').subject).toBeNull();
  });

  it.each([
    ['which filmmakers are on it?', 'list', ['director']],
    ['quelles chanteuses ont signé ?', 'list', ['musician']],
    ['quels réalisateurs ont signé la lettre ?', 'list', ['director']],
    ['did Google file before or after the letter?', 'compare', []],
    ['what are the exact words of the letter about licenses?', 'quote', []],
    ['who organised the letter?', 'who', []],
    ['quand la lettre a-t-elle été envoyée ?', 'when', []],
    ['Ben Stiller a-t-il signé ?', 'yes_no', []],
    ['how many people signed?', 'how_many', []],
  ])('"%s" → %s %j', (q, type, roles) => {
    const p = parse(q);
    expect(p.type).toBe(type);
    expect(p.roles).toEqual(roles);
  });

  it('figures are read with their scale; years apart', () => {
    expect(readNumbers('was it $230bn in wages in 2025?')).toEqual({ numbers: [230e9], years: [2025] });
    expect(readNumbers('2.3 million jobs, 8,755 comments, 229 milliards')).toEqual({ numbers: [2.3e6, 8755, 229e9], years: [] });
  });
});
