import { randomUUID } from 'node:crypto';
import { diffFactBases, factBaseHash, type AlertSender } from '../core/alerts';
import type { FactBaseData } from '../core/schema';
import { PUBLISHED_LIMITS, scaleLimits, type RateLimits } from './rate-limiter';
import { StoreAlertsService } from './service';
import { AlertStore, type QueueResult } from './store';
import { AlertWorker, type AlertLogger, type BackoffPolicy } from './worker';

export interface AlertsRuntimeOptions {
  /** SQLite file (`LETTERBOT_DB`). */
  dbPath: string;
  logger: AlertLogger;
  /** The platforms' published limits (default, or `true`), a share of them (0.5 = half as fast), or off (`false`/`null`: benchmarks and tests against local fakes only). */
  rateLimits?: boolean | number | null;
  concurrency?: number;
  pollMs?: number;
  backoff?: BackoffPolicy;
  clock?: () => number;
  random?: () => number;
  /** Lease: this process's pid, and how to tell whether another pid is alive. */
  pid?: number;
  isAlive?: (pid: number) => boolean;
  heartbeatMs?: number;
  leaseStaleMs?: number;
}

export interface FactSync {
  /** No snapshot existed: the fact base was recorded and nothing was posted. */
  firstRun: boolean;
  queued: QueueResult[];
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Alerts in a running letterbot: the store, the `/alerts` service, the fact-base diff on start and on
 * reload, and the worker that delivers (only in the one process holding the lease).
 *
 *   const alerts = AlertsRuntime.open({ dbPath, logger });           // commands can use alerts.service
 *   alerts.start(facts.data, senders);                                // diff, recover, deliver
 *   alerts.reload(newFacts.data);                                     // SIGHUP
 *   await alerts.stop();                                              // SIGTERM
 */
export class AlertsRuntime {
  readonly store: AlertStore;
  readonly service: StoreAlertsService;
  private worker: AlertWorker | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly owner = randomUUID();
  private readonly clock: () => number;
  private stopped = false;

  private constructor(private readonly options: AlertsRuntimeOptions) {
    this.clock = options.clock ?? Date.now;
    this.store = AlertStore.open(options.dbPath);
    this.service = new StoreAlertsService(this.store, { clock: this.clock, onQueued: () => this.worker?.wake() });
  }

  static open(options: AlertsRuntimeOptions): AlertsRuntime {
    return new AlertsRuntime(options);
  }

  /** True when this process delivers (it holds the lease). */
  get delivering(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Diff the fact base against the last snapshot (first run: record it, post nothing), then, if no other
   * live process delivers, reconcile what a previous run left in flight and start delivering.
   */
  start(facts: FactBaseData, senders: readonly AlertSender[]): FactSync {
    const { logger } = this.options;
    const lease = this.store.acquireLease({
      owner: this.owner,
      pid: this.options.pid ?? process.pid,
      now: this.clock(),
      staleMs: this.options.leaseStaleMs ?? 30_000,
      isAlive: this.options.isAlive ?? processAlive,
    });
    if (lease.ok) {
      const recovered = this.store.recoverInflight();
      if (recovered > 0) logger.warn({ deliveries: recovered }, 'alert deliveries were in flight when the last run stopped; reconciling them before any resend');
    } else {
      logger.warn({ pid: lease.pid }, 'another letterbot process delivers alerts from this database; this one only queues them');
    }
    const sync = this.sync(facts);
    if (lease.ok) {
      this.worker = new AlertWorker({
        store: this.store,
        senders,
        logger,
        rateLimits: limitsFor(this.options.rateLimits),
        concurrency: this.options.concurrency,
        pollMs: this.options.pollMs,
        backoff: this.options.backoff,
        clock: this.clock,
        random: this.options.random,
      });
      this.worker.start();
      this.heartbeat = setInterval(() => this.beat(), this.options.heartbeatMs ?? 5000);
      this.heartbeat.unref();
      const waiting = this.store.counts();
      logger.info({ platforms: this.worker.platforms, pending: waiting.pending, failed: waiting.failed }, 'alerts worker started');
    }
    return sync;
  }

  /** New data (`npm run data:reload`, SIGHUP): alert what changed since the snapshot. */
  reload(facts: FactBaseData): FactSync {
    const sync = this.sync(facts);
    this.worker?.wake();
    return sync;
  }

  /** Resolves when nothing is left to deliver on the platforms this process serves. */
  whenIdle(): Promise<void> {
    return this.worker ? this.worker.whenIdle() : Promise.resolve();
  }

  /** Stop claiming, let sends in flight finish (or hand them back), release the lease, close the database. */
  async stop(options: { graceMs?: number; senders?: readonly AlertSender[] } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.heartbeat);
    if (this.worker) {
      await this.worker.stop(options.graceMs ?? 5000);
      this.store.releaseLease(this.owner);
    }
    for (const sender of options.senders ?? []) await sender.close?.();
    this.store.close();
    this.options.logger.info({}, 'alerts stopped');
  }

  private beat(): void {
    if (this.stopped || !this.store.isOpen) return;
    try {
      if (!this.store.heartbeat(this.owner, this.clock())) {
        this.options.logger.error({}, 'alerts lease taken over by another process; this one stops delivering');
        const worker = this.worker;
        this.worker = undefined;
        void worker?.stop();
      }
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts heartbeat failed');
    }
  }

  private sync(data: FactBaseData): FactSync {
    const { logger } = this.options;
    const now = this.clock();
    const hash = factBaseHash(data);
    const snapshot = { hash, data: JSON.stringify(data) };
    const previous = this.store.snapshot();
    if (!previous) {
      this.store.queue([], { now, snapshot });
      logger.info({ snapshot: hash }, 'alerts: first run, fact base recorded; nothing posted');
      return { firstRun: true, queued: [] };
    }
    if (previous.hash === hash) return { firstRun: false, queued: [] };
    let alerts;
    try {
      alerts = diffFactBases(JSON.parse(previous.data) as FactBaseData, data, { now: new Date(now), snapshotVersion: previous.version });
    } catch (error) {
      // A snapshot this version cannot read: start again from the current data rather than guess.
      logger.error({ err: error }, 'alerts: the stored fact-base snapshot could not be compared; recorded the current one, no alerts for this change');
      this.store.queue([], { now, snapshot });
      return { firstRun: false, queued: [] };
    }
    const queued = this.store.queue(alerts, { now, snapshot });
    alerts.forEach((alert, i) => {
      logger.info({ alert: alert.id, topic: alert.topic, kind: alert.kind, subject: alert.subject, channels: queued[i]?.channels ?? 0 }, 'alert queued');
    });
    return { firstRun: false, queued };
  }
}

function limitsFor(setting: AlertsRuntimeOptions['rateLimits']): RateLimits | null {
  if (setting === false || setting === null) return null;
  if (setting === undefined || setting === true || setting >= 1) return PUBLISHED_LIMITS;
  return scaleLimits(PUBLISHED_LIMITS, setting);
}
