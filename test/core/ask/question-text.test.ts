import { readFileSync } from 'fs';
import path from 'path';
import { askingSentence, askingSpan, capitalInside, lastClause, lastSentenceStart, questionParts, sentenceOpenings, typedSpans } from '../../../src/core/ask/question-text';
import { typedWords } from '../../../src/core/ask/lexicon';
import { conceptsSchema, type WordList } from '../../../src/core/schema';

/** A word list of data/concepts.json, as the data gives it (schema-checked). */
const wordList = (name: WordList): ReadonlySet<string> =>
  new Set(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8'))).wordLists[name].words);

/** The short forms whose full stop ends no sentence. */
const dotted = (): ReadonlySet<string> => wordList('dottedAbbreviations');

describe('askingSentence: the one sentence of a message that asks', () => {
  it('chatter before and after the only "?" → that sentence alone', () => {
    expect(askingSentence('Rough morning. Quick one: when did it go in? thanks!', dotted())).toBe('Quick one: when did it go in?');
  });

  it('a question alone, two questions, or a sentence of two words → null', () => {
    expect(askingSentence('when did it go in?', dotted())).toBeNull();
    expect(askingSentence('when did it go in? and who sent it?', dotted())).toBeNull();
    expect(askingSentence('Rough morning. Why? thanks', dotted())).toBeNull();
  });

  it('a full stop after an abbreviation ("Warner Bros. Discovery", "Bartz v. Anthropic") ends no sentence', () => {
    expect(askingSentence("Which judge is handling Warner Bros. Discovery's case against Midjourney?", dotted())).toBeNull();
    expect(askingSentence('Long day. Did Warner Bros. Discovery sue anyone else? thanks', dotted())).toBe(
      'Did Warner Bros. Discovery sue anyone else?',
    );
  });
});

describe('lastSentenceStart: where the last sentence of a text starts', () => {
  it('after the last full stop, "!", "…" or emoji before more text → the index of its first word', () => {
    expect(lastSentenceStart('Busy desk today. Who drafted it?', dotted())).toBe(17);
    expect(lastSentenceStart('so tired… who drafted it?', dotted())).toBe(10);
    expect(lastSentenceStart('5 minutes left 😬 who drafted it?', dotted())).toBe(18);
  });

  it('a text of one sentence (no mark, a closing mark, a decimal, an abbreviation) → null', () => {
    expect(lastSentenceStart('who drafted it?', dotted())).toBeNull();
    expect(lastSentenceStart('who drafted it.', dotted())).toBeNull();
    expect(lastSentenceStart('was it 1.5 billion?', dotted())).toBeNull();
    expect(lastSentenceStart('did Warner Bros. Discovery draft it?', dotted())).toBeNull();
  });
});

describe('lastClause: the text after the last sentence end', () => {
  it('a full stop after an abbreviation ("Bartz v. Anthropic", "Warner Bros. Discovery") ends no sentence', () => {
    expect(lastClause('how did the union react to the Bartz v. Anthropic settlement?', dotted())).toBeNull();
    expect(lastClause('did Warner Bros. Discovery sue anyone else?', dotted())).toBeNull();
    expect(lastClause('I am writing a piece. When was it filed?', dotted())).toBe('When was it filed?');
  });
});

describe('questionParts: the questions of a sentence that asks two', () => {
  const joiners = (): ReadonlySet<string> => wordList('questionJoiners');

  it('split before a joining word of the data ("And", "mais"), in any case → the two questions', () => {
    expect(questionParts('who organised the letter And when was it sent?', joiners())).toEqual(['who organised the letter', 'when was it sent?']);
    expect(questionParts('la lettre a été envoyée, mais par qui ?', joiners())).toEqual(['la lettre a été envoyée', 'par qui ?']);
  });

  it('one question → no parts', () => {
    expect(questionParts('who organised the letter?', joiners())).toEqual([]);
  });
});

describe('typedSpans: where each word as read stands in the text', () => {
  it('a figure typed with separators ("4,000", "1 000") is found for the figure read ("4000")', () => {
    const text = 'our draft says 4,000 names. ok?';
    const spans = typedSpans(text, ['our', 'draft', 'says', '4000', 'names', 'ok']);
    expect(spans?.map((s) => text.slice(s.start, s.end))).toEqual(['our', 'draft', 'says', '4,000', 'names', 'ok']);
    expect(typedSpans('les 1 000 stars', ['les', '1000', 'stars'])?.map((s) => s.start)).toEqual([0, 4, 10]);
  });

  it('a word the text does not hold → null', () => {
    expect(typedSpans('who signed it', ['who', 'wrote'])).toBeNull();
  });
});

describe('askingSpan: the clause of a question that asks, among clauses of context', () => {
  const asked = (text: string): string | null => {
    const span = askingSpan(text, dotted());
    return span === null ? null : text.slice(span.start, span.end);
  };

  it('the clause that ends on the last "?", after a dash, a colon or a sentence end', () => {
    expect(asked('OpenAI made this a security thing, which, ok, bold — what did their submission argue?')).toBe('what did their submission argue?');
    expect(asked('Sorry, last one: who wrote it?')).toBe('who wrote it?');
    expect(asked('Counts vary. Which figure do we print? For the lede.')).toBe('Which figure do we print?');
    // A run of marks ends one clause; an abbreviation's full stop ends none.
    expect(asked('wait, the date??')).toBeNull();
    expect(asked('Bartz v. Anthropic — when was it decided?')).toBe('when was it decided?');
  });

  it('no "?", or one clause only → null', () => {
    expect(asked('what day did the letter go in — I have mid-March')).toBeNull();
    expect(asked('who organised the letter?')).toBeNull();
  });
});

describe('capitalInside: a word typed with a capital where no sentence opens', () => {
  /** The positions of `text`'s typed words that `capitalInside` reads as so typed. */
  const inside = (text: string): number[] => {
    const shown = typedWords(text);
    const opening = sentenceOpenings(text);
    return shown.flatMap((_, k) => (capitalInside(shown, k, opening) ? [k] : []));
  };

  it('a capital inside a sentence → that word; the first word of a sentence or a clause after ":" → none', () => {
    expect(inside('Who directed Lost?')).toEqual([2]);
    expect(inside('Quick one. Did Tom Hanks sign?')).toEqual([3, 4]);
    expect(inside('Question: did the WGA sign?')).toEqual([3]);
    expect(inside('who signed')).toEqual([]);
  });

  it('an acronym or a single capital letter counts as typed with a capital ("WGA", "X")', () => {
    expect(inside('did the WGA and Spielberg back X?')).toEqual([2, 4, 6]);
  });

  it('a position outside the words, or below zero → false', () => {
    const shown = ['Did', 'Meta', 'sign'];
    const opening = new Set([0]);
    expect(capitalInside(shown, -1, opening)).toBe(false);
    expect(capitalInside(shown, 3, opening)).toBe(false);
    expect(capitalInside(shown, 1, opening)).toBe(true);
    expect(capitalInside(shown, 0, opening)).toBe(false);
  });
});
