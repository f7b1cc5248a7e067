import type { NameMatch } from '../name-index';
import type { Locale } from '../reply';
import type { Fact } from '../schema';
import { foldText } from '../text';
import type { Calibration } from './calibrate';
import { isDictionaryTypo, isDictionaryWord } from './dictionary';
import type { AskCandidate, AskOutcome } from './engine';
import { NO_POSITIONS, indexOfPhrase, spelledAt, splitWords, startsWithCapital, type Lexicon, type Term } from './lexicon';
import { alignedGaps } from './question-text';
import { inAlsoCue, sameFigure, surnameAsSpelt, typedSurnameAlone, type ParsedQuestion, type PersonSlot } from './parse';
import type { Ranked, Retriever } from './retrieve';

/** What the signing step reads of the engine: its retriever, the signer counts and how it words an answer. */
export interface SigningLookups {
  /** The year the letter was filed (2025): a signing dated to another year is another text's. */
  readonly letterYear: number;
  readonly facts: Retriever<Fact>;
  readonly lexicon: Pick<Lexicon, 'wordList' | 'endsAs' | 'isName' | 'isStopword' | 'isKnown' | 'subjectEndBefore'>;
  readonly calibration: Calibration;
  /** Every word of every signatory's name and aliases, folded ("phil", "lord", "gyllenhaal"). */
  readonly signatoryWords: ReadonlySet<string>;
  /**
   * Whether every fact that carries a word (a name's) is one about signing: the facts name that person only among who
   * signed something ("johansson", a supporter of the later campaign), never say who they are otherwise ("altman").
   */
  amongSignersOnly(word: string): boolean;
  /** The signatory matcher's verdict on a span. */
  matchName(span: string): NameMatch;
  readonly factNumbers: ReadonlyMap<string, number[]>;
  /** The one fact that counts the signers (its phrasings ask how many signed, and it gives figures), if exactly one does. */
  readonly signerCounter: Fact | undefined;
  signerCounts(parsed: ParsedQuestion, named?: boolean): number[];
  /** A count right before a noun of the signers, no word of signing needed ("the 1,000 stars"): a count to correct only. */
  nounSignerCounts(parsed: ParsedQuestion): number[];
  /** Whether the question types a title another fact than `id` has in its topic, in quotation marks ("Stealing Isn't Innovation"). */
  namesOtherTitle(parsed: ParsedQuestion, id: string): boolean;
  /** Whether a fact's own questions ask whether the letter names (c:mention) this person, every word of the name. */
  namedInLetter(span: string, lang: Locale | null): boolean;
  askedAttributes(parsed: ParsedQuestion, signing?: boolean): string[];
  signatoryByWork(parsed: ParsedQuestion): string | false | null;
  /** The signatories one of whose works (`knownFor` titles) the question names, none given as an example of a list by role. */
  signatoriesByWork(parsed: ParsedQuestion): ReadonlySet<string>;
  retrieve(parsed: ParsedQuestion): { ranked: Ranked<Fact>[] };
  isNumberCheck(parsed: ParsedQuestion): boolean;
  factAnswer(parsed: ParsedQuestion, fact: Fact, mode: 'fact' | 'quote' | 'number', confidence: number, candidates: AskCandidate[]): AskOutcome;
  candidate(r: Ranked<Fact>, lang: Locale): AskCandidate;
}

/** Concepts a name may own ("'s") and still be who the question is about ("Sam Altman's name on it", "X's signature"). */
const NAME_OWNED_FREE: ReadonlySet<string> = new Set(['c:sign', 'c:letter', 'c:mention']);
/** Concepts a name may follow "de" after and still be who signs ("la signature de X", "la lettre de X"). */
const OWNER_FREE: ReadonlySet<string> = new Set([...NAME_OWNED_FREE, 'c:people', 'c:stars']);

/** How many words after a question word a pronoun may stand for the question to ask of that person ("what company is she…"). */
const ASKED_PRONOUN_REACH = 3;

/**
 * "X is our guest: what company is she with?", "pourriez-vous me dire comment il a recruté les autres ?": a question
 * word that never opens a relative clause, with a pronoun for one person right after it, asks something of that person
 * other than whether they signed, wherever it stands in the sentence ("did X sign, and how solid is that report?" asks
 * of the report, not of them).
 */
function asksOfSomeone(lexicon: Pick<Lexicon, 'wordList'>, words: readonly string[]): boolean {
  const asking = lexicon.wordList('askingWords');
  const pronouns = lexicon.wordList('singularPronouns');
  return words.some((w, i) => asking.has(w) && words.slice(i + 1, i + 1 + ASKED_PRONOUN_REACH).some((p) => pronouns.has(p)));
}

/**
 * "J'aimerais savoir qui est à l'origine de cette lettre signée par X, Y et d'autres": one named after "signed by",
 * with a question word before the signing (no "or" and no "est-ce que", which ask yes or no), describes the letter
 * the question asks about; whether they signed is not what is asked ("was the letter signed by X?" asks no question word).
 */
function describedSigner(lexicon: Pick<Lexicon, 'wordList'>, parsed: ParsedQuestion, span: string): boolean {
  const words = parsed.reading.words;
  const by = lexicon.wordList('signedBy');
  const at = words.indexOf(splitWords(span)[0] ?? '');
  const signs = parsed.reading.terms.filter((t) => t.term === 'c:sign' && by.has(words[t.at + (t.span ?? 1)] ?? '') && at > t.at + (t.span ?? 1));
  if (signs.length === 0) return false;
  const yesNo = (at: number): boolean => parsed.reading.cues.some((c) => c.cue === 'yesno' && at >= c.at && at < c.at + c.length);
  return parsed.reading.cues.some((c) => c.cue === 'wh' && c.at < signs[0]!.at && words[c.at] !== 'ou' && !yesNo(c.at));
}

/**
 * Whether a question holds nothing but the names asked about (see `decideSigning`): each other word is one of
 * `nameOnlyWords` ("and", "too", "yes", "no", "et", "aussi", "oui", "non"), of a cue of one more ("what about", "quid
 * de") or of a hedge ("by any chance", "par hasard"), or the "or" of "yes or no" (such words on both sides: "Duvernay ou DuVernay ?" asks how a name is spelt).
 */
function onlyNames(lexicon: Pick<Lexicon, 'wordList'>, parsed: ParsedQuestion, spanWords: ReadonlySet<string>): boolean {
  const free = besidesNames(lexicon, parsed);
  return parsed.reading.words.every((w, k) => spanWords.has(w) || free(k));
}

/** Whether the word at a position is one a question of names only may hold besides them (see `onlyNames`). */
function besidesNames(lexicon: Pick<Lexicon, 'wordList'>, parsed: ParsedQuestion): (k: number) => boolean {
  const { cues, words } = parsed.reading;
  const allowed = lexicon.wordList('nameOnlyWords');
  // A hedge ("by any chance", "par hasard") asks nothing more of the names than a word of one more does; nor does a word
  // of checking after a name ("Patton Oswalt, c'est confirmé ?", "Ruffalo: true?"), which asks whether the name holds
  // (not one before it: "was it Stiller?" asks who did something else).
  const named = parsed.people.map((p) => spanAt(words, p.span)).filter((at) => at >= 0);
  const firstNamed = named.length > 0 ? Math.min(...named) : words.length;
  const inAlso = (k: number): boolean =>
    cues.some((c) => (c.cue === 'also' || c.cue === 'hedge' || (c.cue === 'check' && c.at > firstNamed)) && k >= c.at && k < c.at + c.length);
  const yesOrNo = (k: number): boolean => cues.some((c) => c.cue === 'alternative' && c.at === k) && allowed.has(words[k - 1] ?? '') && allowed.has(words[k + 1] ?? '');
  // A pronoun for one person closing the question after the name stands back for it ("Xavier Dolan, lui ?", "et Meryl
  // Streep, elle ?"): it asks nothing more.
  const singular = lexicon.wordList('singularPronouns');
  const echo = (k: number): boolean => k >= 1 && k === words.length - 1 && singular.has(words[k]!);
  const apposed = apposedRelative(lexicon, parsed);
  return (k) => allowed.has(words[k]!) || inAlso(k) || yesOrNo(k) || echo(k) || apposed.has(k);
}

/** How many words, at most, name the one a relative is named by ("maggie", "paul mccartney"). */
const OWNER_WORDS = 2;

/**
 * "what about jake gyllenhaal, maggie's brother": a relative named by whose they are (a name, a possessive mark and a word
 * of kin), set off by a comma after the name asked about and closing the question, says who that one is: its words ask
 * nothing more. Their positions, none when the typed marks do not line up with the words.
 */
function apposedRelative(lexicon: Pick<Lexicon, 'wordList'>, parsed: ParsedQuestion): ReadonlySet<number> {
  const { cues, words } = parsed.reading;
  if (!cues.some((c) => c.cue === 'kin')) return NO_POSITIONS;
  const gaps = alignedGaps(parsed.text, words.length);
  if (gaps === null) return NO_POSITIONS;
  const marks = lexicon.wordList('possessiveMarks');
  const links = lexicon.wordList('kinLinks');
  const articles = lexicon.wordList('kinArticles');
  const at = new Set<number>();
  for (const c of cues.filter((k) => k.cue === 'kin')) {
    // « et jake gyllenhaal, le frère de maggie ? », "jake gyllenhaal, the brother of maggie": the word of kin first, after
    // the comma (an article between), then "of" or « de » and the owner's words to the question's end.
    const open = articles.has(words[c.at - 1] ?? '') ? c.at - 1 : c.at;
    const owner = c.at + c.length + 1;
    if (open >= 1 && gaps[open - 1]!.includes(',') && links.has(words[c.at + c.length] ?? '') && owner < words.length && words.length - owner <= OWNER_WORDS && words.slice(owner).every((w) => NAME_WORD.test(w))) {
      for (let k = open; k < words.length; k++) at.add(k);
      continue;
    }
    if (c.at + c.length !== words.length || !marks.has(words[c.at - 1] ?? '')) continue;
    // The owner's words back to the comma before them, spaces alone between them.
    let from = c.at - 2;
    while (from > 0 && c.at - 1 - from < OWNER_WORDS && /^\s+$/u.test(gaps[from - 1]!)) from--;
    if (from < 1 || !NAME_WORD.test(words[from]!) || !gaps[from - 1]!.includes(',')) continue;
    for (let k = from; k < c.at + c.length; k++) at.add(k);
  }
  return at;
}

/** Where a span's words (folded) first stand among the question's words, or -1. */
function spanAt(words: readonly string[], span: string): number {
  return indexOfPhrase(words, splitWords(span));
}

/** The words from `at` to `end` (not included) as typed, when the typed words line up with the read ones, else as read. */
function typedStretch(reading: ParsedQuestion['reading'], at: number, end: number): string {
  const { words, shown } = reading;
  return (shown.length === words.length ? shown : words).slice(at, end).join(' ');
}

/** The longest and shortest full name read as someone no signatory is: a given name and a surname, one more name or a particle between at most. */
const UNLISTED_WORDS = [3, 2] as const;
/** How sure a verdict on someone no signatory is: as sure as one on a name asked about with a word of signing. */
const UNLISTED_SCORE = 0.5;
/** A name's word, folded: letters, an apostrophe or a hyphen inside ("o'hara", "jean-pierre"). */
const NAME_WORD = /^[a-z][a-z'-]*[a-z]$/;
/** A name's word typed in lower case, where no capital shows it is one: three letters or more, a vowel among them ("tom", not "gm"). */
const LOWER_NAME_WORD = /^(?=[a-z'-]*[aeiouy])[a-z'-]{3,}$/;
/** A surname of two letters typed in lower case after a given name: a vowel among them ("sy", "ay"). */
const SHORT_SURNAME = /^(?=[a-z]*[aeiouy])[a-z]{2}$/;

/**
 * "tom hanks??", "what about Meryl Streep", "Phil Lord and Tom Hanks?": the names a question of names only asks about
 * (see `onlyNames`), in the order typed. Each stretch of other words is cut into names: a signatory's as `people`
 * read it (when `signedName` accepts it), or the full name of someone no signatory is (`unlistedName`). Null when a
 * stretch holds anything else ("né Taika Waititi ?", "fair use?", "Donald Trump?": the facts say who he is).
 */
function bareNames(lookups: SigningLookups, parsed: ParsedQuestion, signedName: (p: PersonSlot) => boolean, phrased: (span: string) => boolean): { span: string; score: number }[] | null {
  const { words } = parsed.reading;
  const free = besidesNames(lookups.lexicon, parsed);
  const names: { span: string; score: number }[] = [];
  // "carla hayden aussi ?", "Sam Altman too?": names with a word of one more besides (`besidesWords`) ask whether they
  // too signed, as the names before did, even of one the story knows otherwise (alone, "Carla Hayden?" asks who she is).
  const besides = lookups.lexicon.wordList('besidesWords');
  const oneMore = words.some((w) => besides.has(w));
  let k = 0;
  while (k < words.length) {
    if (free(k)) {
      k += 1;
      continue;
    }
    const person = parsed.people.find((p) => signedName(p) && splitWords(p.span).every((w, i) => words[k + i] === w));
    if (person) {
      names.push({ span: person.span, score: person.match.match!.score });
      k += splitWords(person.span).length;
      continue;
    }
    const spanOf = (n: number): string => typedStretch(parsed.reading, k, k + n);
    // "Guillermo del Toro?": a signatory's whole name that the runs of `people` cut (a particle in lower case).
    // Only words of a signatory's name or alias can make one exactly: the matcher is asked of nothing else.
    const whole = UNLISTED_WORDS.map((n) => ({ n, match: k + n <= words.length && words.slice(k, k + n).every((w, i) => !free(k + i) && lookups.signatoryWords.has(w)) ? lookups.matchName(spanOf(n)) : null }))
      .find(({ n, match }) => match?.verdict === 'signed' && (match.match!.method === 'exact' || match.match!.method === 'alias') && !phrased(spanOf(n)));
    if (whole) {
      names.push({ span: spanOf(whole.n), score: whole.match!.match!.score });
      k += whole.n;
      continue;
    }
    const length = UNLISTED_WORDS.find((n) => unlistedName(lookups, parsed, k, n, free, oneMore));
    if (length === undefined) return null;
    names.push({ span: spanOf(length), score: UNLISTED_SCORE });
    k += length;
  }
  return names.length > 0 ? names : null;
}

/**
 * Whether the `length` words from `at` are the full name of someone no signatory is: no word a question of names only
 * may hold besides names, no word of the story's phrases (a concept, role or cue); no name the story knows that no
 * signatory bears ("Donald Trump", "Sam Altman": the facts say who they are), unless the facts name them only among who
 * signed something (`amongSignersOnly`: "Scarlett Johansson", of the later campaign); a given name that is no common word ("Tom", "Meryl"; not "fair
 * use", "new deal") and no stop word but a particle between (`nameParticles`: "haha ok nvm" is chatter); typed as a
 * name is (each word with a capital but a particle, or, in a question typed in one case, each word three letters or
 * more with a vowel and no common word: not "gm letterbot", "cocuou le robot"; but in a name of two words the surname may
 * be a common word the story never uses, after a given name as typed that is no typo of a word: "emma stone"); no word of a name
 * `people` read otherwise; and no signatory's name to the matcher. With `known`, a name the story knows is one too:
 * typed as who signs ("did Sean Astin sign?"), it is asked about whoever the facts say they are.
 */
function unlistedName(lookups: SigningLookups, parsed: ParsedQuestion, at: number, length: number, free: (k: number) => boolean, known = false): boolean {
  const { words, shown, terms, cues } = parsed.reading;
  if (at + length > words.length) return false;
  const span = Array.from({ length }, (_, i) => at + i);
  const own = span.map((k) => words[k]!);
  if (span.some((k) => free(k)) || !own.every((w) => NAME_WORD.test(w))) return false;
  const inside = (k: number, from: number, n: number): boolean => k >= from && k < from + n;
  // A surname the spell-checker turned into a word of the story ("ringo starr" read "stars", "lily james" read "names")
  // is no such word: only a term that also covers a word typed as read, or the given name, rules the name out.
  const { corrected } = parsed.reading;
  // Only the surname, respelt into no word of signing, and not a typo of the word it became by two letters swapped
  // ("bryan cranston sigantory …" is no name of three words).
  const respeltAt = (k: number): boolean => k === at + length - 1 && k > at && corrected[k] !== words[k] && !isDictionaryTypo(words[k]!);
  const respelt = (t: (typeof terms)[number]): boolean => (t.span ?? 1) === 1 && respeltAt(t.at) && t.term !== 'c:sign';
  if (terms.some((t) => t.kind !== 'word' && !respelt(t) && span.some((k) => inside(k, t.at, t.span ?? 1)))) return false;
  if (cues.some((c) => span.some((k) => inside(k, c.at, c.length) && !(respeltAt(k) && !terms.some((t) => t.at === k && t.term === 'c:sign'))))) return false;
  if (!known && own.some((w) => lookups.lexicon.isName(w) && !lookups.signatoryWords.has(w) && !lookups.amongSignersOnly(w))) return false;
  // Nor the bot's own name, nor a greeting or filler typed long ("heyy letterbot", "hiii bot", "coucouuu"): no name.
  const bot = lookups.lexicon.wordList('botNames');
  if (own.some((w) => bot.has(w) || elongatedStopword(lookups.lexicon, w))) return false;
  // A given name and a surname, and between them a particle ("del", "van") or another name.
  const particles = lookups.lexicon.wordList('nameParticles');
  const particle = (i: number): boolean => i > 0 && i < length - 1 && particles.has(own[i]!);
  if (own.some((w, i) => lookups.lexicon.isStopword(w) && !particle(i))) return false;
  // A given name that is a common word ("Jean", "Mark", "Lily") is one only before a surname no dictionary has and the
  // story never uses, typed as read or respelt ("jean dujardin", "Mark Hamill", "lily james"; not "fair use").
  const last = own[length - 1]!;
  const oddSurname = !isDictionaryWord(last) && !isDictionaryTypo(last) && !lookups.lexicon.isKnown(last);
  if (isDictionaryWord(own[0]!) && !(length === 2 && oddSurname)) return false;
  // Capitals count after the question's first word (a sentence opens with one): with some there, the name is typed
  // with them too; with none, the question is typed in one case, and each word of the name is long enough to be one.
  // Left inline, not `capitalInside`: this asks how the whole question is cased (a capital anywhere in a word, "eBay",
  // counts), not whether one word is a name.
  const aligned = shown.length === words.length;
  const cased = aligned && shown.some((w, k) => k > 0 && /\p{Lu}/u.test(w)) && shown.some((w) => /\p{Ll}/u.test(w));
  const given = corrected[at] === own[0] && !isDictionaryTypo(own[0]!) && (!isDictionaryWord(own[0]!) || oddSurname);
  // After such a given name, a later word may be a common word the story never uses ("emma stone", "bryce dallas
  // howard"), and the surname of two letters with a vowel ("omar sy").
  const surname = (w: string, i: number): boolean => i >= 1 && given && !lookups.lexicon.isKnown(w);
  const short = (w: string, i: number): boolean => length === 2 && i === 1 && SHORT_SURNAME.test(w) && surname(w, i);
  // A surname that is a common word, typed in lower case, follows a given name the data knows as one (`givenNames`, or
  // a signatory's): "sharon stone", "emma stone"; after any other word it is that word's noun ("Knicks score?").
  const knownGiven = lookups.lexicon.wordList('givenNames').has(own[0]!) || lookups.signatoryWords.has(own[0]!);
  const commonSurname = !cased && isDictionaryWord(last) && !knownGiven;
  const typed =
    !commonSurname &&
    (cased
      ? span.every((k, i) => startsWithCapital(shown[k]!) || particle(i))
      : own.every((w, i) => particle(i) || short(w, i) || (LOWER_NAME_WORD.test(w) && (!isDictionaryWord(w) || (i === 0 && given) || surname(w, i)))));
  // Nor a stretch that holds a name `people` read otherwise: a signatory's given name read alone as the start of this
  // one ("lily james": Lily Gladstone's given name) is read otherwise only if the whole is a signatory's (checked below).
  const read = new Set(parsed.people.filter((p) => !(p.match.verdict === 'ambiguous' && p.span.toLowerCase() === own[0])).flatMap((p) => splitWords(p.span)));
  if (!typed || own.some((w) => read.has(w))) return false;
  // Nor one part of which is a signatory's name, typed or misspelt ("natacha lyonne organiastrisse").
  const pairs = length > 2 ? [own.slice(0, 2), own.slice(1)] : [];
  return lookups.matchName(own.join(' ')).verdict === 'not_listed' && pairs.every((pair) => lookups.matchName(pair.join(' ')).verdict === 'not_listed');
}

/**
 * Whether a name asked about is a company's or a body's (a word of `companyNames` or `organisationNouns`), no person's:
 * not one that only says whose a person is ("OpenAI's Chris Lehane", "Chris Lehane d'OpenAI": a possessive after it in
 * the question, or a word of `affiliationWords` before it).
 */
function namesBody(lexicon: Pick<Lexicon, 'wordList'>, words: readonly string[], span: string): boolean {
  const companies = lexicon.wordList('companyNames');
  const bodies = lexicon.wordList('organisationNouns');
  const countries = lexicon.wordList('otherCountries');
  const government = lexicon.wordList('governmentNouns');
  const possessive = lexicon.wordList('possessiveMarks');
  const affiliation = lexicon.wordList('affiliationWords');
  const own = splitWords(span);
  const at = spanAt(words, span);
  if (at < 0) return false;
  // A country or a government's body named alone ("did france sign", "did Congress sign?"), like a body, is no person.
  if (own.length === 1 && (countries.has(own[0]!) || government.has(own[0]!))) return true;
  return own.some((w, i) => (companies.has(w) || bodies.has(w)) && !possessive.has(words[at + i + 1] ?? '') && !affiliation.has(words[at + i - 1] ?? ''));
}

/** A word that ends on a letter typed again: three times or more ("hiii"), or twice after two letters or more ("heyy"). */
const ELONGATED = /^(\p{L}*?)(\p{L})\2{2,}$|^(\p{L}{2,}?)([aeiouy])\4$/u;

/**
 * Whether a word is a stop word typed long, as chat stretches a greeting or a filler ("heyy", "hiii", "coucouuu",
 * "loool"): its last letter once is a stop word ("Lee" is not "le": a letter twice after one letter only; "Ann", "Tess"
 * are not "an", "tes": a letter typed twice at the end is stretched only when it is a vowel or "y").
 */
function elongatedStopword(lexicon: Pick<Lexicon, 'isStopword'>, word: string): boolean {
  const m = ELONGATED.exec(word);
  if (!m) return false;
  const base = m[1] !== undefined ? `${m[1]}${m[2]!}` : `${m[3]!}${m[4]!}`;
  return lexicon.isStopword(base);
}

/** How many small words (an auxiliary, "est-ce que") may stand between the one who signs and the verb. */
const SIGNER_REACH = 2;
/** How far after an indefinite article following the verb of signing the noun of a letter may come ("any anti-AI petition"). */
const INDEFINITE_REACH = 3;

/**
 * The full name of someone no signatory is (see `unlistedName`, or as `people` read it) typed as the one who signs: right before a word of
 * signing, stop words at most `SIGNER_REACH` between and no punctuation of an aside ("alejandro gonzalez inarritu a signé ?"). Null when there is none.
 */
function unlistedSigner(lookups: SigningLookups, parsed: ParsedQuestion): { span: string; at: number } | null {
  const { words, terms } = parsed.reading;
  const free = besidesNames(lookups.lexicon, parsed);
  const gaps = alignedGaps(parsed.text, words.length);
  const typo = (k: number): boolean => parsed.reading.corrected[k] !== undefined && parsed.reading.corrected[k] !== words[k];
  for (const t of terms) {
    if (t.term !== 'c:sign') continue;
    for (let gap = 0; gap <= SIGNER_REACH; gap++) {
      const end = t.at - 1 - gap;
      if (end < 1 || words.slice(end + 1, t.at).some((w) => !lookups.lexicon.isStopword(w))) break;
      // Not a name in an aside that closes before the verb ("did X (the guy with Tom Hanks) sign?").
      if (gaps !== null && gaps.slice(end, t.at).some((g) => ASIDE_MARK.test(g))) break;
      for (const n of UNLISTED_WORDS) {
        const at = end - n + 1;
        // The given name as typed (a surname the typo reader takes for a word is still one: "meryl streep" → "street").
        if (at < 0 || typo(at)) continue;
        // Read by `people` as no signatory's name ("did tom hanks sign? ruffalo did"), or read by none.
        const read = parsed.people.some((p) => p.match.verdict === 'not_listed' && splitWords(p.span).join(' ') === words.slice(at, at + n).join(' '));
        if (!read && !unlistedName(lookups, parsed, at, n, free)) continue;
        return { span: typedStretch(parsed.reading, at, at + n), at };
      }
    }
  }
  return null;
}

/** A name typed as one who signs (see `verbSigners`): as typed, where its words start and end, and how sure a verdict on it is. */
interface Signer {
  readonly span: string;
  readonly at: number;
  readonly end: number;
  readonly score: number;
  /** The name as `people` read it, when it did. */
  readonly slot?: PersonSlot;
}

/**
 * The name whose last word is at `end`: the first of `people` read there, or the full name of someone no signatory is
 * (`unlistedName`, the longest first). Null when none ends there.
 */
function nameEndingAt(lookups: SigningLookups, parsed: ParsedQuestion, end: number, free: (k: number) => boolean): Signer | null {
  const { words } = parsed.reading;
  for (const p of parsed.people) {
    const own = splitWords(p.span);
    let at = end - own.length + 1;
    if (at < 0 || !spelledAt(words, at, own)) continue;
    // "did Cate Blanchett and Ben Stiller both sign?": the given name `people` left out (a stop word too: "ben") is still
    // the name's, when it is the signatory's own.
    const name = p.match.verdict === 'signed' ? splitWords(p.match.match!.name) : [];
    const from = at;
    for (let i = name.length - own.length - 1; at > 0 && i >= 0 && words[at - 1] === name[i]; i--) at -= 1;
    const span = at < from ? typedStretch(parsed.reading, at, end + 1) : p.span;
    return { span, at, end, score: p.match.verdict === 'signed' ? p.match.match!.score : UNLISTED_SCORE, slot: p };
  }
  const length = UNLISTED_WORDS.find((n) => end - n + 1 >= 0 && unlistedName(lookups, parsed, end - n + 1, n, free, true));
  if (length === undefined) return null;
  const at = end - length + 1;
  return { span: typedStretch(parsed.reading, at, end + 1), at, end, score: UNLISTED_SCORE };
}

/** Punctuation after a name that closes an aside or a sentence: the name is then no subject of a verb after it. */
const CLOSING_MARK = /[()[\]?.!;]/;
/** Punctuation after a name that sets it apart as a topic ("X, Y et Z, ils ont signé ?", "X: signatory?"). */
const TOPIC_MARK = /[,:—–-]/;
/** A topic's mark that may stand right before the verb of signing with no word standing back for the names ("X: signatory?", "X et Y, signataires ?"). */
const RIGHT_BEFORE_MARK = /^[:,]$/;

/**
 * "Did Ben Stiller sign the letter Mark Ruffalo wrote?", "alfonso cuarón et guillermo del toro ont signé ?": the names
 * typed as the subject of a verb of signing (or of "on the list", "among"), in the order typed. The subject ends at the
 * first word before the verb that is no auxiliary, adverb or inverted pronoun (`Lexicon.subjectEndBefore`) nor a word
 * that stands back for it (`subjectEchoes`: "both", "ils"); names joined to it by `andWords` ("and", "et"), or by
 * commas in a list that one of them ends, are subjects too. Punctuation right after the last name that closes an aside
 * or a sentence leaves it none; one that sets it apart as a topic only with a word standing back for it ("X et Y, ils
 * ont signé ?") or, for a colon or a comma, right before the verb ("X: signatory?", "X et Y, signataires ?"). Every verb must read the same subject (one
 * that reads none aside); empty when there is none, or when two verbs read different ones ("X signed: did Y?"). Names
 * that only say which letter ("the letter that X and Y signed") are no subject; they go to `describing` when given.
 */
function verbSigners(lookups: SigningLookups, parsed: ParsedQuestion, describing?: Signer[]): Signer[] {
  // Only a question that names someone (read by `people`, or as the one who signs) has a subject to read.
  if (parsed.people.length === 0 && parsed.subject === null) return [];
  const { words, terms, cues } = parsed.reading;
  const verbs = [...terms.filter((t) => t.term === 'c:sign').map((t) => t.at), ...cues.filter((c) => c.cue === 'onList' || c.cue === 'among').map((c) => c.at)];
  if (verbs.length === 0) return [];
  const { lexicon } = lookups;
  const echoes = lexicon.wordList('subjectEchoes');
  // Chat shorthand "n" joins names too ("cate blanchet n mark rufalo"): read as a name before it, as "and" is, only
  // when another name follows it.
  const andWords = lexicon.wordList('andWords');
  const chatAnd = lexicon.wordList('chatAndWords');
  const joiners = { has: (w: string): boolean => andWords.has(w) || chatAnd.has(w) };
  const gaps = alignedGaps(parsed.text, words.length);
  const gapAt = (k: number): string => (gaps !== null ? (gaps[k] ?? ' ') : ' ');
  const free = besidesNames(lexicon, parsed);
  const objects = lexicon.wordList('objectPronouns');
  const subjectOf = (verb: number): Signer[] => {
    let end = lexicon.subjectEndBefore(words, verb);
    // "did both of them sign?": a pronoun of the object ("them", `objectPronouns`) stands back for the names only after
    // another such word ("of", "both"); "did Mark Ruffalo have them sign?" asks whether others signed, not he.
    const echo = (k: number): boolean => echoes.has(words[k]!) && (!objects.has(words[k]!) || echoes.has(words[k - 1] ?? ''));
    while (end >= 0 && echo(end)) end = lexicon.subjectEndBefore(words, end);
    if (end < 0) return [];
    const after = gapAt(end);
    const echoed = words.slice(end + 1, verb).some((w) => echoes.has(w));
    if (CLOSING_MARK.test(after) || (TOPIC_MARK.test(after) && !echoed && !(RIGHT_BEFORE_MARK.test(after.trim()) && end === verb - 1))) return [];
    const last = nameEndingAt(lookups, parsed, end, free);
    if (!last) return [];
    const group = [last];
    let joined = false;
    for (;;) {
      const head = group[0]!;
      const word = head.at > 0 && joiners.has(words[head.at - 1]!);
      const comma = !word && gapAt(head.at - 1).trim() === ',';
      const prevEnd = word ? head.at - 2 : head.at - 1;
      if ((!word && !comma) || prevEnd < 0 || CLOSING_MARK.test(gapAt(prevEnd)) || (word && gapAt(prevEnd).trim() !== '' && gapAt(prevEnd).trim() !== ',')) break;
      const prev = nameEndingAt(lookups, parsed, prevEnd, free);
      if (!prev) break;
      joined ||= word;
      group.unshift(prev);
    }
    // "the UK letter Paul McCartney and Elton John signed", "la lettre que X a signée": names right after the letter (a
    // relative word at most between) say which letter; no one is asked about.
    const start = group[0]!.at;
    const relative = lexicon.wordList('objectRelatives').has(words[start - 1] ?? '');
    const letterEnd = relative ? start - 1 : start;
    if (terms.some((t) => t.term === 'c:letter' && t.at + (t.span ?? 1) === letterEnd)) {
      describing?.push(...group);
      return [];
    }
    // Names set side by side with commas alone are a list that no "and" closes: only the last is the subject.
    const named = joined ? group : [last];
    // Names set apart as a topic open their clause ("X et Y, ils ont signé ?"); inside an aside they are someone else
    // ("Chris Miller, le duo avec Phil Lord, il a signé ?": "il" is Miller).
    const opens = named[0]!.at === 0 || gapAt(named[0]!.at - 1).trim() !== '';
    return TOPIC_MARK.test(after) && after.trim() !== ':' && !opens ? [] : named;
  };
  const read = verbs.map(subjectOf).filter((g) => g.length > 0);
  const first = read[0];
  if (!first) return [];
  const same = (g: readonly Signer[]): boolean => g.length === first.length && g.every((s, i) => s.span === first[i]!.span);
  if (!read.every(same)) return [];
  // "Has X signed? And Y too?": one named in another sentence than the verb's asks of them too; the subject is then not
  // all that is asked (the rest of the signing step weighs both).
  const verb = Math.min(...verbs);
  const broken = (from: number, to: number): boolean => gaps !== null && gaps.slice(Math.min(from, to), Math.max(from, to)).some((g) => /[?!.]/.test(g));
  const others = parsed.people.filter((p) => !first.some((s) => s.slot === p));
  const apart = others.some((p) => {
    const at = spanAt(words, p.span);
    return at >= 0 && broken(at, verb);
  });
  return apart ? [] : first;
}

/** How many words may stand between a word of "after" and the letter it dates from ("after the letter", "après la lettre"). */
const AFTER_LETTER_GAP = 2;

/**
 * Whether the signing asked of is a campaign's (the `campaign` concept) that the letter is named only as coming before:
 * every mention of the letter follows a word of "after" (the `happen` concept), stop words at most between
 * ("part of any anti-AI campaign after the letter?"). Not "did she sign the letter or only join the later campaign?":
 * there the letter is what is signed.
 */
function joinsLaterCampaign(lookups: SigningLookups, parsed: ParsedQuestion): boolean {
  const { terms, words } = parsed.reading;
  if (!terms.some((t) => t.term === 'c:campaign')) return false;
  const letters = terms.filter((t) => t.term === 'c:letter');
  const afterAt = terms.filter((t) => t.term === 'c:happen').map((t) => t.at);
  const dated = (at: number): boolean => afterAt.some((a) => a < at && at - a <= AFTER_LETTER_GAP && words.slice(a + 1, at).every((w) => lookups.lexicon.isStopword(w)));
  return letters.length > 0 && letters.every((l) => dated(l.at));
}

/** Terms a question of which bearer of a name signed may hold besides the names (see `whichBearer`). */
const BEARER_TERMS: ReadonlySet<string> = new Set(['c:sign', 'c:letter']);

/**
 * "Wachowski signed — which one?", "which Gyllenhaal signed, Maggie or Jake?", "Wachowski sur la liste, mais laquelle des
 * deux ?": a signatory's surname typed alone (one signatory bears it), and "which" right before that surname, before a
 * word of "one" (`whichOneWords`) or as a phrase of its own ("laquelle des deux"), asks who of that name signed: the
 * signatory bearing it answers, as "did Wachowski sign?" is answered. Besides it, the question may name only first names
 * typed alone (the choices offered, "Lana or Lilly"). Null when the question is not one of these.
 */
function whichBearer(lookups: SigningLookups, parsed: ParsedQuestion): PersonSlot | null {
  const { words, cues } = parsed.reading;
  const bearer = parsed.people.find((p) => p.match.verdict === 'signed' && p.match.match!.method === 'surname' && !p.span.includes(' '));
  if (!bearer) return null;
  const surname = splitWords(bearer.span)[0]!;
  const oneWords = lookups.lexicon.wordList('whichOneWords');
  const asksWhich = cues.some((c) => {
    if (c.cue !== 'which') return false;
    const next = words[c.at + c.length] ?? '';
    return next === surname || oneWords.has(next) || c.length > 1;
  });
  if (!asksWhich) return null;
  const onList = cues.some((c) => c.cue === 'onList' || c.cue === 'among');
  if (!parsed.aboutSigning && !onList) return null;
  // The signing is all it asks: besides words (names, the first names offered, "the list"), no concept or role of weight
  // but the signing and the letter ("which Wachowski film came out first?" asks when a film came out).
  const inCue = (at: number): boolean => cues.some((c) => (c.cue === 'onList' || c.cue === 'among') && at >= c.at && at < c.at + c.length);
  if (parsed.reading.terms.some((t) => t.weight >= 1 && t.kind !== 'word' && !BEARER_TERMS.has(t.term) && !inCue(t.at))) return null;
  return parsed.people.every((p) => p === bearer || (!p.span.includes(' ') && p.match.verdict !== 'signed')) ? bearer : null;
}

/**
 * "Lana Wachowski signed too, or only Lilly?", "did Jake Gyllenhaal sign, or was it only Maggie?": a namesake of a
 * signatory named in full (no signatory), then after "or" the signatory's own first name alone, typed with a capital
 * (not ruled out: "Jake, not Maggie"). Which of the two signed is the question, and the signatory answers it. Null
 * otherwise.
 */
function offeredSigner(lookups: SigningLookups, parsed: ParsedQuestion): PersonSlot | null {
  if (!parsed.aboutSigning) return null;
  const { words, shown, cues } = parsed.reading;
  if (shown.length !== words.length) return null;
  const orAt = cues.find((c) => c.cue === 'alternative')?.at;
  if (orAt === undefined) return null;
  // The namesake: a first name and a surname typed with capitals before the "or", nobody on the list.
  const capital = (k: number): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(shown[k] ?? '');
  const at = shown.findIndex((_, k) => k + 1 < orAt && capital(k) && capital(k + 1) && !capital(k + 2) && (k <= 1 || !capital(k - 1)));
  if (at < 0 || lookups.matchName(`${shown[at]!} ${shown[at + 1]!}`).verdict !== 'not_listed') return null;
  const surname = words[at + 1]!;
  const parts = [shown[at]!, shown[at + 1]!];
  const ruledOut = lookups.lexicon.wordList('ruledOutWords');
  // Through the namesake's slip, if any ("Did Jake Gyllnehaal sign, or was it only Maggie?"): the surname as spelt,
  // read once for every first name after the "or" (as `nameAsSpelt` reads it).
  const spelt = surnameAsSpelt({ match: (n) => lookups.matchName(n) }, parts[1]!);
  let found: PersonSlot | null = null;
  for (let k = orAt + 1; k < words.length; k++) {
    const typed = shown[k]!;
    if (!capital(k) || words[k + 1] === surname || ruledOut.has(words[k - 1] ?? '')) continue;
    const asTyped = `${typed} ${parts[1]!}`;
    const typedMatch = lookups.matchName(asTyped);
    const span = spelt !== null && typedMatch.verdict !== 'not_listed' ? `${typed} ${spelt}` : asTyped;
    const match = span === asTyped ? typedMatch : lookups.matchName(span);
    if (match.verdict !== 'signed' || (match.match!.method !== 'exact' && match.match!.method !== 'alias')) continue;
    if (found !== null) return null;
    found = { span, match };
  }
  return found;
}

/**
 * "Wachowski: Lana or Lilly?", "lana ou lilly wachowski ?", "Gyllenhaal, Maggie or Jake?": nothing but a surname and a
 * first name on each side of "or" offers two bearers of one name, one of them a signatory (that first name and the
 * surname are her name as spelt) and the other no one on the list. Which of them signed is the question, as "which
 * Wachowski signed, Lana or Lilly?" asks with its verb: the signatory answers, the other's "not among the names" after.
 * Null for any other question (a word more, a misspelt name, two signatories or none).
 */
function namedChoice(lookups: SigningLookups, parsed: ParsedQuestion): { signer: PersonSlot; other: string } | null {
  const { words, shown, cues } = parsed.reading;
  const or = cues.filter((c) => c.cue === 'alternative');
  if (or.length !== 1 || or[0]!.length !== 1 || words.length !== 4 || shown.length !== 4) return null;
  const orAt = or[0]!.at;
  const rest = [0, 1, 2, 3].filter((k) => k !== orAt);
  // The surname opens or closes the question ("Wachowski: Lana or Lilly?", "Lana or Lilly Wachowski?"), the two first
  // names on either side of "or".
  for (const s of [0, 3]) {
    const firsts = rest.filter((k) => k !== s);
    if (!(firsts[0]! < orAt && firsts[1]! > orAt)) continue;
    const read = firsts.map((k) => `${shown[k]!} ${shown[s]!}`).map((span) => ({ span, match: lookups.matchName(span) }));
    const signed = read.filter((r) => r.match.verdict === 'signed' && r.match.match!.method === 'exact');
    const unlisted = read.filter((r) => r.match.verdict === 'not_listed');
    if (signed.length === 1 && unlisted.length === 1) return { signer: signed[0]!, other: unlisted[0]!.span };
  }
  return null;
}

/**
 * "gyllenhaal c'est jake ou maggie qui a signé ?", "was it lilly wachowski or lana who signed?": a signatory's surname
 * typed (alone or in her name), and on the two sides of one "or" two first names, one hers (that first name and the
 * surname are her name as spelt) and the other no one's on the list with that surname: which of the two bearers signed
 * is asked, as `namedChoice` reads it of the bare names. Only when the question asks of the signing or the list, and
 * holds no concept or role of weight besides them ("which Wachowski film came out first, Lana's or Lilly's?"). Null
 * otherwise, or when two "or" so read disagree.
 */
function bearerChoice(lookups: SigningLookups, parsed: ParsedQuestion): { signer: PersonSlot; other: string } | null {
  const { words, shown, cues, terms } = parsed.reading;
  const onList = (c: { cue: string }): boolean => c.cue === 'onList' || c.cue === 'among';
  if (!parsed.aboutSigning && !cues.some(onList)) return null;
  const inCue = (at: number): boolean => cues.some((c) => onList(c) && at >= c.at && at < c.at + c.length);
  if (terms.some((t) => t.weight >= 1 && t.kind !== 'word' && !BEARER_TERMS.has(t.term) && !inCue(t.at))) return null;
  const typed = shown.length === words.length ? shown : words;
  let found: { signer: PersonSlot; other: string } | null = null;
  // "Lilly ou Lana Wachowski ?": the surname typed once, after the namesake's first name, is read into the namesake
  // (`namesakes`), not as a slot of its own; it still names the signatory who bears it alone, whose first name the other
  // side of "or" offers.
  const bySurname = parsed.namesakes
    .map((n) => splitWords(n).pop() ?? '')
    .map((surname) => ({ span: surname, match: lookups.matchName(surname) }))
    .filter((p) => typedSurnameAlone(p.match));
  for (const bearer of [...parsed.people, ...bySurname]) {
    if (bearer.match.verdict !== 'signed' || (bearer.match.match!.method !== 'surname' && bearer.match.match!.method !== 'exact')) continue;
    const surname = splitWords(bearer.match.match!.name).pop() ?? '';
    const at = words.indexOf(surname);
    if (at < 0) continue;
    for (const or of cues.filter((c) => c.cue === 'alternative' && c.length === 1)) {
      // The first names right before and after "or"; before it, the one the surname follows ("lilly wachowski or lana").
      const left = words[or.at - 1] === surname ? or.at - 2 : or.at - 1;
      const right = or.at + 1;
      if (left < 0 || right >= words.length || [left, right].some((k) => words[k] === surname || lookups.lexicon.isStopword(words[k]!))) continue;
      const read = [left, right].map((k) => `${typed[k]!} ${typed[at]!}`).map((span) => ({ span, match: lookups.matchName(span) }));
      const signed = read.filter((r) => r.match.verdict === 'signed' && r.match.match!.method === 'exact' && r.match.match!.id === bearer.match.match!.id);
      const unlisted = read.filter((r) => r.match.verdict === 'not_listed');
      if (signed.length !== 1 || unlisted.length !== 1) continue;
      if (found !== null && found.other !== unlisted[0]!.span) return null;
      found = { signer: signed[0]!, other: unlisted[0]!.span };
    }
  }
  return found;
}

/**
 * "did Ayo sign? the one from The Bear", "Cord something, who made American Fiction — on the list?": a first name typed
 * alone, which the matcher only offers ("which one?"), beside a work of one signatory who bears it (a `knownFor` title,
 * `signatoriesByWork`), is that signatory: the data's own description picks them out. Null when the work is another
 * signatory's, or works of several are typed.
 */
function describedByWork(lookups: SigningLookups, parsed: ParsedQuestion, person: PersonSlot): string | null {
  if (person.match.verdict !== 'ambiguous' || person.match.reason !== 'first_name_only') return null;
  const found = lookups.signatoriesByWork(parsed);
  if (found.size !== 1) return null;
  const name = [...found][0]!;
  return person.match.candidates.some((c) => c.name === name) ? name : null;
}

/**
 * "the Jojo Rabbit director signed?", "le réalisateur de Jojo Rabbit a signé ?": words read as a name that a role
 * noun governs (after an article and before the role, or after the role and a word of `ofWords`) name a work, and the
 * one asked about is who holds that role: no one named, whom no verdict on a name answers ("Jojo Rabbit is not among
 * the names" would answer another question).
 */
function roleOfWork(lexicon: Pick<Lexicon, 'wordList'>, parsed: ParsedQuestion, span: string): boolean {
  const { words, terms } = parsed.reading;
  const at = spanAt(words, span);
  if (at < 0) return false;
  const end = at + splitWords(span).length;
  const role = (k: number): boolean => terms.some((t) => t.kind === 'role' && t.at === k);
  const roleEndsAt = (k: number): boolean => terms.some((t) => t.kind === 'role' && t.at + (t.span ?? 1) === k);
  const after = at > 0 && lexicon.wordList('articles').has(words[at - 1]!) && role(end);
  const before = at > 1 && lexicon.wordList('ofWords').has(words[at - 1]!) && roleEndsAt(at - 1);
  return after || before;
}

/** A signatory verdict that answers for the further names typed beside the first too (`others`). */
function withOthers(outcome: AskOutcome, others: readonly string[]): AskOutcome {
  return outcome.mode === 'signatory' && others.length > 0 ? { ...outcome, others: [...others] } : outcome;
}

/**
 * Cues that belong to the signing or the list itself ("among", "on the list"), and the yes/no opening: no verb of their
 * own. Ids of `data/concepts.json` `cues`, which the code reads by name (as `cueVerb` below reads 'onList'), not words:
 * no word list.
 */
const LIST_CUES: ReadonlySet<string> = new Set(['onList', 'among', 'naming', 'yesno']);

/**
 * "Was X paid by the studios to put his name on it?", "was X sued after he signed?", "did OpenAI send the signatories a
 * reply?", "Y a-t-il été poursuivi après avoir signé ?": a word of content between the one named and the first word of
 * signing (or of the list) is what the question asks of them; the signing only sits in a clause after it (a purpose, a
 * time, an object), so whether they signed is not what is asked. Not a word of the signing, the letter or the list, a
 * role ("X, the director, signed?"), or a name after "of"/"from" ("X of the Beatles").
 */
function predicateBeforeSigning(lexicon: Pick<Lexicon, 'wordList' | 'endsAs'>, parsed: ParsedQuestion, span: string): boolean {
  const { words, terms, cues, shown } = parsed.reading;
  let signAt = -1;
  for (const t of terms) if (t.term === 'c:sign' && (signAt < 0 || t.at < signAt)) signAt = t.at;
  for (const c of cues) if ((c.cue === 'onList' || c.cue === 'among') && (signAt < 0 || c.at < signAt)) signAt = c.at;
  // The name's last word as it stands before the signing ("le duo Lord et Miller : est-ce que Phil Lord a signé ?").
  const end = signAt < 0 ? -1 : words.lastIndexOf(splitWords(span).pop() ?? '', signAt - 1);
  if (end < 0 || signAt - end < 2) return false;
  // An aside between the name and the signing ("X, the Lost showrunner, signed?", "X (the Lego guy) sign?", "X organised
  // it, but did she sign?"): punctuation there leaves the signing what is asked.
  const gaps = alignedGaps(parsed.text, words.length);
  if (gaps !== null && gaps.slice(end, signAt).some((g) => ASIDE_MARK.test(g))) return false;
  const aligned = shown.length === words.length;
  const inCue = (at: number): boolean => cues.some((c) => LIST_CUES.has(c.cue) && at >= c.at && at < c.at + c.length);
  // The verb of a list cue ("compte parmi", "appears among") is that cue's.
  const cueVerb = (t: Term): boolean => cues.some((c) => (c.cue === 'onList' || c.cue === 'among') && t.at + (t.span ?? 1) === c.at);
  const qualifier = lexicon.wordList('signedBy');
  // A verb of adding ("was X added to the signatories?") puts one on the list: still whether they signed.
  const added = lexicon.wordList('added');
  const possessive = lexicon.wordList('possessiveMarks');
  // Words that tie a name to where someone comes from ("X from the Beatles"), an article possibly between.
  const origins = lexicon.wordList('nameOrigins');
  return terms.some(
    (t) =>
      t.at > end &&
      t.at < signAt &&
      t.weight >= 1 &&
      (t.kind === 'word' || t.kind === 'concept') &&
      !OWNER_FREE.has(t.term) &&
      !inCue(t.at) &&
      !cueVerb(t) &&
      !added.has(words[t.at] ?? '') &&
      // A name ("OpenAI's Chris Lehane"), a possession's noun, an adverb of manner, or what the one named is from.
      !(aligned && startsWithCapital(shown[t.at]!)) &&
      !(possessive.has(words[t.at - 1] ?? '') || possessive.has(words[t.at - 2] ?? '')) &&
      !(t.kind === 'word' && lexicon.endsAs('mannerAdverbs', words[t.at] ?? '')) &&
      !qualifier.has(words[t.at - 1] ?? '') &&
      !origins.has(words[t.at - 1] ?? '') &&
      !origins.has(words[t.at - 2] ?? ''),
  );
}
/** Punctuation that sets an aside apart: a comma, a bracket, a dash, a colon or a full stop. */
const ASIDE_MARK = /[,;:()[\]—–.!?]|\s-\s/;

/**
 * The signing step of /ask: whether someone signed (named, bare, or by one of their works), and counts of signers
 * to correct or check. An outcome when the question is one of these, else null (the question goes on to the list by
 * role, comparisons and the facts).
 */
export function decideSigning(lookups: SigningLookups, parsed: ParsedQuestion, lang: Locale): AskOutcome | null {
  return withNamesakes(withKin(lookups, decideSigningOnce(lookups, parsed, lang), parsed), parsed);
}

/**
 * "Is Lana Wachowski a signatory too, or just her sister?", "Jake Gyllenhaal, or am I confusing him with his sister?": a
 * namesake asked about beside a word of kin, whose surname is one signatory's alone, gets its own "not among the N
 * names" and that signatory's verdict after it (the one of the family who signed): never the namesake's alone, as if no
 * one of that name had signed.
 */
function withKin(lookups: SigningLookups, outcome: AskOutcome | null, parsed: ParsedQuestion): AskOutcome | null {
  if (outcome === null || outcome.verdict !== 'answered' || outcome.mode !== 'signatory' || (outcome.others ?? []).length > 0) return outcome;
  if (!parsed.reading.cues.some((c) => c.cue === 'kin')) return outcome;
  const words = splitWords(outcome.person);
  if (words.length < 2 || lookups.matchName(outcome.person).verdict !== 'not_listed') return outcome;
  const bySurname = lookups.matchName(words[words.length - 1]!);
  if (!typedSurnameAlone(bySurname)) return outcome;
  return { ...outcome, others: [bySurname.match!.name] };
}

/**
 * "Is Jake Gyllenhaal on the list or just Maggie?", "Ron Howard oui, mais sa fille Bryce Dallas Howard ?": whichever
 * one the verdict answers, a namesake typed in full beside a signatory gets its own verdict too ("not among the N
 * names"), so that a "Yes: Maggie Gyllenhaal" is never read as an answer about Jake.
 */
function withNamesakes(outcome: AskOutcome | null, parsed: ParsedQuestion): AskOutcome | null {
  if (outcome === null || outcome.verdict !== 'answered' || outcome.mode !== 'signatory' || parsed.namesakes.length === 0) return outcome;
  const has = [outcome.person, ...(outcome.others ?? [])].map(foldText);
  const more = parsed.namesakes.filter((n, i, all) => all.indexOf(n) === i && !has.includes(foldText(n)));
  return more.length > 0 ? { ...outcome, others: [...(outcome.others ?? []), ...more] } : outcome;
}

function decideSigningOnce(lookups: SigningLookups, parsed: ParsedQuestion, lang: Locale): AskOutcome | null {
  // "Did X sign?": the signatory matcher decides, as /signatory does.
  // The names typed as who signs (`verbSigners`): one of them read by `people` is who is asked about, before any other
  // signatory named ("did Ben Stiller sign the letter Mark Ruffalo wrote?" asks of Stiller).
  // "is X part of any anti-AI campaign after the letter?", "a-t-elle rejoint une campagne après la lettre ?": a campaign
  // joined, when the letter is named only as what it came after, is another thing to sign than the letter; no verdict
  // on the letter's list answers it: the facts step reads what is.
  if (parsed.aboutSigning && joinsLaterCampaign(lookups, parsed)) return null;
  const describing: Signer[] = [];
  const signers = parsed.aboutSigning ? verbSigners(lookups, parsed, describing) : [];
  // "has SAG-AFTRA endorsed the letter that stiller and blanchett signed?": when every name typed only says which letter
  // (names right after it, as who signed it), no signing is asked of anyone: the facts step reads what is.
  if (signers.length === 0 && describing.length > 0 && parsed.people.every((p) => describing.some((d) => d.slot === p))) return null;
  const subjectSlot = signers.length === 1 && signers[0]!.slot?.match.verdict !== 'not_listed' ? signers[0]!.slot : undefined;
  const person = subjectSlot ?? parsed.people.find((p) => p.match.verdict === 'signed') ?? parsed.people[0];
  // "Intox ou pas : plus de 400 signataires ?": a count typed before the signers says how many signed is asked; a word
  // that is no signatory's name is then no one asked about.
  // Not a count someone named is said to be among ("was she among the 400 who signed?"): that is the list.
  const counted = (!person || person.match.verdict !== 'signed') && lookups.signerCounts(parsed, person !== undefined || parsed.subject !== null).length > 0;
  // "La lettre signée par Ruffalo, elle compte combien de signataires ?", "…signée par combien de gens ?": a question word
  // of counting, wherever it stands (French asks it in place, at the end), asks how many, never whether anyone named signed.
  const asksCount = parsed.reading.terms.some((t) => t.term === 'c:howmany' && parsed.reading.cues.some((c) => c.cue === 'wh' && c.at === t.at));
  // "Le nom de Trump figure-t-il dans la lettre ?": someone who signed nothing, whom the facts' own questions ask
  // whether the letter names, is asked about as named in it, when a word of naming and none of signing is typed
  // ("did Trump sign?", "is Trump on the letter?" are still signatory questions).
  // So is one said to be "in the letter" with no word of signing nor of being on its list ("is Trump in the letter?").
  const unsigned = !parsed.reading.terms.some((t) => t.term === 'c:sign') && (parsed.reading.cues.some((c) => c.cue === 'naming') || (parsed.reading.cues.some((c) => c.cue === 'within') && !parsed.reading.cues.some((c) => c.cue === 'onList')));
  const namedOnly = person !== undefined && person.match.verdict !== 'signed' && unsigned && lookups.namedInLetter(person.span, parsed.lang);
  // "Was X paid to sign?", "a-t-il été rémunéré pour signer ?": what a question asks of a signing (an `attributes`
  // entry) is more than whether it happened, which is all a signatory verdict says: declined, never "yes, signed".
  // So is a question that opens with a question word ("why did X sign?", "who convinced X to sign?", "quand X a-t-il
  // signé ?"): it asks for a reason, a person or a date, not yes or no ("est-ce que", "ou pas" are no such opening).
  // Not the "what" of "what about X" (an `also` cue): that asks of one more.
  const opensWh = parsed.reading.cues.some((c) => c.cue === 'wh' && c.at === 0 && parsed.reading.words[0] !== 'ou' && !inAlsoCue(parsed.reading, c.at));
  // "Did Natasha Lyonne sign the 2024 statement on AI training?", "did Ben Stiller sign a letter in 2024?": a year before
  // the letter's, with the letter's own year not typed, dates another text; the letter's list does not answer it. (A
  // later year is most often the 2026 campaign's, which `joinsLaterCampaign` and the facts read.)
  const otherYear = parsed.years.some((y) => y < lookups.letterYear) && !parsed.years.includes(lookups.letterYear);
  // "Paul McCartney a signé la lettre britannique ?", "did she sign the european letter?": another country named after
  // the verb of signing says whose text was signed, another one than this American letter; so does another text's name.
  const countries = lookups.lexicon.wordList('otherCountries');
  const signedAt = parsed.reading.terms.filter((t) => t.term === 'c:sign').map((t) => t.at);
  // "did Ben Stiller sign the letter against Sora?", "the Make It Fair campaign", "the WGA letter": another text's name
  // (`otherTexts`) after the verb of signing says that text was signed, not this letter.
  const otherTexts = lookups.lexicon.wordList('otherTexts');
  // "Did X sign any anti-AI petition?", "X a-t-il signé aucune pétition ?": a word of any one (`anyOneWords`) right after
  // the verb of signing, before the noun of a letter (a word or two between: "any anti-AI petition"), asks of any text of
  // the kind, not this letter (which "the letter" names; "a letter on AI" may still describe it): no verdict on its list.
  const indefinite = lookups.lexicon.wordList('anyOneWords');
  const someText = (sign: Term): boolean => {
    const end = sign.at + (sign.span ?? 1);
    for (let a = end; a <= end + 1; a++) {
      if (!indefinite.has(parsed.reading.words[a] ?? '')) continue;
      if (parsed.reading.terms.some((t) => t.term === 'c:letter' && t.at > a && t.at <= a + INDEFINITE_REACH)) return true;
    }
    return false;
  };
  const anotherText =
    signedAt.length > 0 &&
    (parsed.reading.words.some((w, i) => i > Math.min(...signedAt) && (countries.has(w) || otherTexts.has(w))) || parsed.reading.terms.some((t) => t.term === 'c:sign' && someText(t)));
  const signatory = (span: string, confidence: number): AskOutcome =>
    opensWh || otherYear || anotherText || lookups.askedAttributes(parsed, true).length > 0
      ? { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 }
      : { verdict: 'answered', mode: 'signatory', person: span, parsed, confidence };
  // "Wachowski signed — which one?": who of a name signed (`whichBearer`) is asked with a question word, and answered.
  // So is "Lana Wachowski signed too, or only Lilly?" (`offeredSigner`): the signatory's own first name offered after "or".
  const bearer = whichBearer(lookups, parsed) ?? offeredSigner(lookups, parsed);
  if (bearer && !otherYear && !anotherText && lookups.askedAttributes(parsed, true).length === 0) return { verdict: 'answered', mode: 'signatory', person: bearer.span, parsed, confidence: bearer.match.match!.score };
  const choice = namedChoice(lookups, parsed) ?? (otherYear || anotherText || lookups.askedAttributes(parsed, true).length > 0 ? null : bearerChoice(lookups, parsed));
  if (choice) return { verdict: 'answered', mode: 'signatory', person: choice.signer.span, others: [choice.other], parsed, confidence: choice.signer.match.match!.score };
  const words = parsed.reading.words;
  // "Did Cate Blanchett's agent confirm it?": a name that owns the next word ("'s" and a content word other than the
  // signing, the letter or a mention: "Sam Altman's name on it" is still about him) is not who the question is about.
  const ownedBy = (span: string): boolean => {
    const at = words.indexOf(splitWords(span).pop() ?? '');
    const owned = at >= 0 && lookups.lexicon.wordList('possessiveMarks').has(words[at + 1] ?? '') ? parsed.reading.terms.find((t) => t.at === at + 2) : undefined;
    return owned !== undefined && owned.weight >= 1 && !NAME_OWNED_FREE.has(owned.term);
  };
  const firstAt = (span: string): number => words.indexOf(splitWords(span)[0] ?? '');
  // "Did Mark Ruffalo have them sign the letter?", "did Ben Stiller get them to sign?", "Ruffalo les a fait signer ?": a
  // causative verb (`causativeVerbs`) at most three words before the verb of signing, after someone named, with whom it
  // acts on between them in English (`causedSigners`; "faire signer" needs none, but not "en fait signé",
  // `causativeIdiomLeads`): the one named had others sign, which no verdict on whether that one signed answers: declined.
  const causative = lookups.lexicon.wordList('causativeVerbs');
  const caused = lookups.lexicon.wordList('causedSigners');
  const idiomLeads = lookups.lexicon.wordList('causativeIdiomLeads');
  // Whoever is named: one `people` read, or the subject of no signatory's name ("did Tom Hanks have them sign?").
  const namedAt = [...parsed.people.map((p) => p.span), ...(parsed.subject !== null ? [parsed.subject] : [])].map(firstAt);
  const hadOthersSign = (sign: number): boolean => {
    for (let c = sign - 1; c >= Math.max(1, sign - 3); c--) {
      if (!causative.has(words[c]!) || !namedAt.some((at) => at >= 0 && at < c)) continue;
      if (parsed.lang === 'fr' ? c === sign - 1 && !idiomLeads.has(words[c - 1]!) : words.slice(c + 1, sign).some((w) => caused.has(w))) return true;
    }
    return false;
  };
  const othersSign = parsed.aboutSigning && parsed.reading.terms.some((t) => t.term === 'c:sign' && hadOthersSign(t.at));
  if (othersSign) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
  // "X a été signée par un label ?", "was X signed by an agency?": one named before a signing that an article follows
  // after "by" ("par une", "by a") was signed by someone unnamed, a deal, not the letter: the facts step reads it.
  const signedByOne = (span: string): boolean => {
    const at = firstAt(span);
    const by = lookups.lexicon.wordList('signedBy');
    const articles = lookups.lexicon.wordList('articles');
    return parsed.reading.terms.some((t) => t.term === 'c:sign' && t.at > at && by.has(words[t.at + (t.span ?? 1)] ?? '') && articles.has(words[t.at + (t.span ?? 1) + 1] ?? ''));
  };
  const ownsBefore = (span: string): boolean => {
    const at = firstAt(span);
    if (at < 2 || !lookups.lexicon.wordList('ofWords').has(words[at - 1]!)) return false;
    // The thing's number between it and "de" is part of its name ("le décret 14179 de Trump").
    const numbered = parsed.reading.terms.some((t) => t.kind === 'number' && t.at === at - 2);
    const ownedEnd = numbered ? at - 2 : at - 1;
    const owned = parsed.reading.terms.find((t) => t.at + (t.span ?? 1) === ownedEnd && t.kind !== 'number');
    const naming = parsed.reading.cues.some((c) => c.cue === 'naming' && owned !== undefined && owned.at >= c.at && owned.at < c.at + c.length);
    return owned !== undefined && owned.kind === 'concept' && owned.weight >= 1 && !naming && !OWNER_FREE.has(owned.term);
  };
  if (parsed.aboutSigning && person && ownedBy(person.span)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
  // "Le contrat de X a été signé ?": a name after "de" that a thing of the story owns (a concept of weight, not the
  // signing, the letter, a mention or a naming: "le nom de X figure ?" is still about X) is not who signs: what was signed
  // is that thing, which the facts step reads.
  const owner = person?.span ?? parsed.subject;
  if (parsed.aboutSigning && owner && (ownsBefore(owner) || signedByOne(owner))) return null;
  // "Lindelof?", "and patton oswalt?", "ron howard yes or no", "phil lord et chris miller ?": a question that is only
  // signatories' names (as spelt, or known aliases), which no fact phrases (a name only in an answer's list of names
  // is still no subject of its own), asks whether they signed: that is all the story says of them; the first is
  // answered. Besides the names it may hold only "and", a word of one more ("too", "what about", "aussi") and "yes or
  // no" (`onlyNames`): "né Taika Waititi ?" is what is left of another question. A name the facts phrase ("Lyonne?":
  // the organisers' keyword) may ask of their part.
  const spanWords = new Set(parsed.people.flatMap((p) => splitWords(p.span)));
  // A name the facts phrase is one every word of which some fact's phrasing uses ("Natasha Lyonne"; not "Chris Miller",
  // though "Chris Lehane" is phrased).
  const phrased = (span: string): boolean => {
    const own = new Set(splitWords(span));
    const terms = parsed.reading.terms.filter((t) => own.has(words[t.at] ?? ''));
    return terms.length > 0 && terms.every((t) => lookups.facts.phrases(t.term));
  };
  // A full name misspelt ("maggie gyllenhall?") is one the matcher reads as /signatory does; a lone word misspelt may
  // be any word ("stiler?"), read only as spelt.
  const signedName = (p: PersonSlot): boolean => p.match.verdict === 'signed' && (p.match.match!.method !== 'fuzzy' || splitWords(p.span).length >= 2) && !phrased(p.span);
  const bare =
    !parsed.aboutSigning &&
    person?.match.verdict === 'signed' &&
    parsed.people.every(signedName) &&
    onlyNames(lookups.lexicon, parsed, spanWords) &&
    parsed.reading.terms.every((t) => spanWords.has(words[t.at] ?? ''));
  // "phil lord et chris miller ?", "Phil Lord and Tom Hanks?": each name typed is answered, the first as the verdict.
  // "Tom Hanks et Natasha Lyonne ?": among several names, one the facts phrase is asked about as the others are (alone,
  // "Lyonne?" may ask of her part in the story).
  const loose = (p: PersonSlot): boolean => p.match.verdict === 'signed' && p.match.match!.method !== 'fuzzy';
  const strict = parsed.aboutSigning ? null : bareNames(lookups, parsed, signedName, phrased);
  const several = parsed.aboutSigning || strict || !parsed.people.some((p) => loose(p) && phrased(p.span)) ? null : bareNames(lookups, parsed, loose, () => false);
  const named = strict ?? (several && several.length > 1 ? several : null);
  const nameRead = (p: PersonSlot): boolean => (named === several ? loose(p) : signedName(p));
  const others = (first: string): string[] => (named ?? []).map((n) => n.span).filter((n, i, all) => n !== first && all.indexOf(n) === i);
  if (bare) {
    const first = parsed.people.reduce((a, b) => (firstAt(b.span) < firstAt(a.span) ? b : a));
    return withOthers(signatory(first.span, first.match.match!.score), others(first.span));
  }
  // "tom hanks??", "et Meryl Streep ?": a question of names only, some of them no signatory's, asks whether they signed
  // too; the verdict says they are not among the names the sources give, as /signatory does, never that they signed.
  if (named && parsed.people.every((p) => p.match.verdict !== 'signed' || nameRead(p))) return withOthers(signatory(named[0]!.span, named[0]!.score), others(named[0]!.span));
  // "Lyonne is our guest: what company is she involved with?", "j'aimerais savoir qui est à l'origine de la lettre signée
  // par Stiller": the signing sits in a clause that asks for something else, later in the question than its opening:
  // no signing is asked of anyone named, the facts step reads what is.
  const askedElse = parsed.signingUnderWh && !opensWh;
  // "Did Google and OpenAI sign the EU's code?": a company or a body (`companyNames`, `organisationNouns`) is no person
  // the list may hold: no signatory verdict says whether it signed (`bodySigning` declines it of the letter alone); the
  // facts step reads what it signed.
  const body = person ? person.match.verdict !== 'signed' && namesBody(lookups.lexicon, words, person.span) : parsed.subject !== null && namesBody(lookups.lexicon, words, parsed.subject);
  if (parsed.aboutSigning && body) return null;
  // "alfonso cuarón et guillermo del toro ont signé ?", "did Cate Blanchett and Ben Stiller both sign?": several names
  // joined as who signs are each asked about, in the order typed, as several bare names are.
  if (parsed.aboutSigning && signers.length > 1 && !counted && !asksCount && !unsigned && !askedElse && parsed.type !== 'list' && parsed.type !== 'quote') {
    const last = signers[signers.length - 1]!;
    if (!opensWh && asksOfSomeone(lookups.lexicon, parsed.reading.words)) return null;
    if (predicateBeforeSigning(lookups.lexicon, parsed, last.span) || describedSigner(lookups.lexicon, parsed, signers[0]!.span)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    const spans = signers.map((s) => s.span).filter((n, i, all) => all.indexOf(n) === i);
    return withOthers(signatory(spans[0]!, signers[0]!.score), spans.slice(1));
  }
  if (parsed.aboutSigning && person && !counted && !asksCount && !namedOnly && !askedElse && parsed.type !== 'list' && parsed.type !== 'quote') {
    if (!opensWh && asksOfSomeone(lookups.lexicon, parsed.reading.words)) return null;
    if (predicateBeforeSigning(lookups.lexicon, parsed, person.span)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    if (describedSigner(lookups.lexicon, parsed, person.span)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    // "alejandro gonzalez inarritu a signé ? cuaron oui mais lui ?": the full name of someone no signatory is, typed as the
    // one who signs, is asked about too: each is answered, in the order typed, never the signatory alone.
    // The one who signs leads, the signatory (or the "which one?" of a first name typed alone) after.
    const unlisted = signers.length === 1 && !signers[0]!.slot ? signers[0]! : null;
    const subject = person.match.verdict !== 'not_listed' ? (unlisted ?? unlistedSigner(lookups, parsed)) : null;
    // The signatory is answered too, unless it only says which letter, in the same sentence after the one who signs:
    // "did Tom Hanks sign the letter Mark Ruffalo wrote?" answers for Tom Hanks alone; "… a signé ? cuaron oui mais
    // lui ?" and "did lana wachowski sign or only lilly" for both.
    // A signatory's given name read alone inside that full name ("did lily james sign?": Lily Gladstone's) is no one
    // more asked about.
    if (subject !== null && person.match.verdict === 'ambiguous' && splitWords(subject.span).includes(splitWords(person.span).join(' '))) return signatory(subject.span, UNLISTED_SCORE);
    if (subject !== null && subject.span !== person.span) {
      const { words, terms } = parsed.reading;
      const personAt = spanAt(words, person.span);
      const gaps = alignedGaps(parsed.text, words.length);
      const oneSentence = personAt > subject.at && gaps !== null && !gaps.slice(subject.at, personAt).some((g) => /[?.!:;]/.test(g));
      const apart = !(oneSentence && terms.some((t) => t.term === 'c:letter' && t.at > subject.at && t.at < personAt));
      return apart ? withOthers(signatory(subject.span, UNLISTED_SCORE), [person.span]) : signatory(subject.span, UNLISTED_SCORE);
    }
    const described = describedByWork(lookups, parsed, person);
    if (described !== null) return signatory(described, 1);
    return signatory(person.span, person.match.verdict === 'signed' ? person.match.match!.score : UNLISTED_SCORE);
  }
  // "La réalisatrice de Selma a signé ?": a signatory named by one of their works.
  const byWork = parsed.aboutSigning && !askedElse && parsed.people.length === 0 && parsed.type !== 'quote' ? lookups.signatoryByWork(parsed) : null;
  if (byWork === false) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
  if (byWork) return signatory(byWork, 1);
  // "Is Scarlett Johansson on the March 2025 letter, or am I conflating it with the later campaign?", "did X sign the
  // letter, or only join the later campaign?": a comparison whose "or" comes after the one named and after this letter or
  // its signing asks whether they are on this letter's list, then weighs something else: the verdict answers it, as it
  // answers the yes/no.
  const orAt = parsed.reading.words.findIndex((w) => lookups.lexicon.wordList('orWords').has(w));
  const subjectAt = parsed.subject ? spanAt(parsed.reading.words, parsed.subject) : -1;
  const letterOrElse =
    parsed.type === 'compare' &&
    orAt > 0 &&
    subjectAt >= 0 &&
    subjectAt < orAt &&
    // This letter named before the "or", or its signing before it and a campaign after ("one of the March 2025 signers or
    // only part of the later campaign"); a signing alone is no letter ("Trump's order, signed before or after DeepSeek?").
    parsed.reading.terms.some(
      (t) => t.at > subjectAt && t.at < orAt && (t.term === 'c:letter' || (t.term === 'c:sign' && parsed.reading.terms.some((c) => c.term === 'c:campaign' && c.at > orAt))),
    ) &&
    // Not a namesake: a subject whose last word is a signatory's surname or near one ("Was Jake Gyllnehaal on the letter
    // or am I mixing him up with his sister?") asks of the signatory too, which the facts step weighs.
    lookups.matchName(splitWords(parsed.subject!).pop() ?? '').verdict === 'not_listed';
  if (parsed.aboutSigning && parsed.subject && !counted && !asksCount && !askedElse && (parsed.type === 'yes_no' || letterOrElse) && !(unsigned && lookups.namedInLetter(parsed.subject, parsed.lang))) {
    if (predicateBeforeSigning(lookups.lexicon, parsed, parsed.subject)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    if (roleOfWork(lookups.lexicon, parsed, parsed.subject)) return { verdict: 'no_answer', mode: 'fact', candidates: [], parsed, confidence: 0 };
    return signatory(parsed.subject, 1);
  }
  // "Of the 4000 people who signed, how many are musicians?": a count of signers that the fact counting them does not
  // give is a premise to correct first; that fact, when it clearly leads, answers with the right count.
  if (parsed.type === 'list' && parsed.numbers.length > 0 && parsed.reading.terms.some((t) => t.term === 'c:sign')) {
    const { ranked } = lookups.retrieve(parsed);
    const [top, second] = ranked;
    const figures = (r: Ranked<Fact>): number[] => lookups.factNumbers.get(r.id) ?? [];
    const corrects = (r: Ranked<Fact>): boolean =>
      figures(r).length > 0 && lookups.facts.carries(r.id, 'c:sign') && !parsed.numbers.some((n) => figures(r).some((v) => sameFigure(n, v)));
    if (top && corrects(top) && (!second || top.score >= second.score * lookups.calibration.decisiveRatio)) {
      return lookups.factAnswer(parsed, top.item, 'fact', lookups.calibration.answerAt, [lookups.candidate(top, lang)]);
    }
  }
  // "Les 1000 signataires, c'est qui ?", "Since over a thousand people signed, who signed first?": a count typed right
  // before the signers that the one fact counting them (its phrasings ask how many signed; it gives figures) does not
  // give is a premise to correct first, whatever else is asked about them: that fact answers, with the right count.
  // Not when the question names another text by its title ("« Stealing Isn't Innovation » : plus de 800 signataires ?"):
  // the signers counted are that text's, which its own fact counts.
  const counter = lookups.signerCounter;
  if (counter && parsed.type !== 'compare' && parsed.type !== 'quote' && !lookups.namesOtherTitle(parsed, counter.id)) {
    const counts = lookups.signerCounts(parsed);
    const figures = lookups.factNumbers.get(counter.id) ?? [];
    // "What did the 1,000 stars want exactly?": a count before a noun of the signers, with no word of signing, is such a
    // premise too (`nounSignerCounts`); a right one ("the 400 stars") is no count asked about, nor checked below.
    const stated = [...counts, ...lookups.nounSignerCounts(parsed)];
    if (stated.length > 0 && !stated.some((n) => figures.some((v) => sameFigure(n, v)))) {
      const mode = lookups.isNumberCheck(parsed) ? 'number' : 'fact';
      return lookups.factAnswer(parsed, counter, mode, lookups.calibration.answerAt, [{ fact: counter, question: counter.questions[lang][0]! }]);
    }
    // "A tweet says 460 signatures, is that right?": a count of signers that fact does give, asked to be checked (and
    // no one named), is checked by it too, whatever else the sentence says of where the count was read.
    // Not in a question that asks for something else of the signers ("what did the 400 signatories really object to?").
    const checked = parsed.cues.has('check') || parsed.type === 'yes_no';
    // Nor where to find them ("peut-on trouver la liste des 400 signataires quelque part ?": "somewhere" asks where, as "where" does).
    const asksWhere = parsed.reading.terms.some((t) => t.term === 'c:where');
    // Nor where the count only says which signers, beside a claim of something named that the counting fact never names
    // ("les 400 signataires visaient Meta et Amazon, non ?"): that claim is what is checked, not the count.
    // Left inline, not `capitalInside`: the capital of a later sentence's first word counts here (`t.at > 0`); reading
    // the typed openings instead disagrees on 128 of the eval's calls (measured), so is no refactor.
    const { shown } = parsed.reading;
    const namedElse = parsed.reading.terms.some(
      (t) =>
        t.kind === 'word' &&
        t.weight >= 1 &&
        (lookups.lexicon.isName(words[t.at] ?? '') || (t.at > 0 && shown.length === words.length && startsWithCapital(shown[t.at] ?? ''))) &&
        !lookups.facts.carries(counter.id, t.term),
    );
    if (counts.length > 0 && parsed.people.length === 0 && checked && !namedElse && !parsed.cues.has('wh') && !asksWhere && lookups.isNumberCheck(parsed)) {
      return lookups.factAnswer(parsed, counter, 'number', lookups.calibration.answerAt, [{ fact: counter, question: counter.questions[lang][0]! }]);
    }
  }
  return null;
}
