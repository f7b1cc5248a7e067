import { editDistance } from './text';

/**
 * Finds dictionary words within a small edit distance of a query word without scanning the dictionary
 * (symmetric-delete index: every word is stored under the variants obtained by deleting up to
 * `maxDistance` letters of its first `prefixLength` letters; a query looks up its own deletions).
 */
export class TokenIndex<T> {
  private readonly variants = new Map<string, number[]>();
  private readonly words: string[] = [];
  private readonly payloads: T[][] = [];
  private readonly wordIds = new Map<string, number>();

  constructor(
    private readonly maxDistance = 2,
    private readonly prefixLength = 8,
  ) {}

  add(word: string, payload: T): void {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.payloads.push([]);
      this.wordIds.set(word, id);
      for (const variant of this.deletions(word)) {
        const list = this.variants.get(variant);
        if (list) list.push(id);
        else this.variants.set(variant, [id]);
      }
    }
    this.payloads[id]!.push(payload);
  }

  /** Payloads stored under exactly this word. */
  exact(word: string): readonly T[] {
    const id = this.wordIds.get(word);
    return id === undefined ? [] : this.payloads[id]!;
  }

  /** Words within `maxDistance` (at most the index's own), closest first, with their payloads. */
  near(word: string, maxDistance = this.maxDistance): { word: string; distance: number; payloads: readonly T[] }[] {
    const limit = Math.min(maxDistance, this.maxDistance);
    const seen = new Set<number>();
    const found: { word: string; distance: number; payloads: readonly T[] }[] = [];
    for (const variant of this.deletions(word, limit)) {
      const ids = this.variants.get(variant);
      if (!ids) continue;
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const candidate = this.words[id]!;
        const distance = editDistance(word, candidate, limit);
        if (distance <= limit) found.push({ word: candidate, distance, payloads: this.payloads[id]! });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
  }

  get size(): number {
    return this.words.length;
  }

  private deletions(word: string, depth = this.maxDistance): Set<string> {
    const prefix = word.slice(0, this.prefixLength);
    const out = new Set<string>([prefix]);
    let frontier = [prefix];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const w of frontier) {
        for (let i = 0; i < w.length; i++) {
          const v = w.slice(0, i) + w.slice(i + 1);
          if (!out.has(v)) {
            out.add(v);
            next.push(v);
          }
        }
      }
      frontier = next;
    }
    return out;
  }
}
