import { NameIndex, type NameRecord } from '../../src/core/name-index';
import { realFacts } from '../helpers/core';

const index = (): NameIndex => realFacts().names;
const idOf = (name: string): string => realFacts().signatories.find((s) => s.name === name)!.id;

describe('signatory matching on the real list', () => {
  it('a generation typed that the signatory\'s name does not carry ("Chris Rock Jr.") is offered, never "signed"', () => {
    for (const query of ['Chris Rock Jr.', 'chris rock jr', 'Mark Ruffalo III']) {
      expect(index().match(query)).toMatchObject({ verdict: 'ambiguous', match: null, reason: 'generation' });
    }
    expect(index().match('Chris Rock Jr.').candidates.map((c) => c.name)).toEqual(['Chris Rock']);
  });

  it('a surname typed with another first letter is another name until the asker says so: offered, never "signed"', () => {
    // A vowel, "h" or "w" first ("Hilde" for Wilde, "Hrivo" for Erivo) is another letter too, though it sounds alike.
    const cases = [['Phil Ford', 'Phil Lord'], ['mark buffalo', 'Mark Ruffalo'], ['buffalo', 'Mark Ruffalo'], ['Olivia Hilde', 'Olivia Wilde'], ['Cynthia Hrivo', 'Cynthia Erivo']] as const;
    for (const [query, name] of cases) {
      const result = index().match(query);
      expect(result).toMatchObject({ verdict: 'ambiguous', match: null });
      expect(result.candidates.map((c) => c.name)).toContain(name);
    }
    // The first letter kept, or its sound ("Kate" is "Cate"), a typo is still read as the name.
    expect(index().match('Mark Rufalo')).toMatchObject({ verdict: 'signed', match: { name: 'Mark Ruffalo' } });
    expect(index().match('Kate Blanchett')).toMatchObject({ verdict: 'signed', match: { name: 'Cate Blanchett' } });
    expect(index().match('Alfonso Kuaron')).toMatchObject({ verdict: 'signed', match: { name: 'Alfonso Cuarón' } });
  });

  it('another common given name typed for the signatory\'s own ("Paula McCartney", "Michael Coel") is offered, never "signed"', () => {
    const cases = [['Paula McCartney', 'Paul McCartney'], ['Michael Coel', 'Michaela Coel'], ['mary ruffalo', 'Mark Ruffalo'], ['Olivier Wilde', 'Olivia Wilde'], ['Ken Stiller', 'Ben Stiller']] as const;
    for (const [query, name] of cases) {
      const result = index().match(query);
      expect(result).toMatchObject({ verdict: 'ambiguous', match: null });
      expect(result.candidates.map((c) => c.name)).toContain(name);
    }
    // The same name spelt by ear, or a typo that is no given name, is still read as the signatory's.
    for (const [query, name] of [['Marc Ruffalo', 'Mark Ruffalo'], ['Cinthia Erivo', 'Cynthia Erivo'], ['Micheala Coel', 'Michaela Coel']] as const) {
      expect(index().match(query)).toMatchObject({ verdict: 'signed', match: { name } });
    }
    // A list without given names reads a one-letter change as a typo, as before.
    const bare = new NameIndex([{ id: 'paul', name: 'Paul McCartney', aliases: [], confidence: 'major' }]);
    expect(bare.match('Paula McCartney')).toMatchObject({ verdict: 'signed' });
  });

  // [query, expected signatory name, what the case exercises]
  const positives: [string, string, string][] = [
    ['Ben Stiller', 'Ben Stiller', 'exact'],
    ['Cate Blanchett', 'Cate Blanchett', 'exact'],
    ['Cynthia Erivo', 'Cynthia Erivo', 'exact'],
    ['Paul McCartney', 'Paul McCartney', 'exact'],
    ['cate blanchett', 'Cate Blanchett', 'lowercase'],
    ['MARK RUFFALO', 'Mark Ruffalo', 'upper case'],
    ['  taika   waititi ', 'Taika Waititi', 'extra spaces'],
    ['Alfonso Cuaron', 'Alfonso Cuarón', 'missing accent'],
    ['Janelle Monae', 'Janelle Monáe', 'missing accent'],
    ['Alfonso Cuarón', 'Alfonso Cuarón', 'accent kept'],
    ['Maggie Gylenhall', 'Maggie Gyllenhaal', "the article's misspelling"],
    ['Ava Duvernay', 'Ava DuVernay', "the article's casing"],
    ['cate blanchet', 'Cate Blanchett', 'typo: missing letter'],
    ['Mark Rufalo', 'Mark Ruffalo', 'typo: missing letter'],
    ['Cynthia Erivoo', 'Cynthia Erivo', 'typo: extra letter'],
    ['Paul McCartny', 'Paul McCartney', 'typo: missing letter'],
    ['Natasha Lyone', 'Natasha Lyonne', 'typo'],
    ['Ayo Edibiri', 'Ayo Edebiri', 'typo: wrong vowel'],
    ['Judd Appatow', 'Judd Apatow', 'typo: doubled letter'],
    ['Kate Blanchett', 'Cate Blanchett', 'first name spelled by ear'],
    ['Michaela Cole', 'Michaela Coel', 'transposed letters'],
    ['Olivia Wild', 'Olivia Wilde', 'typo'],
    ['Stiller', 'Ben Stiller', 'surname only'],
    ['Blanchett', 'Cate Blanchett', 'surname only'],
    ['McCartney', 'Paul McCartney', 'surname only'],
    ['Waller-Bridge', 'Phoebe Waller-Bridge', 'hyphenated surname only'],
    ['del Toro', 'Guillermo del Toro', 'surname with particle only'],
    ['Gyllenhaal', 'Maggie Gyllenhaal', 'surname only'],
    ['Stiller Ben', 'Ben Stiller', 'reversed'],
    ['Blanchett, Cate', 'Cate Blanchett', 'Last, First'],
    ['Gordon-Levitt, Joseph', 'Joseph Gordon-Levitt', 'Last, First with hyphen'],
    ['Del Toro Guillermo', 'Guillermo del Toro', 'reversed with particle'],
    ['Sir Paul McCartney', 'Paul McCartney', 'honorific'],
    ['Dame Cate Blanchett', 'Cate Blanchett', 'honorific'],
    ['Mr. Ron Howard', 'Ron Howard', 'honorific with dot'],
    ['Joseph Gordon Levitt', 'Joseph Gordon-Levitt', 'hyphen dropped'],
    ['Phoebe Waller Bridge', 'Phoebe Waller-Bridge', 'hyphen dropped'],
    ['Phoebe WallerBridge', 'Phoebe Waller-Bridge', 'hyphen and space dropped'],
    ['Phoebe Waler Bridge', 'Phoebe Waller-Bridge', 'hyphen dropped and a typo in its first part'],
    ['Guillermo Deltoro', 'Guillermo del Toro', 'particle run together'],
    ['Guillermo del toro', 'Guillermo del Toro', 'particle lower case'],
    ['benstiller', 'Ben Stiller', 'no space at all'],
    ["Lily Gladstone", 'Lily Gladstone', 'exact'],
    ['J. Apatow', 'Judd Apatow', 'initial for first name'],
    ['Phil Lord', 'Phil Lord', 'surname that looks like a title'],
    ['Chris Miller', 'Chris Miller', 'weak-sourced signatory, exact'],
    ['Paul McCartney CBE', 'Paul McCartney', 'honour after the name'],
  ];

  it.each(positives)('%s → signed: %s (%s)', (query, expected) => {
    const result = index().match(query);
    expect(result.verdict).toBe('signed');
    expect(result.match?.id).toBe(idOf(expected));
  });

  // People who share a first name or a surname with a signatory, or are near-namesakes: never "signed".
  const negatives: [string, string][] = [
    ['Ben Affleck', 'shares "Ben" with Ben Stiller'],
    ['Ben Kingsley', 'shares "Ben"'],
    ['Maggie Smith', 'shares "Maggie" with Maggie Gyllenhaal'],
    ['Jake Gyllenhaal', 'shares the surname Gyllenhaal'],
    ['Chris Pratt', 'shares "Chris" with Chris Rock and Chris Miller'],
    ['Kid Rock', 'shares "Rock"'],
    ['Chris Evans', 'shares "Chris"'],
    ['Paul Rudd', 'shares "Paul"'],
    ['Eva Mendes', 'shares the surname Mendes'],
    ['Bryce Dallas Howard', 'shares the surname Howard'],
    ['Jerry Stiller', 'shares the surname Stiller'],
    ['Mark Hamill', 'shares "Mark"'],
    ['Olivia Colman', 'shares "Olivia"'],
    ['Natasha Richardson', 'shares "Natasha"'],
    ['Sam Smith', 'shares "Sam"'],
    ['Lana Wachowski', 'shares the surname Wachowski'],
    ['Sarah Jessica Parker', 'not a signatory at all'],
    ['Taylor Swift', 'not a signatory at all'],
  ];

  it.each(negatives)('%s → not signed (%s)', (query) => {
    const result = index().match(query);
    expect(result.verdict).not.toBe('signed');
    expect(result.match).toBeNull();
  });

  it('a name sharing only a first name offers no "did you mean" (Ben Affleck is never Ben Stiller)', () => {
    for (const query of ['Ben Affleck', 'Maggie Smith', 'Chris Pratt', 'Jake Gyllenhaal', 'Eva Mendes']) {
      const result = index().match(query);
      expect({ query, verdict: result.verdict, candidates: result.candidates }).toEqual({ query, verdict: 'not_listed', candidates: [] });
    }
  });

  it('a first name alone → did-you-mean with everyone of that first name, never a confident match', () => {
    const paul = index().match('Paul');
    expect(paul.verdict).toBe('ambiguous');
    expect(paul.reason).toBe('first_name_only');
    expect(paul.candidates.map((c) => c.name).sort()).toEqual(['Paul McCartney', 'Paul Simon']);
    const cate = index().match('Cate');
    expect(cate.verdict).toBe('ambiguous');
    expect(cate.candidates.map((c) => c.name)).toEqual(['Cate Blanchett']);
  });

  it('a weak-sourced name never outranks a major one among candidates', () => {
    // Chris Rock is major; Chris Miller is reported by a minor site only.
    const chris = index().match('Chris');
    expect(chris.candidates.map((c) => c.name)).toEqual(['Chris Rock', 'Chris Miller']);
  });

  it('a near miss that is too far to be sure → did-you-mean, not signed', () => {
    const rob = index().match('Rob Howard');
    expect(rob.verdict).toBe('ambiguous');
    expect(rob.candidates.map((c) => c.name)).toEqual(['Ron Howard']);
    const simonon = index().match('Paul Simonon');
    expect(simonon.verdict).toBe('ambiguous');
  });

  it('extra middle names the signatory does not have → did-you-mean, not signed', () => {
    const result = index().match('Ben Jerry Stiller');
    expect(result.verdict).toBe('ambiguous');
    expect(result.candidates.map((c) => c.name)).toEqual(['Ben Stiller']);
  });

  it('input with no letters → not_listed with nothing offered', () => {
    expect(index().match('!!! 🎬').verdict).toBe('not_listed');
  });

  it('the score is 1 for exact matches and lower for typos', () => {
    expect(index().match('Ben Stiller').match?.score).toBe(1);
    const typo = index().match('Ben Stiler').match!;
    expect(typo.score).toBeLessThan(1);
    expect(typo.score).toBeGreaterThan(0.5);
  });
});

describe('two records with the same surname', () => {
  const twins = new NameIndex([
    { id: 'lana', name: 'Lana Wachowski', aliases: [], confidence: 'major' },
    { id: 'lilly', name: 'Lilly Wachowski', aliases: [], confidence: 'major' },
    { id: 'ron', name: 'Ron Howard', aliases: [], confidence: 'weak' },
    { id: 'bryce', name: 'Bryce Dallas Howard', aliases: [], confidence: 'major' },
  ]);

  it('surname shared by two → did-you-mean with both', () => {
    const result = twins.match('Wachowski');
    expect(result.verdict).toBe('ambiguous');
    expect(result.reason).toBe('shared_surname');
    expect(result.candidates.map((c) => c.id).sort()).toEqual(['lana', 'lilly']);
  });

  it('full names still resolve', () => {
    expect(twins.match('Lilly Wachowski').match?.id).toBe('lilly');
    expect(twins.match('Lily Wachowski').match?.id).toBe('lilly');
    expect(twins.match('Bryce Howard').match?.id).toBe('bryce');
  });

  it('among shared surnames the major entry is listed before the weak one', () => {
    expect(twins.match('Howard').candidates.map((c) => c.id)).toEqual(['bryce', 'ron']);
  });
});

describe('suggest (autocomplete)', () => {
  it('ranks first-name and surname prefixes, at most 25', () => {
    expect(index().suggest('cate', 25).map((c) => c.name)).toEqual(['Cate Blanchett']);
    expect(index().suggest('blan', 25).map((c) => c.name)).toEqual(['Cate Blanchett']);
    const paul = index().suggest('pa', 25).map((c) => c.name);
    expect(paul).toEqual(expect.arrayContaining(['Paul McCartney', 'Paul Simon', 'Patton Oswalt']));
    expect(paul.indexOf('Paul Simon')).toBeGreaterThan(paul.indexOf('Paul McCartney'));
    expect(index().suggest('', 25)).toHaveLength(25);
    expect(index().suggest('', 100)).toHaveLength(25);
  });

  it('accent-insensitive, and falls back to typo matching when no name starts that way', () => {
    expect(index().suggest('cuar', 5).map((c) => c.name)).toEqual(['Alfonso Cuarón']);
    expect(index().suggest('blanshett', 5).map((c) => c.name)).toEqual(['Cate Blanchett']);
    expect(index().suggest('zzzz', 5)).toEqual([]);
  });
});

describe('single words that are not a whole surname', () => {
  it('one word of a double-barrelled surname → did-you-mean, never signed', () => {
    const waller = index().match('Waller');
    expect([waller.verdict, waller.candidates.map((c) => c.name)]).toEqual(['ambiguous', ['Phoebe Waller-Bridge']]);
    expect(index().match('Gordon').verdict).toBe('ambiguous');
  });

  it('a short word two edits from a surname is not offered', () => {
    expect(index().match('Walker')).toMatchObject({ verdict: 'not_listed', candidates: [] });
  });

  it('a long surname with one typo is read as that surname; a shorter one is only offered', () => {
    expect(index().match('Blanchet').match?.name).toBe('Cate Blanchett');
    expect(index().match('Stiler')).toMatchObject({ verdict: 'ambiguous', candidates: [expect.objectContaining({ name: 'Ben Stiller' })] });
  });

  it('a long surname typed fast, two letters dropped or swapped but sounding the same, is read as that surname', () => {
    expect(index().match('rufallo')).toMatchObject({ verdict: 'signed', reason: 'surname_typo', match: expect.objectContaining({ name: 'Mark Ruffalo' }) });
    expect(index().match('stilerr').match?.name).toBe('Ben Stiller');
    // Two edits that change how it sounds, or three, are still nobody on the list.
    expect(index().match('mcarthy').verdict).toBe('not_listed');
    expect(index().match('stiltor').verdict).toBe('not_listed');
  });

  it('a surname split in two with a typo → did-you-mean, never "not listed" and never signed', () => {
    for (const [query, name] of [['gordn levitt', 'Joseph Gordon-Levitt'], ['lindel off', 'Damon Lindelof'], ['mc cartny', 'Paul McCartney']]) {
      expect(index().match(query!)).toMatchObject({ verdict: 'ambiguous', match: null, candidates: [expect.objectContaining({ name })] });
    }
    expect(index().match('jack gylenhal').verdict).toBe('not_listed');
    expect(index().match('de niro').verdict).toBe('not_listed');
  });

  it('a whole name typed by its sounds, in pieces that are no name words → did-you-mean with that person, never signed', () => {
    for (const [query, name] of [['ghee air mo del tor oh', 'Guillermo del Toro'], ['tai ka wai tee tee', 'Taika Waititi'], ['fee bee waller bridge', 'Phoebe Waller-Bridge'], ['al fon so kwa ron', 'Alfonso Cuarón']]) {
      expect(index().match(query!)).toMatchObject({ verdict: 'ambiguous', match: null, reason: 'sound', candidates: [expect.objectContaining({ name })] });
    }
    // Someone else of a signatory's family, the surname spelt right, is no sound-alike of them; nor is a name only near in sound.
    expect(index().match('lana wachowski').verdict).toBe('not_listed');
    expect(index().match('sundar pichai').verdict).toBe('not_listed');
    expect(index().match('tom hanks').verdict).toBe('not_listed');
  });

  it('a word\'s last "er" typed for the vowel English without its "r" says ("tiker" for Taika) → did-you-mean by sound, never "not listed"', () => {
    expect(index().match('tiker wah titty')).toMatchObject({ verdict: 'ambiguous', match: null, reason: 'sound', candidates: [expect.objectContaining({ name: 'Taika Waititi' })] });
    // Only to offer a name by its sound: a given name that sounds otherwise still names someone else.
    expect(index().match('tom hanks').verdict).toBe('not_listed');
  });
});

describe('exact keys, found without storing them', () => {
  const list = new NameIndex([
    { id: 'anna-bell', name: 'Anna Bell', aliases: [], confidence: 'weak' },
    { id: 'ann-abell', name: 'Ann Abell', aliases: [], confidence: 'major' },
    { id: 'madonna', name: 'Madonna', aliases: ['Madonna Ciccone'], confidence: 'major' },
    { id: 'jean-pierre', name: 'Jean-Pierre Léaud', aliases: [], confidence: 'major' },
  ]);

  it('a name run together that two names spell → did-you-mean with both, major first', () => {
    const result = list.match('annabell');
    expect(result).toMatchObject({ verdict: 'ambiguous', reason: 'same_name' });
    expect(result.candidates.map((c) => c.id)).toEqual(['ann-abell', 'anna-bell']);
  });

  it.each([
    ['Bell Anna', 'anna-bell', 'exact'],
    ['bellanna', 'anna-bell', 'exact'],
    ['Madonna', 'madonna', 'exact'],
    ['Madonna Ciccone', 'madonna', 'alias'],
    ['cicconemadonna', 'madonna', 'alias'],
    ['Jean Pierre Leaud', 'jean-pierre', 'exact'],
    ['Pierre Léaud Jean', 'jean-pierre', 'exact'],
    ['jeanpierreleaud', 'jean-pierre', 'exact'],
  ])('%s → signed %s (%s key)', (query, id, method) => {
    expect(list.match(query)).toMatchObject({ verdict: 'signed', match: { id, method, score: 1 } });
  });

  it('the same name on two records → did-you-mean with both, never signed', () => {
    const twins = new NameIndex([
      { id: 'smith-weak', name: 'John Smith', aliases: [], confidence: 'weak' },
      { id: 'smith-major', name: 'John Smith', aliases: [], confidence: 'major' },
    ]);
    const result = twins.match('john smith');
    expect(result).toMatchObject({ verdict: 'ambiguous', reason: 'same_name', match: null });
    expect(result.candidates.map((c) => c.id)).toEqual(['smith-major', 'smith-weak']);
  });
});

describe('a large list', () => {
  // 4,000 people from 40 first names × 100 surnames, a quarter of them weak-sourced, some with a third word.
  const firsts = Array.from({ length: 40 }, (_, i) => `${'bcdfghjklm'[i % 10]}${'aeiou'[i % 5]}${'nrst'[i % 4]}${'aeio'[Math.floor(i / 10)]}`);
  const surnames = Array.from({ length: 100 }, (_, i) => `${'prstvw'[i % 6]}${'aeiou'[i % 5]}${'lmnr'[i % 4]}${'aeiou'[Math.floor(i / 20)]}${'dkst'[Math.floor(i / 25)]}er`);
  const records: NameRecord[] = [];
  firsts.forEach((first, f) =>
    surnames.forEach((surname, s) => {
      const middle = (f + s) % 17 === 0 ? ` ${surnames[(s * 7) % 100]}` : '';
      records.push({ id: `p${records.length}`, name: `${first}${middle} ${surname}`, aliases: [], confidence: (f + s) % 4 === 0 ? 'weak' : 'major' });
    }),
  );
  const big = new NameIndex(records);

  it('every name finds its own record', () => {
    const wrong = records.filter((r) => big.match(r.name).match?.id !== r.id).map((r) => r.name);
    expect(wrong).toEqual([]);
  });

  it('a first name a hundred people share → five did-you-mean names, major before weak, never signed', () => {
    const result = big.match(firsts[0]!);
    expect(result).toMatchObject({ verdict: 'ambiguous', reason: 'first_name_only', match: null });
    expect(result.candidates).toHaveLength(5);
    const weak = result.candidates.map((c) => records.find((r) => r.id === c.id)!.confidence === 'weak');
    expect(weak).toEqual([...weak].sort());
  });

  it('autocomplete lists names in key order, whole names before single words, major before weak', () => {
    // The rule written out plainly: per confidence, the whole name (several words) and each later word
    // (plus the later words run together for three or more), sorted by key then record.
    const keys = (confidence: 'major' | 'weak'): [string, number][] => {
      const out: [string, number][] = [];
      records.forEach((r, i) => {
        if (r.confidence !== confidence) return;
        const tokens = r.name.split(' ');
        out.push([tokens.join(' '), i]);
        for (const t of tokens.slice(1)) out.push([t, i]);
        if (tokens.length > 2) out.push([tokens.slice(1).join(''), i]);
      });
      return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    };
    const lists = [keys('major'), keys('weak')];
    const expected = (typed: string): string[] => {
      const seen = new Set<number>();
      const out: string[] = [];
      for (const list of lists) {
        for (const words of [false, true]) {
          for (const [key, i] of list) {
            if (out.length === 25) break;
            if (key.startsWith(typed) && key.includes(' ') !== words && !seen.has(i)) {
              seen.add(i);
              out.push(records[i]!.id);
            }
          }
        }
      }
      return out;
    };
    for (const typed of ['', firsts[3]!.slice(0, 2), firsts[3]!, `${firsts[3]} `, `${firsts[0]} ${surnames[0]!.slice(0, 3)}`, surnames[5]!.slice(0, 3), surnames[17]!]) {
      expect({ typed, ids: big.suggest(typed, 25).map((c) => c.id) }).toEqual({ typed, ids: expected(typed) });
    }
  });
});
