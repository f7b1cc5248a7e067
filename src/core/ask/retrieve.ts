import type { Lexicon, Term } from './lexicon';

/** One searchable thing (a fact or a timeline event) as text in each field, with each field's language. */
export interface Searchable<T> {
  id: string;
  item: T;
  /** Phrasings people use for it (questions, keywords, titles): they count fully. */
  phrasings: { en: string[]; fr: string[] };
  /** Longer text (the answer, an event's detail, a quote): matches there count less. */
  body: { en: string[]; fr: string[] };
}

export interface Ranked<T> {
  id: string;
  item: T;
  /** MiniSearch BM25 score. */
  score: number;
  /**
   * 0..1: the share of the question's content this item carries, each term weighted by rarity (IDF) and by
   * where it matched (phrasing 1, body 0.5); a word no item uses weighs most.
   */
  coverage: number;
  /** Sum of the rarity of the matched content terms: how specific the match is. */
  matchedWeight: number;
  /** How many of the question's content terms (weight 1) this item does not carry at all. */
  missing: number;
  /** 0..1: the largest share (by rarity) of one of the item's own phrasings found in the question. */
  containment: number;
  /**
   * Rarity (sum of weighted IDF) of the largest of the item's own phrasings of two terms or more that the
   * question contains whole ("what did OpenAI argue" in "what did OpenAI argue in its submission?"); 0 if none.
   */
  phrased: number;
  /** The phrasing found whole (`phrased`) is only a name ("Warner Bros. Discovery"): it says who, not what is asked. */
  phrasedName: boolean;
}

const BODY_WEIGHT = 0.5;
/** How much a phrasing found whole in the question multiplies the score (× 1 + boost × share found). */
const CONTAINMENT_BOOST = 1;
/** Results measured and returned per search (by BM25 score first). */
const RANKED_POOL = 12;
/** A word no item knows weighs 0.8 of the rarest known word: a sign of another topic, a little less sure than a rare word found. */
const UNKNOWN_EXTRA = 0.8;
/**
 * A common dictionary word no item uses (`Term.common`: "crowd", "side", "période") weighs this share of an unknown
 * word's rarity: the asker's casual wording more often than a sign of another topic, yet not nothing (a question of
 * such words and one story word is not carried by that word alone).
 */
const COMMON_UNKNOWN_SHARE = 0.25;

/** MiniSearch 7's BM25+ parameters and field boosts, which the index below reproduces score for score. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FIELD_BOOSTS = [1, 0.35] as const;

/**
 * A term's items (ascending numbers) and its count in each: arrays while indexing, typed arrays once built; then also
 * each item's BM25 value for the term before boosts (`raws`), which depends only on the items, computed once.
 */
interface Posting {
  docs: number[] | Int32Array;
  freqs: number[] | Float64Array;
  raws?: Float64Array;
}

/** A term used by at most this many items is one item's own (`Retriever.rare`). */
const RARE_TERM_ITEMS = 2;

/**
 * BM25 retrieval with MiniSearch over terms read by the lexicon (Snowball stems, concepts, roles), plus the
 * coverage measure that calibrates answers. Built once per fact base.
 */
export class Retriever<T> {
  /** Item ids by number (the order they were given in). */
  private readonly ids: string[] = [];
  /** Per field (phrasing, body): each term's items (ascending numbers) and its count in each. */
  private readonly postings: [Map<string, Posting>, Map<string, Posting>] = [new Map(), new Map()];
  /** Per field: each item's number of distinct terms, and their running average (as MiniSearch computes it). */
  private readonly fieldLengths: [number[], number[]] = [[], []];
  private readonly averageLengths: [number, number] = [0, 0];
  /** Scratch per search: each item's score and its score for one term, and the search and term that last touched it. */
  private scores = new Float64Array(0);
  private termScores = new Float64Array(0);
  /** How many distinct query terms each item matched in this search. */
  private matchedTerms = new Uint32Array(0);
  private seen = new Uint32Array(0);
  private termSeen = new Uint32Array(0);
  /** Scratch per search: the items in the order first met, and the items one term touched (no arrays grown per search). */
  private met = new Uint32Array(0);
  private touched = new Uint32Array(0);
  private stamp = 0;
  private termStamp = 0;
  private readonly items = new Map<string, Searchable<T>>();
  /** By item number: what a result carries (the leaders are met by number, not id: no map read per leader). */
  private readonly itemsAt: T[] = [];
  private readonly phrasingTerms = new Map<string, ReadonlySet<string>>();
  private readonly bodyTerms = new Map<string, ReadonlySet<string>>();
  private readonly documentFrequency = new Map<string, number>();
  /** Each item's phrasings as term sets: a phrasing the question contains whole is strong evidence. */
  private readonly phrasingSets = new Map<string, Phrasings>();
  /** Rarity of each term some item uses, computed once (the items do not change after construction). */
  private readonly rarity = new Map<string, number>();
  /** Each term of a phrasing as a number: `containment` compares the question's few terms with them by number. */
  private readonly termNumbers = new Map<string, number>();
  /** Scratch: what `cover` and `containment` measured of the last leader. */
  private readonly measured = { coverage: 0, matchedWeight: 0, missing: 0, containment: 0, phrased: 0, phrasedName: false };
  /** By item number: its phrasing and body terms and its phrasings read (the leaders are met by number, not id). */
  private readonly phrasingTermsAt: ReadonlySet<string>[] = [];
  private readonly bodyTermsAt: ReadonlySet<string>[] = [];
  /** Every term some item's phrasings use (`phrases`). */
  private readonly phrasingVocabulary = new Set<string>();
  /**
   * Every item's phrasings in flat typed arrays, item after item (`containment` reads them for every leader of every
   * search, a few dozen leaders a question: contiguous numbers, no object per phrasing met). Item `doc`'s phrasings are
   * `docPhrasings[doc]` up to `docPhrasings[doc + 1]`; phrasing `p`'s terms are `phrasingFrom[p]` up to `phrasingTo[p]` of
   * the term arrays; `phrasingAll` is its terms' summed weight × rarity; `phrasingFlags` what it says (`ASKS`, `HAS_CONTENT`, `NAME_ONLY`).
   */
  private docPhrasings = new Int32Array(1);
  private phrasingFrom = new Int32Array(0);
  private phrasingTo = new Int32Array(0);
  private phrasingAll = new Float64Array(0);
  private phrasingFlags = new Uint8Array(0);
  private phrasingTermNumbers = new Int32Array(0);
  private phrasingTermWeights = new Float64Array(0);
  private phrasingTermContent = new Uint8Array(0);
  /**
   * Per field and item number: the BM25 length norm `k × (1 − b + b × length / average length)`, computed once (the
   * items do not change after construction).
   */
  private readonly lengthNorms: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
  /** Scratch per search, by the query's term: its rarity, and whether it is one of the query's tokens. */
  private queryIdf = new Float64Array(16);
  private queryToken = new Uint8Array(16);
  /** Scratch per search, by the query's term: its number among every term an item carries (`termIds`), -1 for none. */
  private queryTermIds = new Int32Array(16);
  /** Every term some item carries (a phrasing's or a body's), numbered: `cover` looks a leader's terms up by number. */
  private readonly termIds = new Map<string, number>();
  /**
   * Each item's phrasing terms and body terms as sorted term numbers, item after item: item `doc`'s are
   * `coverPhrasingFrom[doc]` up to `coverPhrasingFrom[doc + 1]` of `coverPhrasingIds` (the same for the body), the
   * sets `phrasingTermsAt` and `bodyTermsAt` hold, searched by halves with no string hashed.
   */
  private coverPhrasingFrom: Int32Array = new Int32Array(1);
  private coverPhrasingIds: Int32Array = new Int32Array(0);
  private coverBodyFrom: Int32Array = new Int32Array(1);
  private coverBodyIds: Int32Array = new Int32Array(0);
  /** Scratch per search, by phrasing term number: the search's stamp when the query has that term. */
  private queryHas = new Uint32Array(0);
  private queryStamp = 0;
  /** Scratch per search: the leaders' item numbers and BM25 scores, best first (no result object per item met). */
  private leaderDocs = new Int32Array(0);
  private leaderScores = new Float64Array(0);
  /** Scratch of `nearest`: each leader's final score and two measures, and the leaders' order by score. */
  private nearScores = new Float64Array(0);
  private nearCoverage = new Float64Array(0);
  private nearContainment = new Float64Array(0);
  private nearOrder = new Int32Array(0);

  constructor(
    private readonly lexicon: Lexicon,
    items: readonly Searchable<T>[],
  ) {
    const readEach = (texts: { en: string[]; fr: string[] }): Term[][] => [
      ...texts.en.map((t) => lexicon.read(t, 'en').terms),
      ...texts.fr.map((t) => lexicon.read(t, 'fr').terms),
    ];
    const read = (texts: { en: string[]; fr: string[] }): string[] => readEach(texts).flatMap((terms) => terms.map((x) => x.term));
    const phrasingsRead = new Map<string, { terms: Term[]; nameOnly: boolean }[]>();
    for (const it of items) {
      this.items.set(it.id, it);
      const phrasings = readEach(it.phrasings);
      const nameOnly = [...it.phrasings.en, ...it.phrasings.fr].map(isNameOnly);
      const phrasing = phrasings.flatMap((terms) => terms.map((x) => x.term));
      const body = read(it.body);
      this.phrasingTerms.set(it.id, new Set(phrasing));
      phrasingsRead.set(it.id, phrasings.map((terms, k) => ({ terms, nameOnly: nameOnly[k]! })).filter((p) => p.terms.length > 0));
      this.bodyTerms.set(it.id, new Set(body));
      for (const t of new Set([...phrasing, ...body])) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
      this.index(it.id, [phrasing, body]);
    }
    this.freeze();
    this.scores = new Float64Array(this.ids.length);
    this.termScores = new Float64Array(this.ids.length);
    this.matchedTerms = new Uint32Array(this.ids.length);
    this.seen = new Uint32Array(this.ids.length);
    this.termSeen = new Uint32Array(this.ids.length);
    this.met = new Uint32Array(this.ids.length);
    this.touched = new Uint32Array(this.ids.length);
    for (const [term, df] of this.documentFrequency) this.rarity.set(term, Math.log(1 + this.items.size / df));
    for (let field = 0; field < 2; field++) {
      const lengths = this.fieldLengths[field as 0 | 1];
      const average = this.averageLengths[field as 0 | 1];
      const norms = new Float64Array(this.ids.length);
      for (let doc = 0; doc < this.ids.length; doc++) norms[doc] = BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / average);
      this.lengthNorms[field] = norms;
    }
    this.scorePostings();
    // Each phrasing's terms with their weight × rarity, summed once: `containment` runs for every leader of every question.
    // Each item's phrasings' terms in three flat typed arrays (term number, weight × rarity, content or not), each
    // phrasing a stretch of them: `containment` reads them for every leader of every question.
    for (const [id, phrasings] of phrasingsRead) {
      const size = phrasings.reduce((n, p) => n + p.terms.length, 0);
      const numbers = new Int32Array(size);
      const weights = new Float64Array(size);
      const content = new Uint8Array(size);
      let at = 0;
      this.phrasingSets.set(id, {
        numbers,
        weights,
        content,
        phrasings: phrasings.map(({ terms, nameOnly }) => {
          const weighted = terms.map((t) => t.weight * this.idf(t.term));
          for (const t of terms) if (!this.termNumbers.has(t.term)) this.termNumbers.set(t.term, this.termNumbers.size);
          const start = at;
          terms.forEach((t, i) => {
            numbers[at] = this.termNumbers.get(t.term)!;
            weights[at] = weighted[i]!;
            content[at] = t.weight >= 1 ? 1 : 0;
            at++;
          });
          return {
            start,
            end: at,
            all: weighted.reduce((sum, w) => sum + w, 0),
            asks: terms.some((t) => t.kind === 'concept' || t.kind === 'role') || terms.length >= 3,
            nameOnly,
            hasContent: terms.some((t) => t.weight >= 1),
          };
        }),
      });
    }
    const phrasingSetsAt: Phrasings[] = [];
    this.ids.forEach((id, doc) => {
      this.itemsAt[doc] = this.items.get(id)!.item;
      this.phrasingTermsAt[doc] = this.phrasingTerms.get(id)!;
      for (const term of this.phrasingTermsAt[doc]) this.phrasingVocabulary.add(term);
      this.bodyTermsAt[doc] = this.bodyTerms.get(id)!;
      phrasingSetsAt[doc] = this.phrasingSets.get(id) ?? NO_PHRASINGS;
    });
    this.flattenPhrasings(phrasingSetsAt);
    this.numberTerms();
    this.queryHas = new Uint32Array(this.termNumbers.size);
  }

  get size(): number {
    return this.items.size;
  }

  /** Whether any item uses this term. */
  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * Whether at most `RARE_TERM_ITEMS` items use this term (in a phrasing or a body): one item's own thing ("China",
   * "material"), not a common word many of them carry ("the government").
   */
  rare(term: string): boolean {
    return (this.documentFrequency.get(term) ?? 0) <= RARE_TERM_ITEMS;
  }

  /** Whether any item uses this term in a phrasing (a question, keyword or title), not only in its body. */
  phrases(term: string): boolean {
    return this.phrasingVocabulary.has(term);
  }

  /** Whether an item carries a term (in a phrasing or its body). */
  carries(id: string, term: string): boolean {
    return Boolean(this.phrasingTerms.get(id)?.has(term) || this.bodyTerms.get(id)?.has(term));
  }

  /** Where an item carries a term: 2 in a phrasing, 1 only in its body, 0 not at all. */
  field(id: string, term: string): number {
    return this.phrasingTerms.get(id)?.has(term) ? 2 : this.bodyTerms.get(id)?.has(term) ? 1 : 0;
  }

  /** Rarity of a term among the items (a term no item uses weighs a little more than the rarest). */
  idf(term: string): number {
    return this.rarity.get(term) ?? Math.log(1 + this.items.size) * UNKNOWN_EXTRA;
  }

  /** A query term's rarity: its `idf`, less for a common word no item uses (`COMMON_UNKNOWN_SHARE`). */
  termRarity(t: Term): number {
    const known = this.rarity.get(t.term);
    if (known !== undefined) return known;
    return Math.log(1 + this.items.size) * UNKNOWN_EXTRA * (t.common ? COMMON_UNKNOWN_SHARE : 1);
  }

  /** Items ranked for the question's terms, best first; `only` restricts to some ids; `pool`: how many leaders are measured. */
  rank(terms: readonly Term[], only?: ReadonlySet<string>, pool = RANKED_POOL): Ranked<T>[] {
    const content = dedupe(terms);
    if (content.length === 0) return [];
    // The query's phrasing terms, marked by number for `containment` (a term no phrasing has matches none).
    const stamp = this.markQuery(content);
    const tokens = queryTokens(content);
    const leaders = this.bm25(tokens, content, only, pool);
    // Each term's rarity and whether it is a token, looked up once for all the leaders.
    const total = this.readQuery(content, tokens);
    // Only the leaders can win: coverage and containment are measured for them alone (into `measured`: no result
    // object per leader for each measure).
    const ranked: Ranked<T>[] = [];
    const m = this.measured;
    const { leaderDocs, leaderScores } = this;
    for (let k = 0; k < leaders; k++) {
      const doc = leaderDocs[k]!;
      this.cover(doc, content, total);
      const id = this.ids[doc]!;
      this.containment(doc, content, stamp);
      ranked.push({ id, item: this.itemsAt[doc]!, score: leaderScores[k]! * (1 + CONTAINMENT_BOOST * m.containment), coverage: m.coverage, matchedWeight: m.matchedWeight, missing: m.missing, containment: m.containment, phrased: m.phrased, phrasedName: m.phrasedName });
    }
    return sortByScore(ranked);
  }

  /**
   * What `make` gives of each leader `rank` would return (its id, item, coverage and containment), in the order `rank`
   * returns them, with no `Ranked` object per leader: the nearest-question channel reads two measures of two dozen
   * leaders for every question it searches.
   */
  nearest<R>(terms: readonly Term[], pool: number, make: (id: string, item: T, coverage: number, containment: number) => R): R[] {
    const content = dedupe(terms);
    if (content.length === 0) return [];
    const stamp = this.markQuery(content);
    const tokens = queryTokens(content);
    const leaders = this.bm25(tokens, content, undefined, pool);
    const total = this.readQuery(content, tokens);
    if (this.nearScores.length < leaders) {
      this.nearScores = new Float64Array(leaders);
      this.nearCoverage = new Float64Array(leaders);
      this.nearContainment = new Float64Array(leaders);
      this.nearOrder = new Int32Array(leaders);
    }
    const { leaderDocs, leaderScores, nearScores, nearCoverage, nearContainment, nearOrder } = this;
    const m = this.measured;
    for (let k = 0; k < leaders; k++) {
      const doc = leaderDocs[k]!;
      this.cover(doc, content, total);
      this.containment(doc, content, stamp);
      nearScores[k] = leaderScores[k]! * (1 + CONTAINMENT_BOOST * m.containment);
      nearCoverage[k] = m.coverage;
      nearContainment[k] = m.containment;
      // Best score first, equal scores in the order met: the insertion sort of `sortByScore`, on positions.
      let at = k;
      while (at > 0 && nearScores[nearOrder[at - 1]!]! - nearScores[k]! < 0) {
        nearOrder[at] = nearOrder[at - 1]!;
        at--;
      }
      nearOrder[at] = k;
    }
    const out: R[] = [];
    for (let j = 0; j < leaders; j++) {
      const k = nearOrder[j]!;
      const doc = leaderDocs[k]!;
      out.push(make(this.ids[doc]!, this.itemsAt[doc]!, nearCoverage[k]!, nearContainment[k]!));
    }
    return out;
  }

  /** A group of items as a mask by item number (1: in it), for `nearestInGroups`. */
  mask(ids: Iterable<string>): Uint8Array {
    const mask = new Uint8Array(this.ids.length);
    const wanted = new Set(ids);
    this.ids.forEach((id, doc) => {
      if (wanted.has(id)) mask[doc] = 1;
    });
    return mask;
  }

  /**
   * For each group of items (`mask`: one fact's examples, those no fact answers), the largest `measure` of the coverage and
   * containment of its `pool` leaders by score (0 for a group none of whose items shares a term): what `nearest` would
   * give each group with `only`, scored once for all of them. `stop`, read after each group's value, ends the search
   * early (the later groups are 0).
   */
  nearestInGroups(terms: readonly Term[], pool: number, groups: readonly Uint8Array[], measure: (group: number, id: string, coverage: number, containment: number) => number, stop: (group: number, value: number) => boolean = () => false): number[] {
    const out = groups.map(() => 0);
    const content = dedupe(terms);
    if (content.length === 0) return out;
    const stamp = this.markQuery(content);
    const tokens = queryTokens(content);
    const metCount = this.score(tokens, content);
    const total = this.readQuery(content, tokens);
    const m = this.measured;
    for (let g = 0; g < groups.length; g++) {
      const leaders = this.lead(metCount, undefined, pool, groups[g]);
      let best = 0;
      for (let k = 0; k < leaders; k++) {
        const doc = this.leaderDocs[k]!;
        this.cover(doc, content, total);
        this.containment(doc, content, stamp);
        const value = measure(g, this.ids[doc]!, m.coverage, m.containment);
        if (value > best) best = value;
      }
      out[g] = best;
      if (stop(g, best)) break;
    }
    return out;
  }

  /** Each query term's rarity and whether it is a token, into `queryIdf` and `queryToken`; returns the terms' total weight × rarity. */
  private readQuery(content: readonly Term[], tokens: readonly string[]): number {
    if (this.queryIdf.length < content.length) {
      this.queryIdf = new Float64Array(content.length);
      this.queryToken = new Uint8Array(content.length);
      this.queryTermIds = new Int32Array(content.length);
    }
    const { queryIdf, queryToken, queryTermIds } = this;
    let total = 0;
    for (let i = 0; i < content.length; i++) {
      const t = content[i]!;
      queryIdf[i] = this.termRarity(t);
      queryToken[i] = tokens.includes(t.term) ? 1 : 0;
      queryTermIds[i] = this.termIds.get(t.term) ?? -1;
      total = total + t.weight * queryIdf[i]!;
    }
    return total;
  }

  /** Adds an item's terms per field (phrasing, body), as MiniSearch tokenizes a space-joined field. */
  private index(id: string, fields: readonly (readonly string[])[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    fields.forEach((terms, field) => {
      const tokens = terms.join(' ').split(' ').filter((t) => t.length > 0);
      const length = new Set(tokens).size;
      this.fieldLengths[field as 0 | 1][doc] = length;
      this.averageLengths[field as 0 | 1] = (this.averageLengths[field as 0 | 1] * doc + length) / (doc + 1);
      for (const token of tokens) {
        // Still arrays while the items are indexed (`freeze` makes them typed arrays after).
        let posting = this.postings[field as 0 | 1].get(token) as { docs: number[]; freqs: number[] } | undefined;
        if (!posting) this.postings[field as 0 | 1].set(token, (posting = { docs: [], freqs: [] }));
        const last = posting.docs.length - 1;
        if (posting.docs[last] === doc) posting.freqs[last]! += 1;
        else {
          posting.docs.push(doc);
          posting.freqs.push(1);
        }
      }
    });
  }

  /**
   * MiniSearch 7's OR search (BM25+, exact terms, field boosts, term boosts), score for score and in its order
   * (score, then first match), without a result object for every item matched: the `pool` leaders are kept in
   * `leaderDocs` and `leaderScores`, best first; returns how many there are.
   */
  private bm25(tokens: readonly string[], boosts: readonly Term[], only: ReadonlySet<string> | undefined, pool: number): number {
    return this.lead(this.score(tokens, boosts), only, pool);
  }

  /** Every item's BM25 score for the query into `scores` (and `matchedTerms`); how many items it met, listed in `met`. */
  private score(tokens: readonly string[], boosts: readonly Term[]): number {
    const { scores, termScores, seen, termSeen, matchedTerms, met, touched } = this;
    // Stamps in 32 bits (half the scratch of doubles): after the last, the marks are cleared and counting starts again.
    if (this.stamp === STAMP_MAX) {
      this.stamp = 0;
      seen.fill(0);
    }
    const search = ++this.stamp;
    // Items in the order MiniSearch first meets them (term by term, phrasing then body): its order among equal scores.
    let metCount = 0;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      // A term repeated in the query adds to the score again, but counts once among the terms matched.
      const counts = tokens.indexOf(token) === k ? 1 : 0;
      const termBoost = weightOf(boosts, token);
      const phrasing = this.postings[0].get(token);
      const body = this.postings[1].get(token);
      // A term in one field only (every term of an index without bodies): its value is the term's whole, added to each
      // item's score at once, in the same order and sums as below (x + 0 is never added: the one field's value is the term's).
      const single = phrasing === undefined ? body : body === undefined ? phrasing : undefined;
      if (single !== undefined) {
        const boost = termBoost * FIELD_BOOSTS[single === phrasing ? 0 : 1];
        const docs = single.docs;
        const raws = single.raws!;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const weighted = boost * raws[i]!;
          if (seen[doc] !== search) {
            seen[doc] = search;
            scores[doc] = weighted;
            matchedTerms[doc] = counts;
            met[metCount++] = doc;
          } else {
            scores[doc] = scores[doc]! + weighted;
            matchedTerms[doc] = matchedTerms[doc]! + counts;
          }
        }
        continue;
      }
      if (this.termStamp === STAMP_MAX) {
        this.termStamp = 0;
        termSeen.fill(0);
      }
      const term = ++this.termStamp;
      let touchedCount = 0;
      for (let field = 0; field < 2; field++) {
        const posting = field === 0 ? phrasing : body;
        if (!posting) continue;
        const boost = termBoost * FIELD_BOOSTS[field as 0 | 1];
        const { docs } = posting;
        const raws = posting.raws!;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const weighted = boost * raws[i]!;
          if (termSeen[doc] !== term) {
            termSeen[doc] = term;
            termScores[doc] = weighted;
            touched[touchedCount++] = doc;
          } else termScores[doc] = termScores[doc]! + weighted;
        }
      }
      // A term's fields are summed first, then added to the item's score, as MiniSearch combines its per-term results.
      for (let t = 0; t < touchedCount; t++) {
        const doc = touched[t]!;
        if (seen[doc] !== search) {
          seen[doc] = search;
          scores[doc] = termScores[doc]!;
          matchedTerms[doc] = counts;
          met[metCount++] = doc;
        } else {
          scores[doc] = scores[doc]! + termScores[doc]!;
          matchedTerms[doc] = matchedTerms[doc]! + counts;
        }
      }
    }
    return metCount;
  }

  /** The `pool` best of the `metCount` items the last `score` met (of `only` when given) into `leaderDocs`, best first; how many. */
  private lead(metCount: number, only: ReadonlySet<string> | undefined, pool: number, mask?: Uint8Array): number {
    const { scores, matchedTerms, met } = this;
    if (this.leaderDocs.length < pool) {
      this.leaderDocs = new Int32Array(pool);
      this.leaderScores = new Float64Array(pool);
    }
    const { leaderDocs, leaderScores } = this;
    let leaders = 0;
    for (let m = 0; m < metCount; m++) {
      const doc = met[m]!;
      if ((only && !only.has(this.ids[doc]!)) || (mask && mask[doc] !== 1)) continue;
      // MiniSearch multiplies the score by the number of query terms matched.
      const score = scores[doc]! * (matchedTerms[doc]! || 1);
      if (leaders === pool && score <= leaderScores[pool - 1]!) continue;
      // Inserted after the leaders that score as much or more (insertion sort, in place): the last drops out when full.
      let at = leaders < pool ? leaders : pool - 1;
      while (at > 0 && leaderScores[at - 1]! < score) {
        leaderDocs[at] = leaderDocs[at - 1]!;
        leaderScores[at] = leaderScores[at - 1]!;
        at--;
      }
      leaderDocs[at] = doc;
      leaderScores[at] = score;
      if (leaders < pool) leaders++;
    }
    return leaders;
  }

  /** Every term an item carries numbered (`termIds`), and each item's phrasing and body terms as sorted numbers (`coverPhrasingIds`, `coverBodyIds`). */
  private numberTerms(): void {
    for (const term of this.documentFrequency.keys()) this.termIds.set(term, this.termIds.size);
    const flatten = (sets: readonly ReadonlySet<string>[]): { from: Int32Array; ids: Int32Array } => {
      const from = new Int32Array(sets.length + 1);
      const ids: number[] = [];
      sets.forEach((set, doc) => {
        from[doc] = ids.length;
        ids.push(...[...set].map((term) => this.termIds.get(term)!).sort((a, b) => a - b));
      });
      from[sets.length] = ids.length;
      return { from, ids: Int32Array.from(ids) };
    };
    const phrasing = flatten(this.phrasingTermsAt);
    const body = flatten(this.bodyTermsAt);
    this.coverPhrasingFrom = phrasing.from;
    this.coverPhrasingIds = phrasing.ids;
    this.coverBodyFrom = body.from;
    this.coverBodyIds = body.ids;
  }

  /** Every item's phrasings, in item order, into the flat arrays `containment` reads (see `docPhrasings`). */
  private flattenPhrasings(phrasingSetsAt: readonly Phrasings[]): void {
    let phrasingCount = 0;
    let termCount = 0;
    for (const set of phrasingSetsAt) {
      phrasingCount += set.phrasings.length;
      termCount += set.numbers.length;
    }
    this.docPhrasings = new Int32Array(phrasingSetsAt.length + 1);
    this.phrasingFrom = new Int32Array(phrasingCount);
    this.phrasingTo = new Int32Array(phrasingCount);
    this.phrasingAll = new Float64Array(phrasingCount);
    this.phrasingFlags = new Uint8Array(phrasingCount);
    this.phrasingTermNumbers = new Int32Array(termCount);
    this.phrasingTermWeights = new Float64Array(termCount);
    this.phrasingTermContent = new Uint8Array(termCount);
    let p = 0;
    let t = 0;
    for (let doc = 0; doc < phrasingSetsAt.length; doc++) {
      const set = phrasingSetsAt[doc]!;
      this.docPhrasings[doc] = p;
      const base = t;
      for (let i = 0; i < set.numbers.length; i++, t++) {
        this.phrasingTermNumbers[t] = set.numbers[i]!;
        this.phrasingTermWeights[t] = set.weights[i]!;
        this.phrasingTermContent[t] = set.content[i]!;
      }
      for (const phrasing of set.phrasings) {
        this.phrasingFrom[p] = base + phrasing.start;
        this.phrasingTo[p] = base + phrasing.end;
        this.phrasingAll[p] = phrasing.all;
        this.phrasingFlags[p] = (phrasing.asks ? ASKS : 0) | (phrasing.hasContent ? HAS_CONTENT : 0) | (phrasing.nameOnly ? NAME_ONLY : 0);
        p++;
      }
    }
    this.docPhrasings[phrasingSetsAt.length] = p;
  }

  /** The largest share (by rarity) of one of the item's phrasings found in the question: 1 when one is there whole. */
  private containment(doc: number, query: readonly Term[], stamp: number): void {
    const queryHas = this.queryHas;
    let best = 0;
    let phrased = 0;
    let phrasedName = false;
    // Whether the item carries every content term of the question: looked up only for a phrasing found whole.
    let carriesAll: boolean | undefined;
    const { phrasingFrom, phrasingTo, phrasingAll, phrasingFlags } = this;
    const numbers = this.phrasingTermNumbers;
    const weights = this.phrasingTermWeights;
    const content = this.phrasingTermContent;
    const last = this.docPhrasings[doc + 1]!;
    for (let p = this.docPhrasings[doc]!; p < last; p++) {
      const start = phrasingFrom[p]!;
      const end = phrasingTo[p]!;
      const all = phrasingAll[p]!;
      const flags = phrasingFlags[p]!;
      let got = 0;
      let missedContent = false;
      // The first term found, and whether another one was found too (two terms or more: a phrasing, not a word).
      let firstFound = -1;
      let twoFound = false;
      for (let i = start; i < end; i++) {
        const term = numbers[i]!;
        if (queryHas[term] === stamp) {
          got += weights[i]!;
          if (firstFound === -1) firstFound = term;
          else if (term !== firstFound) twoFound = true;
        } else if (content[i] === 1) missedContent = true;
      }
      if (all > 0 && got / all > best) best = got / all;
      // Found whole: every content term of the phrasing is in the question (its question words and the story's
      // generic words may be missing: "who are they fighting?" has "who does the letter fight" whole).
      // A name alone ("Natasha Lyonne", "SAG-AFTRA") says who, not what is asked: it counts when the item carries the
      // question's other content words too ("who is Natasha Lyonne?", not "how old is Natasha Lyonne?").
      if (!missedContent && twoFound && (flags & HAS_CONTENT) !== 0 && got > phrased && ((flags & ASKS) !== 0 || (carriesAll ??= this.carriesEvery(doc, query)))) {
        phrased = got;
        phrasedName = (flags & NAME_ONLY) !== 0;
      }
    }
    this.measured.containment = best;
    this.measured.phrased = phrased;
    this.measured.phrasedName = phrasedName;
  }

  /** Whether the item carries every content term (weight 1) of the question. */
  private carriesEvery(doc: number, query: readonly Term[]): boolean {
    const phrasing = this.phrasingTermsAt[doc]!;
    const body = this.bodyTermsAt[doc]!;
    for (const { term, weight } of query) if (weight >= 1 && !(phrasing.has(term) || body.has(term))) return false;
    return true;
  }

  /** Marks the query's terms that some phrasing has, by number, with a new stamp (returned). */
  private markQuery(content: readonly Term[]): number {
    const stamp = ++this.queryStamp;
    for (const t of content) {
      const number = this.termNumbers.get(t.term);
      if (number !== undefined) this.queryHas[number] = stamp;
    }
    return stamp;
  }

  /**
   * Each posting's BM25 value per item before boosts, `idf × (d + freq × (k + 1) / (freq + length norm))`, as MiniSearch
   * computes it per search: the same sums in the same order, so the same scores, once.
   */
  private scorePostings(): void {
    const count = this.ids.length;
    for (let field = 0; field < 2; field++) {
      const norms = this.lengthNorms[field as 0 | 1];
      for (const posting of this.postings[field as 0 | 1].values()) {
        const matching = posting.docs.length;
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        const raws = new Float64Array(matching);
        for (let i = 0; i < matching; i++) {
          const freq = posting.freqs[i]!;
          raws[i] = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + norms[posting.docs[i]!]!));
        }
        posting.raws = raws;
      }
    }
  }

  /** The postings as typed arrays once every item is indexed: searches only read them. */
  private freeze(): void {
    for (const postings of this.postings) {
      for (const [token, posting] of postings) postings.set(token, { docs: Int32Array.from(posting.docs), freqs: Float64Array.from(posting.freqs) });
    }
  }

  /**
   * How much of the question's content an item carries. A term matched is a query token (a term that holds a space was
   * searched as two, and matches as none) that the item carries in a phrasing or its body: the search is exact (no typo
   * tolerance: the lexicon reads typos as the data's words).
   */
  private cover(doc: number, content: readonly Term[], total: number): void {
    const { queryIdf, queryToken, queryTermIds, coverPhrasingIds, coverBodyIds } = this;
    const phrasingFrom = this.coverPhrasingFrom[doc]!;
    const phrasingTo = this.coverPhrasingFrom[doc + 1]!;
    const bodyFrom = this.coverBodyFrom[doc]!;
    const bodyTo = this.coverBodyFrom[doc + 1]!;
    let got = 0;
    let matchedWeight = 0;
    let missing = 0;
    for (let i = 0; i < content.length; i++) {
      const t = content[i]!;
      // Whether the term is a query token, and its rarity: read once per search (see `rank`).
      // Whether the item carries it in a phrasing or its body: by number (a term no item carries has none: -1).
      const id = queryTermIds[i]!;
      const where = queryToken[i] === 0 || id < 0 ? 0 : hasNumber(coverPhrasingIds, phrasingFrom, phrasingTo, id) ? 1 : hasNumber(coverBodyIds, bodyFrom, bodyTo, id) ? BODY_WEIGHT : 0;
      if (where === 0) {
        if (t.weight >= 1) missing += 1;
        continue;
      }
      const idf = queryIdf[i]!;
      const w = t.weight * idf;
      got += w * where;
      if (t.weight >= 1) matchedWeight += idf * where;
    }
    this.measured.coverage = total > 0 ? got / total : 0;
    this.measured.matchedWeight = matchedWeight;
    this.measured.missing = missing;
  }
}

/** One phrasing of an item, read once: its terms (as numbers, and whether each is content), each term's weight × rarity, their sum, and what it asks. */
/** One phrasing of an item: its stretch of the item's flat term arrays (`Phrasings`) and what it says. */
interface Phrasing {
  start: number;
  end: number;
  all: number;
  /** It names a concept or role, or has three terms or more: it says what is asked, not only who. */
  asks: boolean;
  hasContent: boolean;
  nameOnly: boolean;
}

/** The query's terms as MiniSearch tokenizes them joined by spaces (a term holding a space is two tokens; empty ones go). */
function queryTokens(content: readonly Term[]): string[] {
  if (content.every((t) => t.term.length > 0 && !t.term.includes(' '))) return content.map((t) => t.term);
  return content.map((t) => t.term).join(' ').split(' ').filter((t) => t.length > 0);
}

/** An item's phrasings: every phrasing's term numbers, weights × rarity and content flags, one after another. */
interface Phrasings {
  numbers: Int32Array;
  weights: Float64Array;
  content: Uint8Array;
  phrasings: readonly Phrasing[];
}

/** Whether `ids[from..to)`, sorted ascending, holds `id` (searched by halves). */
function hasNumber(ids: Int32Array, from: number, to: number, id: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = ids[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** The last search or term stamp a `Uint32Array` holds. */
const STAMP_MAX = 0xffffffff;

/** `phrasingFlags` bits: the phrasing says what is asked (`Phrasing.asks`), has a content term, is only a name. */
const ASKS = 1;
const HAS_CONTENT = 2;
const NAME_ONLY = 4;

const NO_PHRASINGS: Phrasings = { numbers: new Int32Array(0), weights: new Float64Array(0), content: new Uint8Array(0), phrasings: [] };

/**
 * Best score first, equal scores in the order given: a stable insertion sort in place, as \`sort((a, b) => b.score -
 * a.score)\` orders them (a dozen leaders: no work array).
 */
function sortByScore<R extends { score: number }>(list: R[]): R[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let at = i;
    while (at > 0 && list[at - 1]!.score - item.score < 0) {
      list[at] = list[at - 1]!;
      at--;
    }
    list[at] = item;
  }
  return list;
}

/** The terms, each term's first only, in their order (a plain scan: a question has a few dozen terms, no map built per search). */
function dedupe(terms: readonly Term[]): Term[] {
  const kept: Term[] = [];
  for (const t of terms) {
    let seen = false;
    for (let j = 0; j < kept.length && !seen; j++) seen = kept[j]!.term === t.term;
    if (!seen) kept.push(t);
  }
  return kept;
}

/** A query token's weight: that of the (deduplicated) term spelt so, 1 for a piece of a term holding a space. */
function weightOf(content: readonly Term[], token: string): number {
  for (let j = 0; j < content.length; j++) if (content[j]!.term === token) return content[j]!.weight;
  return 1;
}

/** A phrasing that is only a name: every word typed with a capital, or a figure ("Warner Bros. Discovery", "EO 14179"). */
function isNameOnly(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}
