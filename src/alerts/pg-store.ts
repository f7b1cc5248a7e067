import pg from 'pg';
import { deliveryId, type Alert, type AlertPlatform, type AlertTopic } from '../core/alerts';
import type { Locale } from '../core/reply';
import {
  AlertCache,
  clipError,
  StoreVersionError,
  toDelivery,
  toInstallation,
  toSubscription,
  type AlertStore,
  type ChannelStatus,
  type DeliveryMark,
  type DeliveryRow,
  type DeliveryState,
  type Fence,
  type RawDelivery,
  type RawInstallation,
  type RawSubscription,
  type InstallationRow,
  type LeaseHolder,
  type QueueResult,
  type RateState,
  type ReloadRequest,
  type Snapshot,
  type SubscriptionRow,
} from './store';

/** The earliest pending delivery of some platforms ($1) due after $2: when the worker should look again. */
const NEXT_DUE = `SELECT MIN(due_at) FROM deliveries WHERE state = 'pending' AND platform = ANY($1::text[]) AND due_at > $2`;

/**
 * PostgreSQL migrations, applied in order under an advisory lock (`letterbot_migrations` records each). The first
 * is the whole schema of SQLite's five, plus what several instances delivering at once need: each in-flight
 * delivery names the instance that claimed it and when that claim expires.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE subscriptions (
    platform       TEXT NOT NULL,
    channel_id     TEXT NOT NULL,
    topics         TEXT NOT NULL,
    locale         TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('active', 'failed')),
    failure        TEXT,
    failed_at      BIGINT,
    tenant         TEXT,
    paused_at      BIGINT,
    paused_reason  TEXT,
    created_by     TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  CREATE INDEX subscriptions_tenant ON subscriptions (tenant, state);

  CREATE TABLE alerts (
    id          TEXT PRIMARY KEY,
    topic       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    audience    TEXT
  );
  CREATE INDEX alerts_created ON alerts (created_at);

  CREATE TABLE deliveries (
    seq               BIGSERIAL PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    alert_id          TEXT NOT NULL REFERENCES alerts (id),
    platform          TEXT NOT NULL,
    channel_id        TEXT NOT NULL,
    locale            TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('pending', 'inflight', 'sent', 'failed')),
    due_at            BIGINT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    errors            INTEGER NOT NULL DEFAULT 0,
    maybe_sent        BOOLEAN NOT NULL DEFAULT false,
    claimed_at        BIGINT,
    claimed_by        TEXT,
    claim_expires_at  BIGINT,
    first_attempt_at  BIGINT,
    attempted_at      BIGINT,
    sent_at           BIGINT,
    message_id        TEXT,
    last_error        TEXT,
    created_at        BIGINT NOT NULL
  );
  CREATE INDEX deliveries_due ON deliveries (state, platform, due_at);
  CREATE INDEX deliveries_channel ON deliveries (platform, channel_id, state, sent_at);
  CREATE INDEX deliveries_open ON deliveries (platform, channel_id, seq) WHERE state IN ('pending', 'inflight');
  CREATE INDEX deliveries_sent ON deliveries (state, sent_at);
  CREATE INDEX deliveries_alert ON deliveries (alert_id);
  CREATE INDEX deliveries_attempted ON deliveries (attempted_at) WHERE attempted_at IS NOT NULL;
  CREATE INDEX deliveries_claims ON deliveries (claimed_by, claim_expires_at) WHERE state = 'inflight';

  CREATE TABLE fact_snapshot (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    data        TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
  );

  CREATE TABLE worker_lease (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    owner         TEXT NOT NULL,
    host          TEXT NOT NULL,
    generation    INTEGER NOT NULL,
    acquired_at   BIGINT NOT NULL,
    heartbeat_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
  );

  CREATE TABLE requests (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('reload')),
    requested_by  TEXT NOT NULL,
    requested_at  BIGINT NOT NULL,
    done_by       TEXT,
    done_at       BIGINT,
    result        TEXT
  );

  CREATE TABLE rate_blocks (
    scope  TEXT PRIMARY KEY,
    until  BIGINT NOT NULL
  );

  CREATE TABLE installations (
    key            TEXT PRIMARY KEY,
    platform       TEXT NOT NULL,
    team_id        TEXT,
    enterprise_id  TEXT,
    body           TEXT NOT NULL,
    installed_at   BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
  );
  CREATE INDEX installations_team ON installations (platform, team_id);
  `,
  // 2: the instances alive (a heartbeat each), so every one takes 1/N of the platforms' rate limits.
  `
  CREATE TABLE instances (
    id            TEXT PRIMARY KEY,
    host          TEXT NOT NULL,
    started_at    BIGINT NOT NULL,
    heartbeat_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
  );
  `,
  // 3: Slack requests seen by any instance (hashed keys), so a retry landing on another instance is not answered again.
  `
  CREATE TABLE seen_requests (
    key      TEXT PRIMARY KEY,
    seen_at  BIGINT NOT NULL
  );
  CREATE INDEX seen_requests_at ON seen_requests (seen_at);
  `,
  // 4: pending deliveries in claim order, so a claim reads only the rows it takes (and the few it skips) instead of
  // sorting every open delivery; it also answers "when is the next one due". It replaces the index on every row's
  // (state, platform, due_at): one index fewer to update at each claim and outcome (the pruning of failed rows uses
  // deliveries_sent, whose first column is the state too).
  `
  CREATE INDEX deliveries_pending ON deliveries (due_at, seq) WHERE state = 'pending';
  DROP INDEX deliveries_due;
  `,
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Advisory lock keys (per schema, so test schemas side by side do not wait for each other). */
const LOCK_MIGRATE = 'letterbot:migrate';
const LOCK_QUEUE = 'letterbot:queue';

/** BIGINT (20) and NUMERIC (1700, from SUM) as JS numbers: every such column holds ms times or counts, far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 || oid === 1700 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Queueing this many deliveries at once refreshes the table's statistics (see `queue`). */
const ANALYZE_AFTER_QUEUED = 500;

/**
 * A claim ($1 platforms, $2 now, $3 limit, $4 owner, $5 claim expiry): each channel's first open delivery only, none in
 * a scope a 429 blocked, rows another instance is locking skipped. Read in claim order from deliveries_pending and
 * stopping at `limit` rows, so it costs the rows it takes (and the few it skips), not the size of the queue.
 */
export const CLAIM_DUE_SQL = `
  WITH candidates AS (
    SELECT d.seq FROM deliveries AS d
    WHERE d.state = 'pending' AND d.platform = ANY($1::text[]) AND d.due_at <= $2
      AND NOT EXISTS (
        SELECT 1 FROM deliveries AS e
        WHERE e.platform = d.platform AND e.channel_id = d.channel_id AND e.state IN ('pending', 'inflight') AND e.seq < d.seq
      )
      AND NOT EXISTS (
        SELECT 1 FROM rate_blocks AS b WHERE b.until > $2 AND (b.scope = d.platform OR b.scope = d.platform || ':' || d.channel_id)
      )
    ORDER BY d.due_at, d.seq
    LIMIT $3
    FOR UPDATE OF d SKIP LOCKED
  )
  UPDATE deliveries AS u SET state = 'inflight', claimed_by = $4, claimed_at = $2, claim_expires_at = $5, attempted_at = $2,
    attempts = u.attempts + 1, first_attempt_at = COALESCE(u.first_attempt_at, $2)
  FROM candidates WHERE u.seq = candidates.seq AND u.state = 'pending'
  RETURNING u.*, (SELECT s.tenant FROM subscriptions AS s WHERE s.platform = u.platform AND s.channel_id = u.channel_id) AS tenant`;

/** Deadlocks and serialization failures: the transaction is retried (a few times) from the start. */
const RETRYABLE = new Set(['40001', '40P01']);

/** A statement in a transaction; with a `name`, prepared once per connection (see `prepared`). */
type Query = (text: string, values?: readonly unknown[], name?: string) => Promise<pg.QueryResult>;

/**
 * The alerts state in PostgreSQL (`LETTERBOT_DATABASE_URL`), for several letterbot instances sharing it. Same
 * interface and meaning as `SqliteAlertStore`, with what sharing needs:
 * - migrations run in one transaction under `pg_advisory_xact_lock`: instances starting together wait, then find
 *   the schema done;
 * - every instance delivers: `claimDue` takes a batch with `SELECT … FOR UPDATE SKIP LOCKED`, each channel's first
 *   open delivery only (per-channel order), nothing in a scope a 429 blocked (`rate_blocks`, shared by all); a claim
 *   names its instance and expires unless renewed, and an expired one goes back to pending flagged `maybe_sent`
 *   (`reapClaims`) so the next sender reconciles before posting again;
 * - the outbox write is serialised (advisory lock), so a delivery's `seq` order is the order alerts were queued,
 *   and a snapshot already recorded by another instance is not diffed twice.
 * The pool's `search_path` (e.g. `?options=-c%20search_path%3Dletterbot` in the URL) chooses the schema.
 */
export class PostgresAlertStore implements AlertStore {
  readonly kind = 'postgres';
  private readonly alertCache = new AlertCache();
  private closed = false;
  private lastSeenPrune = 0;
  /** Statements sent to the server so far (round trips, `BEGIN` and `COMMIT` included): the fan-out bench reads it. */
  statements = 0;

  private constructor(readonly pool: pg.Pool) {}

  /** Connect and migrate. `url`: `postgres://user@host:5432/db`. */
  static async open(url: string, options: { max?: number } = {}): Promise<PostgresAlertStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: TYPES, connectionTimeoutMillis: 10_000 });
    // An idle client losing its connection (database restarted) must not crash the process: the pool replaces it.
    pool.on('error', () => undefined);
    const store = new PostgresAlertStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  /**
   * What `letterbot doctor` reports, read-only (never migrates or writes): whether the server answers, the schema
   * version, the instance that prunes (the lease), and what waits or failed. `where` names the database in messages.
   */
  static async inspect(
    url: string,
    now: number,
  ): Promise<
    | { error: string }
    | { version: number; latest: number; holder: { owner: string; generation: number; renewedMsAgo: number } | null; open: number; failedSubscriptions: number; instances: number }
  > {
    const client = new pg.Client({ connectionString: url, types: TYPES, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      const has = async (table: string): Promise<boolean> => (await client.query('SELECT to_regclass($1) AS t', [table])).rows[0].t !== null;
      const version = (await has('letterbot_migrations')) ? ((await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM letterbot_migrations')).rows[0].v as number) : 0;
      if (version === 0) return { version, latest: PG_MIGRATIONS.length, holder: null, open: 0, failedSubscriptions: 0, instances: 0 };
      const lease = (await client.query(`SELECT owner, generation, heartbeat_at, expires_at FROM worker_lease WHERE id = 1 AND owner <> ''`)).rows[0] as
        | { owner: string; generation: number; heartbeat_at: number; expires_at: number }
        | undefined;
      const open = (await client.query(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight')`)).rows[0].n as number;
      const failedSubscriptions = (await client.query(`SELECT COUNT(*) AS n FROM subscriptions WHERE state = 'failed'`)).rows[0].n as number;
      const instances = (await has('instances')) ? ((await client.query('SELECT COUNT(*) AS n FROM instances WHERE expires_at > $1', [now])).rows[0].n as number) : 0;
      return {
        version,
        latest: PG_MIGRATIONS.length,
        holder: lease && lease.expires_at > now ? { owner: lease.owner, generation: lease.generation, renewedMsAgo: now - lease.heartbeat_at } : null,
        open,
        failedSubscriptions,
        instances,
      };
    } catch (error) {
      return { error: `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}` };
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private async migrate(): Promise<void> {
    await this.tx(async (q) => {
      await q('SELECT pg_advisory_xact_lock(hashtext(current_schema() || $1))', [LOCK_MIGRATE]);
      await q('CREATE TABLE IF NOT EXISTS letterbot_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const current = (await q('SELECT COALESCE(MAX(version), 0) AS v FROM letterbot_migrations')).rows[0].v as number;
      if (current > PG_MIGRATIONS.length) {
        throw new StoreVersionError(`the alerts database is at schema version ${current}, newer than this letterbot (${PG_MIGRATIONS.length}); upgrade letterbot`);
      }
      for (let v = current; v < PG_MIGRATIONS.length; v++) {
        await q(PG_MIGRATIONS[v]!);
        await q('INSERT INTO letterbot_migrations (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  /** One transaction on one pooled connection; retried on deadlock or serialization failure. */
  private async tx<T>(work: (q: Query) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken = false;
      try {
        this.statements += 1;
        await client.query('BEGIN');
        const result = await work((text, values, name) => {
          this.statements += 1;
          return name ? client.query({ name, text, values: values as unknown[] }) : client.query(text, values as unknown[]);
        });
        this.statements += 1;
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          this.statements += 1;
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        if (attempt < 4 && RETRYABLE.has(String((error as { code?: unknown }).code))) continue;
        throw error;
      } finally {
        client.release(broken);
      }
    }
  }

  /** One statement (its own transaction). */
  private q(text: string, values?: readonly unknown[]): Promise<pg.QueryResult> {
    this.statements += 1;
    return this.pool.query(text, values as unknown[]);
  }

  /**
   * One statement of the delivery loop, prepared once per connection under `name` (parsed and its plan cached by
   * the server, instead of at every call).
   */
  private prepared(text: string, values: readonly unknown[], name: string): Promise<pg.QueryResult> {
    this.statements += 1;
    return this.pool.query({ name, text, values: values as unknown[] });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async schemaVersion(): Promise<number> {
    return (await this.q('SELECT COALESCE(MAX(version), 0) AS v FROM letterbot_migrations')).rows[0].v as number;
  }

  /* ---------------------------------------------------------------- subscriptions */

  async subscribe(input: { platform: AlertPlatform; channelId: string; topics: readonly AlertTopic[]; locale: Locale; userId: string; now: number; tenant?: string }): Promise<SubscriptionRow> {
    const tenant = input.tenant ?? (input.platform === 'shell' ? 'shell:local' : null);
    const { rows } = await this.q(
      `INSERT INTO subscriptions (platform, channel_id, topics, locale, state, tenant, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $7)
       ON CONFLICT (platform, channel_id) DO UPDATE SET
         topics = excluded.topics, locale = excluded.locale, state = 'active', failure = NULL, failed_at = NULL,
         tenant = COALESCE(excluded.tenant, subscriptions.tenant), updated_at = excluded.updated_at
       RETURNING *`,
      [input.platform, input.channelId, input.topics.join(','), input.locale, tenant, input.userId, input.now],
    );
    return toSubscription(rows[0] as RawSubscription);
  }

  async learnTenant(platform: AlertPlatform, channelId: string, tenant: string): Promise<boolean> {
    return ((await this.q('UPDATE subscriptions SET tenant = $1 WHERE platform = $2 AND channel_id = $3 AND tenant IS NULL', [tenant, platform, channelId])).rowCount ?? 0) > 0;
  }

  async reach(tenant: string | undefined): Promise<{ tenant: number; all: number }> {
    const { rows } = await this.q(
      `SELECT COUNT(*) AS all, COUNT(*) FILTER (WHERE tenant = $1) AS mine FROM subscriptions WHERE state = 'active' AND paused_at IS NULL`,
      [tenant ?? null],
    );
    return { tenant: tenant ? (rows[0].mine as number) : 0, all: rows[0].all as number };
  }

  async unsubscribe(platform: AlertPlatform, channelId: string): Promise<boolean> {
    return this.tx(async (q) => {
      const removed = ((await q('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId])).rowCount ?? 0) > 0;
      await q(`UPDATE deliveries SET state = 'failed', last_error = 'unsubscribed' WHERE platform = $1 AND channel_id = $2 AND state = 'pending'`, [platform, channelId]);
      return removed;
    });
  }

  async subscription(platform: AlertPlatform, channelId: string): Promise<SubscriptionRow | undefined> {
    const { rows } = await this.q('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
    return rows[0] ? toSubscription(rows[0] as RawSubscription) : undefined;
  }

  async subscriptions(): Promise<SubscriptionRow[]> {
    // COLLATE "C": the same byte order as SQLite, whatever the database's collation.
    return ((await this.q('SELECT * FROM subscriptions ORDER BY platform COLLATE "C", channel_id COLLATE "C"')).rows as RawSubscription[]).map(toSubscription);
  }

  /* ---------------------------------------------------------------- installations (Slack OAuth) */

  async saveInstallation(input: Omit<InstallationRow, 'installedAt' | 'updatedAt'> & { tenant: string | null; now: number }): Promise<{ resumed: number }> {
    return this.tx(async (q) => {
      await q(
        `INSERT INTO installations (key, platform, team_id, enterprise_id, body, installed_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, body = excluded.body, updated_at = excluded.updated_at`,
        [input.key, input.platform, input.teamId, input.enterpriseId, input.body, input.now],
      );
      const resumed = input.tenant
        ? ((await q('UPDATE subscriptions SET paused_at = NULL, paused_reason = NULL, updated_at = $1 WHERE tenant = $2 AND paused_at IS NOT NULL', [input.now, input.tenant])).rowCount ?? 0)
        : 0;
      return { resumed };
    });
  }

  async installation(key: string): Promise<InstallationRow | undefined> {
    const row = (await this.q('SELECT * FROM installations WHERE key = $1', [key])).rows[0] as RawInstallation | undefined;
    return row ? toInstallation(row) : undefined;
  }

  async removeInstallation(input: { key: string; tenant: string | null; reason: string; now: number }): Promise<{ removed: boolean; paused: number }> {
    return this.tx(async (q) => {
      const removed = ((await q('DELETE FROM installations WHERE key = $1', [input.key])).rowCount ?? 0) > 0;
      if (!input.tenant) return { removed, paused: 0 };
      const reason = clipError(input.reason);
      const paused = (await q('UPDATE subscriptions SET paused_at = $1, paused_reason = $2, updated_at = $1 WHERE tenant = $3 AND paused_at IS NULL', [input.now, reason, input.tenant])).rowCount ?? 0;
      await q(
        `UPDATE deliveries SET state = 'failed', last_error = $1, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
         WHERE state = 'pending' AND (platform, channel_id) IN (SELECT platform, channel_id FROM subscriptions WHERE tenant = $2)`,
        [clipError(`paused: ${reason}`), input.tenant],
      );
      return { removed, paused };
    });
  }

  /* ---------------------------------------------------------------- snapshot + outbox */

  async snapshot(): Promise<Snapshot | undefined> {
    const row = (await this.q('SELECT version, hash, data, updated_at FROM fact_snapshot WHERE id = 1')).rows[0] as
      | { version: number; hash: string; data: string; updated_at: number }
      | undefined;
    return row ? { version: row.version, hash: row.hash, data: row.data, updatedAt: row.updated_at } : undefined;
  }

  async snapshotHash(): Promise<string | undefined> {
    return (await this.q('SELECT hash FROM fact_snapshot WHERE id = 1')).rows[0]?.hash as string | undefined;
  }

  /**
   * The outbox write, in ONE transaction, serialised with every other instance's (advisory lock): deliveries get
   * their `seq` in the order alerts were queued. With a snapshot: when another instance already recorded this
   * very fact base (the same data reloaded everywhere), nothing is written and every alert comes back a duplicate;
   * the database decides which instance's diff counts.
   */
  async queue(alerts: readonly Alert[], options: { now: number; snapshot?: { hash: string; data: string } }): Promise<QueueResult[]> {
    const results = await this.queueAll(alerts, options);
    if (results.reduce((n, r) => n + r.channels, 0) >= ANALYZE_AFTER_QUEUED) {
      // Fresh statistics before the fan-out starts (autovacuum takes up to a minute): planned on an empty or
      // much smaller table, a claim would sort every pending delivery instead of reading deliveries_pending in order.
      // Not the owner of the table (a DBA's schema): PostgreSQL only warns; nothing here may fail the queueing.
      await this.q('ANALYZE deliveries').catch(() => undefined);
    }
    return results;
  }

  private queueAll(alerts: readonly Alert[], options: { now: number; snapshot?: { hash: string; data: string } }): Promise<QueueResult[]> {
    return this.tx(async (q) => {
      await q('SELECT pg_advisory_xact_lock(hashtext(current_schema() || $1))', [LOCK_QUEUE]);
      if (options.snapshot) {
        const current = (await q('SELECT hash FROM fact_snapshot WHERE id = 1')).rows[0]?.hash as string | undefined;
        if (current === options.snapshot.hash) return alerts.map((a) => ({ alertId: a.id, channels: 0, duplicate: true }));
      }
      const results: QueueResult[] = [];
      for (const alert of alerts) {
        const inserted = await q(
          'INSERT INTO alerts (id, topic, kind, subject, body, created_at, audience) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING',
          [alert.id, alert.topic, alert.kind, alert.subject, JSON.stringify(alert), options.now, alert.audience ?? null],
        );
        if ((inserted.rowCount ?? 0) === 0) {
          results.push({ alertId: alert.id, channels: 0, duplicate: true });
          continue;
        }
        const subscribers = (
          await q(
            `SELECT platform, channel_id, locale FROM subscriptions
             WHERE state = 'active' AND paused_at IS NULL AND (',' || topics || ',') LIKE ('%,' || $1 || ',%') AND ($2::text IS NULL OR tenant = $2)
             ORDER BY platform COLLATE "C", channel_id COLLATE "C"`,
            [alert.topic, alert.audience ?? null],
          )
        ).rows as { platform: AlertPlatform; channel_id: string; locale: Locale }[];
        let channels = 0;
        if (subscribers.length > 0) {
          const added = await q(
            `INSERT INTO deliveries (id, alert_id, platform, channel_id, locale, state, due_at, created_at)
             SELECT d.id, $5, d.platform, d.channel_id, d.locale, 'pending', $6, $6
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS d (id, platform, channel_id, locale, n)
             ORDER BY d.n
             ON CONFLICT (id) DO NOTHING`,
            [
              subscribers.map((s) => deliveryId(alert.id, s.platform, s.channel_id)),
              subscribers.map((s) => s.platform),
              subscribers.map((s) => s.channel_id),
              subscribers.map((s) => s.locale),
              alert.id,
              options.now,
            ],
          );
          channels = added.rowCount ?? 0;
        }
        results.push({ alertId: alert.id, channels, duplicate: false });
      }
      if (options.snapshot) {
        await q(
          `INSERT INTO fact_snapshot (id, version, hash, data, updated_at) VALUES (1, 1, $1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET version = fact_snapshot.version + 1, hash = excluded.hash, data = excluded.data, updated_at = excluded.updated_at`,
          [options.snapshot.hash, options.snapshot.data, options.now],
        );
      }
      return results;
    });
  }

  async alert(id: string): Promise<Alert | undefined> {
    const cached = this.alertCache.get(id);
    if (cached) return cached;
    const row = (await this.q('SELECT body FROM alerts WHERE id = $1', [id])).rows[0] as { body: string } | undefined;
    return row ? this.alertCache.remember(id, row.body) : undefined;
  }

  async alerts(): Promise<Alert[]> {
    return ((await this.q('SELECT body FROM alerts ORDER BY created_at, id COLLATE "C"')).rows as { body: string }[]).map((r) => JSON.parse(r.body) as Alert);
  }

  async delivery(id: string): Promise<DeliveryRow | undefined> {
    const row = (await this.q('SELECT * FROM deliveries WHERE id = $1', [id])).rows[0] as RawDelivery | undefined;
    return row ? toDelivery(row) : undefined;
  }

  async deliveries(filter: { state?: DeliveryState; alertId?: string } = {}): Promise<DeliveryRow[]> {
    const { rows } = await this.q('SELECT * FROM deliveries WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR alert_id = $2) ORDER BY seq', [
      filter.state ?? null,
      filter.alertId ?? null,
    ]);
    return (rows as RawDelivery[]).map(toDelivery);
  }

  async counts(): Promise<Record<DeliveryState, number>> {
    const out: Record<DeliveryState, number> = { pending: 0, inflight: 0, sent: 0, failed: 0 };
    for (const r of (await this.q('SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state')).rows as { state: DeliveryState; n: number }[]) out[r.state] = r.n;
    return out;
  }

  /* ---------------------------------------------------------------- the worker's side */

  /**
   * In-flight rows back to pending, first in line, flagged `maybe_sent`. With a fence (a running instance): only
   * the rows that instance claimed and is not sending (`except`); without: every in-flight row (one process).
   */
  async recoverInflight(fence?: Fence, except: ReadonlySet<string> = new Set()): Promise<number> {
    const { rowCount } = await this.q(
      `UPDATE deliveries SET state = 'pending', maybe_sent = true, due_at = 0, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
       WHERE seq IN (
         SELECT seq FROM deliveries WHERE state = 'inflight' AND ($1::text IS NULL OR claimed_by = $1) AND NOT (id = ANY($2::text[])) ORDER BY seq FOR UPDATE SKIP LOCKED
       )`,
      [fence?.owner ?? null, [...except]],
    );
    return rowCount ?? 0;
  }

  async release(ids: readonly string[], fence?: Fence): Promise<number> {
    if (ids.length === 0) return 0;
    const { rowCount } = await this.q(
      `UPDATE deliveries SET state = 'pending', maybe_sent = true, due_at = 0, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
       WHERE id = ANY($1::text[]) AND state = 'inflight' AND ($2::text IS NULL OR claimed_by = $2)`,
      [[...ids], fence?.owner ?? null],
    );
    return rowCount ?? 0;
  }

  async dueDeliveries(platforms: readonly AlertPlatform[], now: number, limit: number): Promise<DeliveryRow[]> {
    const { rows } = await this.q(
      `SELECT * FROM deliveries AS d
       WHERE d.state = 'pending' AND d.platform = ANY($1::text[]) AND d.due_at <= $2
         AND NOT EXISTS (
           SELECT 1 FROM deliveries AS e
           WHERE e.platform = d.platform AND e.channel_id = d.channel_id AND e.state IN ('pending', 'inflight') AND e.seq < d.seq
         )
       ORDER BY d.due_at, d.seq LIMIT $3`,
      [[...platforms], now, limit],
    );
    return (rows as RawDelivery[]).map(toDelivery);
  }

  /**
   * Several instances: claim up to `limit` due deliveries in one statement. Only each channel's first open delivery
   * (so a channel's alerts go in order, one at a time, whoever sends them), none in a scope a 429 blocked (whoever
   * was told), and rows another instance is claiming right now are skipped (`FOR UPDATE SKIP LOCKED`), not waited
   * for. Each claim names `owner` and expires at `now + ttlMs` unless renewed (`renewClaims`).
   */
  async claimDue(input: { platforms: readonly AlertPlatform[]; now: number; limit: number; owner: string; ttlMs: number }): Promise<DeliveryRow[]> {
    if (input.limit <= 0 || input.platforms.length === 0) return [];
    const { rows } = await this.prepared(CLAIM_DUE_SQL, [[...input.platforms], input.now, input.limit, input.owner, input.now + input.ttlMs], 'letterbot_claim_due');
    return (rows as RawDelivery[]).map(toDelivery).sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
  }

  /** Keep this instance's claims alive (every heartbeat). */
  async renewClaims(owner: string, now: number, ttlMs: number): Promise<number> {
    // SKIP LOCKED: a row this instance is marking right now is settled by that write; waiting for it could deadlock.
    const { rowCount } = await this.q(
      `UPDATE deliveries SET claim_expires_at = $1
       WHERE seq IN (SELECT seq FROM deliveries WHERE state = 'inflight' AND claimed_by = $2 ORDER BY seq FOR UPDATE SKIP LOCKED)`,
      [now + ttlMs, owner],
    );
    return rowCount ?? 0;
  }

  /**
   * Claims whose instance stopped renewing them (killed, frozen, cut off) go back to pending, first in line,
   * flagged `maybe_sent`: the next sender reconciles (Discord nonce, Slack metadata) before posting again.
   */
  async reapClaims(now: number): Promise<number> {
    const { rowCount } = await this.q(
      `UPDATE deliveries SET state = 'pending', maybe_sent = true, due_at = 0, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
       WHERE seq IN (SELECT seq FROM deliveries WHERE state = 'inflight' AND claim_expires_at < $1 ORDER BY seq FOR UPDATE SKIP LOCKED)
         AND state = 'inflight' AND claim_expires_at < $1`,
      [now],
    );
    return rowCount ?? 0;
  }

  /** A claimed delivery this instance may not send yet (its own rate window): back to pending until `until`, the hand-off undone. */
  async unclaim(items: readonly { id: string; until: number }[], owner: string): Promise<void> {
    if (items.length === 0) return;
    await this.prepared(
      `UPDATE deliveries AS d SET state = 'pending', due_at = GREATEST(d.due_at, i.until), attempts = GREATEST(d.attempts - 1, 0),
         claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
       FROM unnest($1::text[], $2::bigint[]) AS i (id, until)
       WHERE d.id = i.id AND d.state = 'inflight' AND d.claimed_by = $3`,
      [items.map((i) => i.id), items.map((i) => i.until), owner],
      'letterbot_unclaim',
    );
  }

  async blocksAndNextDue(platforms: readonly AlertPlatform[], now: number): Promise<{ blocks: { scope: string; until: number }[]; nextDueAt: number | undefined }> {
    const row = (
      await this.prepared(
        `SELECT (${NEXT_DUE}) AS due,
           (SELECT json_agg(json_build_array(scope, until)) FROM rate_blocks WHERE until > $2) AS blocks`,
        [[...platforms], now],
        'letterbot_blocks_next_due',
      )
    ).rows[0] as { due: number | null; blocks: [string, number][] | null };
    return { blocks: ofPlatforms(row.blocks ?? [], platforms), nextDueAt: row.due ?? undefined };
  }

  async rateBlocks(platforms: readonly AlertPlatform[], now: number): Promise<{ scope: string; until: number }[]> {
    const { rows } = await this.prepared(`SELECT scope, until FROM rate_blocks WHERE until > $1`, [now], 'letterbot_rate_blocks');
    return ofPlatforms((rows as { scope: string; until: number }[]).map((r) => [r.scope, r.until]), platforms);
  }

  async nextDueAt(platforms: readonly AlertPlatform[], now: number): Promise<number | undefined> {
    const due = (await this.q(`SELECT (${NEXT_DUE}) AS due`, [[...platforms], now]))
      .rows[0]?.due as number | null;
    return due ?? undefined;
  }

  async openCount(platforms: readonly AlertPlatform[]): Promise<number> {
    return (await this.q(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight') AND platform = ANY($1::text[])`, [[...platforms]])).rows[0].n as number;
  }

  async claim(ids: readonly string[], now: number, fence?: Fence): Promise<DeliveryRow[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.q(
      `UPDATE deliveries SET state = 'inflight', claimed_at = $2, claimed_by = $3, claim_expires_at = NULL, attempted_at = $2, attempts = attempts + 1,
         first_attempt_at = COALESCE(first_attempt_at, $2)
       WHERE id = ANY($1::text[]) AND state = 'pending' RETURNING *`,
      [[...ids], now, fence?.owner ?? null],
    );
    const order = new Map(ids.map((id, i) => [id, i]));
    return (rows as RawDelivery[]).map(toDelivery).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  async defer(items: readonly { id: string; until: number }[]): Promise<void> {
    if (items.length === 0) return;
    await this.q(
      `UPDATE deliveries AS d SET due_at = GREATEST(d.due_at, i.until) FROM unnest($1::text[], $2::bigint[]) AS i (id, until) WHERE d.id = i.id AND d.state = 'pending'`,
      [items.map((i) => i.id), items.map((i) => i.until)],
    );
  }

  /**
   * Record send outcomes in one transaction. `sent` wins over anything (the platform confirmed it); a retry or a
   * failure is written only while the writer still holds the claim (`fence.owner`): a claim that expired and was
   * taken by another instance is that instance's to settle.
   */
  async mark(marks: readonly DeliveryMark[], now: number, fence?: Fence): Promise<void> {
    if (marks.length === 0) return;
    const owner = fence?.owner ?? null;
    const sent = marks.filter((m): m is Extract<DeliveryMark, { kind: 'sent' }> => m.kind === 'sent');
    // Every "sent" of the batch in one statement; alone (the usual case) it needs no transaction around it.
    const markSent = (q: Query): Promise<pg.QueryResult> =>
      q(
        `UPDATE deliveries AS d SET state = 'sent', sent_at = $3, message_id = m.message_id, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
         FROM unnest($1::text[], $2::text[]) AS m (id, message_id)
         WHERE d.id = m.id AND d.state IN ('inflight', 'pending')`,
        [sent.map((m) => m.id), sent.map((m) => m.messageId), now],
        'letterbot_mark_sent',
      );
    if (sent.length === marks.length) {
      await markSent((text, values, name) => this.prepared(text, values ?? [], name!));
      return;
    }
    await this.tx(async (q) => {
      if (sent.length > 0) await markSent(q);
      for (const m of marks) {
        switch (m.kind) {
          case 'sent':
            break;
          case 'retry':
            await q(
              `UPDATE deliveries SET state = 'pending', due_at = $2, last_error = $3, maybe_sent = maybe_sent OR $4, errors = errors + $5,
                 claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
               WHERE id = $1 AND state = 'inflight' AND ($6::text IS NULL OR claimed_by = $6)`,
              [m.id, m.dueAt, clipError(m.reason), m.uncertain, m.countsAsError ? 1 : 0, owner],
            );
            if (m.block) {
              await q('INSERT INTO rate_blocks (scope, until) VALUES ($1, $2) ON CONFLICT (scope) DO UPDATE SET until = GREATEST(rate_blocks.until, excluded.until)', [
                m.block.scope,
                m.block.until,
              ]);
            }
            break;
          case 'failed':
            await q(
              `UPDATE deliveries SET state = 'failed', last_error = $2, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
               WHERE id = $1 AND (state = 'pending' OR (state = 'inflight' AND ($3::text IS NULL OR claimed_by = $3)))`,
              [m.id, clipError(m.reason), owner],
            );
            break;
          case 'subscription_failed': {
            const reason = clipError(m.reason);
            await q(
              `UPDATE deliveries SET state = 'failed', last_error = $2, claimed_at = NULL, claimed_by = NULL, claim_expires_at = NULL
               WHERE id = $1 AND (state = 'pending' OR (state = 'inflight' AND ($3::text IS NULL OR claimed_by = $3)))`,
              [m.id, reason, owner],
            );
            await q(`UPDATE subscriptions SET state = 'failed', failure = $1, failed_at = $2, updated_at = $2 WHERE platform = $3 AND channel_id = $4 AND state = 'active'`, [
              reason,
              now,
              m.platform,
              m.channelId,
            ]);
            await q(`UPDATE deliveries SET state = 'failed', last_error = $1 WHERE platform = $2 AND channel_id = $3 AND state = 'pending'`, [
              clipError(`subscription stopped: ${reason}`),
              m.platform,
              m.channelId,
            ]);
            break;
          }
        }
      }
    });
  }

  /* ---------------------------------------------------------------- retention */

  async prune(input: { now: number; retentionMs: number; batch: number }): Promise<{ deliveries: number; alerts: number; more: boolean }> {
    const cutoff = input.now - input.retentionMs;
    const sent =
      (await this.q(`DELETE FROM deliveries WHERE seq IN (SELECT seq FROM deliveries WHERE state = 'sent' AND sent_at < $1 LIMIT $2)`, [cutoff, input.batch])).rowCount ?? 0;
    const failed =
      (
        await this.q(
          `DELETE FROM deliveries WHERE seq IN (
             SELECT d.seq FROM deliveries AS d WHERE d.state = 'failed' AND d.created_at < $1
               AND NOT EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.platform = d.platform AND s.channel_id = d.channel_id AND s.state = 'failed')
             LIMIT $2)`,
          [cutoff, input.batch],
        )
      ).rowCount ?? 0;
    const ids = (
      await this.q(
        `DELETE FROM alerts WHERE id IN (
           SELECT a.id FROM alerts AS a WHERE a.created_at < $1 AND NOT EXISTS (SELECT 1 FROM deliveries AS d WHERE d.alert_id = a.id) LIMIT $2)
         RETURNING id`,
        [cutoff, input.batch],
      )
    ).rows.map((r) => (r as { id: string }).id);
    ids.forEach((id) => this.alertCache.delete(id));
    await this.tx(async (q) => {
      await q('DELETE FROM rate_blocks WHERE until < $1', [input.now]);
      await q('DELETE FROM requests WHERE done_at IS NOT NULL AND done_at < $1', [input.now - 86_400_000]);
    });
    return { deliveries: sent + failed, alerts: ids.length, more: sent === input.batch || failed === input.batch || ids.length === input.batch };
  }

  /* ---------------------------------------------------------------- status */

  async channelStatus(platform: AlertPlatform, channelId: string): Promise<ChannelStatus> {
    return this.tx(async (q) => {
      await q('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const last = (
        await q(`SELECT sent_at, alert_id FROM deliveries WHERE platform = $1 AND channel_id = $2 AND state = 'sent' ORDER BY sent_at DESC, seq DESC LIMIT 1`, [platform, channelId])
      ).rows[0] as { sent_at: number; alert_id: string } | undefined;
      const counts = (
        await q(
          `SELECT COUNT(*) FILTER (WHERE state IN ('pending', 'inflight')) AS open, COUNT(*) FILTER (WHERE state = 'failed') AS failed
           FROM deliveries WHERE platform = $1 AND channel_id = $2`,
          [platform, channelId],
        )
      ).rows[0] as { open: number; failed: number };
      const lastError = (
        await q(`SELECT last_error FROM deliveries WHERE platform = $1 AND channel_id = $2 AND state = 'failed' ORDER BY seq DESC LIMIT 1`, [platform, channelId])
      ).rows[0] as { last_error: string | null } | undefined;
      const sub = (await q('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId])).rows[0] as RawSubscription | undefined;
      return {
        subscription: sub ? toSubscription(sub) : undefined,
        lastSent: last ? { at: last.sent_at, alertId: last.alert_id } : undefined,
        open: counts.open,
        failed: counts.failed,
        lastError: lastError?.last_error ?? undefined,
      };
    });
  }

  async openTotal(): Promise<number> {
    return (await this.q(`SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'inflight')`)).rows[0].n as number;
  }

  /* ---------------------------------------------------------------- requests seen (Slack retries answered once) */

  /**
   * True for the one caller, of all instances, that records `key` first within `ttlMs` (a key older than that counts
   * as new). Keys older than `ttlMs` are pruned at most once a minute per instance.
   */
  async firstSeen(key: string, now: number, ttlMs: number): Promise<boolean> {
    if (now - this.lastSeenPrune >= 60_000) {
      this.lastSeenPrune = now;
      await this.q('DELETE FROM seen_requests WHERE seen_at <= $1', [now - ttlMs]);
    }
    const { rowCount } = await this.q(
      `INSERT INTO seen_requests (key, seen_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_requests.seen_at <= $3`,
      [key, now, now - ttlMs],
    );
    return (rowCount ?? 0) === 1;
  }

  /* ---------------------------------------------------------------- instances alive (each takes 1/N of the rate limits) */

  /**
   * This instance is alive until `now + ttlMs` (every heartbeat); rows of instances that stopped beating are
   * removed. Returns how many instances are alive now, this one included.
   */
  async beatInstance(input: { owner: string; host: string; now: number; ttlMs: number }): Promise<number> {
    return this.tx(async (q) => {
      await q('DELETE FROM instances WHERE expires_at <= $1', [input.now]);
      await q(
        `INSERT INTO instances (id, host, started_at, heartbeat_at, expires_at) VALUES ($1, $2, $3, $3, $4)
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at`,
        [input.owner, input.host, input.now, input.now + input.ttlMs],
      );
      return (await q('SELECT COUNT(*) AS n FROM instances WHERE expires_at > $1', [input.now])).rows[0].n as number;
    });
  }

  /** This instance stops (SIGTERM): the others take its share at their next heartbeat. */
  async leaveInstance(owner: string): Promise<void> {
    await this.q('DELETE FROM instances WHERE id = $1', [owner]);
  }

  /* ---------------------------------------------------------------- the lease (on PostgreSQL: who prunes; delivery needs no leader) */

  async acquireLease(input: { owner: string; host: string; now: number; ttlMs: number }): Promise<{ ok: true; generation: number } | { ok: false; holder: LeaseHolder }> {
    return this.tx(async (q) => {
      // The row may not exist yet: insert it locked, or lock the existing one, before deciding.
      await q(`INSERT INTO worker_lease (id, owner, host, generation, acquired_at, heartbeat_at, expires_at) VALUES (1, '', '', 0, 0, 0, 0) ON CONFLICT (id) DO NOTHING`);
      const row = (await q('SELECT owner, host, generation, acquired_at, heartbeat_at, expires_at FROM worker_lease WHERE id = 1 FOR UPDATE')).rows[0] as {
        owner: string;
        host: string;
        generation: number;
        acquired_at: number;
        heartbeat_at: number;
        expires_at: number;
      };
      if (row.owner !== input.owner && row.expires_at > input.now) {
        return {
          ok: false as const,
          holder: { owner: row.owner, host: row.host, generation: row.generation, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at, expiresAt: row.expires_at },
        };
      }
      const same = row.owner === input.owner && row.expires_at > input.now;
      const generation = same ? row.generation : row.generation + 1;
      await q('UPDATE worker_lease SET owner = $1, host = $2, generation = $3, acquired_at = $4, heartbeat_at = $5, expires_at = $6 WHERE id = 1', [
        input.owner,
        input.host,
        generation,
        same ? row.acquired_at : input.now,
        input.now,
        input.now + input.ttlMs,
      ]);
      return { ok: true as const, generation };
    });
  }

  async heartbeat(fence: Fence, now: number, ttlMs: number): Promise<boolean> {
    return (
      ((await this.q('UPDATE worker_lease SET heartbeat_at = $1, expires_at = $2 WHERE id = 1 AND owner = $3 AND generation = $4', [now, now + ttlMs, fence.owner, fence.generation]))
        .rowCount ?? 0) === 1
    );
  }

  async releaseLease(fence: Fence): Promise<void> {
    await this.q('UPDATE worker_lease SET expires_at = 0 WHERE id = 1 AND owner = $1 AND generation = $2', [fence.owner, fence.generation]);
  }

  async leaseHolder(): Promise<LeaseHolder | undefined> {
    const row = (await this.q(`SELECT owner, host, generation, acquired_at, heartbeat_at, expires_at FROM worker_lease WHERE id = 1 AND owner <> ''`)).rows[0] as
      | { owner: string; host: string; generation: number; acquired_at: number; heartbeat_at: number; expires_at: number }
      | undefined;
    return row
      ? { owner: row.owner, host: row.host, generation: row.generation, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at, expiresAt: row.expires_at }
      : undefined;
  }

  /* ---------------------------------------------------------------- rate-limit state */

  async rateState(platforms: readonly AlertPlatform[], since: number, now: number): Promise<RateState> {
    return this.tx(async (q) => {
      await q('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const blocks = ((await q('SELECT scope, until FROM rate_blocks WHERE until > $1', [now])).rows as { scope: string; until: number }[]).filter((b) =>
        platforms.some((p) => b.scope === p || b.scope.startsWith(`${p}:`)),
      );
      const attempts = (
        (await q(`SELECT platform, channel_id, attempted_at FROM deliveries WHERE attempted_at > $1 AND platform = ANY($2::text[]) ORDER BY attempted_at`, [since, [...platforms]]))
          .rows as { platform: AlertPlatform; channel_id: string; attempted_at: number }[]
      ).map((r) => ({ platform: r.platform, channelId: r.channel_id, at: r.attempted_at }));
      return { blocks, attempts };
    });
  }

  /* ---------------------------------------------------------------- requests to the running bots */

  async requestReload(by: string, now: number): Promise<number> {
    return (await this.q(`INSERT INTO requests (kind, requested_by, requested_at) VALUES ('reload', $1, $2) RETURNING id`, [by, now])).rows[0].id as number;
  }

  async reloadRequests(afterId: number): Promise<ReloadRequest[]> {
    const { rows } = await this.q(`SELECT id, requested_by, requested_at, done_by, done_at, result FROM requests WHERE kind = 'reload' AND id > $1 ORDER BY id`, [afterId]);
    return (rows as { id: number; requested_by: string; requested_at: number; done_by: string | null; done_at: number | null; result: string | null }[]).map((r) => ({
      id: r.id,
      requestedBy: r.requested_by,
      requestedAt: r.requested_at,
      doneBy: r.done_by,
      doneAt: r.done_at,
      result: r.result,
    }));
  }

  async lastRequestId(): Promise<number> {
    return (await this.q('SELECT COALESCE(MAX(id), 0) AS id FROM requests')).rows[0].id as number;
  }

  async completeRequest(id: number, by: string, result: string, now: number): Promise<void> {
    await this.q('UPDATE requests SET done_by = $1, done_at = $2, result = $3 WHERE id = $4 AND done_at IS NULL', [by, now, result, id]);
  }
}

/** The blocks of these platforms (the whole platform, `discord`, or one of its channels, `discord:<id>`). */
function ofPlatforms(blocks: readonly [string, number][], platforms: readonly AlertPlatform[]): { scope: string; until: number }[] {
  return blocks.filter(([scope]) => platforms.some((p) => scope === p || scope.startsWith(`${p}:`))).map(([scope, until]) => ({ scope, until }));
}
