/**
 * A read shared by everyone who asks within `maxAgeMs` of its start, never one that started longer ago: a caller
 * who finds the latest read too old starts a new one, or, while one runs, waits for the next, which starts as soon
 * as the running one settles. Many posts about to go out at once then cost one round trip, and each still sees
 * what was true at most `maxAgeMs` before it asked (a 429 another instance recorded a moment ago).
 */
export class FreshRead<T> {
  private latest: { startedAt: number; value: Promise<T> } | undefined;
  private running = false;
  private next: Promise<T> | undefined;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: { maxAgeMs: number; clock: () => number },
  ) {}

  get(): Promise<T> {
    const now = this.options.clock();
    if (this.latest && this.latest.startedAt >= now - this.options.maxAgeMs) return this.latest.value;
    if (!this.running) return this.start();
    this.next ??= this.latest!.value
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<T> {
    this.running = true;
    const startedAt = this.options.clock();
    const value = this.read().finally(() => (this.running = false));
    const latest = { startedAt, value };
    this.latest = latest;
    // A failed read is not shared with later callers: the next one reads again.
    value.catch(() => {
      if (this.latest === latest) this.latest = undefined;
    });
    return value;
  }
}
