import { readFileSync } from 'fs';
import path from 'path';
import { indexOfPhrase, Lexicon, splitWords, typedWordCount, typedWords } from '../../../src/core/ask/lexicon';
import { conceptsSchema } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

/** The lexicon of data/concepts.json as the data gives it (schema-checked), built once on first use. */
let built: Lexicon | undefined;
const lexicon = (): Lexicon => (built ??= new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8')))));

describe('typedWordCount: how many words typedWords finds, without the list', () => {
  it('figures with separators, units against digits, accents and apostrophes → the same count as typedWords', () => {
    const texts = [
      '',
      '  ',
      'The museum sold 1,250 tickets for $3.5m, right?',
      '1.2.3 and 4,5,6',
      'a 40kg parcel, 12th floor',
      "l'équipe a déjà répondu — qu'en dit-elle ?",
      'Ünïcode²: 𝐀𝐁 and ٣ apples',
      'version 2.0.1-beta',
    ];
    for (const text of texts) expect(typedWordCount(text)).toBe(typedWords(text).length);
  });

  it('"$1.5bn" is one figure and its unit → 2 words', () => {
    expect(typedWordCount('$1.5bn')).toBe(2);
  });
});

describe('Lexicon.read: a phrase found through a stem-mate gives way to one spelt as typed', () => {
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it('"en matière de droit d\'auteur" → copyright, not "de droite" (conservative) and an author', () => {
    const read = terms("Qu'a réclamé OpenAI en matière de droit d'auteur ?", 'fr');
    expect(read).toContain('c:copyright');
    expect(read).not.toContain('c:conservative');
    expect(read).not.toContain('r:writer');
  });

  it('"de droite" spelt as the phrase is still the right wing', () => {
    expect(terms('des médias de droite ont moqué la lettre', 'fr')).toContain('c:conservative');
  });
});

describe('Lexicon.read: "somewhere" in a question asks where', () => {
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it('"dispo quelque part ?", "online somewhere?" → where, as "où" asks', () => {
    expect(terms('Le texte complet de la lettre est dispo quelque part ?', 'fr')).toContain('c:where');
    expect(terms('is the full text of the letter online somewhere?', 'en')).toContain('c:where');
  });
});

describe('Lexicon.read: a verb phrase with its object between its words', () => {
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it('"took Midjourney to court" → a lawsuit, the name still read', () => {
    const read = terms('which studio took Midjourney to court?', 'en');
    expect(read).toContain('c:lawsuit');
    expect(read).toContain('midjourney');
  });

  it('"a traîné OpenAI en justice" → a lawsuit, not training (the one-word stem-mate gives way)', () => {
    const read = terms('qui a traîné OpenAI en justice ?', 'fr');
    expect(read).toContain('c:lawsuit');
    expect(read).not.toContain('c:train');
  });

  it('a name that is a concept of its own holds no object: "the Hollywood AI letter" keeps its AI', () => {
    expect(terms('who wrote the hollywood ai letter', 'en')).toContain('c:ai');
  });

  it('a stop word opens no such phrase: "d\'Hollywood c\'était" holds no "D.C."', () => {
    expect(terms("la lettre d'Hollywood c'était pour quoi", 'fr')).not.toContain('c:white-house');
  });
});

describe('Lexicon.invertedAt: a French verb inverted before its subject', () => {
  const inverted = (text: string, word: string): boolean => {
    const words = splitWords(text);
    return lexicon().invertedAt(words, words.indexOf(word));
  };

  it('a pronoun after the "t", a plural one right after the verb, and a plural one after the "t" as typed → inverted', () => {
    expect(inverted('la plainte a-t-elle été rejetée ?', 'a')).toBe(true);
    expect(inverted('les studios ont-ils répondu ?', 'ont')).toBe(true);
    expect(inverted('les studios a-t-ils répondu ?', 'a')).toBe(true);
  });

  it('a verb before its subject in the usual order, or a singular pronoun without its "t" → not inverted', () => {
    expect(inverted('il a signé la lettre ?', 'a')).toBe(false);
    expect(inverted('a il signé ?', 'a')).toBe(false);
  });
});

describe('Lexicon.endsAs: a word of a kind by its ending (wordEndings)', () => {
  const endsAs = (...args: Parameters<Lexicon['endsAs']>): boolean => lexicon().endsAs(...args);

  it('a French future, an infinitive, a noun of who does it, an adverb of manner → of that kind', () => {
    expect(endsAs('futureInverted', 'passera')).toBe(true);
    expect(endsAs('infinitive', 'signer')).toBe(true);
    expect(endsAs('agentNouns', 'organisatrices')).toBe(true);
    expect(endsAs('mannerAdverbs', 'publicly')).toBe(true);
  });

  it('an ending with too short a stem before it → not of that kind', () => {
    expect(endsAs('futureInverted', 'ira')).toBe(false);
    expect(endsAs('mannerAdverbs', 'only')).toBe(false);
  });
});

describe('indexOfPhrase', () => {
  it('gives where a phrase is first spelt among the words, or -1', () => {
    const words = splitWords('did ben stiller and ben stiller sign');
    expect(indexOfPhrase(words, ['ben', 'stiller'])).toBe(1);
    expect(indexOfPhrase(words, ['stiller', 'sign'])).toBe(5);
    expect(indexOfPhrase(words, ['stiller', 'signed'])).toBe(-1);
    expect(indexOfPhrase(words, ['sign', 'it'])).toBe(-1);
  });
});

describe('Lexicon.read: "what year", "en quelle année" ask when, no span of years', () => {
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it.each([
    ['in which year did the letter go in?', 'en'],
    ['cette lettre, elle date de quelle année ?', 'fr'],
  ] as const)('"%s" reads c:when, not c:years', (q, lang) => {
    expect(terms(q, lang)).toContain('c:when');
    expect(terms(q, lang)).not.toContain('c:years');
  });

  it('asked of the letter, the year is its filing date', () => {
    expect(realFacts().ask.ask('the letter was sent in which year?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('Lexicon.read: a common word one typo from a name that is a common word too stays itself', () => {
  it('"faces" is no "FAKES" (the NO FAKES Act), "lionne" still Lyonne', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.read('not the famous faces', 'en').corrected).toContain('faces');
    expect(lexicon.read('did lionne organise it', 'en').corrected).toContain('lyonne');
  });
});

describe('roles: "comedy people", "music folks" name a role\'s signatories', () => {
  it('"which comedy folks signed the letter?" → the comedians listed', () => {
    expect(realFacts().ask.ask('which comedy folks signed the letter?', 'en')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'comedian' });
  });
});

describe('Lexicon.read: "speaks of" is a word of mentioning, "is meant" asks nothing of its own', () => {
  it('"the article speaks of a project. which is meant?" → c:mention, and no term for "meant"', () => {
    const terms = realFacts().ask.lexicon.read('the article speaks of a project which is meant', 'en').terms.map((t) => t.term);
    expect(terms).toContain('c:mention');
    expect(terms).not.toContain('meant');
  });
});

describe('Lexicon.read: a short word typed with a vowel left out inside it is the one stop word it gives back', () => {
  it('"evn" → even, "whch" → which; a vowel at an end is never given back ("sam" stays)', () => {
    const corrected = (q: string) => realFacts().ask.lexicon.read(q, 'en').corrected;
    expect(corrected('does it evn mention copyright')).toContain('even');
    expect(corrected('whch office got it')).toContain('which');
    expect(corrected('did sam altman sign')).toContain('sam');
  });
});
