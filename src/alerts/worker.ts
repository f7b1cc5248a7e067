import type { AlertDelivery, AlertPlatform, AlertSender, SendOutcome } from '../core/alerts';
import { RateLimiter, type RateLimits } from './rate-limiter';
import { LeaseLostError, type AlertStore, type DeliveryMark, type DeliveryRow, type Fence, type SharedClaims } from './store';
import { FreshRead } from './fresh-read';

/** The logger the alerts code needs (pino's shape). */
export interface AlertLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface BackoffPolicy {
  /** Delay after the first transient failure; doubles after each one. */
  baseMs: number;
  maxMs: number;
  /** Transient failures before a delivery is given up (failed, logged, shown in status). */
  maxErrors: number;
}

/** 2 s, 4 s, 8 s … capped at 10 min; 12 failures ≈ 1 h 10 min of trying. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2000, maxMs: 10 * 60_000, maxErrors: 12 };

/** Exponential backoff with jitter: half fixed, half random, so channels that failed together spread out. */
export function backoffDelay(errors: number, policy: BackoffPolicy, random: () => number): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, errors - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

export interface AlertWorkerOptions {
  store: AlertStore;
  senders: readonly AlertSender[];
  logger: AlertLogger;
  /** The platforms' limits; null turns them off (benchmarks, tests against local fakes). 429s are honoured anyway. */
  rateLimits: RateLimits | null;
  /** Sends in flight at once (never two to the same channel). Default 16. */
  concurrency?: number;
  clock?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Look for new work at least this often (alerts queued by another process, e.g. `letterbot alert`). Default 1000. */
  pollMs?: number;
  /** The lease this worker delivers under: every write carries it, and is refused once another process took over. */
  fence?: Fence;
  /** Called once when a write was refused because the lease was lost (the worker has stopped claiming). */
  onLeaseLost?: () => void;
  /** Backoff for an outcome that could not be written (database busy, disk full). Default 50 ms doubling to 5 s. */
  writeRetry?: { baseMs: number; maxMs: number; attempts: number };
  /** Look for rows left in flight (an outcome never written) this often, and reconcile them. Default 30 s. */
  reconcileMs?: number;
  /**
   * Several instances deliver from one database (PostgreSQL): claim batches in the database as `owner`, each claim
   * expiring after `ttlMs` unless renewed (the runtime renews them every heartbeat). `fence.owner` must be `owner`.
   */
  claims?: { store: SharedClaims; owner: string; ttlMs: number };
}

/** Outcomes whose write failed, waiting for another try; their channels stay busy meanwhile. */
interface Unwritten {
  batch: { mark: DeliveryMark; id: string }[];
  tries: number;
}

/** How long outcomes wait to be written together. */
const FLUSH_DELAY_MS = 2;

interface Running {
  row: DeliveryRow;
  key: string;
  done: Promise<void>;
}

/**
 * Delivers the outbox: claims due deliveries (pending → inflight, with the claim time), hands each to its
 * platform's sender, and records what the platform answered: sent (with its message id), retry later
 * (backoff with jitter, or the platform's `retry_after`), or failed for good. One send per channel at a time,
 * within the rate limits. State only advances on the platform's answer.
 */
/**
 * How old the read of the shared retry times a post relies on may be (PostgreSQL): posts decided within this many ms
 * share one read (one statement per wave, not per post), and none goes out on a read older than that.
 */
const SHARED_BLOCKS_MAX_AGE_MS = 50;

export class AlertWorker {
  readonly platforms: AlertPlatform[];
  private readonly senders: Map<AlertPlatform, AlertSender>;
  private readonly limiter: RateLimiter;
  private readonly concurrency: number;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly pollMs: number;
  private readonly running = new Map<string, Running>();
  private readonly busyChannels = new Set<string>();
  private marks: { mark: DeliveryMark; id: string }[] = [];
  private flushScheduled = false;
  private active = false;
  private stopped = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | null = null;
  private idleWaiters: (() => void)[] = [];
  private lastPrune = 0;
  private lastReconcile = 0;
  private unwritten: Unwritten[] = [];
  private unwrittenTimer: NodeJS.Timeout | undefined;
  private leaseLost = false;
  /** Outcome writes under way (their rows are neither running nor settled yet). */
  private writing = 0;
  /** Last time the runtime renewed this instance's claims (PostgreSQL). */
  private lastRenewal = 0;
  private checkingIdle = false;
  private rateStateLoaded = false;
  private rateStateErrorLogged = false;
  private readonly writeRetry: { baseMs: number; maxMs: number; attempts: number };
  /** The shared retry times, read again just before posts (PostgreSQL), at most SHARED_BLOCKS_MAX_AGE_MS old. */
  private readonly sharedBlocks: FreshRead<{ scope: string; until: number }[]>;

  constructor(private readonly options: AlertWorkerOptions) {
    this.senders = new Map(options.senders.map((s) => [s.platform, s]));
    this.platforms = [...this.senders.keys()];
    this.limiter = new RateLimiter(options.rateLimits);
    this.concurrency = options.concurrency ?? 16;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.pollMs = options.pollMs ?? 1000;
    this.writeRetry = options.writeRetry ?? { baseMs: 50, maxMs: 5000, attempts: 6 };
    this.sharedBlocks = new FreshRead(() => options.claims!.store.rateBlocks(this.platforms, this.clock()), { maxAgeMs: SHARED_BLOCKS_MAX_AGE_MS, clock: this.clock });
  }

  /** The rate limits applied now. */
  get rateLimits(): RateLimits | null {
    return this.limiter.current;
  }

  /** New rate limits from now on (PostgreSQL: this instance's share of the platforms' limits changed). */
  setRateLimits(limits: RateLimits | null): void {
    this.limiter.setLimits(limits);
  }

  /** Read the stored rate limits (until then nothing is sent), then run the loop in the background (`stop` waits for it). */
  async start(): Promise<void> {
    if (this.active || this.stopped) return;
    this.active = true;
    await this.loadRateState();
    if (!this.active) return;
    this.loopDone = this.loop();
  }

  /**
   * What a killed predecessor was told (429 retry times) and how full its rate windows were: rows, not memory.
   * Until they are read, nothing is sent (empty windows could send before a retry time a platform gave); the loop
   * tries again every poll.
   */
  private async loadRateState(): Promise<boolean> {
    if (this.rateStateLoaded) return true;
    try {
      const now = this.clock();
      this.limiter.seed(await this.options.store.rateState(this.platforms, now - this.limiter.longestWindowMs, now));
      this.rateStateLoaded = true;
    } catch (error) {
      if (!this.rateStateErrorLogged) this.options.logger.error({ err: error }, 'alert worker could not read the stored rate limits; sending nothing until it can');
      this.rateStateErrorLogged = true;
    }
    return this.rateStateLoaded;
  }

  /** False once a write was refused because another process took the lease over. */
  get holdsLease(): boolean {
    return !this.leaseLost;
  }

  /** Look for work now (an alert was queued). */
  wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
  }

  /** Resolves once nothing is pending or in flight for the platforms this worker serves. */
  whenIdle(): Promise<void> {
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.checkIdle();
    return idle;
  }

  /**
   * Graceful stop: claim nothing more, give sends in flight `graceMs` to finish and record them, then hand
   * back the unfinished ones (pending, flagged to reconcile). Returns how many were handed back.
   */
  async stop(graceMs = 5000): Promise<{ released: number }> {
    if (this.stopped) return { released: 0 };
    this.active = false;
    this.wake();
    await this.loopDone;
    if (this.running.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.running.values()].map((r) => r.done)),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    await this.flush();
    clearTimeout(this.unwrittenTimer);
    if (this.unwritten.length > 0) await this.retryUnwritten();
    this.stopped = true;
    const unfinished = [...this.running.keys()];
    let released = 0;
    try {
      released = unfinished.length > 0 && !this.leaseLost ? await this.options.store.release(unfinished, this.options.fence) : 0;
    } catch (error) {
      this.options.logger.error({ err: error, deliveries: unfinished.length }, 'could not hand back alert deliveries at stop; they are reconciled at the next start');
    }
    if (released > 0) this.options.logger.warn({ released }, 'alert deliveries handed back unfinished at stop; they are reconciled at next start');
    this.running.clear();
    this.busyChannels.clear();
    this.resolveIdle();
    return { released };
  }

  /* ---------------------------------------------------------------- the loop */

  private async loop(): Promise<void> {
    while (this.active) {
      const now = this.clock();
      let nextAt: number;
      try {
        nextAt = await this.fill(now);
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.loseLease(error);
          break;
        }
        this.options.logger.error({ err: error }, 'alert worker could not read the outbox; retrying');
        nextAt = now + this.pollMs;
      }
      this.checkIdle();
      if (!this.active) break;
      await this.sleep(Math.max(0, Math.min(nextAt - now, this.pollMs)));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = null;
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Claim and start what may go now; returns when it is worth looking again. */
  private async fill(now: number): Promise<number> {
    const { store } = this.options;
    if (now - this.lastPrune > 60_000) {
      this.limiter.prune(now);
      this.lastPrune = now;
    }
    if (this.lastReconcile === 0) this.lastReconcile = now;
    if (now - this.lastReconcile >= (this.options.reconcileMs ?? 30_000)) {
      this.lastReconcile = now;
      await this.reconcile();
    }
    if (this.leaseLost || !(await this.loadRateState())) return now + this.pollMs;
    let nextAt = now + this.pollMs;
    const free = this.concurrency - this.running.size;
    if (free <= 0 || this.platforms.length === 0) return nextAt;
    if (this.options.claims) return this.fillFromClaims(now, free, nextAt);
    // The query already skips channels with a delivery in flight; a small margin covers rate-limit deferrals.
    const limit = free + 16;
    const candidates = await store.dueDeliveries(this.platforms, now, limit);
    const chosen: string[] = [];
    const deferred: { id: string; until: number }[] = [];
    const picked = new Set<string>();
    const blockedPlatforms = new Set<AlertPlatform>();
    for (const d of candidates) {
      if (chosen.length >= free) break;
      const key = `${d.platform}:${d.channelId}`;
      if (this.busyChannels.has(key) || picked.has(key) || blockedPlatforms.has(d.platform)) continue;
      const take = this.limiter.take(d.platform, d.channelId, now);
      if (!take.ok) {
        if (take.scope === 'global') {
          blockedPlatforms.add(d.platform);
          nextAt = Math.min(nextAt, take.retryAt);
        } else deferred.push({ id: d.id, until: take.retryAt });
        continue;
      }
      picked.add(key);
      chosen.push(d.id);
    }
    await store.defer(deferred, this.options.fence);
    const claimed = await store.claim(chosen, now, this.options.fence);
    for (const row of claimed) this.launch(row);
    const due = await store.nextDueAt(this.platforms, now);
    if (due !== undefined) nextAt = Math.min(nextAt, due);
    // More was due than one batch could look at: look again at once.
    if (claimed.length > 0 && candidates.length === limit && this.running.size < this.concurrency) nextAt = now;
    return nextAt;
  }

  /**
   * Several instances: the database picks this instance's batch (each channel's first open delivery, nothing in a
   * scope a 429 blocked, rows others are claiming skipped). Then, before any of it is posted, one read of the retry
   * times every instance was given (a 429 given to another instance after the claim holds its rows back until then);
   * what is blocked, or what this process's own rate windows refuse, goes back in one statement.
   */
  private async fillFromClaims(now: number, free: number, nextAt: number): Promise<number> {
    const claims = this.options.claims!;
    const claimed = await claims.store.claimDue({ platforms: this.platforms, now, limit: free, owner: claims.owner, ttlMs: claims.ttlMs });
    let outlook: { blocks: { scope: string; until: number }[]; nextDueAt: number | undefined };
    try {
      // The alerts first (cached, so usually no round trip): the retry times below are then the last thing read before posting.
      await Promise.all([...new Set(claimed.map((row) => row.alertId))].map((id) => this.options.store.alert(id)));
      outlook = await claims.store.blocksAndNextDue(this.platforms, this.clock());
    } catch (error) {
      // Unknown: post nothing blind. The claims go back to pending (nothing was sent); should that fail too, they expire and are reconciled.
      await claims.store.unclaim(
        claimed.map((row) => ({ id: row.id, until: 0 })),
        claims.owner,
      ).catch(() => undefined);
      throw error;
    }
    const blockedUntil = new Map(outlook.blocks.map((b) => [b.scope, b.until]));
    const back: { id: string; until: number }[] = [];
    for (const row of claimed) {
      const global = blockedUntil.get(row.platform) ?? 0;
      const channel = blockedUntil.get(RateLimiter.blockScope(row.platform, row.channelId)) ?? 0;
      if (global > now || channel > now) {
        // Told by another instance since the claim: this process's limiter learns it, the row waits until then.
        if (global > now) this.limiter.block(row.platform, null, global);
        if (channel > now) this.limiter.block(row.platform, row.channelId, channel);
        const until = Math.max(global, channel);
        back.push({ id: row.id, until });
        nextAt = Math.min(nextAt, until);
        continue;
      }
      const take = this.limiter.take(row.platform, row.channelId, now);
      if (!take.ok) {
        back.push({ id: row.id, until: take.retryAt });
        nextAt = Math.min(nextAt, take.retryAt);
        continue;
      }
      this.launch(row);
    }
    await claims.store.unclaim(back, claims.owner);
    if (outlook.nextDueAt !== undefined) nextAt = Math.min(nextAt, outlook.nextDueAt);
    // A full batch: more may be due; look again as soon as slots free up.
    if (claimed.length === free && back.length === 0) nextAt = now;
    return nextAt;
  }

  private launch(row: DeliveryRow): void {
    const key = `${row.platform}:${row.channelId}`;
    this.busyChannels.add(key);
    const entry: Running = { row, key, done: Promise.resolve() };
    this.running.set(row.id, entry);
    entry.done = this.deliver(row);
  }

  private async deliver(row: DeliveryRow): Promise<void> {
    const sender = this.senders.get(row.platform)!;
    let outcome: SendOutcome;
    let alert;
    let tenant: string | null;
    try {
      alert = await this.options.store.alert(row.alertId);
      tenant = row.tenant !== undefined ? row.tenant : ((await this.options.store.subscription(row.platform, row.channelId))?.tenant ?? null);
    } catch (error) {
      // The database could not be read: nothing was posted; try again after the backoff.
      if (!this.stopped) this.record(row, { kind: 'retry', reason: `could not read the alert: ${(error as Error).message ?? String(error)}`, uncertain: false });
      return;
    }
    if (!alert) {
      outcome = { kind: 'permanent', scope: 'delivery', reason: `alert ${row.alertId} is missing from the database` };
    } else {
      const delivery: AlertDelivery = {
        id: row.id,
        alert,
        platform: row.platform,
        channelId: row.channelId,
        locale: row.locale,
        attempt: row.attempts,
        maybeSent: row.maybeSent,
        firstAttemptAt: row.firstAttemptAt,
        tenant,
      };
      if (this.options.claims) {
        let heldUntil: number;
        try {
          heldUntil = await this.heldUntil(row);
        } catch (error) {
          // Unknown whether another instance was told to wait: post nothing blind.
          await this.giveBack(row, 0, `could not read the shared retry times (${(error as Error).message ?? String(error)}); handed back unsent`);
          return;
        }
        if (heldUntil > this.clock()) {
          // A 429 recorded since this row was launched (another instance's, or one of this process's other sends):
          // it waits until the platform's retry time, unsent.
          await this.giveBack(row, heldUntil);
          return;
        }
        if (!this.claimFresh(row)) {
          // This process stalled (a busy machine, a long pause) past half its claim: another instance may be about to
          // take it over. Posting now could post twice: give it back unsent.
          await this.giveBack(row, 0, 'alert claim too old to post safely (this process was stalled); handed back unsent');
          return;
        }
      }
      try {
        outcome = await sender.send(delivery);
      } catch (error) {
        outcome = { kind: 'retry', reason: `sender failed: ${(error as Error).message ?? String(error)}`, uncertain: true };
      }
    }
    if (this.stopped) return;
    this.record(row, outcome);
  }

  /** The runtime renewed every claim of this instance at `at` (PostgreSQL). */
  claimsRenewed(at: number): void {
    this.lastRenewal = Math.max(this.lastRenewal, at);
  }

  /** At least half of the claim's time is left (from its claim or the last renewal): safe to post. */
  private claimFresh(row: DeliveryRow): boolean {
    const ttl = this.options.claims!.ttlMs;
    const since = Math.max(row.claimedAt ?? 0, this.lastRenewal);
    return this.clock() < since + ttl / 2;
  }

  /**
   * The retry time this row must wait for, read just before its post: the shared blocks (one read for the posts
   * about to go out, started at most SHARED_BLOCKS_MAX_AGE_MS before this one asked), learnt by this process's
   * limiter, which also knows its own 429s.
   */
  private async heldUntil(row: DeliveryRow): Promise<number> {
    const blocks = await this.sharedBlocks.get();
    for (const b of blocks) this.limiter.learn(b.scope, b.until);
    return this.limiter.blockedUntil(row.platform, row.channelId);
  }

  /** A claim not sent after all: back to pending, unsent, not due before `until`, for whoever claims it next. */
  private async giveBack(row: DeliveryRow, until: number, warning?: string): Promise<void> {
    if (warning) this.options.logger.warn({ delivery: row.id, platform: row.platform, channel: row.channelId }, warning);
    const claims = this.options.claims!;
    try {
      await claims.store.unclaim([{ id: row.id, until }], claims.owner);
    } catch (error) {
      // Unwritten: the claim expires and another instance reconciles it (nothing was posted).
      this.options.logger.error({ err: error, delivery: row.id }, 'could not hand an alert claim back; it expires and is reconciled');
    }
    this.free([row.id]);
  }

  /* ---------------------------------------------------------------- outcomes */

  private record(row: DeliveryRow, outcome: SendOutcome): void {
    const now = this.clock();
    const { logger } = this.options;
    const base = { delivery: row.id, alert: row.alertId, platform: row.platform, channel: row.channelId, attempt: row.attempts };
    let mark: DeliveryMark;
    switch (outcome.kind) {
      case 'sent':
        mark = { id: row.id, kind: 'sent', messageId: outcome.messageId };
        logger.info({ ...base, outcome: 'sent', messageId: outcome.messageId, reconciled: outcome.reconciled ?? false }, 'alert delivered');
        break;
      case 'retry': {
        if (outcome.rateLimited) {
          const afterMs = Math.max(0, outcome.afterMs ?? 1000);
          const until = now + afterMs;
          this.limiter.block(row.platform, outcome.rateLimited === 'global' ? null : row.channelId, until);
          // Never before the platform's retry time; a little jitter after it so a burst does not return at once.
          const dueAt = until + Math.round(this.random() * Math.min(250, afterMs / 10));
          // Stored with the delivery, in the same transaction: a restarted process honours it too.
          const block = { scope: RateLimiter.blockScope(row.platform, outcome.rateLimited === 'global' ? null : row.channelId), until };
          mark = { id: row.id, kind: 'retry', dueAt, reason: outcome.reason, uncertain: outcome.uncertain, countsAsError: false, block };
          logger.warn({ ...base, outcome: 'rate_limited', scope: outcome.rateLimited, retryInMs: dueAt - now, reason: outcome.reason }, 'alert delivery rate limited');
          break;
        }
        const errors = row.errors + 1;
        if (errors >= this.backoff.maxErrors) {
          mark = { id: row.id, kind: 'failed', reason: `gave up after ${errors} failures: ${outcome.reason}` };
          logger.error({ ...base, outcome: 'failed', errors, reason: outcome.reason }, 'alert delivery failed for good');
          break;
        }
        const delay = outcome.afterMs ?? backoffDelay(errors, this.backoff, this.random);
        mark = { id: row.id, kind: 'retry', dueAt: now + delay, reason: outcome.reason, uncertain: outcome.uncertain, countsAsError: true };
        logger.warn({ ...base, outcome: 'retry', errors, retryInMs: delay, uncertain: outcome.uncertain, reason: outcome.reason }, 'alert delivery will be retried');
        break;
      }
      case 'permanent':
        if (outcome.scope === 'subscription') {
          mark = { id: row.id, kind: 'subscription_failed', reason: outcome.reason, platform: row.platform, channelId: row.channelId };
          logger.error({ ...base, outcome: 'subscription_failed', reason: outcome.reason }, 'alert subscription stopped: the channel refuses our messages');
        } else {
          mark = { id: row.id, kind: 'failed', reason: outcome.reason };
          logger.error({ ...base, outcome: 'failed', reason: outcome.reason }, 'alert delivery failed for good');
        }
        break;
    }
    this.marks.push({ mark, id: row.id });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Outcomes arriving within a couple of milliseconds share one transaction (one fsync).
      setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    }
  }

  /** Write the outcomes gathered in this turn of the event loop in one transaction, then free their slots. */
  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (this.marks.length === 0) return;
    const batch = this.marks;
    this.marks = [];
    this.writing += 1;
    const written = await this.writeMarks(batch);
    this.writing -= 1;
    if (written) this.free(batch.map((b) => b.id));
    else {
      // The platform answered but we could not record it: keep the channel busy (no resend) and try again.
      this.unwritten.push({ batch, tries: 1 });
      this.scheduleUnwritten();
    }
  }

  /** True when written (or refused for a lost lease: the new holder reconciles those rows). */
  private async writeMarks(batch: readonly { mark: DeliveryMark; id: string }[]): Promise<boolean> {
    try {
      await this.options.store.mark(
        batch.map((b) => b.mark),
        this.clock(),
        this.options.fence,
      );
      return true;
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.loseLease(error);
        return true;
      }
      this.options.logger.error({ err: error, deliveries: batch.length }, 'could not record alert delivery outcomes; retrying');
      return false;
    }
  }

  private scheduleUnwritten(): void {
    if (this.unwrittenTimer || this.unwritten.length === 0 || this.stopped) return;
    const tries = Math.max(...this.unwritten.map((u) => u.tries));
    const delay = Math.min(this.writeRetry.maxMs, this.writeRetry.baseMs * 2 ** (tries - 1));
    this.unwrittenTimer = setTimeout(() => {
      this.unwrittenTimer = undefined;
      void this.retryUnwritten();
    }, delay);
  }

  /**
   * Try the unwritten outcomes again; after `attempts` tries, give their rows to the same reconciliation as after
   * a crash (pending, flagged `maybe_sent`: the sender checks the platform before posting again), inside this
   * process, so the channel is not blocked until a restart.
   */
  private async retryUnwritten(): Promise<void> {
    const waiting = this.unwritten;
    this.unwritten = [];
    this.writing += 1;
    try {
      await this.retryEach(waiting);
    } finally {
      this.writing -= 1;
    }
    this.scheduleUnwritten();
    this.checkIdle();
  }

  private async retryEach(waiting: readonly Unwritten[]): Promise<void> {
    for (const u of waiting) {
      if (u.tries < this.writeRetry.attempts) {
        if (await this.writeMarks(u.batch)) this.free(u.batch.map((b) => b.id));
        else this.unwritten.push({ batch: u.batch, tries: u.tries + 1 });
        continue;
      }
      const ids = u.batch.map((b) => b.id);
      try {
        if (!this.leaseLost) await this.options.store.release(ids, this.options.fence);
        this.options.logger.warn({ deliveries: ids.length }, 'alert outcomes could not be recorded; their deliveries are reconciled before any resend');
        this.free(ids);
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.loseLease(error);
          this.free(ids);
        } else {
          this.options.logger.error({ err: error, deliveries: ids.length }, 'could not hand alert deliveries back for reconciliation; retrying');
          this.unwritten.push({ batch: u.batch, tries: u.tries + 1 });
        }
      }
    }
  }

  /** Rows in flight that this worker is not sending (an outcome never written, a claim whose answer was lost): reconcile them. */
  private async reconcile(): Promise<void> {
    const recovered = await this.options.store.recoverInflight(this.options.fence, new Set(this.running.keys()));
    if (recovered > 0) this.options.logger.warn({ deliveries: recovered }, 'alert deliveries left in flight were reconciled while running');
  }

  private free(ids: readonly string[]): void {
    for (const id of ids) {
      const entry = this.running.get(id);
      if (entry) this.busyChannels.delete(entry.key);
      this.running.delete(id);
    }
    this.checkIdle();
    // Refill when a quarter of the slots is free (or all are): fewer, larger claims. Claiming from PostgreSQL is one
    // statement whatever the batch, and the slots wait on the platforms' latency: refill at once.
    if (this.running.size <= (this.concurrency * 3) / 4 || (this.options.claims && this.running.size < this.concurrency)) this.wake();
  }

  /** Another process holds the lease now: claim nothing more; what is in flight is reconciled by the new holder. */
  private loseLease(error: Error): void {
    if (this.leaseLost) return;
    this.leaseLost = true;
    this.active = false;
    this.options.logger.error({ err: error.message }, 'alerts lease lost to another process; this one stops delivering');
    this.wake();
    this.options.onLeaseLost?.();
    this.checkIdle();
  }

  /** Nothing of this worker's own is running or waiting to be written (the database may still hold work). */
  private get quiet(): boolean {
    return this.running.size === 0 && this.marks.length === 0 && this.unwritten.length === 0 && this.writing === 0;
  }

  private async isIdle(): Promise<boolean> {
    if (this.stopped || this.leaseLost) return true;
    if (!this.quiet) return false;
    try {
      const open = await this.options.store.openCount(this.platforms);
      // Something may have started while the database answered: only what is still quiet is idle.
      return open === 0 && this.quiet;
    } catch {
      return false;
    }
  }

  /** Resolve the `whenIdle` waiters if nothing is left (checked in the background; one check at a time). */
  private checkIdle(): void {
    if (this.idleWaiters.length === 0 || this.checkingIdle || !this.options.store.isOpen) return;
    this.checkingIdle = true;
    void this.isIdle().then((idle) => {
      this.checkingIdle = false;
      if (idle) this.resolveIdle();
    });
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }
}
