/**
 * A small in-memory map whose entries expire after `ttlMs` and whose size never exceeds `maxEntries`
 * (oldest entries go first). The Slack adapter uses it for handled requests (retry dedupe), response_url
 * use counts and users.info answers; nothing here outlives the process.
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

/** Remembers which requests were handled so a retried delivery (`X-Slack-Retry-Num`) is not answered twice. */
export class HandledRequests {
  private readonly seen: ExpiringCache<true>;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.seen = new ExpiringCache({ ttlMs: options.ttlMs ?? 10 * 60 * 1000, maxEntries: options.maxEntries ?? 10_000, now: options.now });
  }

  /** True the first time a key is seen (the caller handles the request); false for a repeat within the window. */
  claim(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }
}

/** Slack's documented response_url limits: 5 uses within 30 minutes of the interaction. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

/**
 * Counts our own uses of each response_url, so we fall back to the Web API before Slack refuses
 * (404 `used_url` / `expired_url`) rather than after.
 */
export class ResponseUrlBudget {
  private readonly uses: ExpiringCache<{ count: number; firstUse: number }>;

  constructor(private readonly now: () => number = Date.now) {
    // Kept a while past Slack's 30 minutes so a stale url is still known to be stale.
    this.uses = new ExpiringCache({ ttlMs: 2 * RESPONSE_URL_TTL_MS, maxEntries: 10_000, now });
  }

  /** Take one use of `url` if it has one left; false when it is spent or too old. */
  take(url: string): boolean {
    const state = this.uses.get(url);
    if (!state) {
      this.uses.set(url, { count: 1, firstUse: this.now() });
      return true;
    }
    if (state.count >= RESPONSE_URL_MAX_USES || this.now() - state.firstUse >= RESPONSE_URL_TTL_MS) return false;
    state.count += 1;
    return true;
  }

  /** Mark a url as unusable (Slack said `used_url` / `expired_url`). */
  spend(url: string): void {
    this.uses.set(url, { count: RESPONSE_URL_MAX_USES, firstUse: this.now() });
  }
}
