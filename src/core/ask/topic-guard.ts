/**
 * The "other topic" detectors: whether a question names something the story does not (a name no fact uses, a year far
 * from the story's, another letter, another law, an unknown acronym), so that it is declined rather than answered with
 * the story's nearest fact.
 */
import { isDictionaryTypo, isDictionaryWord } from './dictionary';
import { spelledAt, splitWords, startsWithCapital, type Lexicon, type Term } from './lexicon';
import { MONTHS, WEEKDAYS, type ParsedQuestion } from './parse';
import { setBounded } from '../bounded-cache';
import { alignedGaps, capitalInside, isAcronym } from './question-text';

/** Years from the nearest year the story gives within which a year asked about is the story's time, wrongly remembered. */
const STORY_YEAR_SLACK = 2;
/** How many content words after a word of `letterFollowers` ("a petition against…") say what the letter is about. */
const ABOUT_WORDS = 2;
/** How many words a quoted title of a document has at least (`quotesOtherTitle`): "the 'open letter'" names no other. */
const QUOTED_TITLE_WORDS = 3;
/** A word of letters only, three or more: one that may be a name. */
const LETTERS_ONLY = /^\p{L}{3,}$/u;
/** A number in digits; a figure anywhere in a text. */
const DIGITS = /^\d+$/;
const DIGIT_ANY = /\d/;
/** A word typed in lower case; a word of two letters or more. */
const LOWER_FIRST = /^\p{Ll}/u;
const LETTERS_TWO = /^\p{L}{2,}$/u;
/** The end of a name written as a web address, after its dot ("ai" of "Character.AI", "com"): two or three letters. */
const ADDRESS_END = /^\p{L}{2,3}$/u;
/** The concept of artificial intelligence ("AI", « IA »), after which a word typed with a capital may name a company (`namesOtherTopic`). */
const AI_TERM = 'c:ai';

/** Whether a term other than a figure was read from word `at`. */
function searchedAt(terms: readonly Term[], at: number): boolean {
  for (const t of terms) if (t.at === at && t.kind !== 'number') return true;
  return false;
}

/** How many words `isLaw` keeps read before it starts again. */
const LAW_WORDS_CACHED = 20000;

/** Where a question's sentences open, and the names it types with capitals (see `sentenceOpenings`, `typedNames`). */
export interface TypedQuestion {
  opening: ReadonlySet<number>;
  names: string[];
}

export class TopicGuard {
  /** `isLaw` per word read so far (bounded: the oldest dropped first). */
  private readonly lawWords = new Map<string, boolean>();

  constructor(
    private readonly lexicon: Lexicon,
    /** Whether any fact uses a search term. */
    private readonly knows: (term: string) => boolean,
    /** Each fact's texts as folded words, " | "-joined and space-padded (see the engine). */
    private readonly factText: ReadonlyMap<string, string>,
    /** The words the data types all in capitals ("WGA", "RFI", "US"). */
    private readonly acronyms: ReadonlySet<string>,
    /** The years the facts and the timeline give: the story's time. */
    private readonly storyYears: readonly number[],
    /** The year of the story's last dated event (its timeline's latest date). */
    private readonly lastYear: number,
    private readonly typedOf: (parsed: ParsedQuestion) => TypedQuestion,
    /**
     * The wrong values the story's premises give of the letter (`data/concepts.json` `premises` whose subject is the
     * letter: "congress", "commerce department", "biden"), as words, by each of their words: said whole after "to",
     * "about"… they are a premise about the story's letter to correct ("their letter to the Commerce Department"), not
     * what another letter is about.
     */
    private readonly premiseValues: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(),
  ) {}

  /**
   * Whether a question's search terms hold a name no fact uses (see `decideFor`); `only` 'capitals': only a word typed
   * with a capital that opens no sentence and no dictionary knows ("Politico", "Koh"; not "Question" after a full
   * stop, nor "sidebar"); 'lowercase': only a word typed in lower case that no dictionary knows ("obama", "sidebar").
   */
  namesOtherTopic(parsed: ParsedQuestion, searchTerms: readonly Term[], only?: 'capitals' | 'lowercase'): boolean {
    const shownWords = parsed.reading.shown;
    if (shownWords.length !== parsed.reading.words.length) return false;
    const opening = this.typedOf(parsed).opening;
    let gaps: string[] | null | undefined;
    // "Did Disney sue Character.AI?": a word of three letters or more typed with a capital inside a sentence and joined
    // by a dot, no space, to two or three letters after it ("Character.AI", "Stability.ai") is a name written as a web
    // address, no common word though a fact uses that word ("characters"): a name the data does not know, unless it
    // spells the two joined.
    const addressName = (at: number): boolean => {
      const words = parsed.reading.words;
      if (!LETTERS_ONLY.test(words[at] ?? '') || !ADDRESS_END.test(words[at + 1] ?? '')) return false;
      if ((gaps === undefined ? (gaps = alignedGaps(parsed.text, words.length)) : gaps)?.[at] !== '.') return false;
      return !this.lexicon.isKnown(`${words[at]}${words[at + 1]}`);
    };
    // "What did Character AI say about the letter?": the same name written with a space, a word typed with a capital
    // inside a sentence, between words that are not (no longer name nor title: "the Copyright Office AI report"), right
    // before the acronym of AI ("AI", « IA »), is a company named after it, though a fact uses that word ("characters"):
    // another party, unless the data spells the two so ("Stability AI", "Hollywood AI") or the word is a name it knows
    // ("Meta AI" is Meta's).
    const pairedName = (at: number): boolean => {
      const words = parsed.reading.words;
      const word = words[at] ?? '';
      if (!LETTERS_ONLY.test(word) || !isAcronym(shownWords[at + 1] ?? '') || capitalInside(shownWords, at + 2, opening)) return false;
      if (startsWithCapital(shownWords[at - 1] ?? '') || !parsed.reading.terms.some((u) => u.at === at + 1 && u.term === AI_TERM)) return false;
      if (this.lexicon.isName(word) || this.lexicon.isKnown(`${word}${words[at + 1]}`)) return false;
      const pair = ` ${word} ${words[at + 1]} `;
      for (const text of this.factText.values()) if (text.includes(pair)) return false;
      return true;
    };
    return searchTerms.some((t) => {
      if (t.kind !== 'word') return false;
      const word = parsed.reading.corrected[t.at] ?? '';
      // "What does Streep say she wants?": a word typed with a capital inside a sentence, that neither the data nor a
      // dictionary spells so, read as a typo of a common word ("street"), is a name the data does not know, no typo.
      const typed = parsed.reading.words[t.at] ?? '';
      const inside = capitalInside(shownWords, t.at, opening);
      if (only !== 'lowercase' && inside && (addressName(t.at) || pairedName(t.at))) return true;
      if (only !== 'lowercase' && typed !== word && inside && !this.lexicon.isKnown(typed) && !isDictionaryWord(typed) && isDictionaryWord(word)) return true;
      // "What is France's position on AI?": a name typed with a capital inside a sentence that neither the data nor a
      // dictionary spells so is another name, though it shares a stem with a word the facts use ("français").
      if (this.knows(t.term)) return only !== 'lowercase' && inside && !this.lexicon.isKnown(word) && !isDictionaryWord(word);
      if (startsWithCapital(shownWords[t.at] ?? '')) {
        if (only === 'lowercase') return false;
        return only === 'capitals' ? inside && !this.lexicon.isKnown(word) && !isDictionaryWord(word) : inside || !this.lexicon.isKnown(word);
      }
      return only !== 'capitals' && this.unknownName(word);
    });
  }

  /**
   * "McCartney s'est servi de l'IA pour Now and Then ?": a run of words typed with a capital inside a sentence (two or
   * more, none all in capitals, none of one letter), joined only by words in lower case, whose every word is a stop
   * word, between words typed in lower case, is a title (a song, a film) that reads as nothing searched: a work the
   * data does not know, another topic, unless a fact gives it whole.
   */
  namesStopWordTitle(parsed: ParsedQuestion): boolean {
    const { shown, words } = parsed.reading;
    if (shown.length !== words.length) return false;
    const opening = this.typedOf(parsed).opening;
    const capital = (k: number): boolean => capitalInside(shown, k, opening) && LETTERS_TWO.test(shown[k]!) && !isAcronym(shown[k]!);
    const lower = (k: number): boolean => k >= shown.length || LOWER_FIRST.test(shown[k]!) || !LETTERS_TWO.test(shown[k]!);
    for (let start = 1; start < words.length; start++) {
      if (!capital(start) || !lower(start - 1) || opening.has(start)) continue;
      let end = start;
      let capitals = 1;
      // Past the words of the run: capitalised ones, and lower-case stop words followed by a capitalised one.
      for (let k = start + 1; k < words.length; k++) {
        if (capital(k)) {
          end = k;
          capitals++;
        } else if (!(LOWER_FIRST.test(shown[k]!) && this.lexicon.isStopword(words[k]!) && capital(k + 1))) break;
      }
      if (capitals < 2 || !lower(end + 1)) continue;
      const run = words.slice(start, end + 1);
      if (!run.every((w) => this.lexicon.isStopword(w))) continue;
      const padded = ` ${run.join(' ')} `;
      let given = false;
      for (const text of this.factText.values()) if (text.includes(padded)) given = true;
      if (!given) return true;
    }
    return false;
  }

  /**
   * "What happened in the 2007 writers' strike?", "la grève de 1988 a duré combien ?": a year far from every year the
   * story's facts and timeline give is another event than the story's (an earlier strike, a law of another decade),
   * never answered with the story's one. A year near them ("the 2024 writers' strike", "la grève de 2021") is a
   * premise to correct, as any year about the letter itself ("was the letter sent in 2015?") is.
   */
  otherTime(parsed: ParsedQuestion): boolean {
    if (parsed.reading.terms.some((t) => t.term === 'c:letter') && !parsed.otherLetter) return false;
    return parsed.years.some((y) => this.farYear(y));
  }

  /**
   * "How were the payouts distributed in 2027?", "qu'est devenue l'affaire en 2027 ?": a year after the latest the story
   * gives asks what the sources, dated before it, cannot report yet: declined, as an attribute they never give is, never
   * the story's last word on it. A year about the letter itself aside ("was the letter sent in 2027?"): a premise to correct.
   */
  laterTime(parsed: ParsedQuestion): boolean {
    if (parsed.reading.terms.some((t) => t.term === 'c:letter') && !parsed.otherLetter) return false;
    return parsed.years.some((y) => y > this.lastYear);
  }

  /**
   * "What did part 2 of the Copyright Office report say?", "la section 4 du décret dit quoi ?": a numbered part of a
   * document (`partNouns`) whose number no fact gives after such a noun is another part than the one the facts report.
   */
  otherPart(parsed: ParsedQuestion): boolean {
    const { words } = parsed.reading;
    const parts = this.lexicon.wordList('partNouns');
    for (let k = 0; k + 1 < words.length; k++) {
      if (!parts.has(words[k]!) || !DIGITS.test(words[k + 1]!)) continue;
      const number = words[k + 1]!;
      const given = [...this.factText.values()].some((text) => [...parts].some((part) => text.includes(` ${part} ${number} `)));
      if (!given) return true;
    }
    return false;
  }

  /** A year more than `STORY_YEAR_SLACK` from every year the story gives. */
  farYear(year: number): boolean {
    return this.storyYears.every((s) => Math.abs(s - year) > STORY_YEAR_SLACK);
  }

  /**
   * A letter the question names or describes with words the data does not use: a name typed with a capital right before
   * it that the data never spells with one ("the Future of Life Institute letter", "Musk's letter"), or, after "against",
   * "about", "on", "in", "contre", "sur", "en"…, one of the next two content words that neither the data nor the lexicon uses ("a petition against Trump's tariffs",
   * "une tribune en Espagne").
   */
  namesOtherLetter(parsed: ParsedQuestion): boolean {
    const words = parsed.reading.corrected;
    const shown = parsed.reading.shown;
    const aligned = shown.length === parsed.reading.words.length;
    const opening = this.typedOf(parsed).opening;
    // A word typed with a capital that the data never spells so, or an acronym it never types; never a person the
    // question names ("Cord Jefferson signed the letter").
    let personWords: ReadonlySet<string> | undefined;
    // Nor the one a "did … sign?" asks about, listed or not ("a report lists Tom Hanks as a signatory").
    const person = (word: string): boolean => (personWords ??= new Set([...parsed.people.map((p) => p.span), ...(parsed.subject ? [parsed.subject] : [])].flatMap((span) => splitWords(span)))).has(word);
    const named = (k: number): boolean => {
      const typed = shown[k] ?? '';
      if (!aligned || !capitalInside(shown, k, opening) || person(words[k]!)) return false;
      return isAcronym(typed) ? !this.acronyms.has(typed) : !this.lexicon.isProper(words[k]!) && !this.lexicon.isStopword(words[k]!);
    };
    // "Est-elle sur la liste Time 100 ?": a list named right after the word, whatever the name (the data's own list has none).
    const capital = (k: number): boolean => aligned && capitalInside(shown, k, opening) && !person(words[k] ?? '');
    if (words.some((w, k) => this.lexicon.wordList('listNouns').has(w) && capital(k + 1))) return true;
    // The letter's words, and a statement's nouns ("la déclaration sur…", "the … statement"): a statement described by
    // words the data does not use is another one too.
    const statements = this.lexicon.wordList('statementNouns');
    const letters: { at: number; span?: number }[] = parsed.reading.terms.filter((t) => t.term === 'c:letter');
    words.forEach((w, k) => {
      if (statements.has(w) && !letters.some((t) => k >= t.at && k < t.at + (t.span ?? 1))) letters.push({ at: k });
    });
    // "the Future of Life Institute's 2023 'pause giant AI experiments' letter": a title quoted right before a word for a
    // letter names the one it titles, another unless a fact gives it whole.
    if (letters.some((t) => this.quotedTitleEndsAt(parsed, t.at - 1))) return true;
    // A word no text of the data nor the lexicon uses, letters only ("extinction"); not one right before a figure, which
    // qualifies it ("les quasi 250 ans", "nearly 250 years"): no topic of its own.
    const unknown = (k: number): boolean => LETTERS_ONLY.test(words[k] ?? '') && !this.lexicon.isKnown(words[k]!) && !/^\d/.test(words[k + 1] ?? '');
    // A country or people other than the story's (`otherCountries`), or its plural ("britanniques").
    const countries = this.lexicon.wordList('otherCountries');
    const country = (k: number): boolean => {
      const w = words[k] ?? '';
      return countries.has(w) || (w.endsWith('s') && countries.has(w.slice(0, -1)));
    };
    return letters.some((t) => {
      // The two words before it ("the UN refugee petition", "the Future of Life letter", "Musk's letter"): right
      // before it, or before a plain word that is right before it; never across a stop word or the verb of signing
      // ("...Microsoft in the letter", "Tom Cruise signed the letter").
      const last = this.lexicon.wordList('possessiveMarks').has(words[t.at - 1] ?? '') ? t.at - 2 : t.at - 1;
      const plain = (k: number): boolean => k >= 0 && !this.lexicon.isStopword(words[k]!) && parsed.reading.terms.some((u) => u.at === k && u.kind !== 'number' && u.term !== 'c:sign');
      const unknownBefore = (k: number): boolean => plain(k) && unknown(k) && !person(words[k]!);
      // Not before "the letter" as one phrase: a name before its article names no letter ("Tom Hanks organised the
      // letter?" says who did it).
      const opensOnArticle = (t.span ?? 1) > 1 && this.lexicon.isStopword(words[t.at]!);
      if (!opensOnArticle && (named(last) || (plain(last) && named(last - 1)))) return true;
      // In English, such a word in lower case too, before a word of weight that is right before it: the two name what
      // the letter is about ("the AI extinction-risk statement"; not "the infamous letter", nor "the infamous Hollywood
      // letter", the story's context words being light).
      const heavy = (k: number): boolean => plain(k) && parsed.reading.terms.some((u) => u.at === k && u.weight >= 1);
      if (!opensOnArticle && parsed.lang === 'en' && heavy(last) && unknownBefore(last - 1)) return true;
      const after = t.at + (t.span ?? 1);
      // A country other than the story's right before or after it ("a French open letter", "une tribune française").
      if (country(last) || country(after)) return true;
      // Within its sentence: "…cette lettre ? On me parle de Tim Cook" says nothing of what the letter is about.
      if (!this.lexicon.wordList('letterFollowers').has(words[after] ?? '') || opening.has(after)) return false;
      const ends = [...opening].filter((k) => k > after);
      const end = ends.length > 0 ? Math.min(...ends) : words.length;
      const next = words.map((x, k) => k).slice(after + 1, end).filter((k) => !this.lexicon.isStopword(words[k]!)).slice(0, ABOUT_WORDS);
      // A month or a day's name is a date ("la lettre de juillet"), a premise to correct, not what another letter is about.
      const date = (k: number): boolean => [words[k]!, parsed.reading.words[k]!].some((w) => MONTHS.has(w) || WEEKDAYS.has(w));
      if (next[0] !== undefined && date(next[0])) return false;
      // A wrong addressee of the letter ("to the Commerce Department", "to President Biden") is said of it.
      const premiseValue = (k: number): boolean => (this.premiseValues.get(words[k]!) ?? []).some((phrase) => phrase.some((_, j) => spelledAt(words, k - j, phrase)));
      // Beside one, a word the lexicon knows typed with a capital is its title ("to President Biden"), no other name.
      const valued = next.filter(premiseValue);
      const titled = (k: number): boolean => valued.length > 0 && this.lexicon.isKnown(words[k]!);
      // What a word of topic after it ("a letter to Congress about TikTok") says the letter is about: a name typed with a
      // capital there (an acronym the data types aside: "about AI") is another letter's topic, whatever the data knows of it.
      const topicAt = valued.length === 0 ? -1 : words.findIndex((w, k) => k > valued[valued.length - 1]! && this.lexicon.wordList('letterTopicWords').has(w));
      const topic = topicAt < 0 ? [] : words.map((x, k) => k).filter((k) => k > topicAt && !this.lexicon.isStopword(words[k]!)).slice(0, ABOUT_WORDS);
      // A date there ("to Congress on March 17", "on Monday") says when, not what about: the premise is corrected.
      if (topic.some((k) => !date(k) && (unknown(k) || (capital(k) && !(shown[k] === shown[k]!.toUpperCase() && this.acronyms.has(shown[k]!)))))) return true;
      // Or among them ("une tribune d'artistes français", "a letter from British actors"): another country's letter.
      return next.some((k) => !premiseValue(k) && (unknown(k) || country(k) || (named(k) && !titled(k))));
    });
  }

  /**
   * Whether a title quoted in the question (`QUOTED_TITLE_WORDS` words or more, no figure in it) ends at word `end`
   * and no fact gives it whole: "the 'pause giant AI experiments' letter" titles another letter than the story's;
   * "the 'Stealing Isn't Innovation' campaign" is the story's own.
   */
  private quotedTitleEndsAt(parsed: ParsedQuestion, end: number): boolean {
    const words = parsed.reading.words;
    return parsed.quoted.some((q) => {
      const title = splitWords(q);
      if (title.length < QUOTED_TITLE_WORDS || DIGIT_ANY.test(q) || end + 1 < title.length) return false;
      if (!spelledAt(words, end + 1 - title.length, title)) return false;
      const padded = ` ${title.join(' ')} `;
      for (const text of this.factText.values()) if (text.includes(padded)) return false;
      return true;
    });
  }

  /**
   * "Quand l'AI Act entre-t-il en vigueur ?", "What does the CHIPS Act fund?": a name typed with capitals that ends with
   * a word for a law ("Act", "Bill") and that no fact gives whole is another law than the story's (the NO FAKES Act).
   */
  otherLaw(parsed: ParsedQuestion): boolean {
    const isLaw = (word: string): boolean => this.isLaw(word);
    const given = (name: string): boolean => {
      const padded = ` ${name} `;
      for (const text of this.factText.values()) if (text.includes(padded)) return true;
      return false;
    };
    if (this.typedOf(parsed).names.some((name) => isLaw(name.split(' ').pop() ?? '') && !given(name))) return true;
    // "what does the eu ai act say?": typed in lower case, the word for a law right after a search term, the two
    // of them given by no fact ("no fakes act" is; "copyright law" may be), names another law too.
    const words = parsed.reading.corrected;
    const shown = parsed.reading.shown;
    if (shown.length !== words.length) return false;
    // A plain loop: a closure per word that captured its index would build a scope object for every word.
    for (let k = 1; k < words.length; k++) {
      const before = words[k - 1]!;
      if (!LOWER_FIRST.test(shown[k] ?? '') || !LOWER_FIRST.test(shown[k - 1] ?? '')) continue;
      // The cheap tests first: reading the word through the lexicon allocates, and this runs for every word.
      if (!LETTERS_TWO.test(before) || !searchedAt(parsed.reading.terms, k - 1)) continue;
      if (isLaw(words[k]!) && !given(`${before} ${words[k]!}`)) return true;
      // "que dit la loi française sur les deepfakes ?": in French the word for a law comes first, what names it after.
      if (parsed.lang === 'fr' && LETTERS_TWO.test(words[k]!) && searchedAt(parsed.reading.terms, k) && isLaw(before) && !given(`${before} ${words[k]!}`)) return true;
    }
    return false;
  }

  /** Whether a word, read alone in English, is a word for a law (c:law); per word, once: the lexicon does not change. */
  private isLaw(word: string): boolean {
    let found = this.lawWords.get(word);
    if (found === undefined) {
      found = this.lexicon.read(word, 'en').terms.some((t) => t.term === 'c:law');
      setBounded(this.lawWords, word, found, LAW_WORDS_CACHED);
    }
    return found;
  }

  /**
   * "Did the company soften its stance in a later filing?", "a-t-elle déposé une nouvelle contribution ?": a document
   * filed (`filingNouns`) right after a word of a later one (`laterWords`), or in French right before one
   * (`laterAfterWords`), is filed after the story's, which no fact gives; "was its submission later than the letter?"
   * compares, the word after the noun.
   */
  namesLaterFiling(parsed: ParsedQuestion): boolean {
    const { words } = parsed.reading;
    const nouns = this.lexicon.wordList('filingNouns');
    const before = this.lexicon.wordList('laterWords');
    const after = this.lexicon.wordList('laterAfterWords');
    for (let k = 0; k < words.length; k++) {
      if (!nouns.has(words[k]!)) continue;
      if (before.has(words[k - 1] ?? '') || after.has(words[k + 1] ?? '')) return true;
    }
    return false;
  }

  /**
   * "Had she signed the 'Statement on AI Training' before?": a title quoted in a question about signing, of
   * `QUOTED_TITLE_WORDS` words or more, one of them a noun of a letter or statement (`letterNouns`, `statementNouns`),
   * with no figure nor signing in it, that no fact gives whole, names another document than the story's letter.
   */
  quotesOtherTitle(parsed: ParsedQuestion): boolean {
    if (!parsed.aboutSigning || parsed.quoted.length === 0) return false;
    const nouns = [this.lexicon.wordList('letterNouns'), this.lexicon.wordList('statementNouns')];
    return parsed.quoted.some((q) => {
      const words = splitWords(q);
      if (words.length < QUOTED_TITLE_WORDS || !words.some((w) => nouns.some((list) => list.has(w)))) return false;
      // A claim quoted is no title: a figure ("'près de 450 signataires'") or a signing in it ("'stars signed a letter'").
      if (/\d/.test(q) || this.lexicon.read(q, parsed.lang).terms.some((t) => t.term === 'c:sign')) return false;
      const title = ` ${words.join(' ')} `;
      for (const text of this.factText.values()) if (text.includes(title)) return false;
      return true;
    });
  }

  /**
   * "When does the EU AI Act come into force?": an acronym (a word of two letters or more typed all in capitals, in a
   * question not typed all in capitals) that the data never types so, and that reads as a stop word ("eu", "on"), so
   * that it is no search term for `namesOtherTopic`: a name the data does not know, another topic.
   */
  acronymOtherTopic(parsed: ParsedQuestion): boolean {
    if (parsed.text.toUpperCase() === parsed.text) return false;
    return parsed.reading.shown.some((w) => isAcronym(w) && !this.acronyms.has(w) && this.lexicon.isStopword(w.toLowerCase()));
  }

  /**
   * A word typed in lower case that no text of the data, the lexicon nor a dictionary of common English and French
   * words uses ("spotify", "tencent"): a name the data does not know, another topic. Letters only, three or more.
   */
  unknownName(word: string): boolean {
    return LETTERS_ONLY.test(word) && !this.lexicon.isKnown(word) && !isDictionaryWord(word) && !(word.length >= 5 && isDictionaryTypo(word));
  }
}
