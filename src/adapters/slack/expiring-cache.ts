/**
 * A small in-memory map whose entries expire after `ttlMs` and whose size never exceeds `maxEntries`
 * (oldest entries go first). The Slack adapter keeps users.info answers in it; handled requests (retry dedupe)
 * and response_url use counts, one per request, have the compact ledgers below. Nothing here outlives the process
 * (across instances on PostgreSQL, `dedupe.ts` also records handled requests in the database).
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; now?: () => number },
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Store a value; `ttlMs` overrides the default lifetime for this entry. Re-setting a key keeps its place in line. */
  set(key: string, value: V, ttlMs = this.options.ttlMs): void {
    const existing = this.entries.get(key);
    const expiresAt = this.now() + ttlMs;
    if (existing) {
      existing.value = value;
      existing.expiresAt = expiresAt;
      return;
    }
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/**
 * A 53-bit hash of a string (cyrb53): the two request ledgers below keep these numbers instead of the strings.
 * A string taken from a request body can be a slice that keeps the whole body alive (V8 slices substrings of 13+
 * characters), and 10,000 trigger ids and response_urls kept as strings held about 12 MB; 10,000 numbers hold
 * under 1 MB. Two different keys share a hash with odds of about 1 in 10^12 per request at 10,000 entries; the
 * cost of that would be one request taken for a retry of another (not answered), never a wrong answer.
 */
export function hashKey(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Whole seconds since the ledger was made: small integers, which V8 stores inside the map's own slots, where a
 * millisecond timestamp would be a separate heap number per entry. Fits a small integer for 8 years (× 8 below).
 */
class SecondsClock {
  private readonly origin: number;

  constructor(private readonly now: () => number) {
    this.origin = now();
  }

  /** Seconds since the origin, with the milliseconds (compare against, never store). */
  current(): number {
    return (this.now() - this.origin) / 1000;
  }
}

/** Drop entries from the front (the oldest) while they are expired or over the cap. */
function trim(entries: Map<number, number>, maxEntries: number, expired: (value: number) => boolean): void {
  for (const [key, value] of entries) {
    if (entries.size <= maxEntries && !expired(value)) break;
    entries.delete(key);
  }
}

/**
 * Remembers which requests were handled so a retried delivery (`X-Slack-Retry-Num`) is not answered twice.
 * Slack retries an unacknowledged request up to 3 times: at once, after 1 minute and after 5 minutes, so ten
 * minutes covers every retry. 10,000 entries cover a steady 16 requests a second over those ten minutes
 * (a newsroom sees far fewer); each costs a hash and an expiry second, about 50 bytes.
 */
export class HandledRequests {
  /** hash of the key → expiry, in seconds of `clock`. Insertion order is expiry order (one lifetime for all). */
  private readonly seen = new Map<number, number>();
  private readonly clock: SecondsClock;
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.clock = new SecondsClock(options.now ?? Date.now);
  }

  get size(): number {
    return this.seen.size;
  }

  /** True the first time a key is seen (the caller handles the request); false for a repeat within the window. */
  claim(key: string): boolean {
    const hash = hashKey(key);
    const now = this.clock.current();
    const expiry = this.seen.get(hash);
    if (expiry !== undefined && expiry > now) return false;
    this.seen.delete(hash);
    this.seen.set(hash, Math.ceil(now + this.ttlMs / 1000));
    trim(this.seen, this.maxEntries, (e) => e <= now);
    return true;
  }
}

/** Slack's documented response_url limits: 5 uses within 30 minutes of the interaction. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

/**
 * Counts our own uses of each response_url, so we fall back to the Web API before Slack refuses
 * (404 `used_url` / `expired_url`) rather than after. One entry per url: its hash → first use (seconds) × 8 + uses
 * (0–5), one small integer. Urls are kept an hour (past Slack's 30 minutes, so a stale url is still known to be
 * stale) and at most 10,000 of them; a url forgotten early is merely tried once more, and a refusal falls back.
 */
export class ResponseUrlBudget {
  private readonly uses = new Map<number, number>();
  private readonly clock: SecondsClock;

  constructor(
    now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {
    this.clock = new SecondsClock(now);
  }

  get size(): number {
    return this.uses.size;
  }

  /** Take one use of `url` if it has one left; false when it is spent or too old. */
  take(url: string): boolean {
    const hash = hashKey(url);
    const now = this.clock.current();
    const state = this.uses.get(hash);
    if (state === undefined || this.forgotten(state, now)) {
      this.uses.delete(hash);
      this.uses.set(hash, Math.floor(now) * 8 + 1);
      trim(this.uses, this.maxEntries, (v) => this.forgotten(v, now));
      return true;
    }
    const count = state & 7;
    if (count >= RESPONSE_URL_MAX_USES || now - firstUse(state) >= RESPONSE_URL_TTL_MS / 1000) return false;
    this.uses.set(hash, state + 1);
    return true;
  }

  /** Mark a url as unusable (Slack said `used_url` / `expired_url`). */
  spend(url: string): void {
    const hash = hashKey(url);
    this.uses.delete(hash);
    const now = this.clock.current();
    this.uses.set(hash, Math.floor(now) * 8 + RESPONSE_URL_MAX_USES);
    trim(this.uses, this.maxEntries, (v) => this.forgotten(v, now));
  }

  private forgotten(state: number, now: number): boolean {
    return now - firstUse(state) >= (2 * RESPONSE_URL_TTL_MS) / 1000;
  }
}

function firstUse(state: number): number {
  return Math.floor(state / 8);
}
