import { countsAt, dateWordsAt, earliestYear, firstDate, firstMonth, parseQuestion, readNumbers, yearAt, yearsOnLetter } from '../../../src/core/ask/parse';
import { splitWords } from '../../../src/core/ask/lexicon';
import { realFacts } from '../../helpers/core';

const parse = (q: string) => parseQuestion(q, realFacts().ask.lexicon, realFacts().names);
/** The endings of an ordinal day, as the data lists them (`ordinalEndings`). */
const ordinals = (): ReadonlySet<string> => realFacts().ask.lexicon.wordList('ordinalEndings');

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

  it('one word in lower case after an article is a thing on the letter, no one asked about; a name typed alone still is', () => {
    expect(parse('Libé a sorti un papelard sur la lettre ?').subject).toBeNull();
    expect(parse('did they run a writeup on the letter?').subject).toBeNull();
    expect(parse('zendaya a signé ?').subject).toBe('zendaya');
  });

  it('a lower-case word no dictionary knows, opening the question one letter off a question word ("ehat" for "what"), is no one asked about', () => {
    expect(parse('ehat figure for jobs in the letter').subject).toBeNull();
    expect(parse('whu on the list').subject).toBeNull();
    // A name typed alone there still is.
    expect(parse('zendaya on the list').subject).toBe('zendaya');
  });

  it('a lower-case slip of a question word with two neighbouring letters swapped ("hwo") is no one asked about, and is the word that opens a phrase with the words after it ("hwo many" → how many)', () => {
    expect(parse('hwo signed the letter?').subject).toBeNull();
    expect(parse('hwo many ppl signd the holywood leter')).toMatchObject({ subject: null, type: 'how_many' });
    expect(realFacts().ask.ask('hwo many ppl signd the holywood leter', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    // A name typed alone there still is.
    expect(parse('zendaya signed the letter?').subject).toBe('zendaya');
  });

  it('a full name no signatory bears, typed as who signs beside a role ("with the actors", "le réalisateur X"), is asked about → its own verdict, never the role\'s list', () => {
    for (const [q, who] of [
      ['did Sam Altman sign with the actors?', 'Sam Altman'],
      ['sam altman a signé avec les acteurs ??', 'sam altman'],
      ['steven spielberg signed?? the comedian one', 'steven spielberg'],
      ['le réalisateur keanu reeves figure-t-il sur la liste des signataires ?', 'keanu reeves'],
      ['did meryl streep sign? writers-branch angle for my piece', 'meryl streep'],
    ] as const) {
      const p = parse(q);
      expect(p.subject).toBe(who);
      expect(p.type).toBe('yes_no');
      expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: who });
    }
    // Common words, an aside or a prefix beside the role are the kind of people asked for: still the list.
    for (const q of ['Give me the actors, like the on-screen faces, that signed.', 'y a des humoristes / stand-uppers parmi ceux qui ont signé ?', 'Des humoristes parmi les signataires, à votre connaissance ?', 'music people who signed — singers, ex-beatles, whoever', 'did French actors sign?']) {
      expect(parse(q)).toMatchObject({ subject: null, type: 'list' });
    }
  });

  it('a lone surname no signatory bears, typed with a capital right before the verb beside a role, is asked about → its own verdict; a lower-case slip there is still the role', () => {
    expect(parse('did Altman sign with the actors?')).toMatchObject({ subject: 'Altman', type: 'yes_no' });
    expect(realFacts().ask.ask('did Zendaya sign with the actors?', 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Zendaya' });
    for (const q of ['any film dircetors among the signers? names pls', 'Any stand-up comdeians among the signers?', 'des producteurs de documnetaires ont signé ?']) {
      expect(parse(q)).toMatchObject({ subject: null, type: 'list' });
    }
  });

  it('the relative word after a plural role after a word of belonging ("one of the actors who signed") asks nothing → the one named gets their own verdict, never the role\'s list', () => {
    for (const [q, who] of [
      ['was Sam Altman one of the actors who signed?', 'Sam Altman'],
      ['is Tom Cruise among the actors who signed?', 'Tom Cruise'],
      ['Sam Altman fait-il partie des acteurs qui ont signé ?', 'Sam Altman'],
    ] as const) {
      expect(parse(q)).toMatchObject({ subject: who, type: 'yes_no' });
      expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: who });
    }
    // A question word that opens the question still asks for the list.
    expect(parse('which actors who signed are famous?')).toMatchObject({ subject: null, type: 'list' });
  });

  it('a name right before "and who else" in a question naming a role is one the asker has: no one asked about, the role\'s list asked for', () => {
    for (const q of ['comedians who signed? Chris Rock and who else?', "des musiciens signataires ? paul mccartney et qui d'autre"]) {
      const p = parse(q);
      expect(p.people).toEqual([]);
      expect(p.type).toBe('list');
    }
    // With no role named, the name is still asked about.
    expect(parse('chris rock and who else signed?').people[0]?.match.match?.name).toBe('Chris Rock');
  });

  it('a quoted campaign name is never looked up as a person', () => {
    const p = parse('did anyone from "Stealing Isn\'t Innovation" sign?');
    expect(p.quoted).toEqual(["Stealing Isn't Innovation"]);
    expect(p.people).toEqual([]);
  });

  it('straight single quotes quote too, opened after a space and closed before one; apostrophes do not', () => {
    const p = parse("our copy spells one signatory 'Cate Blanchet' - what is the correct spelling?");
    expect(p.quoted).toEqual(['Cate Blanchet']);
    expect(p.people).toEqual([]);
    expect(parse("when did the writers' strike end, and the actors' one?").quoted).toEqual([]);
    expect(parse("l'IA de Meta a-t-elle signé ?").quoted).toEqual([]);
  });

  it('a word before "of signatures" is what they are counted by, no one who signs', () => {
    expect(parse('the final tally of signatures, 460, is that right?').subject).toBeNull();
    expect(parse('le décompte des signatures, 460 ?').subject).toBeNull();
    expect(parse('Zendaya among the signatures?').subject).toBe('Zendaya');
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

  it('a day next to a month is a date, not a figure; a count next to one stays a figure', () => {
    expect(readNumbers('filed on March 19, 2025?')).toEqual({ numbers: [], years: [2025] });
    expect(readNumbers('envoyée le 20 mars ?')).toEqual({ numbers: [], years: [] });
    expect(readNumbers('400 signatures in March, 15 days later')).toEqual({ numbers: [400, 15], years: [] });
  });

  it('two digits after a year and a dash or slash end a span of years, no figure', () => {
    expect(readNumbers('the 1988-89 season')).toEqual({ numbers: [], years: [1988, 1989] });
    expect(readNumbers('la saison 1999/00')).toEqual({ numbers: [], years: [1999, 2000] });
    expect(readNumbers('2020 - 45 people')).toEqual({ numbers: [45], years: [2020] });
  });

  it('"on the letter" holds with a longer name of the letter', () => {
    expect(parse('is Emma Stone on the March 2025 letter?')).toMatchObject({ aboutSigning: true, subject: 'Emma Stone' });
    expect(parse('Mark Ruffalo est sur la lettre de mars 2025 ?').people[0]?.match.match?.name).toBe('Mark Ruffalo');
    expect(parse('Mark Ruffalo est sur la lettre de mars 2025 ?').aboutSigning).toBe(true);
  });

  it('"on the letter" a few words after a news piece is what the piece is about, no question of who signed', () => {
    expect(parse("quand est paru le papier de lemonde sur la lettre ?").aboutSigning).toBe(false);
    expect(parse('when did the deadline story on the letter run?').aboutSigning).toBe(false);
    expect(parse('is questlove on the letter?').aboutSigning).toBe(true);
  });

  it('a "did … sign?" subject that is no person (acronym, outlet, common words) is none', () => {
    expect(parse('the AFP count was 400 signatures, right?').subject).toBeNull();
    expect(parse('the NY Sun count was 460 signatures, right?').subject).toBeNull();
    expect(parse('in a few words what do the signatories want').subject).toBeNull();
    expect(parse('did zendaya sign?').subject).toBe('zendaya');
    expect(parse('did elon musk sign that letter').subject).toBe('elon musk');
    expect(parse('gosling signed it, right?').subject).toBe('gosling');
  });

  it('reads chat spellings as the words they stand for', () => {
    expect(parse('wich companys r they complainin abt').reading.corrected).toContain('complaining');
    expect(parse('cé koi le RFI').type).not.toBe('yes_no');
    expect(parse('hw many ppl signd').type).toBe('how_many');
    expect(parse('cb de signataires').type).toBe('how_many');
    expect(parse('la letre elle été adresser a ki').type).toBe('who');
    expect(parse('la lettre est partie le matin ?').reading.corrected).toContain('matin');
  });
});

describe('firstMonth', () => {
  it('reads the first month a text dates something with, in English or French; "may" only next to a day or year', () => {
    expect(firstMonth(['on', '11', 'june', '2025', 'disney'])).toBe(5);
    expect(firstMonth(['en', 'juin', 'et', 'septembre'])).toBe(5);
    expect(firstMonth(['it', 'may', 'be', 'in', 'march'])).toBe(2);
    expect(firstMonth(['on', '2', 'may', '2025'])).toBe(4);
    expect(firstMonth(['no', 'date'])).toBeUndefined();
  });
});

describe('dateWordsAt: where a text gives a date', () => {
  it('a short month name and a day typed as an ordinal are dates', () => {
    expect([...dateWordsAt(['sent', 'on', 'jan', '9'], ordinals())]).toEqual([2, 3]);
    expect([...dateWordsAt(['le', '1', 'er', 'mars'], ordinals())]).toEqual([1, 3]);
  });

  it('a figure that is no day next to a month is no date', () => {
    expect([...dateWordsAt(['1', 'er', 'signataire'], ordinals())]).toEqual([]);
  });
});

describe('countsAt', () => {
  it('reads scale words as counts, and no word as a property every object has', () => {
    expect([...countsAt(['a', 'thousand', 'names'])]).toEqual([[1, 1000]]);
    expect([...countsAt(['the', 'constructor', 'of', 'valueOf', 'tostring'])]).toEqual([]);
  });

  it('a figure typed with spaces between its thousands ("1 000 stars") → one count, at its last group', () => {
    expect([...countsAt(['les', '1', '000', 'stars'])]).toEqual([[2, 1000]]);
    expect([...countsAt(['plus', 'de', '12', '500', '000', 'signataires'])]).toEqual([[4, 12500000]]);
  });

  it('a figure of four digits after a small one is no group of thousands: both stay ("3 1200")', () => {
    expect([...countsAt(['3', '1200'])]).toEqual([[0, 3], [1, 1200]]);
  });
});

describe('firstDate: the date a text opens on', () => {
  it('is its first year, with the month and day before it; an earlier year named later does not count', () => {
    expect(firstDate(splitWords('On 11 December 2025 Trump signed an order. It builds on the January 2025 order.'))).toBe(20251211);
    expect(firstDate(splitWords('In March 2025 the letter was filed'))).toBe(20250301);
    expect(firstDate(splitWords('filed in 2025'))).toBe(20250101);
    expect(firstDate(splitWords('no date here'))).toBeUndefined();
  });
});

describe('earliestYear: how far back a text reaches', () => {
  const units = new Set(['years', 'ans']);
  it('its earliest year, or a span of years counted back from its latest (else the year given)', () => {
    expect(earliestYear(splitWords('Signed in July 2024, revised in 2026.'), units, 2025)).toBe(2024);
    expect(earliestYear(splitWords('a union first formed 40 years before its 2020 deal'), units, 2025)).toBe(1980);
    expect(earliestYear(splitWords('the guild says copyright has served artists for 300 years'), units, 2025)).toBe(1725);
    expect(earliestYear(splitWords('no time at all'), units, 2025)).toBeUndefined();
  });
});

describe('yearsOnLetter: the years typed on a word for a letter', () => {
  const words = (text: string): string[] => splitWords(text);

  it('a year right before the word → that year; after it and a word of "of" only when those words are given', () => {
    const before = words('the 2019 petition on training');
    expect(yearsOnLetter(before, { at: 2 })).toEqual([2019]);
    const after = words('la petition de 2019 sur les modeles');
    const ofWords = new Set(['de', 'of']);
    expect(yearsOnLetter(after, { at: 1 })).toEqual([]);
    expect(yearsOnLetter(after, { at: 1 }, ofWords)).toEqual([2019]);
    expect(yearsOnLetter(words('the 2018 open letter of 2019'), { at: 2, span: 2 }, ofWords)).toEqual([2018, 2019]);
  });

  it('a figure that is no year ("the 300 signers"), or no word before → none', () => {
    expect(yearsOnLetter(words('the 300 letter'), { at: 2 })).toEqual([]);
    expect(yearsOnLetter(words('letter'), { at: 0 })).toEqual([]);
    expect(yearAt(words('in 1999'), 1)).toBe(1999);
    expect(yearAt(words('in 1999'), 2)).toBeNull();
  });
});

describe('a joint of time that opens the question (overlapJoint)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"When the letter was sent, was the report already out?" compares the two in time, as "was the report already out when…" does', () => {
    expect(ask('When the letter was sent, was the Copyright Office report already out?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask("Au moment de l'envoi de la lettre, le rapport du Copyright Office était-il déjà sorti ?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask("When the writers' strike ended, had the actors' strike already started?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
    // No recipient read into "sent, was the Copyright Office": the sending is the letter's, the office's is the report.
    expect(ask('By the time the letter was sent, was the Copyright Office report already out?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});

describe('a span asked of two things named before it with a pronoun ("combien de semaines les séparent ?")', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('compares the two, as "combien de semaines séparent A et B ?" does', () => {
    expect(ask("the end of the writers' strike and the end of the actors' strike: how many weeks separate them?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('le rapport du Copyright Office et le renvoi de Perlmutter, combien de jours les séparent ?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask("OpenAI's filing and the letter — how many days separate them?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});
