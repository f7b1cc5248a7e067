import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { diffFactBases, factBaseHash, type AlertSender } from '../core/alerts';
import type { FactBaseData } from '../core/schema';
import { PUBLISHED_LIMITS, scaleLimits, type RateLimits } from './rate-limiter';
import { brokenReason, StoreAlertsService, UnavailableAlertsService } from './service';
import { AlertStore, type Fence, type QueueResult } from './store';
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
  /** Renew the lease (or, for a standby, try to take it) this often. Default 2 s. */
  heartbeatMs?: number;
  /** A lease not renewed for this long is taken over. Default 3 heartbeats. */
  leaseTtlMs?: number;
  /**
   * A reload was requested through the database (`npm run data:reload`, from any host or container): reload
   * `data/` and return what it queued (`reloadFacts`). Without it, the request reloads only the alerts' view.
   */
  onReload?: () => FactSync | undefined;
  /** Sent deliveries are kept this many days (`LETTERBOT_ALERT_RETENTION_DAYS`, default 90). */
  retentionDays?: number;
  /** The holder prunes this often (default 10 min), in batches of `pruneBatch` (default 500) between other work. */
  pruneEveryMs?: number;
  pruneBatch?: number;
  /** Worker knobs for tests (write retries, in-process reconciliation period). */
  worker?: Pick<ConstructorParameters<typeof AlertWorker>[0], 'writeRetry' | 'reconcileMs'>;
}

export interface FactSync {
  /** No snapshot existed: the fact base was recorded and nothing was posted. */
  firstRun: boolean;
  queued: QueueResult[];
}

/** A random instance id (never a pid: every container's bot is PID 1), with the host name for people. */
export function newInstanceId(): string {
  return `${hostname().slice(0, 40)}/${randomBytes(8).toString('hex')}`;
}

/**
 * Alerts in a running letterbot: the store, the `/alerts` service, the fact-base diff on start and on reload,
 * and the worker that delivers, only in the one process holding the lease.
 *
 * Leadership: the lease names a random instance id and carries a generation (fencing token). The holder renews
 * it every heartbeat; every other process tries to take it every heartbeat and does once it has expired (a
 * holder killed with -9 stops renewing), so a standby takes over within a heartbeat or two of the expiry.
 * Every write of the worker carries the generation: a holder that lost the lease cannot mark deliveries.
 *
 *   const alerts = AlertsRuntime.open({ dbPath, logger, onReload });  // commands can use alerts.service
 *   alerts.start(facts.data, senders);                                 // diff, lead or stand by
 *   await alerts.stop();                                               // SIGTERM
 */
export class AlertsRuntime {
  readonly store: AlertStore;
  readonly service: StoreAlertsService;
  readonly instance = newInstanceId();
  private worker: AlertWorker | undefined;
  private fence: Fence | undefined;
  private timer: NodeJS.Timeout | undefined;
  private senders: readonly AlertSender[] = [];
  private facts: FactBaseData | undefined;
  private readonly clock: () => number;
  private readonly heartbeatMs: number;
  private readonly ttlMs: number;
  private lastRequest = 0;
  private lastPrune = 0;
  private pruning = false;
  private stopped = false;
  private standbyLogged = false;

  private constructor(private readonly options: AlertsRuntimeOptions) {
    this.clock = options.clock ?? Date.now;
    this.heartbeatMs = options.heartbeatMs ?? 2000;
    this.ttlMs = options.leaseTtlMs ?? 3 * this.heartbeatMs;
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
   * Diff the fact base against the last snapshot (first run: record it, post nothing); then lead if the lease is
   * free (reconciling what a previous holder left in flight), or stand by and try again every heartbeat.
   */
  start(facts: FactBaseData, senders: readonly AlertSender[]): FactSync {
    this.senders = senders;
    this.facts = facts;
    this.lastRequest = this.store.lastRequestId();
    const sync = this.sync(facts);
    try {
      this.tryLead();
    } catch (error) {
      // A busy or failing database at this instant: the next heartbeat tries again.
      this.options.logger.error({ err: error }, 'could not take the alerts lease; trying again at the next heartbeat');
    }
    this.timer = setInterval(() => this.beat(), this.heartbeatMs);
    this.timer.unref();
    return sync;
  }

  /** New data (`npm run data:reload`, SIGHUP): alert what changed since the snapshot. */
  reload(facts: FactBaseData): FactSync {
    this.facts = facts;
    const sync = this.sync(facts);
    this.worker?.wake();
    return sync;
  }

  /**
   * Resolves when nothing is left to deliver on the platforms this process serves: once its worker is idle, or,
   * on a standby, once the holder has delivered it all (or this process took over and did).
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      if (this.worker) return this.worker.whenIdle();
      const platforms = this.senders.map((s) => s.platform);
      if (platforms.length === 0 || this.store.openCount(platforms) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.heartbeatMs, 250)));
    }
  }

  /** Stop claiming, let sends in flight finish (or hand them back), let the lease go, close the database. */
  async stop(options: { graceMs?: number; senders?: readonly AlertSender[] } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    if (this.worker) {
      await this.worker.stop(options.graceMs ?? 5000);
      try {
        if (this.fence) this.store.releaseLease(this.fence);
      } catch (error) {
        this.options.logger.error({ err: error }, 'could not release the alerts lease; a standby takes over when it expires');
      }
    }
    for (const sender of options.senders ?? []) await sender.close?.();
    this.store.close();
    this.options.logger.info({}, 'alerts stopped');
  }

  /** Take the lease if it is free or expired; then reconcile what the last holder left in flight and deliver. */
  private tryLead(): void {
    const { logger } = this.options;
    const lease = this.store.acquireLease({ owner: this.instance, host: hostname(), now: this.clock(), ttlMs: this.ttlMs });
    if (!lease.ok) {
      if (!this.standbyLogged) {
        this.standbyLogged = true;
        logger.warn(
          { holder: lease.holder.owner, host: lease.holder.host, expiresInMs: lease.holder.expiresAt - this.clock() },
          'another letterbot process delivers alerts from this database; this one queues them and takes over if that one stops',
        );
      }
      return;
    }
    const fence: Fence = { owner: this.instance, generation: lease.generation };
    this.fence = fence;
    const recovered = this.store.recoverInflight(fence);
    if (recovered > 0) logger.warn({ deliveries: recovered }, 'alert deliveries were in flight when the last holder stopped; reconciling them before any resend');
    const worker = new AlertWorker({
      store: this.store,
      senders: this.senders,
      logger,
      rateLimits: limitsFor(this.options.rateLimits),
      concurrency: this.options.concurrency,
      pollMs: this.options.pollMs,
      backoff: this.options.backoff,
      clock: this.clock,
      random: this.options.random,
      fence,
      onLeaseLost: () => this.dropWorker(worker),
      ...this.options.worker,
    });
    this.worker = worker;
    worker.start();
    const open = this.store.openCount(worker.platforms);
    logger.info({ platforms: worker.platforms, generation: fence.generation, instance: this.instance, open }, 'alerts worker started (this process holds the lease)');
  }

  private dropWorker(worker: AlertWorker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.fence = undefined;
    this.standbyLogged = false;
    void worker.stop(0);
  }

  /** Every heartbeat: renew (or try to take) the lease, and serve requests made through the database. */
  private beat(): void {
    if (this.stopped || !this.store.isOpen) return;
    try {
      if (this.worker && this.fence) {
        if (!this.store.heartbeat(this.fence, this.clock(), this.ttlMs)) {
          this.options.logger.error({ generation: this.fence.generation }, 'alerts lease taken over by another process; this one stops delivering');
          this.dropWorker(this.worker);
        }
      } else this.tryLead();
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts heartbeat failed');
    }
    if (this.worker && !this.pruning && this.clock() - this.lastPrune >= (this.options.pruneEveryMs ?? 10 * 60_000)) void this.prune();
    try {
      this.serveRequests();
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not read requests to the running bot');
    }
  }

  /**
   * Retention, off the hot path: small batches (each a short transaction), yielding to the event loop between
   * them, so deliveries and commands go on meanwhile. Only the holder prunes.
   */
  private async prune(): Promise<void> {
    this.pruning = true;
    this.lastPrune = this.clock();
    const retentionMs = (this.options.retentionDays ?? 90) * 86_400_000;
    let removed = { deliveries: 0, alerts: 0 };
    try {
      for (let i = 0; i < 2000 && !this.stopped && this.worker; i++) {
        const step = this.store.prune({ now: this.clock(), retentionMs, batch: this.options.pruneBatch ?? 500 });
        removed = { deliveries: removed.deliveries + step.deliveries, alerts: removed.alerts + step.alerts };
        if (!step.more) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (removed.deliveries + removed.alerts > 0) this.options.logger.info({ ...removed, retentionDays: this.options.retentionDays ?? 90 }, 'alerts retention: old deliveries and alerts removed');
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts retention failed; it runs again later');
    } finally {
      this.pruning = false;
    }
  }

  /** `npm run data:reload` wrote a request row: reload, and say what came of it (first answer wins). */
  private serveRequests(): void {
    for (const request of this.store.reloadRequests(this.lastRequest)) {
      this.lastRequest = request.id;
      const sync = this.options.onReload ? this.options.onReload() : this.facts ? this.reload(this.facts) : undefined;
      const result = sync ? `reloaded: ${sync.queued.filter((q) => !q.duplicate).length} alerts queued` : 'refused: the data is invalid (see the bot log)';
      this.store.completeRequest(request.id, this.instance, result, this.clock());
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

/**
 * Open the alerts, or, when the database cannot be opened (corrupt, unwritable, from a newer letterbot), carry on
 * without them: the log names the file and the cause once, and `/alerts` answers that alerts are unavailable.
 */
export function openAlerts(options: AlertsRuntimeOptions): { runtime: AlertsRuntime; service: StoreAlertsService } | { runtime: null; service: UnavailableAlertsService } {
  try {
    const runtime = AlertsRuntime.open(options);
    return { runtime, service: runtime.service };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message ?? String(error);
    const cause = (code && !message.startsWith(code) ? `${code}: ${message}` : message).slice(0, 300);
    options.logger.error({ file: options.dbPath, cause }, `alerts are off: the alerts database ${options.dbPath} could not be opened (${cause}); commands still work (run npx letterbot doctor)`);
    return { runtime: null, service: new UnavailableAlertsService(brokenReason(error)) };
  }
}
