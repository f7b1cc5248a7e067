import Fuse from 'fuse.js';
import { nameShape, nameTokens, typoBudget, type NameShape } from './names';
import { editDistance } from './text';
import { TokenIndex } from './token-index';

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

interface Entry {
  record: NameRecord;
  index: number;
  /** The name and each alias, normalised. */
  shapes: NameShape[];
}

/** fuse.js score (0 = perfect, 1 = nothing alike) above which a near miss is not offered when there are several. */
const FUSE_TYPO_THRESHOLD = 0.45;
const MAX_CANDIDATES = 5;
/** At most this many candidates are scored (the rest cannot be shown anyway). */
const MAX_SCORED = 25;
/** At most this many people, the closest, are aligned in full against a full-name query. */
const MAX_ALIGNED = 64;
const fuseOptions = { includeScore: true, ignoreLocation: true, threshold: 1 } as const;

interface Alignment {
  entry: Entry;
  firstDistance: number;
  restDistance: number;
  /** Typo budgets of the name parts this alignment compared against. */
  firstBudget: number;
  restBudget: number;
  /** Query words matched to nothing in the name (a middle name the signatory doesn't have). */
  extraWords: number;
}

/**
 * Signatory name lookup built once at load: exact and alias keys in hash maps, first names and
 * surnames in symmetric-delete indexes, so a query never scans the list. See `match` for the rules.
 */
export class NameIndex {
  private readonly entries: Entry[];
  private readonly entriesById = new Map<string, Entry>();
  /** Full-name keys (both word orders, with and without spaces) → entries. */
  private readonly fullKeys = new Map<string, { entry: Entry; alias: boolean }[]>();
  private readonly surnames = new TokenIndex<Entry>(2);
  private readonly firstNames = new TokenIndex<Entry>(2);
  /** Surname key ("stiller", "gordonlevitt", "levitt") → first name → people: a full-name query visits only people whose both parts are close. */
  private readonly bySurname = new Map<string, Map<string, Entry[]>>();
  /** Distinct first names, searched up to 3 edits (the "did you mean" allowance). */
  private readonly firstNameWords = new TokenIndex<string>(3);
  /** One word of a multi-word surname ("waller" of Waller-Bridge, "gordon" of Gordon-Levitt): only ever a "did you mean". */
  private readonly surnameParts = new Map<string, Entry[]>();
  /** Autocomplete keys sorted for binary search: [key, entry index], one list per confidence. */
  private readonly prefixKeys: { major: [string, number][]; weak: [string, number][] } = { major: [], weak: [] };

  constructor(records: readonly NameRecord[]) {
    this.entries = records.map((record, index) => ({
      record,
      index,
      shapes: [record.name, ...record.aliases].map((n) => nameShape(nameTokens(n))).filter((s) => s.tokens.length > 0),
    }));
    for (const entry of this.entries) {
      this.entriesById.set(entry.record.id, entry);
      entry.shapes.forEach((shape, i) => {
        const alias = i > 0;
        for (const key of fullNameKeys(shape)) this.addFullKey(key, entry, alias);
        if (shape.tokens.length > 1) {
          this.surnames.add(shape.rest, entry);
          if (shape.last !== shape.rest) this.surnames.add(shape.last, entry);
          this.firstNames.add(shape.first, entry);
          for (const part of shape.tokens.slice(1, -1)) {
            if (part.length >= 4) push(this.surnameParts, part, entry);
          }
        } else {
          this.surnames.add(shape.first, entry);
        }
        if (this.firstNameWords.exact(shape.first).length === 0) this.firstNameWords.add(shape.first, shape.first);
        for (const key of new Set([shape.rest, shape.last])) {
          let byFirst = this.bySurname.get(key);
          if (!byFirst) this.bySurname.set(key, (byFirst = new Map()));
          push(byFirst, shape.first, entry);
        }
      });
      const list = this.prefixKeys[entry.record.confidence];
      const main = entry.shapes[0];
      if (main) {
        list.push([main.tokens.join(' '), entry.index]);
        for (const token of main.tokens.slice(1)) list.push([token, entry.index]);
        if (main.tokens.length > 2) list.push([main.rest, entry.index]);
      }
    }
    for (const list of [this.prefixKeys.major, this.prefixKeys.weak]) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }

  get size(): number {
    return this.entries.length;
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
    const tokens = nameTokens(query);
    if (tokens.length === 0) return { verdict: 'not_listed', match: null, candidates: [], reason: 'no_letters' };
    const joined = tokens.join(' ');
    const exact = this.fullKeys.get(joined) ?? this.fullKeys.get(tokens.join(''));
    if (exact) {
      const distinct = unique(exact.map((e) => e.entry));
      if (distinct.length === 1) {
        const hit = exact[0]!;
        return { verdict: 'signed', match: { ...this.candidate(hit.entry, 1), method: hit.alias ? 'alias' : 'exact' }, candidates: [], reason: 'exact' };
      }
      return this.ambiguous(distinct, joined, 'same_name');
    }
    if (tokens.length === 1) return this.matchSingleWord(tokens[0]!, joined);
    const compact = tokens.join('');
    if (this.surnames.exact(compact).length > 0) return this.matchSingleWord(compact, joined);
    return this.matchFullName(tokens, joined);
  }

  /** Names starting with what the user has typed so far, for autocomplete: first-name or surname prefix first, major before weak. */
  suggest(prefix: string, limit = 25): NameCandidate[] {
    const max = Math.max(0, Math.min(limit, 25));
    const typed = nameTokens(prefix).join(' ');
    const seen = new Set<number>();
    const out: NameCandidate[] = [];
    const take = (list: [string, number][], wordsOnly: boolean): void => {
      let i = lowerBound(list, typed);
      for (; i < list.length && out.length < max; i++) {
        const [key, index] = list[i]!;
        if (!key.startsWith(typed)) break;
        const isWord = !key.includes(' ');
        if (wordsOnly !== isWord || seen.has(index)) continue;
        seen.add(index);
        out.push(this.candidate(this.entries[index]!, typed.length / Math.max(key.length, 1)));
      }
    };
    // Full-name prefixes cover first names ("cate b…"); single words are surnames ("blan…").
    take(this.prefixKeys.major, false);
    take(this.prefixKeys.major, true);
    take(this.prefixKeys.weak, false);
    take(this.prefixKeys.weak, true);
    if (out.length === 0 && typed.length >= 3) {
      const fallback = this.match(prefix);
      return (fallback.match ? [fallback.match] : fallback.candidates).slice(0, max).map(({ id, name, score }) => ({ id, name, score }));
    }
    return out;
  }

  private matchSingleWord(word: string, joined: string): NameMatch {
    const bySurname = unique([...this.surnames.exact(word)]);
    const byFirst = unique([...this.firstNames.exact(word)]);
    if (bySurname.length === 1 && byFirst.length === 0) {
      return { verdict: 'signed', match: { ...this.candidate(bySurname[0]!, 1), method: 'surname' }, candidates: [], reason: 'surname' };
    }
    if (bySurname.length + byFirst.length > 0) {
      return this.ambiguous(unique([...bySurname, ...byFirst]), joined, bySurname.length > 1 ? 'shared_surname' : 'first_name_only');
    }
    const parts = unique(this.surnameParts.get(word) ?? []);
    if (parts.length > 0) return this.ambiguous(parts, joined, 'typo');
    // A lone word is weak evidence: one edit, or two in a long word, to be offered at all.
    const close = (n: { word: string; distance: number }): boolean => n.distance <= Math.min(typoBudget(n.word), word.length >= 8 ? 2 : 1);
    const nearSurnames = this.surnames.near(word).filter(close);
    const nearFirst = this.firstNames.near(word).filter(close);
    const surnameEntries = unique(nearSurnames.flatMap((n) => n.payloads));
    // A long surname one typo away, owned by one person and nobody's first name: confident enough.
    const best = nearSurnames[0];
    if (best && surnameEntries.length === 1 && nearFirst.length === 0 && best.distance === 1 && word.length >= 7) {
      return { verdict: 'signed', match: { ...this.candidate(surnameEntries[0]!, this.similarity(joined, surnameEntries[0]!)), method: 'fuzzy' }, candidates: [], reason: 'surname_typo' };
    }
    const all = unique([...surnameEntries, ...nearFirst.flatMap((n) => n.payloads)]);
    if (all.length > 0) return this.ambiguous(all, joined, 'typo');
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
    const reached = new Map<Entry, number>();
    const reach = (people: readonly Entry[], distance: number): void => {
      for (const e of people) if (distance < (reached.get(e) ?? Infinity)) reached.set(e, distance);
    };
    for (const reading of readings) {
      const initial = reading.first.length === 1;
      // First names within reach, found once per reading; for a surname borne by few people it is cheaper to
      // compare their first names directly (distances cached per reading).
      let nearFirsts: { word: string; distance: number }[] | null = null;
      const distances = new Map<string, number>();
      const firstDistance = (first: string): number => {
        if (initial) return first.startsWith(reading.first) ? 0 : Infinity;
        let d = distances.get(first);
        if (d === undefined) distances.set(first, (d = editDistance(reading.first, first, 3)));
        return d;
      };
      for (const rest of new Set(reading.rests)) {
        for (const hit of this.surnames.near(rest, reading.maxEdits)) {
          const byFirst = this.bySurname.get(hit.word);
          if (!byFirst) continue;
          // "Did you mean" allows one edit past a part's budget and three in all.
          const fits = (first: string, d: number): boolean => d <= Math.min(typoBudget(first) + 1, 3 - hit.distance);
          if (initial || byFirst.size <= 32) {
            for (const [first, people] of byFirst) {
              const d = firstDistance(first);
              if (fits(first, d)) reach(people, hit.distance + d);
            }
          } else {
            nearFirsts ??= this.firstNameWords.near(reading.first, 3);
            for (const near of nearFirsts) if (fits(near.word, near.distance)) reach(byFirst.get(near.word) ?? [], hit.distance + near.distance);
          }
        }
      }
    }
    const closest = Math.min(...reached.values());
    const pool = [...reached].filter(([, d]) => d <= closest + 1).sort((a, b) => a[1] - b[1]).slice(0, MAX_ALIGNED).map(([e]) => e);
    const alignments: Alignment[] = [];
    for (const entry of pool) {
      let best: Alignment | null = null;
      for (const shape of entry.shapes) {
        for (const reading of readings) {
          // An initial for the first name ("J. Apatow") counts as that first name.
          const initial = reading.first.length === 1 && shape.first.startsWith(reading.first) && shape.first.length > 1;
          const firstDistance = initial ? 0 : editDistance(reading.first, shape.first, 3);
          reading.rests.forEach((rest, i) => {
            // Compare with the whole surname and with its last word; the budget is that of the part that matched.
            const toRest = editDistance(rest, shape.rest, 3);
            const toLast = shape.last === shape.rest ? toRest : editDistance(rest, shape.last, 3);
            const [restDistance, restBudget] = toRest <= toLast ? [toRest, typoBudget(shape.rest)] : [toLast, typoBudget(shape.last)];
            const extraWords = i === 0 ? 0 : reading.middle;
            const candidate: Alignment = { entry, firstDistance, restDistance, firstBudget: typoBudget(shape.first), restBudget, extraWords };
            if (!best || rank(candidate) < rank(best)) best = candidate;
          });
        }
      }
      if (best) alignments.push(best);
    }
    const sure = alignments.filter((a) => isConfident(a)).sort(byCloseness);
    if (sure.length > 0) {
      const [top, next] = sure;
      const tie = next && totalDistance(next) === totalDistance(top!) && next.entry.record.confidence === top!.entry.record.confidence;
      if (!tie) {
        const entry = top!.entry;
        return { verdict: 'signed', match: { ...this.candidate(entry, this.similarity(joined, entry)), method: totalDistance(top!) === 0 ? 'exact' : 'fuzzy' }, candidates: [], reason: totalDistance(top!) === 0 ? 'exact' : 'typo' };
      }
      return this.ambiguous(sure.map((a) => a.entry), joined, 'same_name');
    }
    const plausible = alignments.filter((a) => isPlausible(a)).sort(byCloseness).slice(0, MAX_SCORED);
    const offered = plausible.map((a) => a.entry).filter((e) => plausible.length === 1 || this.isPlausibleTypo(joined, e));
    if (offered.length > 0) {
      const reason = plausible.some((a) => a.extraWords > 0 && a.firstDistance + a.restDistance === 0) ? 'extra_names' : 'typo';
      return this.ambiguous(offered, joined, reason);
    }
    return { verdict: 'not_listed', match: null, candidates: [], reason: 'no_close_name' };
  }

  private ambiguous(entries: Entry[], joined: string, reason: string): NameMatch {
    // In a large list a first name alone may fit thousands: score only the first few, major ones first.
    const pool = unique(entries);
    const scored = pool.length <= MAX_SCORED ? pool : [...pool.filter((e) => confidenceRank(e) === 0), ...pool.filter((e) => confidenceRank(e) === 1)].slice(0, MAX_SCORED);
    const candidates = scored
      .map((e) => this.candidate(e, this.similarity(joined, e)))
      .sort((a, b) => this.compareCandidates(a, b))
      .slice(0, MAX_CANDIDATES);
    return { verdict: 'ambiguous', match: null, candidates, reason };
  }

  /** Major before weak, then closest, then by name: a weak entry never outranks a major one. */
  private compareCandidates(a: NameCandidate, b: NameCandidate): number {
    const ca = this.byId(a.id).record.confidence === 'major' ? 0 : 1;
    const cb = this.byId(b.id).record.confidence === 'major' ? 0 : 1;
    return ca - cb || b.score - a.score || a.name.localeCompare(b.name);
  }

  private byId(id: string): Entry {
    return this.entriesById.get(id)!;
  }

  /** Similarity (1 = identical) between the query and the closest form of an entry's name: 1 − edits / longer length. */
  private similarity(joined: string, entry: Entry): number {
    let best = 0;
    for (const shape of entry.shapes) {
      const name = shape.tokens.join(' ');
      const longer = Math.max(joined.length, name.length, 1);
      best = Math.max(best, 1 - editDistance(joined, name, longer) / longer);
    }
    return Math.round(best * 1000) / 1000;
  }

  /** fuse.js's fuzzy score of the whole name decides whether a near miss is worth offering ("did you mean"). */
  private isPlausibleTypo(joined: string, entry: Entry): boolean {
    return entry.shapes.some((shape) => {
      const { score } = Fuse.match(joined, shape.tokens.join(' '), fuseOptions);
      return score !== undefined && score <= FUSE_TYPO_THRESHOLD;
    });
  }

  private candidate(entry: Entry, score: number): NameCandidate {
    return { id: entry.record.id, name: entry.record.name, score };
  }

  private addFullKey(key: string, entry: Entry, alias: boolean): void {
    const list = this.fullKeys.get(key);
    if (list) {
      if (!list.some((e) => e.entry === entry)) list.push({ entry, alias });
    } else this.fullKeys.set(key, [{ entry, alias }]);
  }
}

function fullNameKeys(shape: NameShape): string[] {
  const t = shape.tokens;
  if (t.length === 1) return [t[0]!];
  const reversed = [...t.slice(1), t[0]!];
  return [t.join(' '), t.join(''), reversed.join(' '), reversed.join('')];
}

function totalDistance(a: Alignment): number {
  return a.firstDistance + a.restDistance;
}

/** Lower is better: distance first, then unexplained extra words. */
function rank(a: Alignment): number {
  return totalDistance(a) * 10 + a.extraWords;
}

function byCloseness(a: Alignment, b: Alignment): number {
  const conf = (x: Alignment): number => (x.entry.record.confidence === 'major' ? 0 : 1);
  return totalDistance(a) - totalDistance(b) || conf(a) - conf(b) || a.extraWords - b.extraWords;
}

/** Both name parts within their typo budget, at most two edits in all, no unexplained extra names. */
function isConfident(a: Alignment): boolean {
  return a.extraWords === 0 && a.firstDistance <= a.firstBudget && a.restDistance <= a.restBudget && totalDistance(a) <= 2;
}

/** Close enough to offer as "did you mean": each part at most one edit past its budget. */
function isPlausible(a: Alignment): boolean {
  return a.firstDistance <= a.firstBudget + 1 && a.restDistance <= a.restBudget + 1 && totalDistance(a) <= 3 && a.extraWords <= 1;
}

function confidenceRank(e: Entry): number {
  return e.record.confidence === 'major' ? 0 : 1;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function lowerBound(list: readonly [string, number][], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]![0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
