import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { diffFactBases, factBaseHash, type AlertSender } from '../core/alerts';
import type { FactBaseData } from '../core/schema';
import { PUBLISHED_LIMITS, scaleLimits, type RateLimits } from './rate-limiter';
import { brokenReason, StoreAlertsService, UnavailableAlertsService } from './service';
import { sharesDelivery, SqliteAlertStore, type AlertStore, type Fence, type QueueResult } from './store';
import { AlertWorker, type AlertLogger, type AlertWorkerOptions, type BackoffPolicy } from './worker';

export interface AlertsRuntimeOptions {
  /** SQLite file (`LETTERBOT_DB`). */
  dbPath: string;
  /** PostgreSQL instead (`LETTERBOT_DATABASE_URL`): several instances share the state and all deliver. */
  databaseUrl?: string | null;
  logger: AlertLogger;
  /**
   * The platforms' published limits (default, or `true`), a share of them (0.5 = half as fast), or off (`false`/`null`:
   * benchmarks and tests against local fakes only). On PostgreSQL each instance takes 1/N of it, N = the instances alive.
   */
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
   * PostgreSQL: a delivery claim not renewed for this long goes back to pending (reconciled by another instance).
   * Default 10 heartbeats (20 s): long enough that a busy but live instance keeps its claims; a claim with less than
   * half of it left is not posted (handed back), so a stalled instance cannot post what another took over.
   */
  claimTtlMs?: number;
  /**
   * A reload was requested through the database (`npm run data:reload`, from any host or container): reload
   * `data/` and return what it queued (`reloadFacts`). Without it, the request reloads only the alerts' view.
   */
  onReload?: () => Promise<FactSync | undefined>;
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
 *   const alerts = await AlertsRuntime.open({ dbPath, logger, onReload });  // commands can use alerts.service
 *   await alerts.start(facts.data, senders);                                 // diff, lead or stand by
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
  private readonly claimTtlMs: number;
  private lastRequest = 0;
  private lastPrune = 0;
  private pruning = false;
  private stopped = false;
  private standbyLogged = false;
  private beating = false;
  /** The heartbeat running now, if any: `stop` waits for it before closing the database. */
  private currentBeat: Promise<void> | undefined;
  private alive: number | undefined;

  private constructor(
    private readonly options: AlertsRuntimeOptions,
    store: AlertStore,
  ) {
    this.clock = options.clock ?? Date.now;
    this.heartbeatMs = options.heartbeatMs ?? 2000;
    this.ttlMs = options.leaseTtlMs ?? 3 * this.heartbeatMs;
    this.claimTtlMs = options.claimTtlMs ?? 10 * this.heartbeatMs;
    this.store = store;
    this.service = new StoreAlertsService(this.store, { clock: this.clock, onQueued: () => this.worker?.wake() });
  }

  static async open(options: AlertsRuntimeOptions): Promise<AlertsRuntime> {
    return new AlertsRuntime(options, await openAlertStore(options));
  }

  /** True when this process delivers (SQLite: it holds the lease; PostgreSQL: every instance does). */
  get delivering(): boolean {
    return this.worker !== undefined;
  }

  /**
   * PostgreSQL: how many instances are alive (heartbeat rows not expired, this one included) at the last heartbeat;
   * this instance's rate limits are 1/N of the platforms' (times `rateLimits` when it is a share). SQLite: undefined.
   */
  get instancesAlive(): number | undefined {
    return this.alive;
  }

  /** The rate limits this instance's worker applies now (undefined while it does not deliver). */
  get rateLimits(): RateLimits | null | undefined {
    return this.worker?.rateLimits;
  }

  /** Several instances deliver from this database at once (PostgreSQL): no leader for delivery. */
  get shared(): boolean {
    return sharesDelivery(this.store);
  }

  /**
   * Diff the fact base against the last snapshot (first run: record it, post nothing); then lead if the lease is
   * free (reconciling what a previous holder left in flight), or stand by and try again every heartbeat.
   */
  async start(facts: FactBaseData, senders: readonly AlertSender[]): Promise<FactSync> {
    this.senders = senders;
    this.facts = facts;
    this.lastRequest = await this.store.lastRequestId();
    const sync = await this.sync(facts);
    try {
      if (this.shared) await this.startShared();
      else await this.tryLead();
    } catch (error) {
      // A busy or failing database at this instant: the next heartbeat tries again.
      this.options.logger.error({ err: error }, 'could not take the alerts lease; trying again at the next heartbeat');
    }
    this.timer = setInterval(() => void this.beat(), this.heartbeatMs);
    this.timer.unref();
    return sync;
  }

  /** New data (`npm run data:reload`, SIGHUP): alert what changed since the snapshot. */
  async reload(facts: FactBaseData): Promise<FactSync> {
    this.facts = facts;
    const sync = await this.sync(facts);
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
      if (platforms.length === 0 || (await this.store.openCount(platforms)) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.heartbeatMs, 250)));
    }
  }

  /** Stop claiming, let sends in flight finish (or hand them back), let the lease go, close the database. */
  async stop(options: { graceMs?: number; senders?: readonly AlertSender[] } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    // A heartbeat in progress finishes first: it must not renew the lease released below, nor use the closed pool.
    await this.currentBeat?.catch(() => undefined);
    if (this.worker) {
      await this.worker.stop(options.graceMs ?? 5000);
      try {
        if (this.fence) await this.store.releaseLease(this.fence);
      } catch (error) {
        this.options.logger.error({ err: error }, 'could not release the alerts lease; a standby takes over when it expires');
      }
    }
    if (sharesDelivery(this.store) && this.store.isOpen) {
      // The others take this instance's share of the rate limits at their next heartbeat (or when its row expires).
      await this.store.leaveInstance(this.instance).catch((error: unknown) => this.options.logger.error({ err: error }, 'could not remove this instance from the instances alive'));
    }
    for (const sender of options.senders ?? []) await sender.close?.();
    await this.store.close();
    this.options.logger.info({}, 'alerts stopped');
  }

  /** Take the lease if it is free or expired; then reconcile what the last holder left in flight and deliver. */
  private async tryLead(): Promise<void> {
    const { logger } = this.options;
    const lease = await this.store.acquireLease({ owner: this.instance, host: hostname(), now: this.clock(), ttlMs: this.ttlMs });
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
    const recovered = await this.store.recoverInflight(fence);
    if (recovered > 0) logger.warn({ deliveries: recovered }, 'alert deliveries were in flight when the last holder stopped; reconciling them before any resend');
    const worker: AlertWorker = new AlertWorker({ ...this.workerOptions(fence), onLeaseLost: () => this.dropWorker(worker), ...this.options.worker });
    this.worker = worker;
    await worker.start();
    const open = await this.store.openCount(worker.platforms);
    logger.info({ platforms: worker.platforms, generation: fence.generation, instance: this.instance, open }, 'alerts worker started (this process holds the lease)');
  }

  /** What every worker of this runtime gets, lease holder or claimer. */
  private workerOptions(fence: Fence, instances?: number): AlertWorkerOptions {
    const { logger, rateLimits, concurrency, pollMs, backoff, random } = this.options;
    return { store: this.store, senders: this.senders, logger, rateLimits: limitsFor(rateLimits, instances), concurrency, pollMs, backoff, clock: this.clock, random, fence };
  }

  /**
   * PostgreSQL: deliver alongside every other instance. What a dead instance had claimed and let expire goes back
   * to pending first (reconciled before any resend); then this instance claims batches of its own. The lease only
   * picks who prunes.
   */
  private async startShared(): Promise<void> {
    const { logger } = this.options;
    const store = this.store;
    if (!sharesDelivery(store)) return;
    await this.reap();
    this.alive = await store.beatInstance({ owner: this.instance, host: hostname(), now: this.clock(), ttlMs: this.ttlMs });
    const fence: Fence = { owner: this.instance, generation: 0 };
    const worker = new AlertWorker({ ...this.workerOptions(fence, this.alive), claims: { store, owner: this.instance, ttlMs: this.claimTtlMs }, ...this.options.worker });
    this.worker = worker;
    await worker.start();
    await this.tryPruneLease();
    logger.info({ platforms: worker.platforms, instance: this.instance, instances: this.alive, open: await store.openCount(worker.platforms) }, 'alerts worker started (PostgreSQL: every instance delivers, claiming its own batches)');
  }

  /** PostgreSQL: say this instance is alive, count those that are, and take 1/N of the rate limits when N changed. */
  private async beatInstance(): Promise<void> {
    const store = this.store;
    if (!sharesDelivery(store)) return;
    const alive = await store.beatInstance({ owner: this.instance, host: hostname(), now: this.clock(), ttlMs: this.ttlMs });
    if (alive === this.alive) return;
    const before = this.alive;
    this.alive = alive;
    this.worker?.setRateLimits(limitsFor(this.options.rateLimits, alive));
    this.options.logger.info({ instances: alive, before }, 'alerts: instances alive changed; each takes its share of the platforms\' rate limits');
  }

  /** Claims whose instance stopped renewing them: back to pending, to be reconciled before any resend. */
  private async reap(): Promise<void> {
    const store = this.store;
    if (!sharesDelivery(store)) return;
    const reaped = await store.reapClaims(this.clock());
    if (reaped > 0) {
      this.options.logger.warn({ deliveries: reaped }, 'alert deliveries claimed by an instance that stopped renewing its claims; reconciling them before any resend');
      this.worker?.wake();
    }
  }

  /** PostgreSQL: the lease only says which instance prunes; taken quietly, renewed at each heartbeat. */
  private async tryPruneLease(): Promise<void> {
    if (this.fence) {
      if (!(await this.store.heartbeat(this.fence, this.clock(), this.ttlMs))) this.fence = undefined;
      return;
    }
    const lease = await this.store.acquireLease({ owner: this.instance, host: hostname(), now: this.clock(), ttlMs: this.ttlMs });
    if (lease.ok) this.fence = { owner: this.instance, generation: lease.generation };
  }

  private dropWorker(worker: AlertWorker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.fence = undefined;
    this.standbyLogged = false;
    void worker.stop(0);
  }

  /** Every heartbeat: renew (or try to take) the lease, and serve requests made through the database. */
  private async beat(): Promise<void> {
    // One beat at a time: a slow database must not pile them up.
    if (this.stopped || !this.store.isOpen || this.beating) return;
    this.beating = true;
    const run = this.beatOnce().finally(() => {
      this.beating = false;
    });
    this.currentBeat = run;
    await run;
  }

  private async beatOnce(): Promise<void> {
    if (this.shared) return this.beatShared();
    try {
      if (this.worker && this.fence) {
        if (!(await this.store.heartbeat(this.fence, this.clock(), this.ttlMs))) {
          this.options.logger.error({ generation: this.fence.generation }, 'alerts lease taken over by another process; this one stops delivering');
          if (this.worker) this.dropWorker(this.worker);
        }
      } else await this.tryLead();
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts heartbeat failed');
    }
    if (this.stopped) return;
    if (this.worker && !this.pruning && this.clock() - this.lastPrune >= (this.options.pruneEveryMs ?? 10 * 60_000)) void this.prune();
    try {
      await this.serveRequests();
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not read requests to the running bot');
    }
  }

  /** PostgreSQL heartbeat: renew this instance's claims, free those of instances that stopped, prune if it is this one's turn, serve requests. */
  private async beatShared(): Promise<void> {
    const store = this.store;
    if (!sharesDelivery(store)) return;
    try {
      await this.beatInstance();
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts heartbeat failed (instances alive)');
    }
    try {
      if (this.worker) {
        const now = this.clock();
        await store.renewClaims(this.instance, now, this.claimTtlMs);
        this.worker.claimsRenewed(now);
      }
      await this.reap();
      await this.tryPruneLease();
    } catch (error) {
      this.options.logger.error({ err: error }, 'alerts heartbeat failed');
    }
    if (this.stopped) return;
    if (this.worker && this.fence && !this.pruning && this.clock() - this.lastPrune >= (this.options.pruneEveryMs ?? 10 * 60_000)) void this.prune();
    try {
      await this.serveRequests();
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
        const step = await this.store.prune({ now: this.clock(), retentionMs, batch: this.options.pruneBatch ?? 500 });
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
  private async serveRequests(): Promise<void> {
    for (const request of await this.store.reloadRequests(this.lastRequest)) {
      this.lastRequest = request.id;
      const sync = this.options.onReload ? await this.options.onReload() : this.facts ? await this.reload(this.facts) : undefined;
      const result = sync ? `reloaded: ${sync.queued.filter((q) => !q.duplicate).length} alerts queued` : 'refused: the data is invalid (see the bot log)';
      await this.store.completeRequest(request.id, this.instance, result, this.clock());
    }
  }

  private async sync(data: FactBaseData): Promise<FactSync> {
    const { logger } = this.options;
    const now = this.clock();
    const hash = factBaseHash(data);
    const snapshot = { hash, data: JSON.stringify(data) };
    const previous = await this.store.snapshot();
    if (!previous) {
      await this.store.queue([], { now, snapshot });
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
      await this.store.queue([], { now, snapshot });
      return { firstRun: false, queued: [] };
    }
    const queued = await this.store.queue(alerts, { now, snapshot });
    alerts.forEach((alert, i) => {
      logger.info({ alert: alert.id, topic: alert.topic, kind: alert.kind, subject: alert.subject, channels: queued[i]?.channels ?? 0 }, 'alert queued');
    });
    return { firstRun: false, queued };
  }
}

/** The limits this instance applies: the operator's setting, divided among the `instances` alive (PostgreSQL; 1 on SQLite). */
export function limitsFor(setting: AlertsRuntimeOptions['rateLimits'], instances = 1): RateLimits | null {
  if (setting === false || setting === null) return null;
  const share = (setting === undefined || setting === true || setting >= 1 ? 1 : setting) / Math.max(1, instances);
  return share >= 1 ? PUBLISHED_LIMITS : scaleLimits(PUBLISHED_LIMITS, share);
}

/**
 * Open the alerts, or, when the database cannot be opened (corrupt, unwritable, from a newer letterbot), carry on
 * without them: the log names the file and the cause once, and `/alerts` answers that alerts are unavailable.
 */
export async function openAlerts(
  options: AlertsRuntimeOptions,
): Promise<{ runtime: AlertsRuntime; service: StoreAlertsService } | { runtime: null; service: UnavailableAlertsService }> {
  try {
    const runtime = await AlertsRuntime.open(options);
    return { runtime, service: runtime.service };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message ?? String(error);
    const cause = (code && !message.startsWith(code) ? `${code}: ${message}` : message).slice(0, 300);
    const where = describeAlertStore(options);
    options.logger.error({ file: where, cause }, `alerts are off: the alerts database ${where} could not be opened (${cause}); commands still work (run npx letterbot doctor)`);
    return { runtime: null, service: new UnavailableAlertsService(brokenReason(error)) };
  }
}

/** The store the settings name: PostgreSQL when `LETTERBOT_DATABASE_URL` is set, else the SQLite file (`LETTERBOT_DB`, the default). */
export async function openAlertStore(options: Pick<AlertsRuntimeOptions, 'dbPath' | 'databaseUrl'>): Promise<AlertStore> {
  if (options.databaseUrl) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pg is loaded only when PostgreSQL is configured
    const { PostgresAlertStore } = require('./pg-store') as typeof import('./pg-store');
    return PostgresAlertStore.open(options.databaseUrl);
  }
  return SqliteAlertStore.open(options.dbPath);
}

/** Where the alerts state lives, for logs: the SQLite file, or the PostgreSQL server and database without user or password. */
export function describeAlertStore(options: Pick<AlertsRuntimeOptions, 'dbPath' | 'databaseUrl'>): string {
  if (!options.databaseUrl) return options.dbPath;
  try {
    const url = new URL(options.databaseUrl);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
