import Fuse from 'fuse.js';
import { generationOf, nameShape, nameSound, nameTokens, soundBudget, typoBudget, wholeNameSound } from './names';
import { editDistance } from './text';
import { Lexicon, Postings, TokenIndex, WordTrie } from './token-index';

/*
 * Layout. The index is built once at load and then only read. Every word of every name (first names,
 * surname tokens, surnames run together such as "gordonlevitt") is interned once in a `Lexicon` and
 * referred to by its number; everything else is flat typed arrays of those numbers, so 100,000 names
 * cost a few buffers rather than millions of small objects, and the garbage collector has little to walk.
 *
 * - Entries are the records, by position (`entry`). A record's name and aliases give its *shapes*
 *   (normalised forms): entry e owns shapes `entryShapes[e] .. entryShapes[e + 1]`, the first being the
 *   name (any later one is an alias). Shape s has tokens `tokens[shapeTokens[s] .. shapeTokens[s + 1]]`
 *   and, as word numbers, `shapeFirst[s]`, `shapeRest[s]` (the rest run together), `shapeLast[s]`.
 * - Full-name keys (both word orders, with and without spaces) are not stored: a key is a first name and
 *   a surname side by side, so `fullKey` reads the query each way it can be cut in two, looks those
 *   people up in `bySurname` and compares the query with their keys rebuilt from the tokens.
 * - `surnames`, `firstNames`, `firstNameWords` are symmetric-delete indexes over word numbers (see
 *   token-index.ts: deletion variants kept as hashes in one open-addressing table), with posting lists
 *   word → entries; `surnameParts` is posting lists only.
 * - `bySurname` groups, for each surname key, the people by first name (first names in the order first
 *   seen, as the matcher visits them), so a full-name query visits only people whose both parts are close.
 * - Autocomplete keeps, per confidence, the entries sorted by their name's words and the (word, entry)
 *   pairs sorted by word, for binary search on a typed prefix.
 */

export interface NameRecord {
  id: string;
  name: string;
  aliases: readonly string[];
  confidence: 'major' | 'weak';
}

export type NameVerdict = 'signed' | 'not_listed' | 'ambiguous';
export type MatchMethod = 'exact' | 'alias' | 'surname' | 'fuzzy';

export interface NameCandidate {
  id: string;
  name: string;
  /** 1 for an exact match, lower the further the query is from the name (1 − edits / length of the longer). */
  score: number;
}

export interface NameMatch {
  verdict: NameVerdict;
  /** Set only when verdict is `signed`. */
  match: (NameCandidate & { method: MatchMethod }) | null;
  /** "Did you mean" names: plausible typos or people sharing the name the user gave alone. */
  candidates: NameCandidate[];
  /** Why the verdict: `first_name_only`, `shared_surname`, `typo`, `extra_names`, `no_close_name`, … */
  reason: string;
}

/** fuse.js score (0 = perfect, 1 = nothing alike) above which a near miss is not offered when there are several. */
const FUSE_TYPO_THRESHOLD = 0.45;
const MAX_CANDIDATES = 5;
/** At most this many candidates are scored (the rest cannot be shown anyway). */
const MAX_SCORED = 25;
/** At most this many people, the closest, are aligned in full against a full-name query. */
const MAX_ALIGNED = 64;
const fuseOptions = { includeScore: true, ignoreLocation: true, threshold: 1 } as const;
const SPACE = 32;

/** Full-name key kinds: the name's words in order or first name last, with or without spaces. */
const KEY_SPACED = 0;
const KEY_JOINED = 1;
const KEY_REVERSED_SPACED = 2;
const KEY_REVERSED_JOINED = 3;
const KEY_KINDS = [KEY_SPACED, KEY_JOINED, KEY_REVERSED_SPACED, KEY_REVERSED_JOINED] as const;

interface Alignment {
  entry: number;
  firstDistance: number;
  restDistance: number;
  /** Typo budgets of the name parts this alignment compared against. */
  firstBudget: number;
  restBudget: number;
  /** Query words matched to nothing in the name (a middle name the signatory doesn't have). */
  extraWords: number;
  /** Whether the surname typed starts as the signatory's does (by letter or by sound: "Kuaron", "Phord"). */
  restInitialKept: boolean;
  /**
   * Whether the first name typed is another person's given name than the signatory's, not a typo of it: a common given
   * name of its own (`otherGivenNames`) that does not sound the same ("Michael Coel" is no "Michaela", "Paula McCartney"
   * no "Paul"; "Kate Blanchett" sounds as "Cate").
   */
  otherFirstName: boolean;
}

/** A shape's parts as strings, read back from the lexicon. */
interface ShapeWords {
  first: string;
  rest: string;
  last: string;
}

/** How long a surname is, at least, to be offered three slips away beside a first name typed exactly (`sameFirstName`). */
const FAR_SURNAME_MIN = 6;
/** The slips such a surname may be typed with (a swap and a misspelling: "mildair" for "midler"). */
const FAR_SURNAME_EDITS = 3;

/**
 * Signatory name lookup built once at load: exact and alias keys read through the surname groups, first
 * names and surnames in symmetric-delete indexes, so a query never scans the list. See `match` for the rules and
 * the comment at the top of this file for the layout.
 */
export class NameIndex {
  private readonly records: readonly NameRecord[];
  /** 1 where the record's confidence is `weak`. */
  private readonly weak: Uint8Array;
  private readonly lexicon = new Lexicon();
  private readonly entryShapes: Uint32Array;
  private readonly shapeEntry: Uint32Array;
  private readonly shapeTokens: Uint32Array;
  private readonly tokens: Uint32Array;
  private readonly shapeFirst: Uint32Array;
  private readonly shapeRest: Uint32Array;
  private readonly shapeLast: Uint32Array;
  private readonly surnames: TokenIndex;
  private readonly firstNames: TokenIndex;
  /** Distinct first names, searched up to 3 edits (the "did you mean" allowance). */
  private readonly firstNameWords: TokenIndex;
  /** One word of a multi-word surname ("waller" of Waller-Bridge, "gordon" of Gordon-Levitt): only ever a "did you mean". */
  private readonly surnameParts: Postings;
  /** Surname key ("stiller", "gordonlevitt", "levitt") → first name → people. */
  private readonly bySurname: SurnameGroups;
  /** Autocomplete, per confidence (0 major, 1 weak): entries whose name has several words, sorted by name. */
  private readonly prefixNames: [Uint32Array, Uint32Array];
  /** Autocomplete, per confidence: single-word keys (surname words, surnames run together, one-word names) sorted by word then entry. */
  private readonly prefixWords: [{ words: Uint32Array; entries: Uint32Array }, { words: Uint32Array; entries: Uint32Array }];
  /** Each name's and alias's `nameSound` key, in a lexicon of their own: a name typed by its sounds is only ever offered. */
  private readonly soundWords = new Lexicon();
  /** Sound keys of several people start alike (the first name's sound): searched in a trie, not by deletions. */
  private readonly sounds: WordTrie;
  /** Scratch for de-duplicating entries within one query (`stamp[entry] === stampEpoch`). */
  private readonly stamp: Uint32Array;
  private stampEpoch = 0;

  /**
   * @param otherGivenNames common given names, folded (`data/concepts.json` `givenNames`): one typed in place of a
   * signatory's own first name, not sounding as it, names someone else, so it is offered, never "signed".
   */
  constructor(
    records: readonly NameRecord[],
    private readonly otherGivenNames: ReadonlySet<string> = new Set(),
  ) {
    this.records = [...records];
    const count = this.records.length;
    this.weak = new Uint8Array(count);
    this.stamp = new Uint32Array(count);
    const lexicon = this.lexicon;

    // Shapes, as word numbers.
    const entryShapes = new Uint32Array(count + 1);
    const shapeEntry: number[] = [];
    const shapeTokens: number[] = [0];
    const tokens: number[] = [];
    const shapeFirst: number[] = [];
    const shapeRest: number[] = [];
    const shapeLast: number[] = [];
    const sounds = new Pairs();
    this.records.forEach((record, entry) => {
      this.weak[entry] = record.confidence === 'major' ? 0 : 1;
      entryShapes[entry] = shapeEntry.length;
      for (const form of [record.name, ...record.aliases]) {
        const words = nameTokens(form);
        if (words.length === 0) continue;
        const start = tokens.length;
        for (const word of words) tokens.push(lexicon.intern(word));
        shapeTokens.push(tokens.length);
        shapeEntry.push(entry);
        shapeFirst.push(tokens[start]!);
        shapeLast.push(tokens[tokens.length - 1]!);
        // The rest run together (see nameShape): the last word itself unless there are three or more.
        shapeRest.push(words.length > 2 ? lexicon.intern(nameShape(words).rest) : tokens[tokens.length - 1]!);
        if (words.length > 1) sounds.add(this.soundWords.intern(wholeNameSound(words)), entry);
      }
    });
    entryShapes[count] = shapeEntry.length;
    this.entryShapes = entryShapes;
    this.shapeEntry = Uint32Array.from(shapeEntry);
    this.shapeTokens = Uint32Array.from(shapeTokens);
    this.tokens = Uint32Array.from(tokens);
    this.shapeFirst = Uint32Array.from(shapeFirst);
    this.shapeRest = Uint32Array.from(shapeRest);
    this.shapeLast = Uint32Array.from(shapeLast);

    // Everything else, as (word, entry) pairs in shape order, frozen at the end.
    const surnames = new Pairs();
    const firstNames = new Pairs();
    const firstNameWords = new Pairs();
    const surnameParts = new Pairs();
    const groups = { keys: [] as number[], firsts: [] as number[], entries: [] as number[] };
    for (let shape = 0; shape < shapeEntry.length; shape++) {
      const entry = shapeEntry[shape]!;
      const n = this.tokenCount(shape);
      const [first, rest, last] = [shapeFirst[shape]!, shapeRest[shape]!, shapeLast[shape]!];
      if (n > 1) {
        surnames.add(rest, entry);
        if (last !== rest) surnames.add(last, entry);
        firstNames.add(first, entry);
        for (let i = 1; i < n - 1; i++) {
          const part = this.token(shape, i);
          if (lexicon.word(part).length >= 4) surnameParts.add(part, entry);
        }
      } else {
        surnames.add(first, entry);
      }
      firstNameWords.add(first, first);
      for (const key of rest === last ? [rest] : [rest, last]) {
        groups.keys.push(key);
        groups.firsts.push(first);
        groups.entries.push(entry);
      }
    }
    this.sounds = WordTrie.build(this.soundWords, sounds.words, sounds.payloads, 2);
    this.surnames = TokenIndex.build(lexicon, surnames.words, surnames.payloads, 2);
    this.firstNames = TokenIndex.build(lexicon, firstNames.words, firstNames.payloads, 2);
    this.firstNameWords = TokenIndex.build(lexicon, firstNameWords.words, firstNameWords.payloads, 3);
    this.surnameParts = Postings.build(lexicon.size, surnameParts.words, surnameParts.payloads);
    this.bySurname = SurnameGroups.build(lexicon.size, groups.keys, groups.firsts, groups.entries);
    [this.prefixNames, this.prefixWords] = this.buildPrefixKeys();
  }

  get size(): number {
    return this.records.length;
  }

  /**
   * Decide whether a query names one of the records.
   * - `signed` only when the whole name matches one record closely: exact, a known alias, a surname that
   *   belongs to one record only, or first name and surname each within a small typo budget.
   * - `ambiguous` when the user gave a first name alone, a surname several people share, a plausible typo
   *   that is too far to be sure, or extra names the record doesn't have: the candidates are offered.
   * - `not_listed` otherwise; names that merely share a first name or a surname are not offered.
   */
  match(query: string): NameMatch {
    const found = this.matchTokens(query);
    // "chris rock jr": a generation typed that the record's name does not carry (or the other way round) may be a
    // parent or a child of the signatory: offered, never "signed".
    if (found.verdict === 'signed' && generationOf(query) !== generationOf(found.match!.name)) {
      return { verdict: 'ambiguous', match: null, candidates: [{ id: found.match!.id, name: found.match!.name, score: found.match!.score }], reason: 'generation' };
    }
    return found;
  }

  private matchTokens(query: string): NameMatch {
    const tokens = nameTokens(query);
    if (tokens.length === 0) return { verdict: 'not_listed', match: null, candidates: [], reason: 'no_letters' };
    const joined = tokens.join(' ');
    const exact = this.fullKey(joined) ?? this.fullKey(tokens.join(''));
    if (exact) {
      if (exact.length === 1) {
        const hit = exact[0]!;
        return { verdict: 'signed', match: { ...this.candidate(hit.entry, 1), method: hit.alias ? 'alias' : 'exact' }, candidates: [], reason: 'exact' };
      }
      return this.ambiguous([exact.map((e) => e.entry)], joined, 'same_name');
    }
    if (tokens.length === 1) return this.matchSingleWord(tokens[0]!, joined);
    const compact = tokens.join('');
    if (this.surnames.exact(this.lexicon.id(compact)).length > 0) return this.matchSingleWord(compact, joined);
    const full = this.matchFullName(tokens, joined);
    if (full.verdict !== 'not_listed') return full;
    // A surname typed in pieces with a typo ("mc catrney", "godron levitt"): the words run together may be close to
    // one surname. Where the typo falls is unknown once the words are split, so such a name is only offered.
    const together = this.matchSingleWord(compact, joined);
    if (together.verdict === 'not_listed') return this.soundAlike(tokens, joined) ?? this.cutShort(tokens, joined) ?? this.sameFirstName(tokens, joined) ?? full;
    const offered = together.match ? [{ id: together.match.id, name: together.match.name, score: together.match.score }] : together.candidates;
    return { verdict: 'ambiguous', match: null, candidates: offered, reason: 'typo' };
  }

  /** Names starting with what the user has typed so far, for autocomplete: first-name or surname prefix first, major before weak. */
  suggest(prefix: string, limit = 25): NameCandidate[] {
    const max = Math.max(0, Math.min(limit, 25));
    const typed = nameTokens(prefix).join(' ');
    const seen = new Set<number>();
    const out: NameCandidate[] = [];
    const take = (length: number, keyAt: (i: number) => string, entryAt: (i: number) => number): void =>
      this.collectPrefixed(typed, length, keyAt, entryAt, seen, out, max);
    // Full-name prefixes cover first names ("cate b…"); single words are surnames ("blan…").
    for (const confidence of [0, 1] as const) {
      const names = this.prefixNames[confidence];
      take(names.length, (i) => this.shapeText(this.entryShapes[names[i]!]!), (i) => names[i]!);
      const { words, entries } = this.prefixWords[confidence];
      take(words.length, (i) => this.lexicon.word(words[i]!), (i) => entries[i]!);
    }
    if (out.length === 0 && typed.length >= 3) {
      const fallback = this.match(prefix);
      return (fallback.match ? [fallback.match] : fallback.candidates).slice(0, max).map(({ id, name, score }) => ({ id, name, score }));
    }
    return out;
  }

  /** The records whose key in a list sorted by key (read through `keyAt(i)` / `entryAt(i)`) starts with `typed`, added to `out` up to `max`. */
  private collectPrefixed(typed: string, length: number, keyAt: (i: number) => string, entryAt: (i: number) => number, seen: Set<number>, out: NameCandidate[], max: number): void {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyAt(mid) < typed) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < length && out.length < max; i++) {
      const key = keyAt(i);
      if (!key.startsWith(typed)) break;
      const entry = entryAt(i);
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push(this.candidate(entry, typed.length / Math.max(key.length, 1)));
    }
  }

  /**
   * "phoebe waller", "maggie gyllen": a whole first name and the start of a surname (four letters or more: "del" of
   * "del Toro" is a word of its own) that begin one record's full name are that name cut short, which only the one who
   * typed it can confirm: offered, never "not listed" (nor "signed").
   */
  private cutShort(tokens: readonly string[], joined: string): NameMatch | null {
    if (tokens.length < 2 || tokens[tokens.length - 1]!.length < 4) return null;
    const out: NameCandidate[] = [];
    const seen = new Set<number>();
    for (const confidence of [0, 1] as const) {
      const names = this.prefixNames[confidence];
      this.collectPrefixed(joined, names.length, (i) => this.shapeText(this.entryShapes[names[i]!]!), (i) => names[i]!, seen, out, MAX_CANDIDATES);
    }
    return out.length > 0 ? { verdict: 'ambiguous', match: null, candidates: out, reason: 'cut_short' } : null;
  }

  private matchSingleWord(word: string, joined: string): NameMatch {
    const id = this.lexicon.id(word);
    const bySurname = this.surnames.exact(id);
    const byFirst = this.firstNames.exact(id);
    if (bySurname.length === 1 && byFirst.length === 0) {
      return { verdict: 'signed', match: { ...this.candidate(bySurname[0]!, 1), method: 'surname' }, candidates: [], reason: 'surname' };
    }
    if (bySurname.length + byFirst.length > 0) {
      return this.ambiguous([bySurname, byFirst], joined, bySurname.length > 1 ? 'shared_surname' : 'first_name_only');
    }
    const parts = this.surnameParts.of(id);
    if (parts.length > 0) return this.ambiguous([parts], joined, 'typo');
    // A lone word is weak evidence: one edit, or two in a long word, to be offered at all.
    const close = (n: { word: string; distance: number }): boolean => n.distance <= Math.min(typoBudget(n.word), word.length >= 8 ? 2 : 1);
    const nearSurnames = this.surnames.near(word).filter(close);
    const nearFirst = this.firstNames.near(word).filter(close);
    const surnameEntries = unique(nearSurnames.flatMap((n) => [...this.surnames.exact(n.id)]));
    // A long surname one typo away, owned by one person and nobody's first name: confident enough.
    const best = nearSurnames[0];
    if (best && surnameEntries.length === 1 && nearFirst.length === 0 && best.distance === 1 && word.length >= 7 && sameInitial(word, best.word)) {
      return { verdict: 'signed', match: { ...this.candidate(surnameEntries[0]!, this.similarity(joined, surnameEntries[0]!)), method: 'fuzzy' }, candidates: [], reason: 'surname_typo' };
    }
    // "did mcartny sign": a long surname two edits away that sounds exactly as the typed word (letters dropped from a
    // doubled consonant and a silent vowel), owned by one person and nobody's first name, nothing nearer: the same
    // surname typed fast, not another's.
    if (surnameEntries.length === 0 && nearFirst.length === 0 && word.length >= 7) {
      const key = nameSound([word]);
      const alike = this.surnames.near(word, 2).filter((n) => n.distance === 2 && n.word.length >= 7 && n.word[0] === word[0] && nameSound([n.word]) === key);
      const owners = unique(alike.flatMap((n) => [...this.surnames.exact(n.id)]));
      if (alike.length === 1 && owners.length === 1 && this.firstNames.exact(alike[0]!.id).length === 0) {
        return { verdict: 'signed', match: { ...this.candidate(owners[0]!, this.similarity(joined, owners[0]!)), method: 'fuzzy' }, candidates: [], reason: 'surname_typo' };
      }
    }
    const lists: ArrayLike<number>[] = [surnameEntries, ...nearFirst.map((n) => this.firstNames.exact(n.id))];
    if (lists.some((l) => l.length > 0)) return this.ambiguous(lists, joined, 'typo');
    return { verdict: 'not_listed', match: null, candidates: [], reason: 'no_close_name' };
  }

  private matchFullName(tokens: string[], joined: string): NameMatch {
    const n = tokens.length;
    // The query read both ways round: (first, rest) and reversed "Stiller Ben" / "Gordon-Levitt Joseph".
    // A reversed name is looked up with at most one typo in the surname: people who reverse names type them carefully,
    // and a two-edit search of a short first name read as a surname would visit much of a large list.
    const readings: { first: string; rests: string[]; middle: number; maxEdits: number }[] = [
      { first: tokens[0]!, rests: [tokens.slice(1).join(''), tokens[n - 1]!], middle: n - 2, maxEdits: 2 },
      { first: tokens[n - 1]!, rests: [tokens.slice(0, -1).join(''), tokens[0]!], middle: n - 2, maxEdits: 1 },
    ];
    // Visit only people whose surname is within 2 edits and whose first name is within 3 (or starts with the initial given).
    // Each person reached gets a rough distance (surname + first name edits); only the closest are aligned in full.
    const reached = new Map<number, number>();
    const reach = (people: ArrayLike<number>, distance: number): void => {
      for (let i = 0; i < people.length; i++) {
        const e = people[i]!;
        if (distance < (reached.get(e) ?? Infinity)) reached.set(e, distance);
      }
    };
    const groups = this.bySurname;
    for (const reading of readings) {
      const initial = reading.first.length === 1;
      // First names within reach, found once per reading; for a surname borne by few people it is cheaper to
      // compare their first names directly (distances cached per reading).
      let nearFirsts: { id: number; word: string; distance: number }[] | null = null;
      const distances = new Map<number, number>();
      const firstDistance = (firstId: number): number => {
        const first = this.lexicon.word(firstId);
        if (initial) return first.startsWith(reading.first) ? 0 : Infinity;
        let d = distances.get(firstId);
        if (d === undefined) distances.set(firstId, (d = editDistance(reading.first, first, 3)));
        return d;
      };
      for (const rest of new Set(reading.rests)) {
        for (const hit of this.surnames.near(rest, reading.maxEdits)) {
          const [from, to] = groups.range(hit.id);
          // "Did you mean" allows one edit past a part's budget and three in all.
          const fits = (first: string, d: number): boolean => d <= Math.min(typoBudget(first) + 1, 3 - hit.distance);
          if (initial || to - from <= 32) {
            for (let g = from; g < to; g++) {
              const firstId = groups.first(g);
              const d = firstDistance(firstId);
              if (fits(this.lexicon.word(firstId), d)) reach(groups.people(g), hit.distance + d);
            }
          } else {
            nearFirsts ??= this.firstNameWords.near(reading.first, 3);
            for (const near of nearFirsts) {
              if (!fits(near.word, near.distance)) continue;
              const g = groups.find(hit.id, near.id);
              if (g >= 0) reach(groups.people(g), hit.distance + near.distance);
            }
          }
        }
      }
    }
    const closest = Math.min(...reached.values());
    const pool = [...reached].filter(([, d]) => d <= closest + 1).sort((a, b) => a[1] - b[1]).slice(0, MAX_ALIGNED).map(([e]) => e);
    const alignments: Alignment[] = [];
    for (const entry of pool) {
      let best: Alignment | null = null;
      for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
        const { first, rest: shapeRest, last } = this.shapeWords(shape);
        for (const reading of readings) {
          // An initial for the first name ("J. Apatow") counts as that first name.
          const initial = reading.first.length === 1 && first.startsWith(reading.first) && first.length > 1;
          const firstDistance = initial ? 0 : editDistance(reading.first, first, 3);
          reading.rests.forEach((rest, i) => {
            // Compare with the whole surname and with its last word; the budget is that of the part that matched.
            const toRest = editDistance(rest, shapeRest, 3);
            const toLast = last === shapeRest ? toRest : editDistance(rest, last, 3);
            const [restDistance, restBudget, restMatched] = toRest <= toLast ? [toRest, typoBudget(shapeRest), shapeRest] : [toLast, typoBudget(last), last];
            const extraWords = i === 0 ? 0 : reading.middle;
            const restInitialKept = sameInitial(rest, restMatched);
            const otherFirstName = firstDistance > 0 && this.otherGivenNames.has(reading.first) && nameSound([reading.first]) !== nameSound([first]);
            const candidate: Alignment = { entry, firstDistance, restDistance, firstBudget: typoBudget(first), restBudget, extraWords, restInitialKept, otherFirstName };
            // A confident reading beats one that leaves a word over: "Phoebe Waler Bridge" is Waller-Bridge with a typo,
            // not Phoebe "Bridge" with an extra name.
            const sure = isConfident(candidate);
            if (!best || (sure && !isConfident(best)) || (sure === isConfident(best) && rank(candidate) < rank(best))) best = candidate;
          });
        }
      }
      if (best) alignments.push(best);
    }
    const byCloseness = (a: Alignment, b: Alignment): number => totalDistance(a) - totalDistance(b) || this.weak[a.entry]! - this.weak[b.entry]! || a.extraWords - b.extraWords;
    const sure = alignments.filter((a) => isConfident(a)).sort(byCloseness);
    if (sure.length > 0) {
      const [top, next] = sure;
      const tie = next && totalDistance(next) === totalDistance(top!) && this.weak[next.entry] === this.weak[top!.entry];
      if (!tie) {
        const entry = top!.entry;
        return { verdict: 'signed', match: { ...this.candidate(entry, this.similarity(joined, entry)), method: totalDistance(top!) === 0 ? 'exact' : 'fuzzy' }, candidates: [], reason: totalDistance(top!) === 0 ? 'exact' : 'typo' };
      }
      return this.ambiguous([sure.map((a) => a.entry)], joined, 'same_name');
    }
    const plausible = alignments.filter((a) => isPlausible(a)).sort(byCloseness).slice(0, MAX_SCORED);
    const offered = plausible.map((a) => a.entry).filter((e) => plausible.length === 1 || this.isPlausibleTypo(joined, e));
    if (offered.length > 0) {
      const reason = plausible.some((a) => a.extraWords > 0 && a.firstDistance + a.restDistance === 0) ? 'extra_names' : 'typo';
      return this.ambiguous([offered], joined, reason);
    }
    return { verdict: 'not_listed', match: null, candidates: [], reason: 'no_close_name' };
  }

  /**
   * A name of several words typed by its sounds ("jozef gordon levit", "tie-ka why-tee-tee"): the people whose whole
   * name sounds the same (`wholeNameSound`, within `soundBudget`), offered and never taken as signed; null when none does.
   */
  private soundAlike(tokens: readonly string[], joined: string): NameMatch | null {
    const key = wholeNameSound(tokens);
    const last = this.lexicon.id(tokens[tokens.length - 1]!);
    // "Jake Gyllenhaal" is not Maggie: a query ending with a person's own surname as spelt, in no more words than their
    // name, names someone else of that family (the full-name match has weighed the first name).
    const sameFamily = (entry: number): boolean => {
      for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
        if (this.shapeLast[shape] === last && tokens.length <= this.tokenCount(shape)) return true;
      }
      return false;
    };
    const lists = this.sounds.nearWithin(key, soundBudget).map((n) => [...this.sounds.exact(n.id)].filter((e) => !sameFamily(e)));
    return lists.some((l) => l.length > 0) ? this.ambiguous(lists, joined, 'sound') : null;
  }

  /**
   * "bette mildair", "ava duvrenet", "cate blnacet", "blacnhet cate": a signatory's first name typed exactly, and beside
   * it a long surname (`FAR_SURNAME_MIN` letters or more) with her surname's initial, three slips from it (a swap on top
   * of a misspelling): too far to be sure, too close to be "not listed". Offered, never "signed"; null otherwise.
   */
  private sameFirstName(tokens: readonly string[], joined: string): NameMatch | null {
    if (tokens.length !== 2) return null;
    const out: number[] = [];
    for (const [first, rest] of [[tokens[0]!, tokens[1]!], [tokens[1]!, tokens[0]!]] as const) {
      if (rest.length < FAR_SURNAME_MIN) continue;
      const people = this.firstNames.exact(this.lexicon.id(first));
      for (let i = 0; i < people.length; i++) {
        const entry = people[i]!;
        for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
          const { first: given, last } = this.shapeWords(shape);
          if (given !== first || last.length < FAR_SURNAME_MIN || !sameInitial(rest, last)) continue;
          if (editDistance(rest, last, FAR_SURNAME_EDITS) <= FAR_SURNAME_EDITS && !out.includes(entry)) out.push(entry);
        }
      }
    }
    return out.length > 0 ? this.ambiguous([out], joined, 'typo') : null;
  }

  /**
   * "Did you mean" from the entries of `lists`, in that order, each once. In a large list a first name alone
   * may fit thousands: only the first few are scored, major ones first.
   */
  private ambiguous(lists: readonly ArrayLike<number>[], joined: string, reason: string): NameMatch {
    if (++this.stampEpoch === 0xffffffff) {
      this.stamp.fill(0);
      this.stampEpoch = 1;
    }
    const major: number[] = [];
    const weak: number[] = [];
    for (const list of lists) {
      for (let i = 0; i < list.length && major.length < MAX_SCORED; i++) {
        const e = list[i]!;
        if (this.stamp[e] === this.stampEpoch) continue;
        this.stamp[e] = this.stampEpoch;
        const bucket = this.weak[e] ? weak : major;
        if (bucket.length < MAX_SCORED) bucket.push(e);
      }
    }
    const candidates = [...major, ...weak]
      .slice(0, MAX_SCORED)
      .map((e) => ({ entry: e, candidate: this.candidate(e, this.similarity(joined, e)) }))
      .sort((a, b) => this.weak[a.entry]! - this.weak[b.entry]! || b.candidate.score - a.candidate.score || a.candidate.name.localeCompare(b.candidate.name))
      .slice(0, MAX_CANDIDATES)
      .map((c) => c.candidate);
    return { verdict: 'ambiguous', match: null, candidates, reason };
  }

  /** Similarity (1 = identical) between the query and the closest form of an entry's name: 1 − edits / longer length. */
  private similarity(joined: string, entry: number): number {
    let best = 0;
    for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
      const name = this.shapeText(shape);
      const longer = Math.max(joined.length, name.length, 1);
      best = Math.max(best, 1 - editDistance(joined, name, longer) / longer);
    }
    return Math.round(best * 1000) / 1000;
  }

  /** fuse.js's fuzzy score of the whole name decides whether a near miss is worth offering ("did you mean"). */
  private isPlausibleTypo(joined: string, entry: number): boolean {
    for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
      const { score } = Fuse.match(joined, this.shapeText(shape), fuseOptions);
      if (score !== undefined && score <= FUSE_TYPO_THRESHOLD) return true;
    }
    return false;
  }

  private candidate(entry: number, score: number): NameCandidate {
    const record = this.records[entry]!;
    return { id: record.id, name: record.name, score };
  }

  /**
   * The entries with a full-name key exactly `key`, each once, in the order the keys were made (by shape,
   * then kind), with whether the key came from an alias. Keys are not stored: a key is a first name and a
   * surname (the rest run together) in either order, with or without a space, so the people it can be are
   * in the surname groups, found by trying each way of reading the key as those two parts.
   */
  private fullKey(key: string): { entry: number; alias: boolean }[] | undefined {
    // Each way the key can be cut into a first name and the rest, visited in place (no pair built per cut).
    const found: number[] = [];
    if (key.includes(' ')) {
      const words = key.split(' ');
      this.collectKey(words[0]!, words.slice(1).join(''), key, found);
      this.collectKey(words[words.length - 1]!, words.slice(0, -1).join(''), key, found);
    } else {
      this.collectKey(key, key, key, found); // a one-word name
      for (let i = 1; i < key.length; i++) {
        const head = key.slice(0, i);
        const tail = key.slice(i);
        this.collectKey(head, tail, key, found);
        this.collectKey(tail, head, key, found);
      }
    }
    const hits: { entry: number; alias: boolean }[] = [];
    for (const value of found.sort((a, b) => a - b)) {
      const shape = Math.floor(value / 4);
      const entry = this.shapeEntry[shape]!;
      if (!hits.some((h) => h.entry === entry)) hits.push({ entry, alias: shape !== this.entryShapes[entry] });
    }
    return hits.length > 0 ? hits : undefined;
  }

  /** Adds to `found` the keys (shape × 4 + kind) equal to `key` among the people filed under this first name and surname. */
  private collectKey(first: string, rest: string, key: string, found: number[]): void {
    const group = this.bySurname.find(this.lexicon.id(rest), this.lexicon.id(first));
    if (group < 0) return;
    for (const entry of this.bySurname.people(group)) {
      for (let shape = this.entryShapes[entry]!; shape < this.entryShapes[entry + 1]!; shape++) {
        for (const kind of this.tokenCount(shape) === 1 ? [KEY_SPACED] : KEY_KINDS) if (this.keyEquals(shape, kind, key)) found.push(shape * 4 + kind);
      }
    }
  }

  /** Word `i` of a shape's key of the given kind: reversed kinds put the first name last. */
  private keyToken(shape: number, kind: number, i: number): number {
    const n = this.tokenCount(shape);
    return this.token(shape, kind === KEY_REVERSED_SPACED || kind === KEY_REVERSED_JOINED ? (i + 1) % n : i);
  }

  /** Whether `key` is the shape's key of that kind, compared piece by piece without building it. */
  private keyEquals(shape: number, kind: number, key: string): boolean {
    const spaced = kind === KEY_SPACED || kind === KEY_REVERSED_SPACED;
    let at = 0;
    for (let i = 0; i < this.tokenCount(shape); i++) {
      if (spaced && i > 0) {
        if (key.charCodeAt(at) !== SPACE) return false;
        at++;
      }
      const word = this.lexicon.word(this.keyToken(shape, kind, i));
      if (!key.startsWith(word, at)) return false;
      at += word.length;
    }
    return at === key.length;
  }

  private tokenCount(shape: number): number {
    return this.shapeTokens[shape + 1]! - this.shapeTokens[shape]!;
  }

  private token(shape: number, i: number): number {
    return this.tokens[this.shapeTokens[shape]! + i]!;
  }

  /** The shape's words joined by spaces ("guillermo del toro"). */
  private shapeText(shape: number): string {
    let text = '';
    for (let i = 0; i < this.tokenCount(shape); i++) text += (i > 0 ? ' ' : '') + this.lexicon.word(this.token(shape, i));
    return text;
  }

  private shapeWords(shape: number): ShapeWords {
    const word = (id: number): string => this.lexicon.word(id);
    return { first: word(this.shapeFirst[shape]!), rest: word(this.shapeRest[shape]!), last: word(this.shapeLast[shape]!) };
  }

  /**
   * Autocomplete keys of each entry's name (its first shape): the whole name when it has several words,
   * every word after the first, the rest run together when there are three or more words, and a one-word
   * name itself. Sorted by key, then by entry.
   */
  private buildPrefixKeys(): [NameIndex['prefixNames'], NameIndex['prefixWords']] {
    const lexicon = this.lexicon;
    // Word ranks in string order: comparing names word by word on ranks is comparing the space-joined
    // strings, since a space sorts before every letter and digit.
    const byWord = Array.from({ length: lexicon.size }, (_, i) => i).sort((a, b) => (lexicon.word(a) < lexicon.word(b) ? -1 : 1));
    const rank = new Uint32Array(lexicon.size);
    byWord.forEach((word, r) => (rank[word] = r));
    const names: [number[], number[]] = [[], []];
    const words: [number[], number[]] = [[], []];
    const wordEntries: [number[], number[]] = [[], []];
    for (let entry = 0; entry < this.records.length; entry++) {
      const shape = this.entryShapes[entry]!;
      if (shape === this.entryShapes[entry + 1]) continue;
      const confidence = this.weak[entry] ? 1 : 0;
      const n = this.tokenCount(shape);
      const addWord = (word: number): void => {
        words[confidence].push(word);
        wordEntries[confidence].push(entry);
      };
      if (n > 1) names[confidence].push(entry);
      else addWord(this.token(shape, 0));
      for (let i = 1; i < n; i++) addWord(this.token(shape, i));
      if (n > 2) addWord(this.shapeRest[shape]!);
    }
    const compareNames = (a: number, b: number): number => {
      const sa = this.entryShapes[a]!;
      const sb = this.entryShapes[b]!;
      const na = this.tokenCount(sa);
      const nb = this.tokenCount(sb);
      for (let i = 0; i < Math.min(na, nb); i++) {
        const d = rank[this.token(sa, i)]! - rank[this.token(sb, i)]!;
        if (d !== 0) return d;
      }
      return na - nb || a - b;
    };
    const count = Math.max(this.records.length, 1);
    const lead = (e: number): number => rank[this.token(this.entryShapes[e]!, 0)]! * lexicon.size + rank[this.token(this.entryShapes[e]!, 1)]!;
    // Names by their first two words and entry, packed in one number so that the sort is numeric; names
    // tied on their first two words (a third one decides) are then put in order word by word.
    const sortNames = (list: number[]): Uint32Array => {
      if (lexicon.size ** 2 * count >= Number.MAX_SAFE_INTEGER) return Uint32Array.from(list.sort(compareNames));
      const packed = new Float64Array(list.length);
      list.forEach((e, i) => (packed[i] = lead(e) * count + e));
      packed.sort();
      const sorted = new Uint32Array(list.length);
      packed.forEach((x, i) => (sorted[i] = x % count));
      for (let i = 0, j = 1; i < sorted.length; i = j++) {
        while (j < sorted.length && lead(sorted[j]!) === lead(sorted[i]!)) j++;
        if (j - i > 1) sorted.subarray(i, j).sort(compareNames);
      }
      return sorted;
    };
    // Words by rank then entry, packed in one number so that the sort is numeric.
    const sortedWords = (confidence: 0 | 1): { words: Uint32Array; entries: Uint32Array } => {
      const packed = new Float64Array(words[confidence].length);
      words[confidence].forEach((w, i) => (packed[i] = rank[w]! * count + wordEntries[confidence][i]!));
      packed.sort();
      const sorted = { words: new Uint32Array(packed.length), entries: new Uint32Array(packed.length) };
      packed.forEach((x, i) => {
        sorted.entries[i] = x % count;
        sorted.words[i] = byWord[(x - sorted.entries[i]!) / count]!;
      });
      return sorted;
    };
    return [
      [sortNames(names[0]), sortNames(names[1])],
      [sortedWords(0), sortedWords(1)],
    ];
  }
}

/** (word, payload) pairs collected while building, in order. */
class Pairs {
  readonly words: number[] = [];
  readonly payloads: number[] = [];

  add(word: number, payload: number): void {
    this.words.push(word);
    this.payloads.push(payload);
  }
}

/**
 * Surname key → groups of people by first name, frozen. Key k owns groups `keyStart[k] .. keyStart[k + 1]`
 * in the order their first names were first seen; group g has first name `groupFirst[g]` and people
 * `people[groupStart[g] .. groupStart[g + 1]]`. `byFirst` holds each key's groups again, sorted by first
 * name, for binary search.
 */
class SurnameGroups {
  private constructor(
    private readonly keyStart: Uint32Array,
    private readonly groupFirst: Uint32Array,
    private readonly groupStart: Uint32Array,
    private readonly members: Uint32Array,
    private readonly byFirst: Uint32Array,
  ) {}

  /** Triple i is (keys[i], firsts[i], entries[i]), in entry order. */
  static build(lexiconSize: number, keys: readonly number[], firsts: readonly number[], entries: readonly number[]): SurnameGroups {
    const count = keys.length;
    // Triples by key, in entry order within a key (a stable counting sort).
    const keyOffset = new Uint32Array(lexiconSize + 1);
    for (const k of keys) keyOffset[k + 1]!++;
    for (let k = 0; k < lexiconSize; k++) keyOffset[k + 1]! += keyOffset[k]!;
    const fill = keyOffset.slice(0, lexiconSize);
    const byKey = new Uint32Array(count);
    keys.forEach((k, i) => (byKey[fill[k]!++] = i));
    // Within a key, groups by first name in the order first seen: sort on (position of the group's first
    // triple, position), packed in one number.
    const groupAt = new Int32Array(lexiconSize).fill(-1);
    const order = new Float64Array(count);
    for (let k = 0; k < lexiconSize; k++) {
      for (let p = keyOffset[k]!; p < keyOffset[k + 1]!; p++) {
        const first = firsts[byKey[p]!]!;
        if (groupAt[first]! < 0) groupAt[first] = p;
        order[p] = groupAt[first]! * count + p;
      }
      for (let p = keyOffset[k]!; p < keyOffset[k + 1]!; p++) groupAt[firsts[byKey[p]!]!] = -1;
    }
    order.sort();
    const keyStart = new Uint32Array(lexiconSize + 1);
    const groupFirst: number[] = [];
    const groupStart: number[] = [];
    const members: number[] = [];
    let group = -1;
    let nextKey = 0;
    for (const packed of order) {
      const p = packed % count;
      const t = byKey[p]!;
      if ((packed - p) / count !== group) {
        group = (packed - p) / count;
        while (nextKey <= keys[t]!) keyStart[nextKey++] = groupFirst.length;
        groupFirst.push(firsts[t]!);
        groupStart.push(members.length);
      }
      // The same person twice in a group (a name and an alias alike) is kept once.
      if (members.length === groupStart[groupStart.length - 1] || members[members.length - 1] !== entries[t]) members.push(entries[t]!);
    }
    while (nextKey <= lexiconSize) keyStart[nextKey++] = groupFirst.length;
    groupStart.push(members.length);
    const firstOf = Uint32Array.from(groupFirst);
    const byFirst = Uint32Array.from(groupFirst, (_, g) => g);
    for (let k = 0; k < lexiconSize; k++) {
      if (keyStart[k + 1]! - keyStart[k]! > 1) byFirst.subarray(keyStart[k]!, keyStart[k + 1]!).sort((a, b) => firstOf[a]! - firstOf[b]!);
    }
    return new SurnameGroups(keyStart, firstOf, Uint32Array.from(groupStart), Uint32Array.from(members), byFirst);
  }

  /** The key's groups, `[from, to)`. */
  range(key: number): [number, number] {
    return [this.keyStart[key]!, this.keyStart[key + 1]!];
  }

  first(group: number): number {
    return this.groupFirst[group]!;
  }

  people(group: number): Uint32Array {
    return this.members.subarray(this.groupStart[group]!, this.groupStart[group + 1]!);
  }

  /** The key's group for this first name, or -1. */
  find(key: number, first: number): number {
    if (key < 0 || first < 0) return -1;
    let lo = this.keyStart[key]!;
    let hi = this.keyStart[key + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const g = this.byFirst[mid]!;
      const f = this.groupFirst[g]!;
      if (f === first) return g;
      if (f < first) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

function totalDistance(a: Alignment): number {
  return a.firstDistance + a.restDistance;
}

/** Lower is better: distance first, then unexplained extra words. */
function rank(a: Alignment): number {
  return totalDistance(a) * 10 + a.extraWords;
}

/**
 * Both name parts within their typo budget, at most two edits in all, no unexplained extra names, the surname's first
 * letter kept and no other given name typed: a surname typed with another first letter is most often another person's
 * ("Phil Ford" is no typo of Phil Lord, "Mark Buffalo" none of Ruffalo), and so is another given name ("Paula
 * McCartney"), so it is offered, never "signed".
 */
function isConfident(a: Alignment): boolean {
  return a.extraWords === 0 && a.restInitialKept && !a.otherFirstName && a.firstDistance <= a.firstBudget && a.restDistance <= a.restBudget && totalDistance(a) <= 2;
}

/**
 * Two name parts start alike: the same first letter, or the same first consonant sound ("Cuaron" and "Kuaron", "Ford"
 * and "Phord"). A vowel, "h" or "w" sounds alike in `nameSound` ("Erivo", "Hrivo"; "Wilde", "Hilde"): never alike here.
 */
function sameInitial(typed: string, name: string): boolean {
  if (typed[0] === name[0]) return true;
  const sound = nameSound([typed])[0];
  return sound !== undefined && sound !== 'a' && sound === nameSound([name])[0];
}

/** Close enough to offer as "did you mean": each part at most one edit past its budget. */
function isPlausible(a: Alignment): boolean {
  return a.firstDistance <= a.firstBudget + 1 && a.restDistance <= a.restBudget + 1 && totalDistance(a) <= 3 && a.extraWords <= 1;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
