import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ALERT_TOPICS, deliveryId, type Alert, type AlertPlatform, type AlertTopic } from '../core/alerts';
import type { Locale } from '../core/reply';

/**
 * The alerts state, in one SQLite file (better-sqlite3, WAL): subscriptions, the outbox of alerts and their
 * deliveries, the fact-base snapshot the next diff starts from, and the lease of the one process that
 * delivers. Every method is one transaction: a single statement is one by itself, and methods with several run
 * them in `db.transaction` (reads too, for a consistent view), except `prune`, which is several short ones by
 * design (retention must not hold the write lock for long) and says so.
 *
 * Durability: `synchronous = FULL`. In WAL mode NORMAL is already safe against a killed process, but a
 * power cut could lose the last commits; FULL makes "queued" (an editor's alert, a subscription, the
 * snapshot that replaces a diff) survive that too. It costs one fsync per commit, which is small next to
 * the platforms' rate limits (≤ 50 messages/s), and the worker groups its writes.
 */

export type DeliveryState = 'pending' | 'inflight' | 'sent' | 'failed';

export interface SubscriptionRow {
  platform: AlertPlatform;
  channelId: string;
  topics: AlertTopic[];
  locale: Locale;
  state: 'active' | 'failed';
  failure: string | null;
  failedAt: number | null;
  /** The channel's workspace (`discord:<guild>`, `slack:<team>`, `shell:local`); null for rows made before it was recorded. */
  tenant: string | null;
  /** Set while the channel's workspace has uninstalled the app (Slack OAuth): nothing is queued or sent there. */
  pausedAt: number | null;
  pausedReason: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** One platform installation (Slack OAuth): who installed the app where, with what the platform gave back. */
export interface InstallationRow {
  /** `team:<team id>` or `enterprise:<enterprise id>` (org-wide install). */
  key: string;
  platform: AlertPlatform;
  teamId: string | null;
  enterpriseId: string | null;
  /** The platform's installation record as JSON (tokens included: never log it). */
  body: string;
  installedAt: number;
  updatedAt: number;
}

export interface DeliveryRow {
  seq: number;
  id: string;
  alertId: string;
  platform: AlertPlatform;
  channelId: string;
  locale: Locale;
  state: DeliveryState;
  dueAt: number;
  /** Times it was handed to a sender. */
  attempts: number;
  /** Transient failures so far (rate limits excluded): drives the backoff. */
  errors: number;
  /** A previous attempt may have been posted: reconcile before posting again. */
  maybeSent: boolean;
  claimedAt: number | null;
  firstAttemptAt: number | null;
  sentAt: number | null;
  messageId: string | null;
  lastError: string | null;
  /** The channel's workspace, when the claim read it along (PostgreSQL: one round trip less per send). */
  tenant?: string | null;
}

/** What the worker writes after a send. */
export type DeliveryMark =
  | { id: string; kind: 'sent'; messageId: string }
  | {
      id: string;
      kind: 'retry';
      dueAt: number;
      reason: string;
      uncertain: boolean;
      countsAsError: boolean;
      /** A 429: nothing to this scope (`discord` for the whole platform, `discord:<channel>`) before `until`, even after a restart. */
      block?: { scope: string; until: number };
    }
  | { id: string; kind: 'failed'; reason: string }
  | { id: string; kind: 'subscription_failed'; reason: string; platform: AlertPlatform; channelId: string };

export interface QueueResult {
  alertId: string;
  /** Deliveries created (one per active subscription of the topic). */
  channels: number;
  /** The alert was already queued (same id): nothing new was written. */
  duplicate: boolean;
}

export interface Snapshot {
  /** 1 for the first recorded fact base, +1 at each change recorded since. */
  version: number;
  hash: string;
  data: string;
  updatedAt: number;
}

/** Schema migrations, applied in order; `PRAGMA user_version` = how many have run. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE subscriptions (
    platform    TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    topics      TEXT NOT NULL,
    locale      TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('active', 'failed')),
    failure     TEXT,
    failed_at   INTEGER,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, channel_id)
  ) WITHOUT ROWID;

  CREATE TABLE alerts (
    id          TEXT PRIMARY KEY,
    topic       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );

  CREATE TABLE deliveries (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    alert_id         TEXT NOT NULL REFERENCES alerts (id),
    platform         TEXT NOT NULL,
    channel_id       TEXT NOT NULL,
    locale           TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'inflight', 'sent', 'failed')),
    due_at           INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    errors           INTEGER NOT NULL DEFAULT 0,
    maybe_sent       INTEGER NOT NULL DEFAULT 0,
    claimed_at       INTEGER,
    first_attempt_at INTEGER,
    sent_at          INTEGER,
    message_id       TEXT,
    last_error       TEXT,
    created_at       INTEGER NOT NULL
  );
  CREATE INDEX deliveries_due ON deliveries (state, platform, due_at);
  CREATE INDEX deliveries_channel ON deliveries (platform, channel_id, state);

  CREATE TABLE fact_snapshot (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    data        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
  );

  CREATE TABLE worker_lease (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    owner         TEXT NOT NULL,
    pid           INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL
  );
  `,
  // 2: every action knows its tenant. Subscriptions made before this learn it the next time /alerts is used in
  // their channel; until then only operator and data-change alerts reach them.
  `
  ALTER TABLE subscriptions ADD COLUMN tenant TEXT;
  UPDATE subscriptions SET tenant = 'shell:local' WHERE platform = 'shell';
  CREATE INDEX subscriptions_tenant ON subscriptions (tenant, state);
  ALTER TABLE alerts ADD COLUMN audience TEXT;
  `,
  // 3: leadership that survives restarts in containers. The lease names a random instance (never a pid: every
  // container's bot is PID 1) and carries a generation (fencing token) checked by every write of the worker.
  // Requests (a data reload) reach the running bot through the database; rate-limit blocks and the time of each
  // hand-off to a sender are rows, so a restarted process honours what a killed one was told.
  `
  DROP TABLE worker_lease;
  CREATE TABLE worker_lease (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    owner         TEXT NOT NULL,
    host          TEXT NOT NULL,
    generation    INTEGER NOT NULL,
    acquired_at   INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
  );
  CREATE TABLE requests (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('reload')),
    requested_by  TEXT NOT NULL,
    requested_at  INTEGER NOT NULL,
    done_by       TEXT,
    done_at       INTEGER,
    result        TEXT
  );
  CREATE TABLE rate_blocks (
    scope  TEXT PRIMARY KEY,
    until  INTEGER NOT NULL
  ) WITHOUT ROWID;
  ALTER TABLE deliveries ADD COLUMN attempted_at INTEGER;
  CREATE INDEX deliveries_attempted ON deliveries (attempted_at) WHERE attempted_at IS NOT NULL;
  `,
  // 4: retention, and status that stays fast at a million rows. Sent deliveries are pruned by age (state, sent_at);
  // an alert goes once no delivery references it (alert_id); a channel's last delivery is an index seek.
  `
  CREATE INDEX deliveries_sent ON deliveries (state, sent_at);
  CREATE INDEX deliveries_alert ON deliveries (alert_id);
  CREATE INDEX alerts_created ON alerts (created_at);
  DROP INDEX deliveries_channel;
  CREATE INDEX deliveries_channel ON deliveries (platform, channel_id, state, sent_at);
  `,
  // 5: Slack installed in many workspaces (OAuth). One row per installation, keyed by team (`team:T…`) or, for an
  // org-wide install, enterprise (`enterprise:E…`); the body is what Bolt's installer hands over, tokens included.
  // A workspace that uninstalls the app has its subscriptions paused (not failed: reinstalling resumes them).
  `
  CREATE TABLE installations (
    key              TEXT PRIMARY KEY,
    platform         TEXT NOT NULL,
    team_id          TEXT,
    enterprise_id    TEXT,
    body             TEXT NOT NULL,
    installed_at     INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX installations_team ON installations (platform, team_id);
  ALTER TABLE subscriptions ADD COLUMN paused_at INTEGER;
  ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT;
  `,
];

/**
 * A store several instances deliver from at once (PostgreSQL): each claims its own batches, a claim names its
 * instance and expires unless renewed, and what a dead instance held goes back to pending for reconciliation.
 */
export interface SharedClaims {
  claimDue(input: { platforms: readonly AlertPlatform[]; now: number; limit: number; owner: string; ttlMs: number }): Promise<DeliveryRow[]>;
  renewClaims(owner: string, now: number, ttlMs: number): Promise<number>;
  reapClaims(now: number): Promise<number>;
  unclaim(items: readonly { id: string; until: number }[], owner: string): Promise<void>;
  /**
   * Read after a claim, right before its rows are posted, in one round trip: the retry times any instance was given
   * for these platforms (a whole platform, `discord`, or one channel, `discord:<id>`) that are still ahead of `now`
   * (a 429 given to another instance after the claim holds the row back), and when the next delivery not yet due is.
   */
  blocksAndNextDue(platforms: readonly AlertPlatform[], now: number): Promise<{ blocks: { scope: string; until: number }[]; nextDueAt: number | undefined }>;
  /** The same retry times alone, read again just before a post (a 429 recorded by another instance since the claim). */
  rateBlocks(platforms: readonly AlertPlatform[], now: number): Promise<{ scope: string; until: number }[]>;
  /** Heartbeat of this instance; returns how many instances are alive (this one included): each takes 1/N of the rate limits. */
  beatInstance(input: { owner: string; host: string; now: number; ttlMs: number }): Promise<number>;
  leaveInstance(owner: string): Promise<void>;
}

/** True when every instance delivers from this store by claims (PostgreSQL); false when one process holds the lease (SQLite). */
export function sharesDelivery(store: AlertStore): store is AlertStore & SharedClaims {
  return typeof (store as Partial<SharedClaims>).claimDue === 'function';
}

/** Who holds the delivering lease, and the generation that fences its writes. */
export interface Fence {
  owner: string;
  generation: number;
}

export interface LeaseHolder extends Fence {
  /** Host name, for people reading logs and `doctor`; never used to decide anything. */
  host: string;
  acquiredAt: number;
  heartbeatAt: number;
  expiresAt: number;
}

/** A write by a process that no longer holds the lease (another took over): refused, nothing written. */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

/** What a restarted worker must honour: 429 blocks still running, and recent hand-offs (the rate windows). */
export interface RateState {
  blocks: { scope: string; until: number }[];
  attempts: { platform: AlertPlatform; channelId: string; at: number }[];
}

export interface ReloadRequest {
  id: number;
  requestedBy: string;
  requestedAt: number;
  doneBy: string | null;
  doneAt: number | null;
  result: string | null;
}

export const SCHEMA_VERSION = MIGRATIONS.length;

/** `AlertStore.inspect`: the database as `letterbot doctor` sees it. */
export type StoreHealth =
  | { file: string; exists: false; folder: string; folderWritable: boolean }
  | { file: string; exists: true; error: string }
  | {
      file: string;
      exists: true;
      writable: boolean;
      version: number;
      latest: number;
      /** `ok`, or what SQLite's quick_check found. */
      integrity: string;
      holder: { owner: string; host: string; generation: number; renewedMsAgo: number } | null;
      open: number;
      failedSubscriptions: number;
    };

function canWrite(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export class StoreVersionError extends Error {
  override readonly name = 'StoreVersionError';
}

/** `AlertStore.channelStatus`: one channel's subscription and what it received, waits for or lost. */
export interface ChannelStatus {
  subscription: SubscriptionRow | undefined;
  lastSent: { at: number; alertId: string } | undefined;
  open: number;
  failed: number;
  lastError: string | undefined;
}

/**
 * The alerts state behind one interface, two backends: `SqliteAlertStore` (one file, the default: one process
 * delivers, chosen by the lease) and `PostgresAlertStore` (`LETTERBOT_DATABASE_URL`: several instances deliver
 * at once, each claiming its own batches). Every method is one transaction unless it says otherwise; all
 * return promises, so callers are the same for a synchronous driver and a pooled network one.
 */
export interface AlertStore {
  readonly kind: 'sqlite' | 'postgres';
  /** False once `close` was called. */
  readonly isOpen: boolean;
  close(): Promise<void>;
  schemaVersion(): Promise<number>;

  subscribe(input: { platform: AlertPlatform; channelId: string; topics: readonly AlertTopic[]; locale: Locale; userId: string; now: number; tenant?: string }): Promise<SubscriptionRow>;
  learnTenant(platform: AlertPlatform, channelId: string, tenant: string): Promise<boolean>;
  reach(tenant: string | undefined): Promise<{ tenant: number; all: number }>;
  unsubscribe(platform: AlertPlatform, channelId: string): Promise<boolean>;
  subscription(platform: AlertPlatform, channelId: string): Promise<SubscriptionRow | undefined>;
  subscriptions(): Promise<SubscriptionRow[]>;

  saveInstallation(input: Omit<InstallationRow, 'installedAt' | 'updatedAt'> & { tenant: string | null; now: number }): Promise<{ resumed: number }>;
  installation(key: string): Promise<InstallationRow | undefined>;
  removeInstallation(input: { key: string; tenant: string | null; reason: string; now: number }): Promise<{ removed: boolean; paused: number }>;

  snapshot(): Promise<Snapshot | undefined>;
  snapshotHash(): Promise<string | undefined>;
  queue(alerts: readonly Alert[], options: { now: number; snapshot?: { hash: string; data: string } }): Promise<QueueResult[]>;
  alert(id: string): Promise<Alert | undefined>;
  alerts(): Promise<Alert[]>;
  delivery(id: string): Promise<DeliveryRow | undefined>;
  deliveries(filter?: { state?: DeliveryState; alertId?: string }): Promise<DeliveryRow[]>;
  counts(): Promise<Record<DeliveryState, number>>;

  recoverInflight(fence?: Fence, except?: ReadonlySet<string>): Promise<number>;
  release(ids: readonly string[], fence?: Fence): Promise<number>;
  dueDeliveries(platforms: readonly AlertPlatform[], now: number, limit: number): Promise<DeliveryRow[]>;
  nextDueAt(platforms: readonly AlertPlatform[], now: number): Promise<number | undefined>;
  openCount(platforms: readonly AlertPlatform[]): Promise<number>;
  claim(ids: readonly string[], now: number, fence?: Fence): Promise<DeliveryRow[]>;
  defer(items: readonly { id: string; until: number }[], fence?: Fence): Promise<void>;
  mark(marks: readonly DeliveryMark[], now: number, fence?: Fence): Promise<void>;

  prune(input: { now: number; retentionMs: number; batch: number }): Promise<{ deliveries: number; alerts: number; more: boolean }>;
  channelStatus(platform: AlertPlatform, channelId: string): Promise<ChannelStatus>;
  openTotal(): Promise<number>;

  acquireLease(input: { owner: string; host: string; now: number; ttlMs: number }): Promise<{ ok: true; generation: number } | { ok: false; holder: LeaseHolder }>;
  heartbeat(fence: Fence, now: number, ttlMs: number): Promise<boolean>;
  releaseLease(fence: Fence): Promise<void>;
  leaseHolder(): Promise<LeaseHolder | undefined>;

  rateState(platforms: readonly AlertPlatform[], since: number, now: number): Promise<RateState>;

  requestReload(by: string, now: number): Promise<number>;
  reloadRequests(afterId: number): Promise<ReloadRequest[]>;
  lastRequestId(): Promise<number>;
  completeRequest(id: number, by: string, result: string, now: number): Promise<void>;
}

/** A subscriptions row as both backends return it (snake_case columns). */
export interface RawSubscription {
  platform: AlertPlatform;
  channel_id: string;
  topics: string;
  locale: Locale;
  state: 'active' | 'failed';
  failure: string | null;
  failed_at: number | null;
  tenant: string | null;
  paused_at: number | null;
  paused_reason: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

/** A deliveries row as both backends return it; SQLite stores booleans as 0/1, PostgreSQL as booleans. */
export interface RawDelivery {
  seq: number;
  id: string;
  alert_id: string;
  platform: AlertPlatform;
  channel_id: string;
  locale: Locale;
  state: DeliveryState;
  due_at: number;
  attempts: number;
  errors: number;
  maybe_sent: number | boolean;
  claimed_at: number | null;
  first_attempt_at: number | null;
  sent_at: number | null;
  message_id: string | null;
  last_error: string | null;
  /** Only where a query joins it in (PostgreSQL claims). */
  tenant?: string | null;
}

export const toSubscription = (r: RawSubscription): SubscriptionRow => ({
  platform: r.platform,
  channelId: r.channel_id,
  topics: r.topics.split(',').filter((x): x is AlertTopic => (ALERT_TOPICS as readonly string[]).includes(x)),
  locale: r.locale,
  state: r.state,
  failure: r.failure,
  failedAt: r.failed_at,
  tenant: r.tenant,
  pausedAt: r.paused_at ?? null,
  pausedReason: r.paused_reason ?? null,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toDelivery = (r: RawDelivery): DeliveryRow => ({
  seq: r.seq,
  id: r.id,
  alertId: r.alert_id,
  platform: r.platform,
  channelId: r.channel_id,
  locale: r.locale,
  state: r.state,
  dueAt: r.due_at,
  attempts: r.attempts,
  errors: r.errors,
  maybeSent: r.maybe_sent === 1 || r.maybe_sent === true,
  claimedAt: r.claimed_at,
  firstAttemptAt: r.first_attempt_at,
  sentAt: r.sent_at,
  messageId: r.message_id,
  lastError: r.last_error,
  ...(r.tenant !== undefined ? { tenant: r.tenant } : {}),
});

/** Alerts never change once queued: both stores keep the ones they read, parsed (at most about a thousand). */
export class AlertCache {
  private readonly alerts = new Map<string, Alert>();

  get(id: string): Alert | undefined {
    return this.alerts.get(id);
  }

  remember(id: string, body: string): Alert {
    const alert = JSON.parse(body) as Alert;
    if (this.alerts.size > 1000) this.alerts.clear();
    this.alerts.set(id, alert);
    return alert;
  }

  delete(id: string): void {
    this.alerts.delete(id);
  }
}

/** An installations row as both backends return it. */
export interface RawInstallation {
  key: string;
  platform: AlertPlatform;
  team_id: string | null;
  enterprise_id: string | null;
  body: string;
  installed_at: number;
  updated_at: number;
}

export const toInstallation = (r: RawInstallation): InstallationRow => ({
  key: r.key,
  platform: r.platform,
  teamId: r.team_id,
  enterpriseId: r.enterprise_id,
  body: r.body,
  installedAt: r.installed_at,
  updatedAt: r.updated_at,
});

/** Longest error text stored per delivery (platform messages can be long). */
const MAX_ERROR = 300;
export const clipError = (s: string): string => (s.length <= MAX_ERROR ? s : `${s.slice(0, MAX_ERROR - 1)}…`);

export class SqliteAlertStore implements AlertStore {
  readonly kind = 'sqlite';
  private readonly alertCache = new AlertCache();
  private readonly statements = new Map<string, Database.Statement>();
  private closed = false;

  private constructor(readonly db: Database.Database, readonly file: string) {}

  /** Open (creating the file and its folder on first use) and migrate. */
  static open(file: string): SqliteAlertStore {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file, { timeout: 5000 });
    try {
      // Switching a fresh file to WAL upgrades a shared lock to an exclusive one; when several processes do it at
      // once SQLite's deadlock avoidance answers SQLITE_BUSY at once instead of waiting, so that step retries.
      retryWhileBusy(() => db.pragma('journal_mode = WAL'), 5000);
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      retryWhileBusy(() => migrate(db), 5000);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteAlertStore(db, file);
  }

  /**
   * What `letterbot doctor` reports, read-only (never creates, migrates or locks for writing): whether the file
   * and its folder can be used, its integrity and schema version, who delivers, and what waits or failed.
   */
  static inspect(file: string, now: number): StoreHealth {
    const resolved = path.resolve(file);
    if (!existsSync(resolved)) {
      let folder = path.dirname(resolved);
      while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
      const usable = statSync(folder).isDirectory() && canWrite(folder);
      return { file: resolved, exists: false, folderWritable: usable, folder };
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(resolved, { readonly: true, fileMustExist: true, timeout: 2000 });
      const version = db.pragma('user_version', { simple: true }) as number;
      const check = db.pragma('quick_check', { simple: true }) as string;
      const table = (name: string): boolean => db!.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
      const lease =
        version >= 3 && table('worker_lease')
          ? (db.prepare('SELECT owner, host, generation, heartbeat_at, expires_at FROM worker_lease WHERE id = 1').get() as
              | { owner: string; host: string; generation: number; heartbeat_at: number; expires_at: number }
              | undefined)
          : undefined;
      const open = table('deliveries') ? (db.prepare(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight')`).get() as { n: number }).n : 0;
      const failedSubscriptions = table('subscriptions') ? (db.prepare(`SELECT COUNT(*) AS n FROM subscriptions WHERE state = 'failed'`).get() as { n: number }).n : 0;
      return {
        file: resolved,
        exists: true,
        writable: canWrite(resolved) && canWrite(path.dirname(resolved)),
        version,
        latest: MIGRATIONS.length,
        integrity: check,
        holder: lease && lease.expires_at > now ? { owner: lease.owner, host: lease.host, generation: lease.generation, renewedMsAgo: now - lease.heartbeat_at } : null,
        open,
        failedSubscriptions,
      };
    } catch (error) {
      return { file: resolved, exists: true, error: `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}` };
    } finally {
      db?.close();
    }
  }

  /** A prepared statement, prepared once per SQL text. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /* ---------------------------------------------------------------- subscriptions */

  async subscribe(input: { platform: AlertPlatform; channelId: string; topics: readonly AlertTopic[]; locale: Locale; userId: string; now: number; tenant?: string }): Promise<SubscriptionRow> {
    return this.db.transaction(() => {
      this.sql(
        `INSERT INTO subscriptions (platform, channel_id, topics, locale, state, tenant, created_by, created_at, updated_at)
         VALUES (@platform, @channelId, @topics, @locale, 'active', @tenant, @userId, @now, @now)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           topics = excluded.topics, locale = excluded.locale, state = 'active', failure = NULL, failed_at = NULL,
           tenant = COALESCE(excluded.tenant, tenant), updated_at = excluded.updated_at`,
      ).run({ ...input, tenant: input.tenant ?? (input.platform === 'shell' ? 'shell:local' : null), topics: input.topics.join(',') });
      return this.readSubscription(input.platform, input.channelId)!;
    })();
  }

  /** A subscription made before tenants were recorded learns its channel's workspace (as the platform reported it). */
  async learnTenant(platform: AlertPlatform, channelId: string, tenant: string): Promise<boolean> {
    return this.sql('UPDATE subscriptions SET tenant = ? WHERE platform = ? AND channel_id = ? AND tenant IS NULL').run(tenant, platform, channelId).changes > 0;
  }

  /** Active subscriptions in one workspace, and in all: who an editor alert from there reaches. */
  async reach(tenant: string | undefined): Promise<{ tenant: number; all: number }> {
    return this.db.transaction(() => {
      const all = (this.sql(`SELECT COUNT(*) AS n FROM subscriptions WHERE state = 'active' AND paused_at IS NULL`).get() as { n: number }).n;
      const mine = tenant ? (this.sql(`SELECT COUNT(*) AS n FROM subscriptions WHERE tenant = ? AND state = 'active' AND paused_at IS NULL`).get(tenant) as { n: number }).n : 0;
      return { tenant: mine, all };
    })();
  }

  /** Remove a subscription; its undelivered alerts are cancelled (failed, reason `unsubscribed`). */
  async unsubscribe(platform: AlertPlatform, channelId: string): Promise<boolean> {
    return this.db.transaction(() => {
      const removed = this.sql('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0;
      this.sql(`UPDATE deliveries SET state = 'failed', last_error = 'unsubscribed' WHERE platform = ? AND channel_id = ? AND state = 'pending'`)
        .run(platform, channelId);
      return removed;
    })();
  }

  async subscription(platform: AlertPlatform, channelId: string): Promise<SubscriptionRow | undefined> {
    return this.readSubscription(platform, channelId);
  }

  private readSubscription(platform: AlertPlatform, channelId: string): SubscriptionRow | undefined {
    const row = this.sql('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(platform, channelId) as RawSubscription | undefined;
    return row ? toSubscription(row) : undefined;
  }

  async subscriptions(): Promise<SubscriptionRow[]> {
    return (this.sql('SELECT * FROM subscriptions ORDER BY platform, channel_id').all() as RawSubscription[]).map(toSubscription);
  }

  /* ---------------------------------------------------------------- installations (Slack OAuth) */

  /**
   * Record an installation (new, or the same workspace installing again) and resume the subscriptions of its
   * workspace (`tenant`, e.g. `slack:T1`) that an uninstall had paused, in one transaction.
   */
  async saveInstallation(input: Omit<InstallationRow, 'installedAt' | 'updatedAt'> & { tenant: string | null; now: number }): Promise<{ resumed: number }> {
    return this.db.transaction(() => {
      this.sql(
        `INSERT INTO installations (key, platform, team_id, enterprise_id, body, installed_at, updated_at)
         VALUES (@key, @platform, @teamId, @enterpriseId, @body, @now, @now)
         ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, body = excluded.body, updated_at = excluded.updated_at`,
      ).run(input);
      const resumed = input.tenant
        ? this.sql('UPDATE subscriptions SET paused_at = NULL, paused_reason = NULL, updated_at = ? WHERE tenant = ? AND paused_at IS NOT NULL').run(input.now, input.tenant).changes
        : 0;
      return { resumed };
    })();
  }

  async installation(key: string): Promise<InstallationRow | undefined> {
    const row = this.sql('SELECT * FROM installations WHERE key = ?').get(key) as RawInstallation | undefined;
    return row ? toInstallation(row) : undefined;
  }

  /**
   * The app was removed from a workspace (uninstalled, or its bot token revoked): forget the installation and
   * pause the workspace's subscriptions, cancelling what waited for them (reason `paused: <reason>`), in one
   * transaction. Returns what changed.
   */
  async removeInstallation(input: { key: string; tenant: string | null; reason: string; now: number }): Promise<{ removed: boolean; paused: number }> {
    return this.db.transaction(() => {
      const removed = this.sql('DELETE FROM installations WHERE key = ?').run(input.key).changes > 0;
      if (!input.tenant) return { removed, paused: 0 };
      const reason = clipError(input.reason);
      const paused = this.sql('UPDATE subscriptions SET paused_at = ?, paused_reason = ?, updated_at = ? WHERE tenant = ? AND paused_at IS NULL').run(
        input.now,
        reason,
        input.now,
        input.tenant,
      ).changes;
      this.sql(
        `UPDATE deliveries SET state = 'failed', last_error = ?, claimed_at = NULL
         WHERE state = 'pending' AND (platform, channel_id) IN (SELECT platform, channel_id FROM subscriptions WHERE tenant = ?)`,
      ).run(clipError(`paused: ${reason}`), input.tenant);
      return { removed, paused };
    })();
  }

  /* ---------------------------------------------------------------- snapshot + outbox */

  async snapshot(): Promise<Snapshot | undefined> {
    const row = this.sql('SELECT version, hash, data, updated_at FROM fact_snapshot WHERE id = 1').get() as
      | { version: number; hash: string; data: string; updated_at: number }
      | undefined;
    return row ? { version: row.version, hash: row.hash, data: row.data, updatedAt: row.updated_at } : undefined;
  }

  async snapshotHash(): Promise<string | undefined> {
    return (this.sql('SELECT hash FROM fact_snapshot WHERE id = 1').get() as { hash: string } | undefined)?.hash;
  }

  /**
   * The outbox write: each alert and one delivery per active subscription of its topic, and optionally the
   * new fact-base snapshot, in ONE transaction, before anything is sent. An alert already queued (same id)
   * is skipped, so replaying the same change writes nothing.
   */
  async queue(alerts: readonly Alert[], options: { now: number; snapshot?: { hash: string; data: string } }): Promise<QueueResult[]> {
    const insertAlert = this.sql('INSERT OR IGNORE INTO alerts (id, topic, kind, subject, body, created_at, audience) VALUES (?, ?, ?, ?, ?, ?, ?)');
    // An alert with an audience (an editor's, sent from a workspace) reaches that workspace's channels only.
    const subscribers = this.sql(
      `SELECT platform, channel_id, locale FROM subscriptions
       WHERE state = 'active' AND paused_at IS NULL AND (',' || topics || ',') LIKE ('%,' || @topic || ',%') AND (@audience IS NULL OR tenant = @audience)
       ORDER BY platform, channel_id`,
    );
    const insertDelivery = this.sql(
      `INSERT OR IGNORE INTO deliveries (id, alert_id, platform, channel_id, locale, state, due_at, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    return this.db.transaction(() => {
      const results: QueueResult[] = [];
      for (const alert of alerts) {
        if (insertAlert.run(alert.id, alert.topic, alert.kind, alert.subject, JSON.stringify(alert), options.now, alert.audience ?? null).changes === 0) {
          results.push({ alertId: alert.id, channels: 0, duplicate: true });
          continue;
        }
        let channels = 0;
        for (const sub of subscribers.all({ topic: alert.topic, audience: alert.audience ?? null }) as { platform: AlertPlatform; channel_id: string; locale: Locale }[]) {
          channels += insertDelivery.run(deliveryId(alert.id, sub.platform, sub.channel_id), alert.id, sub.platform, sub.channel_id, sub.locale, options.now, options.now).changes;
        }
        results.push({ alertId: alert.id, channels, duplicate: false });
      }
      if (options.snapshot) {
        this.sql(
          `INSERT INTO fact_snapshot (id, version, hash, data, updated_at) VALUES (1, 1, @hash, @data, @now)
           ON CONFLICT (id) DO UPDATE SET version = version + 1, hash = excluded.hash, data = excluded.data, updated_at = excluded.updated_at`,
        ).run({ ...options.snapshot, now: options.now });
      }
      return results;
    })();
  }

  async alert(id: string): Promise<Alert | undefined> {
    const cached = this.alertCache.get(id);
    if (cached) return cached;
    const row = this.sql('SELECT body FROM alerts WHERE id = ?').get(id) as { body: string } | undefined;
    return row ? this.alertCache.remember(id, row.body) : undefined;
  }

  async alerts(): Promise<Alert[]> {
    return (this.sql('SELECT body FROM alerts ORDER BY created_at, id').all() as { body: string }[]).map((r) => JSON.parse(r.body) as Alert);
  }

  async delivery(id: string): Promise<DeliveryRow | undefined> {
    const row = this.sql('SELECT * FROM deliveries WHERE id = ?').get(id) as RawDelivery | undefined;
    return row ? toDelivery(row) : undefined;
  }

  async deliveries(filter: { state?: DeliveryState; alertId?: string } = {}): Promise<DeliveryRow[]> {
    const rows = this.sql('SELECT * FROM deliveries WHERE (@state IS NULL OR state = @state) AND (@alertId IS NULL OR alert_id = @alertId) ORDER BY seq')
      .all({ state: filter.state ?? null, alertId: filter.alertId ?? null }) as RawDelivery[];
    return rows.map(toDelivery);
  }

  async counts(): Promise<Record<DeliveryState, number>> {
    const out: Record<DeliveryState, number> = { pending: 0, inflight: 0, sent: 0, failed: 0 };
    for (const r of this.sql('SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state').all() as { state: DeliveryState; n: number }[]) out[r.state] = r.n;
    return out;
  }

  /* ---------------------------------------------------------------- the worker's side */

  /**
   * Deliveries found `inflight` when a worker starts were being sent when the last one died: back to
   * pending, first in line, flagged `maybe_sent` so the sender reconciles before any resend.
   */
  async recoverInflight(fence?: Fence, except: ReadonlySet<string> = new Set()): Promise<number> {
    return this.db.transaction(() => {
      this.checkFence(fence);
      if (except.size === 0) return this.sql(`UPDATE deliveries SET state = 'pending', maybe_sent = 1, due_at = 0, claimed_at = NULL WHERE state = 'inflight'`).run().changes;
      // Inside a running worker: only the rows it is not sending (a mark that could not be written).
      return this.sql(
        `UPDATE deliveries SET state = 'pending', maybe_sent = 1, due_at = 0, claimed_at = NULL
         WHERE state = 'inflight' AND id NOT IN (SELECT value FROM json_each(?))`,
      ).run(JSON.stringify([...except])).changes;
    })();
  }

  /** Give back deliveries whose send did not finish (graceful stop): pending, flagged `maybe_sent`. */
  async release(ids: readonly string[], fence?: Fence): Promise<number> {
    const stmt = this.sql(`UPDATE deliveries SET state = 'pending', maybe_sent = 1, due_at = 0, claimed_at = NULL WHERE id = ? AND state = 'inflight'`);
    return this.db.transaction(() => {
      this.checkFence(fence);
      return ids.reduce((n, id) => n + stmt.run(id).changes, 0);
    })();
  }

  /**
   * Pending deliveries due now, oldest first, for the platforms this worker serves: only each channel's
   * first undelivered one, so a channel gets its alerts in order even when one waits for a retry.
   * One query per platform, each walking the `(state, platform, due_at)` index in order.
   */
  async dueDeliveries(platforms: readonly AlertPlatform[], now: number, limit: number): Promise<DeliveryRow[]> {
    const stmt = this.sql(
      `SELECT * FROM deliveries AS d
       WHERE d.state = 'pending' AND d.platform = ? AND d.due_at <= ?
         AND NOT EXISTS (
           SELECT 1 FROM deliveries AS e
           WHERE e.platform = d.platform AND e.channel_id = d.channel_id AND e.state IN ('pending', 'inflight') AND e.seq < d.seq
         )
       ORDER BY d.due_at, d.seq LIMIT ?`,
    );
    const rows = this.db.transaction(() => platforms.flatMap((platform) => stmt.all(platform, now, limit) as RawDelivery[]))();
    if (platforms.length > 1) rows.sort((a, b) => a.due_at - b.due_at || a.seq - b.seq);
    return rows.slice(0, limit).map(toDelivery);
  }

  /** The next time (after `now`) a pending delivery of these platforms falls due. */
  async nextDueAt(platforms: readonly AlertPlatform[], now: number): Promise<number | undefined> {
    const stmt = this.sql(`SELECT MIN(due_at) AS due FROM deliveries WHERE state = 'pending' AND platform = ? AND due_at > ?`);
    const dues = this.db.transaction(() => platforms.map((p) => (stmt.get(p, now) as { due: number | null }).due).filter((d): d is number => d !== null))();
    return dues.length > 0 ? Math.min(...dues) : undefined;
  }

  /** Pending + in-flight deliveries for these platforms. */
  async openCount(platforms: readonly AlertPlatform[]): Promise<number> {
    const row = this.sql(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight') AND platform IN (SELECT value FROM json_each(?))`)
      .get(JSON.stringify(platforms)) as { n: number };
    return row.n;
  }

  /** pending → inflight, with the claim time; returns the rows actually claimed. */
  async claim(ids: readonly string[], now: number, fence?: Fence): Promise<DeliveryRow[]> {
    if (ids.length === 0) return [];
    const update = this.sql(
      `UPDATE deliveries SET state = 'inflight', claimed_at = @now, attempted_at = @now, attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, @now)
       WHERE id = @id AND state = 'pending' RETURNING *`,
    );
    return this.db.transaction(() => {
      this.checkFence(fence);
      const claimed: DeliveryRow[] = [];
      for (const id of ids) {
        const row = update.get({ id, now }) as RawDelivery | undefined;
        if (row) claimed.push(toDelivery(row));
      }
      return claimed;
    })();
  }

  /** Move pending deliveries to a later due time (a channel's rate limit). */
  async defer(items: readonly { id: string; until: number }[], fence?: Fence): Promise<void> {
    if (items.length === 0) return;
    const stmt = this.sql(`UPDATE deliveries SET due_at = MAX(due_at, ?) WHERE id = ? AND state = 'pending'`);
    this.db.transaction(() => {
      this.checkFence(fence);
      items.forEach((i) => stmt.run(i.until, i.id));
    })();
  }

  /** Record send outcomes, all in one transaction. `sent` wins over anything (the platform confirmed it). */
  async mark(marks: readonly DeliveryMark[], now: number, fence?: Fence): Promise<void> {
    if (marks.length === 0) return;
    const block = this.sql(`INSERT INTO rate_blocks (scope, until) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET until = MAX(until, excluded.until)`);
    const sent = this.sql(
      `UPDATE deliveries SET state = 'sent', sent_at = @now, message_id = @messageId, claimed_at = NULL WHERE id = @id AND state IN ('inflight', 'pending')`,
    );
    const retry = this.sql(
      `UPDATE deliveries SET state = 'pending', due_at = @dueAt, last_error = @reason, maybe_sent = MAX(maybe_sent, @uncertain),
         errors = errors + @isError, claimed_at = NULL
       WHERE id = @id AND state = 'inflight'`,
    );
    const failed = this.sql(`UPDATE deliveries SET state = 'failed', last_error = @reason, claimed_at = NULL WHERE id = @id AND state IN ('inflight', 'pending')`);
    const failSubscription = this.sql(
      `UPDATE subscriptions SET state = 'failed', failure = @reason, failed_at = @now, updated_at = @now
       WHERE platform = @platform AND channel_id = @channelId AND state = 'active'`,
    );
    const failChannel = this.sql(
      `UPDATE deliveries SET state = 'failed', last_error = @reason WHERE platform = @platform AND channel_id = @channelId AND state = 'pending'`,
    );
    this.db.transaction(() => {
      this.checkFence(fence);
      for (const m of marks) {
        switch (m.kind) {
          case 'sent':
            sent.run({ id: m.id, messageId: m.messageId, now });
            break;
          case 'retry':
            retry.run({ id: m.id, dueAt: m.dueAt, reason: clipError(m.reason), uncertain: m.uncertain ? 1 : 0, isError: m.countsAsError ? 1 : 0 });
            if (m.block) block.run(m.block.scope, m.block.until);
            break;
          case 'failed':
            failed.run({ id: m.id, reason: clipError(m.reason) });
            break;
          case 'subscription_failed': {
            const reason = clipError(m.reason);
            failed.run({ id: m.id, reason });
            failSubscription.run({ platform: m.platform, channelId: m.channelId, reason, now });
            failChannel.run({ platform: m.platform, channelId: m.channelId, reason: clipError(`subscription stopped: ${reason}`) });
            break;
          }
        }
      }
    })();
  }

  /* ---------------------------------------------------------------- retention */

  /**
   * One small batch of retention, each kind in its own short transaction so the worker's writes interleave:
   * sent deliveries older than `retentionMs`; failed ones as old whose failure is resolved (the channel's
   * subscription is active again, or gone); alerts as old that no delivery references any more; served requests
   * and rate-limit blocks that are over. `more`: a full batch was removed, call again (off the hot path).
   */
  async prune(input: { now: number; retentionMs: number; batch: number }): Promise<{ deliveries: number; alerts: number; more: boolean }> {
    const cutoff = input.now - input.retentionMs;
    const sent = this.db.transaction(
      () =>
        this.sql(`DELETE FROM deliveries WHERE seq IN (SELECT seq FROM deliveries WHERE state = 'sent' AND sent_at < ? LIMIT ?)`).run(cutoff, input.batch).changes,
    )();
    const failed = this.db.transaction(
      () =>
        this.sql(
          `DELETE FROM deliveries WHERE seq IN (
             SELECT d.seq FROM deliveries AS d WHERE d.state = 'failed' AND d.created_at < ?
               AND NOT EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.platform = d.platform AND s.channel_id = d.channel_id AND s.state = 'failed')
             LIMIT ?)`,
        ).run(cutoff, input.batch).changes,
    )();
    const alerts = this.db.transaction(() => {
      const ids = this.sql(
        `DELETE FROM alerts WHERE id IN (
           SELECT a.id FROM alerts AS a WHERE a.created_at < ? AND NOT EXISTS (SELECT 1 FROM deliveries AS d WHERE d.alert_id = a.id) LIMIT ?)
         RETURNING id`,
      )
        .all(cutoff, input.batch)
        .map((r) => (r as { id: string }).id);
      ids.forEach((id) => this.alertCache.delete(id));
      return ids.length;
    })();
    this.db.transaction(() => {
      this.sql('DELETE FROM rate_blocks WHERE until < ?').run(input.now);
      this.sql('DELETE FROM requests WHERE done_at IS NOT NULL AND done_at < ?').run(input.now - 86_400_000);
    })();
    return { deliveries: sent + failed, alerts, more: sent === input.batch || failed === input.batch || alerts === input.batch };
  }

  /* ---------------------------------------------------------------- status */

  async channelStatus(platform: AlertPlatform, channelId: string): Promise<ChannelStatus> {
    return this.db.transaction(() => this.readChannelStatus(platform, channelId))();
  }

  /** Waiting or in flight, every platform: an index range, fast at any size. */
  async openTotal(): Promise<number> {
    return (this.sql(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight')`).get() as { n: number }).n;
  }

  private readChannelStatus(platform: AlertPlatform, channelId: string): ChannelStatus {
    const last = this.sql(`SELECT sent_at, alert_id FROM deliveries WHERE platform = ? AND channel_id = ? AND state = 'sent' ORDER BY sent_at DESC, seq DESC LIMIT 1`)
      .get(platform, channelId) as { sent_at: number; alert_id: string } | undefined;
    const counts = this.sql(
      `SELECT SUM(state IN ('pending', 'inflight')) AS open, SUM(state = 'failed') AS failed FROM deliveries WHERE platform = ? AND channel_id = ?`,
    ).get(platform, channelId) as { open: number | null; failed: number | null };
    const lastError = this.sql(`SELECT last_error FROM deliveries WHERE platform = ? AND channel_id = ? AND state = 'failed' ORDER BY seq DESC LIMIT 1`)
      .get(platform, channelId) as { last_error: string | null } | undefined;
    return {
      subscription: this.readSubscription(platform, channelId),
      lastSent: last ? { at: last.sent_at, alertId: last.alert_id } : undefined,
      open: counts.open ?? 0,
      failed: counts.failed ?? 0,
      lastError: lastError?.last_error ?? undefined,
    };
  }

  /* ---------------------------------------------------------------- the delivering process */

  /**
   * Become the one process that delivers, or learn who is. The owner is a random instance id (plus the host name,
   * for people); the lease is refused while another owner's lease has not expired, and taken over once it has:
   * a holder killed with -9 simply stops renewing it. Each new holder gets the next generation (fencing token),
   * which every write of its worker carries: a holder that lost the lease cannot mark deliveries any more.
   */
  async acquireLease(input: { owner: string; host: string; now: number; ttlMs: number }): Promise<{ ok: true; generation: number } | { ok: false; holder: LeaseHolder }> {
    return this.db.transaction(() => {
      const row = this.readLeaseHolder();
      if (row && row.owner !== input.owner && row.expiresAt > input.now) return { ok: false as const, holder: row };
      const generation = row && row.owner === input.owner && row.expiresAt > input.now ? row.generation : (row?.generation ?? 0) + 1;
      this.sql(
        `INSERT INTO worker_lease (id, owner, host, generation, acquired_at, heartbeat_at, expires_at) VALUES (1, @owner, @host, @generation, @now, @now, @expires)
         ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, host = excluded.host, generation = excluded.generation,
           acquired_at = CASE WHEN worker_lease.generation = excluded.generation THEN worker_lease.acquired_at ELSE excluded.acquired_at END,
           heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at`,
      ).run({ owner: input.owner, host: input.host, generation, now: input.now, expires: input.now + input.ttlMs });
      return { ok: true as const, generation };
    }).immediate();
  }

  /** Renew the lease; false when it was taken over (this process must stop delivering). */
  async heartbeat(fence: Fence, now: number, ttlMs: number): Promise<boolean> {
    return this.sql('UPDATE worker_lease SET heartbeat_at = ?, expires_at = ? WHERE id = 1 AND owner = ? AND generation = ?').run(now, now + ttlMs, fence.owner, fence.generation).changes === 1;
  }

  /** Let the lease expire now (graceful stop): a standby takes over at its next heartbeat. The generation stays. */
  async releaseLease(fence: Fence): Promise<void> {
    this.sql('UPDATE worker_lease SET expires_at = 0 WHERE id = 1 AND owner = ? AND generation = ?').run(fence.owner, fence.generation);
  }

  async leaseHolder(): Promise<LeaseHolder | undefined> {
    return this.readLeaseHolder();
  }

  private readLeaseHolder(): LeaseHolder | undefined {
    const row = this.sql('SELECT owner, host, generation, acquired_at, heartbeat_at, expires_at FROM worker_lease WHERE id = 1').get() as
      | { owner: string; host: string; generation: number; acquired_at: number; heartbeat_at: number; expires_at: number }
      | undefined;
    return row
      ? { owner: row.owner, host: row.host, generation: row.generation, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at, expiresAt: row.expires_at }
      : undefined;
  }

  /** Refuse the write (throw `LeaseLostError`) unless `fence` still holds the lease. Call inside the write's transaction. */
  private checkFence(fence: Fence | undefined): void {
    if (!fence) return;
    const row = this.sql('SELECT owner, generation FROM worker_lease WHERE id = 1').get() as { owner: string; generation: number } | undefined;
    if (!row || row.owner !== fence.owner || row.generation !== fence.generation) {
      throw new LeaseLostError(`the alerts lease is now held by generation ${row?.generation ?? 'none'}; generation ${fence.generation} may not write`);
    }
  }

  /* ---------------------------------------------------------------- rate-limit state */

  /** 429 blocks not yet over, and hand-offs to senders since `since`: what a new worker's rate limiter starts from. */
  async rateState(platforms: readonly AlertPlatform[], since: number, now: number): Promise<RateState> {
    return this.db.transaction(() => {
      const blocks = (this.sql('SELECT scope, until FROM rate_blocks WHERE until > ?').all(now) as { scope: string; until: number }[]).filter((b) =>
        platforms.some((p) => b.scope === p || b.scope.startsWith(`${p}:`)),
      );
      const attempts = (
        this.sql(
          `SELECT platform, channel_id, attempted_at FROM deliveries WHERE attempted_at > ? AND platform IN (SELECT value FROM json_each(?)) ORDER BY attempted_at`,
        ).all(since, JSON.stringify(platforms)) as { platform: AlertPlatform; channel_id: string; attempted_at: number }[]
      ).map((r) => ({ platform: r.platform, channelId: r.channel_id, at: r.attempted_at }));
      return { blocks, attempts };
    })();
  }

  /* ---------------------------------------------------------------- requests to the running bot */

  /** Ask the running bot(s) to reload `data/` (`npm run data:reload`): a row they poll, whatever host or container they run in. */
  async requestReload(by: string, now: number): Promise<number> {
    return Number(this.sql(`INSERT INTO requests (kind, requested_by, requested_at) VALUES ('reload', ?, ?)`).run(by, now).lastInsertRowid);
  }

  /** Reload requests after `afterId`, oldest first. */
  async reloadRequests(afterId: number): Promise<ReloadRequest[]> {
    const rows = this.sql(`SELECT id, requested_by, requested_at, done_by, done_at, result FROM requests WHERE kind = 'reload' AND id > ? ORDER BY id`).all(afterId) as {
      id: number;
      requested_by: string;
      requested_at: number;
      done_by: string | null;
      done_at: number | null;
      result: string | null;
    }[];
    return rows.map((r) => ({ id: r.id, requestedBy: r.requested_by, requestedAt: r.requested_at, doneBy: r.done_by, doneAt: r.done_at, result: r.result }));
  }

  /** The newest request id (a process starting reads data anyway, so it skips older ones). */
  async lastRequestId(): Promise<number> {
    return (this.sql('SELECT COALESCE(MAX(id), 0) AS id FROM requests').get() as { id: number }).id;
  }

  /** Record who handled a request first, and what came of it. */
  async completeRequest(id: number, by: string, result: string, now: number): Promise<void> {
    this.sql('UPDATE requests SET done_by = ?, done_at = ?, result = ? WHERE id = ? AND done_at IS NULL').run(by, now, result, id);
  }

  /** Online copy of the database (safe while the bot runs). */
  async backup(destination: string): Promise<void> {
    mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
    await this.db.backup(destination);
  }
}

/**
 * Run `step`, again after a short random pause while SQLite answers SQLITE_BUSY, for at most `withinMs`. For the
 * steps SQLite's own busy timeout does not cover (a lock upgrade it refuses at once to avoid a deadlock).
 */
function retryWhileBusy<T>(step: () => T, withinMs: number): T {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.floor(Math.random() * 40));
    }
  }
}

/**
 * Apply the migrations not yet applied, all in ONE exclusive transaction that re-reads the version inside it:
 * two processes starting together on a fresh file cannot both create the schema (the second waits, then finds
 * it done). An up-to-date file takes no write lock at all.
 */
function migrate(db: Database.Database): void {
  const check = (version: number): void => {
    if (version > MIGRATIONS.length) {
      throw new StoreVersionError(`the alerts database is at schema version ${version}, newer than this letterbot (${MIGRATIONS.length}); upgrade letterbot`);
    }
  };
  const current = db.pragma('user_version', { simple: true }) as number;
  check(current);
  if (current === MIGRATIONS.length) return;
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    check(version);
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).exclusive();
}
