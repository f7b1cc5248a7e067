import { editDistance } from './text';

/**
 * Compact building blocks for the name index: interned words, per-word posting lists and a
 * symmetric-delete index, all frozen into typed arrays once built so that a large list costs a few
 * flat buffers instead of millions of small objects (which also keeps garbage-collection pauses short).
 */

/** Each distinct word once, numbered in the order first seen. */
export class Lexicon {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** The word's number, or -1 when no name has it. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  get size(): number {
    return this.words.length;
  }
}

const HASH_START = 0x811c9dc5 | 0;

/** One more UTF-16 unit into an FNV-1a hash. */
function hashUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** Final mix (murmur3's fmix32) so that the low bits, which pick a slot, depend on every unit. */
function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A multimap from 32-bit hashes to numbers (open addressing, linear probing): slot i holds a full hash at
 * `slots[2i]` and its value + 1 at `slots[2i + 1]` (0: empty). Values under one hash sit along its probe
 * run in insertion order. Different keys can share a hash, so a caller checks what a value stands for.
 */
export class HashTable {
  private readonly mask: number;
  private readonly slots: Int32Array;

  /** Room for `capacity` values, kept at most three-quarters full so probe runs stay short. */
  constructor(capacity: number) {
    let size = 2;
    while (size * 3 < capacity * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
  }

  /** Store `value` (0 to 2³¹ − 2) under `hash`, unless that very pair is already there. */
  add(hash: number, value: number): void {
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const stored = slots[2 * i + 1]!;
      if (stored === 0) {
        slots[2 * i] = hash;
        slots[2 * i + 1] = value + 1;
        return;
      }
      if (stored === value + 1 && slots[2 * i] === hash) return;
    }
  }

  /** Calls `visit` with every value stored under `hash`, in insertion order. */
  forEach(hash: number, visit: (value: number) => void): void {
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const stored = slots[2 * i + 1]!;
      if (stored === 0) return;
      if (slots[2 * i] === hash) visit(stored - 1);
    }
  }
}

/**
 * Word → payloads (numbers), frozen: payloads of word w are `payloads[offsets[w] .. offsets[w + 1]]`, in the
 * order added, a payload added twice in a row for the same word kept once.
 */
export class Postings {
  private constructor(
    private readonly offsets: Uint32Array,
    private readonly payloads: Uint32Array,
  ) {}

  /** `words[i]` carries `payloads[i]`; word ids are below `lexiconSize`. */
  static build(lexiconSize: number, words: readonly number[], payloads: readonly number[]): Postings {
    const offsets = new Uint32Array(lexiconSize + 1);
    const last = new Int32Array(lexiconSize).fill(-1);
    const keep = new Uint8Array(words.length);
    words.forEach((w, i) => {
      if (last[w] === payloads[i]) return;
      last[w] = payloads[i]!;
      keep[i] = 1;
      offsets[w + 1]!++;
    });
    for (let w = 0; w < lexiconSize; w++) offsets[w + 1]! += offsets[w]!;
    const fill = offsets.slice(0, lexiconSize);
    const flat = new Uint32Array(offsets[lexiconSize]!);
    words.forEach((w, i) => {
      if (keep[i]) flat[fill[w]!++] = payloads[i]!;
    });
    return new Postings(offsets, flat);
  }

  /** Payloads of a word (-1 or a word no one added: none). A view, not a copy. */
  of(word: number): Uint32Array {
    if (word < 0 || word + 1 >= this.offsets.length) return this.payloads.subarray(0, 0);
    return this.payloads.subarray(this.offsets[word]!, this.offsets[word + 1]!);
  }

  has(word: number): boolean {
    return word >= 0 && word + 1 < this.offsets.length && this.offsets[word + 1]! > this.offsets[word]!;
  }
}

export interface NearWord {
  id: number;
  word: string;
  distance: number;
}

/**
 * Finds words within a small edit distance of a query word without scanning them (symmetric-delete
 * index: every word is stored under the variants obtained by deleting up to `maxDistance` letters of its
 * first `prefixLength` letters; a query looks up its own deletions). Variants are stored as hashes, not
 * strings: a hash shared by chance only makes a query compare one more word, whose real distance decides.
 */
export class TokenIndex {
  /** `seen[word] === epoch`: the word was already compared during this query. */
  private readonly seen: Uint32Array;
  private epoch = 0;

  private constructor(
    private readonly lexicon: Lexicon,
    readonly postings: Postings,
    private readonly variants: HashTable,
    private readonly maxDistance: number,
    private readonly prefixLength: number,
  ) {
    this.seen = new Uint32Array(lexicon.size);
  }

  /** `words[i]` carries `payloads[i]`. */
  static build(lexicon: Lexicon, words: readonly number[], payloads: readonly number[], maxDistance: number, prefixLength = 8): TokenIndex {
    const postings = Postings.build(lexicon.size, words, payloads);
    let variants = 0;
    for (let w = 0; w < lexicon.size; w++) {
      if (!postings.has(w)) continue;
      variants += deletionCount(Math.min(lexicon.word(w).length, prefixLength), maxDistance);
    }
    const table = new HashTable(variants);
    for (let w = 0; w < lexicon.size; w++) {
      if (postings.has(w)) forEachDeletion(lexicon.word(w), maxDistance, prefixLength, (h) => table.add(h, w));
    }
    return new TokenIndex(lexicon, postings, table, maxDistance, prefixLength);
  }

  /** Payloads stored under exactly this word (by id; -1: none). */
  exact(word: number): Uint32Array {
    return this.postings.of(word);
  }

  /** Words within `maxDistance` (at most the index's own), closest first, then in string order. */
  near(word: string, maxDistance = this.maxDistance): NearWord[] {
    const limit = Math.min(maxDistance, this.maxDistance);
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const found: NearWord[] = [];
    const visit = (id: number): void => {
      if (this.seen[id] === epoch) return;
      this.seen[id] = epoch;
      const candidate = this.lexicon.word(id);
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit) found.push({ id, word: candidate, distance });
    };
    forEachDeletion(word, limit, this.prefixLength, (h) => this.variants.forEach(h, visit));
    return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
  }
}

/**
 * Calls `visit` with the hash of every string left by deleting up to `depth` letters from the word's first
 * `prefixLength` (at most 31) letters, without building the strings. Deleting either of two equal
 * neighbours gives the same string: it is visited once per set of deleted positions, so possibly twice.
 */
function forEachDeletion(word: string, depth: number, prefixLength: number, visit: (hash: number) => void): void {
  const n = Math.min(word.length, prefixLength);
  const deleteFrom = (from: number, left: number, deleted: number): void => {
    let h = HASH_START;
    for (let i = 0; i < n; i++) if ((deleted & (1 << i)) === 0) h = hashUnit(h, word.charCodeAt(i));
    visit(finishHash(h));
    if (left > 0) for (let i = from; i < n; i++) deleteFrom(i + 1, left - 1, deleted | (1 << i));
  };
  deleteFrom(0, depth, 0);
}

/** How many sets of at most `depth` positions among `n`: the variants `forEachDeletion` visits. */
function deletionCount(n: number, depth: number): number {
  let total = 0;
  let choose = 1;
  for (let k = 0; k <= Math.min(depth, n); k++) {
    total += choose;
    choose = (choose * (n - k)) / (k + 1);
  }
  return total;
}

/**
 * Words within a small edit distance of a query, found by walking a trie of the words (the same answers as
 * `TokenIndex.near`: every word within the distance, closest first, then in string order). For words that share
 * long beginnings, such as whole names' sound keys ("taratabramvat", "tarataklan"…, where a first name opens
 * thousands of keys), where a symmetric-delete index over the first letters would file thousands of words under
 * one variant: the trie keeps one node per distinct prefix and a query stops at the first letters too far off.
 *
 * Layout: nodes in depth-first order (children in string order), node n at depth `depth[n]` adding the UTF-16 unit
 * `unit[n]`; its subtree is nodes n .. `end[n]` − 1; `wordAt[n]` is the word ending there (−1: none). Node 0 is the root.
 */
export class WordTrie {
  private constructor(
    private readonly lexicon: Lexicon,
    readonly postings: Postings,
    private readonly unit: Uint16Array,
    private readonly depth: Uint16Array,
    private readonly end: Uint32Array,
    private readonly wordAt: Int32Array,
    private readonly maxDistance: number,
    private readonly longest: number,
  ) {}

  /** `words[i]` carries `payloads[i]`. */
  static build(lexicon: Lexicon, words: readonly number[], payloads: readonly number[], maxDistance: number): WordTrie {
    const postings = Postings.build(lexicon.size, words, payloads);
    const ids: number[] = [];
    let units = 1;
    let longest = 0;
    for (let w = 0; w < lexicon.size; w++) {
      if (!postings.has(w)) continue;
      ids.push(w);
      const length = lexicon.word(w).length;
      units += length;
      if (length > longest) longest = length;
    }
    const text = lexicon.words;
    ids.sort((a, b) => (text[a]! < text[b]! ? -1 : text[a]! > text[b]! ? 1 : 0));
    const unit = new Uint16Array(units);
    const depth = new Uint16Array(units);
    const end = new Uint32Array(units);
    const wordAt = new Int32Array(units).fill(-1);
    // open[d]: the node at depth d on the path to the last word added.
    const open = new Uint32Array(longest + 1);
    let nodes = 1;
    let openDepth = 0;
    let previous = '';
    for (const id of ids) {
      const word = text[id]!;
      let shared = 0;
      const most = Math.min(word.length, previous.length);
      while (shared < most && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      for (; openDepth > shared; openDepth--) end[open[openDepth]!] = nodes;
      for (let d = shared + 1; d <= word.length; d++) {
        unit[nodes] = word.charCodeAt(d - 1);
        depth[nodes] = d;
        open[d] = nodes++;
      }
      openDepth = word.length;
      wordAt[open[openDepth]!] = id;
      previous = word;
    }
    for (; openDepth > 0; openDepth--) end[open[openDepth]!] = nodes;
    end[0] = nodes;
    return new WordTrie(lexicon, postings, unit.slice(0, nodes), depth.slice(0, nodes), end.slice(0, nodes), wordAt.slice(0, nodes), maxDistance, longest);
  }

  /** Payloads stored under exactly this word (by id; -1: none). */
  exact(word: number): Uint32Array {
    return this.postings.of(word);
  }

  /**
   * Words within `maxDistance` (at most the trie's own), closest first, then in string order; the distance is
   * `editDistance`'s (adjacent letters swapped count one edit).
   */
  near(word: string, maxDistance = this.maxDistance): NearWord[] {
    const limit = Math.min(maxDistance, this.maxDistance);
    return this.search(word, limit, () => limit);
  }

  /**
   * The words `near` would give within the trie's own distance that are also within `allowance(longer)` edits, `longer`
   * being the length of the longer of the two (a longer word may carry more typos): the same list, filtered. The
   * allowance must not shrink as the length grows; the walk stops as soon as no word can be within it.
   */
  nearWithin(word: string, allowance: (longer: number) => number): NearWord[] {
    const m = word.length;
    const allowed = (length: number): number => Math.min(this.maxDistance, allowance(Math.max(m, length)));
    // The most any word can be allowed: a word whose length differs by more than its allowance is never within it.
    let limit = -1;
    for (let length = Math.max(0, m - this.maxDistance); length <= m + this.maxDistance; length++) {
      if (Math.abs(length - m) <= allowed(length)) limit = Math.max(limit, allowed(length));
    }
    return limit < 0 ? [] : this.search(word, limit, allowed);
  }

  /** Words within `limit` edits of `word` and within `allowed(their length)`, closest first, then in string order. */
  private search(word: string, limit: number, allowed: (length: number) => number): NearWord[] {
    const found: NearWord[] = [];
    const m = word.length;
    const width = m + 1;
    const over = limit + 1;
    // rows[d * width + j]: distance between the first d letters of the path walked and the first j of the query, for
    // j within `limit` of d (a cell further off is over the limit: read as `over`, as the cells just outside are set).
    const rows = new Int32Array((Math.min(this.longest, m + limit) + 2) * width);
    for (let j = 0; j <= m; j++) rows[j] = j;
    const path = new Uint16Array(this.longest + 1);
    const query = new Uint16Array(m);
    for (let j = 0; j < m; j++) query[j] = word.charCodeAt(j);
    const { unit, depth, end, wordAt } = this;
    const take = (id: number, distance: number): void => {
      if (distance <= limit && distance <= allowed(this.lexicon.word(id).length)) found.push({ id, word: this.lexicon.word(id), distance });
    };
    if (wordAt[0]! >= 0) take(wordAt[0]!, m);
    for (let n = 1; n < unit.length; ) {
      const d = depth[n]!;
      if (d > m + limit) {
        n = end[n]!;
        continue;
      }
      const c = unit[n]!;
      path[d] = c;
      const row = d * width;
      const up = row - width;
      const lo = Math.max(1, d - limit);
      const hi = Math.min(m, d + limit);
      rows[row] = d;
      if (lo > 1) rows[row + lo - 1] = over;
      if (hi < m) rows[row + hi + 1] = over;
      let rowMin = d;
      const before = path[d - 1]!;
      for (let j = lo; j <= hi; j++) {
        const q = query[j - 1]!;
        let v = rows[up + j - 1]! + (q === c ? 0 : 1);
        const del = rows[up + j]! + 1;
        if (del < v) v = del;
        const ins = rows[row + j - 1]! + 1;
        if (ins < v) v = ins;
        if (d > 1 && j > 1 && c === query[j - 2] && before === q) {
          const swap = rows[up - width + j - 2]! + 1;
          if (swap < v) v = swap;
        }
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      // Past a row wholly over the limit no longer word can come back within it (as in editDistance).
      if (rowMin > limit) {
        n = end[n]!;
        continue;
      }
      if (wordAt[n]! >= 0 && Math.abs(d - m) <= limit) take(wordAt[n]!, rows[row + m]!);
      n++;
    }
    return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
  }
}
