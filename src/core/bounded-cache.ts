/**
 * Keeps `value` under `key` in a cache of at most `max` entries, the oldest (first set: a Map keeps insertion order)
 * dropped to make room. Not a clear when full: that would make the next questions read every common word again
 * ("the", "letter", "signed"), all at once, where the oldest entry is most often a rare word met once.
 */
export function setBounded<K, V>(cache: Map<K, V>, key: K, value: V, max: number): void {
  if (cache.size >= max) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
}
