import { DiscordAlertSender } from '../../src/adapters/discord/alert-sender';
import { SlackAlertSender } from '../../src/adapters/slack/alert-sender';
import pg from 'pg';
import { CLAIM_DUE_SQL, PG_SCHEMA_VERSION, PostgresAlertStore } from '../../src/alerts/pg-store';
import { AlertsRuntime } from '../../src/alerts/runtime';
import { StoreAlertsService } from '../../src/alerts/service';
import { StoreVersionError, type AlertStore } from '../../src/alerts/store';
import { ALERT_TOPICS, deliveryId, editorAlert, type AlertSender } from '../../src/core/alerts';
import { loadFactBase } from '../../src/fact-files';
import { FakeDiscord } from '../helpers/fake-discord';
import { FakeSlack } from '../helpers/fake-slack';
import { describePg } from '../helpers/describe-pg';
import { createTestSchema, dropTestSchemas, queryIn } from '../helpers/pg';
import { addSignatory, cleanupTempDirs, copyData, RecordingAlertLogger, tempDir, testAlert, until } from './helpers';

/**
 * What only PostgreSQL does: migrations safe when instances start together, several instances claiming deliveries
 * at once (per-channel order, 429 blocks shared, dead instances' claims expiring and reconciled), one diff per data
 * change whichever instance reloads first. The rest of the store's behaviour is the shared suite (store.test.ts).
 */
const opened: AlertStore[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await dropTestSchemas();
  cleanupTempDirs();
});

async function fresh(): Promise<{ store: PostgresAlertStore; url: string }> {
  const { url } = await createTestSchema();
  const store = await PostgresAlertStore.open(url, { max: 3 });
  opened.push(store);
  return { store, url };
}

const sub = (store: AlertStore, platform: 'discord' | 'slack', channelId: string): Promise<unknown> =>
  store.subscribe({ platform, channelId, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });

describePg('PostgresAlertStore: migrations', () => {
  it('two instances opening a fresh schema at once → both succeed, schema applied once', async () => {
    const { url } = await createTestSchema();
    for (let round = 0; round < 3; round++) {
      const stores = await Promise.all([PostgresAlertStore.open(url, { max: 1 }), PostgresAlertStore.open(url, { max: 1 }), PostgresAlertStore.open(url, { max: 1 })]);
      opened.push(...stores);
      expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([PG_SCHEMA_VERSION, PG_SCHEMA_VERSION, PG_SCHEMA_VERSION]);
    }
    expect(await queryIn(url, 'SELECT version FROM letterbot_migrations ORDER BY version')).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })));
  });

  it('a schema from a newer letterbot → refused with a clear error', async () => {
    const { url } = await fresh();
    await queryIn(url, 'INSERT INTO letterbot_migrations (version) VALUES ($1)', [PG_SCHEMA_VERSION + 1]);
    await expect(PostgresAlertStore.open(url)).rejects.toThrow(StoreVersionError);
  });
});

describePg('PostgresAlertStore: several instances claiming', () => {
  it('claims skip what another instance holds, take only each channel\'s first open delivery, and name their owner and expiry', async () => {
    const { store, url } = await fresh();
    const other = await PostgresAlertStore.open(url, { max: 1 });
    opened.push(other);
    for (const c of ['111', '222', '333']) await sub(store, 'discord', c);
    const [a1, a2] = [testAlert(), testAlert()];
    await store.queue([a1!, a2!], { now: 0 });
    const mine = await store.claimDue({ platforms: ['discord'], now: 10, limit: 2, owner: 'host/aaaaaaaaaaaaaaaa', ttlMs: 1000 });
    const theirs = await other.claimDue({ platforms: ['discord'], now: 10, limit: 10, owner: 'host/bbbbbbbbbbbbbbbb', ttlMs: 1000 });
    // Three channels, two alerts each: only the first alert of each channel may go; A took two, B the third.
    expect(mine.map((d) => d.alertId)).toEqual([a1!.id, a1!.id]);
    expect(theirs.map((d) => [d.alertId, d.channelId])).toEqual([[a1!.id, '333']]);
    expect(await store.claimDue({ platforms: ['discord'], now: 10, limit: 10, owner: 'host/aaaaaaaaaaaaaaaa', ttlMs: 1000 })).toEqual([]);
    expect(await queryIn(url, `SELECT claimed_by, claim_expires_at FROM deliveries WHERE state = 'inflight' ORDER BY channel_id`)).toEqual([
      { claimed_by: 'host/aaaaaaaaaaaaaaaa', claim_expires_at: '1010' },
      { claimed_by: 'host/aaaaaaaaaaaaaaaa', claim_expires_at: '1010' },
      { claimed_by: 'host/bbbbbbbbbbbbbbbb', claim_expires_at: '1010' },
    ]);
    // Sent → that channel's next alert may go.
    await store.mark([{ id: mine[0]!.id, kind: 'sent', messageId: 'm1' }], 20, { owner: 'host/aaaaaaaaaaaaaaaa', generation: 0 });
    expect((await other.claimDue({ platforms: ['discord'], now: 30, limit: 10, owner: 'host/bbbbbbbbbbbbbbbb', ttlMs: 1000 })).map((d) => [d.alertId, d.channelId])).toEqual([
      [a2!.id, mine[0]!.channelId],
    ]);
  });

  it('an instance that stops renewing: its claims expire, go back first in line flagged to reconcile; its late retry is ignored, a late "sent" still counts', async () => {
    const { store } = await fresh();
    await sub(store, 'slack', 'C1');
    await sub(store, 'slack', 'C2');
    await store.queue([testAlert()], { now: 0 });
    const dead = 'host/dddddddddddddddd';
    const [x, y] = await store.claimDue({ platforms: ['slack'], now: 0, limit: 10, owner: dead, ttlMs: 100 });
    expect(await store.renewClaims(dead, 50, 100)).toBe(2);
    expect(await store.reapClaims(120)).toBe(0);
    expect(await store.reapClaims(151)).toBe(2);
    expect(await store.delivery(x!.id)).toMatchObject({ state: 'pending', maybeSent: true, dueAt: 0 });
    const live = 'host/llllllllllllllll';
    const again = await store.claimDue({ platforms: ['slack'], now: 200, limit: 10, owner: live, ttlMs: 100 });
    expect(again.map((d) => d.maybeSent)).toEqual([true, true]);
    // The dead one wakes up: its retry is not its to write any more; its "sent" is what the platform confirmed.
    await store.mark([{ id: x!.id, kind: 'retry', dueAt: 9999, reason: 'late', uncertain: true, countsAsError: true }], 210, { owner: dead, generation: 0 });
    expect(await store.delivery(x!.id)).toMatchObject({ state: 'inflight', dueAt: 0, errors: 0 });
    await store.mark([{ id: y!.id, kind: 'sent', messageId: 'm-late' }], 210, { owner: dead, generation: 0 });
    expect(await store.delivery(y!.id)).toMatchObject({ state: 'sent', messageId: 'm-late' });
    // A graceful stop hands back only its own claims.
    expect(await store.release([x!.id, y!.id], { owner: dead, generation: 0 })).toBe(0);
    expect(await store.release([x!.id], { owner: live, generation: 0 })).toBe(1);
  });

  it('a 429 recorded by one instance holds every instance off that scope until its retry time; a refused rate window gives the claim back', async () => {
    const { store } = await fresh();
    await sub(store, 'discord', '111');
    await sub(store, 'slack', 'C1');
    await store.queue([testAlert(), testAlert()], { now: 0 });
    const a = 'host/aaaaaaaaaaaaaaaa';
    const [d] = await store.claimDue({ platforms: ['discord'], now: 0, limit: 1, owner: a, ttlMs: 1000 });
    await store.mark([{ id: d!.id, kind: 'retry', dueAt: 0, reason: '429', uncertain: false, countsAsError: false, block: { scope: 'discord', until: 3000 } }], 1, { owner: a, generation: 0 });
    const b = 'host/bbbbbbbbbbbbbbbb';
    expect((await store.claimDue({ platforms: ['discord', 'slack'], now: 2999, limit: 10, owner: b, ttlMs: 1000 })).map((r) => r.platform)).toEqual(['slack']);
    const [later] = await store.claimDue({ platforms: ['discord'], now: 3000, limit: 10, owner: b, ttlMs: 1000 });
    expect(later).toMatchObject({ id: d!.id, attempts: 2 });
    await store.unclaim([{ id: later!.id, until: 4000 }], b);
    expect(await store.delivery(d!.id)).toMatchObject({ state: 'pending', dueAt: 4000, attempts: 1 });
  });

  it('the read after a claim: the blocks still running for these platforms (whole platform or one channel) and the next due time, in one statement', async () => {
    const { store, url } = await fresh();
    await sub(store, 'discord', '111');
    await store.queue([testAlert()], { now: 0 });
    expect(await store.blocksAndNextDue(['discord'], 10)).toEqual({ blocks: [], nextDueAt: undefined });
    await queryIn(url, `INSERT INTO rate_blocks (scope, until) VALUES ('discord', 500), ('discord:111', 900), ('slack:C1', 900), ('discord:222', 5)`);
    const [row] = await store.claimDue({ platforms: ['discord'], now: 0, limit: 1, owner: 'host/aaaaaaaaaaaaaaaa', ttlMs: 1000 });
    expect(row).toBeUndefined(); // blocked at claim time
    await queryIn(url, `UPDATE deliveries SET due_at = 700`);
    const before = store.statements;
    const read = await store.blocksAndNextDue(['discord'], 10);
    expect(store.statements - before).toBe(1);
    expect(read.nextDueAt).toBe(700);
    expect(read.blocks.sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
      { scope: 'discord', until: 500 },
      { scope: 'discord:111', until: 900 },
    ]);
    // The same blocks alone, read again just before a post.
    expect((await store.rateBlocks(['discord'], 10)).sort((x, y) => x.scope.localeCompare(y.scope))).toEqual(read.blocks);
    expect(await store.rateBlocks(['discord'], 600)).toEqual([{ scope: 'discord:111', until: 900 }]);
  });

  it('a claim reads pending deliveries in order from deliveries_pending and stops at its limit (custom and generic plans), not sorting the queue', async () => {
    const { store, url } = await fresh();
    await Promise.all(Array.from({ length: 2000 }, (_, i) => sub(store, 'slack', `C${i}`)));
    await store.queue([testAlert()], { now: 0 }); // 2,000 deliveries at once: the statistics are refreshed (without, this size gets a sort)
    // Half of them delivered, as in the middle of a fan-out (the planner once chose to sort here).
    for (let done = 0; done < 1000; ) {
      const rows = await store.claimDue({ platforms: ['slack'], now: 0, limit: 16, owner: 'host/bbbbbbbbbbbbbbbb', ttlMs: 60_000 });
      await store.mark(rows.map((r) => ({ id: r.id, kind: 'sent' as const, messageId: 'm' })), 1);
      done += rows.length;
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`PREPARE claim AS ${CLAIM_DUE_SQL}`);
      for (const mode of ['force_custom_plan', 'force_generic_plan']) {
        await client.query(`SET LOCAL plan_cache_mode = ${mode}`);
        const plan = ((await client.query(`EXPLAIN (ANALYZE, COSTS OFF) EXECUTE claim('{slack}', 10, 8, 'host/aaaaaaaaaaaaaaaa', 1010)`)).rows as { 'QUERY PLAN': string }[])
          .map((r) => r['QUERY PLAN'])
          .join('\n');
        expect(plan).toMatch(/Index Scan using deliveries_pending on deliveries d \(actual time=[\d.]+ rows=8 /);
        expect(plan).not.toMatch(/Sort/);
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});

describePg('alerts runtime on PostgreSQL: several instances at once', () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  beforeAll(async () => {
    [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
  });
  afterAll(async () => {
    await Promise.all([discord?.close(), slack?.close()]);
  });

  const senders = (): AlertSender[] => [
    new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl, globalRequestsPerSecond: 1_000_000 }),
    new SlackAlertSender({ botToken: slack.botToken, apiUrl: slack.apiUrl }),
  ];

  it('three instances all deliver (no leader): every delivery once, in order per channel; a reload reaches all, its diff is queued once', async () => {
    const { store, url } = await fresh();
    const dataDir = copyData(tempDir());
    const d = Array.from({ length: 40 }, (_, i) => discord.addChannel({ id: String(6_000_000_000_000_000_000n + BigInt(i)) }).id);
    const s = Array.from({ length: 40 }, (_, i) => `C6${String(i).padStart(8, '0')}`);
    for (const id of d) await sub(store, 'discord', id);
    for (const id of s) await sub(store, 'slack', id);
    const loggers = [new RecordingAlertLogger(), new RecordingAlertLogger(), new RecordingAlertLogger()];
    const reloads: number[] = [];
    // Posts take a while, as on the real platforms: no instance can drain the queue before the others look.
    discord.postLatencyMs = 10;
    slack.postLatencyMs = 10;
    const runtimes: AlertsRuntime[] = [];
    for (let i = 0; i < 3; i++) {
      const runtime: AlertsRuntime = await AlertsRuntime.open({
        dbPath: '',
        databaseUrl: url,
        logger: loggers[i]!,
        rateLimits: false,
        heartbeatMs: 100,
        pollMs: 50,
        concurrency: 4,
        onReload: async () => {
          const sync = await runtime.reload(loadFactBase(dataDir).data);
          reloads.push(i);
          return sync;
        },
      });
      runtimes.push(runtime);
    }
    const syncs = await Promise.all(runtimes.map((r) => r.start(loadFactBase(dataDir).data, senders())));
    expect(syncs.flatMap((x) => x.queued)).toEqual([]);
    expect(runtimes.map((r) => [r.shared, r.delivering])).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
    const service = new StoreAlertsService(store);
    const queued = [];
    for (const text of ['First', 'Second', 'Third']) {
      const alert = editorAlert({ text, now: new Date(Date.UTC(2026, 10, 30, 12, 0, queued.length)), by: 'test' });
      queued.push(alert);
      await service.queue(alert);
    }
    await Promise.all(runtimes.map((r) => r.whenIdle()));
    // Each channel got the three, once each, in the order they were queued, whichever instance sent which.
    for (const id of d) expect(discord.messagesIn(id).map((m) => String(m.nonce))).toEqual(queued.map((a) => deliveryId(a.id, 'discord', id)));
    for (const id of s) {
      expect(slack.messagesIn(id).map((m) => (m.metadata as { event_payload: { delivery_id: string } }).event_payload.delivery_id)).toEqual(queued.map((a) => deliveryId(a.id, 'slack', id)));
    }
    const delivered = loggers.map((l) => l.lines.filter((x) => x.message === 'alert delivered').length);
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(240);
    // No leader: every instance sent a share.
    expect(delivered.every((n) => n > 0)).toBe(true);

    // A data change, announced through the database: every instance reloads, one diff is queued.
    addSignatory(dataDir, 'jane-doe', 'Jane Doe');
    const id = await store.requestReload('test', Date.now());
    await until(async () => new Set(reloads).size === 3, 10_000, 'every instance to have reloaded');
    await Promise.all(runtimes.map((r) => r.whenIdle()));
    expect((await store.alerts()).filter((a) => a.kind === 'signatory_added')).toHaveLength(1);
    for (const ch of d) expect(discord.messagesIn(ch)).toHaveLength(4);
    expect((await store.reloadRequests(id - 1))[0]?.result).toMatch(/^reloaded: [01] alerts queued$/);
    // SIGTERM on each: claims released, pool closed.
    await Promise.all(runtimes.map((r) => r.stop()));
    expect(runtimes.map((r) => r.store.isOpen)).toEqual([false, false, false]);
    expect(await store.counts()).toEqual({ pending: 0, inflight: 0, sent: 240 + 80, failed: 0 });
    discord.postLatencyMs = 0;
    slack.postLatencyMs = 0;
  });

  it('retention on PostgreSQL runs in the instance holding the lease: old sent deliveries and their alert go', async () => {
    const { store, url } = await fresh();
    const [channel] = [discord.addChannel({ id: String(6_100_000_000_000_000_000n) }).id];
    await sub(store, 'discord', channel!);
    const alert = testAlert();
    await store.queue([alert], { now: 1000 });
    const [row] = await store.claimDue({ platforms: ['discord'], now: 1000, limit: 1, owner: 'host/0000000000000000', ttlMs: 1000 });
    await store.mark([{ id: row!.id, kind: 'sent', messageId: 'm1' }], 1000);
    const later = 10 * 86_400_000;
    const loggers = [new RecordingAlertLogger(), new RecordingAlertLogger()];
    const data = loadFactBase(copyData(tempDir())).data;
    const runtimes = await Promise.all(
      loggers.map((logger) => AlertsRuntime.open({ dbPath: '', databaseUrl: url, logger, rateLimits: false, heartbeatMs: 20, retentionDays: 2, pruneBatch: 2, clock: () => later })),
    );
    for (const r of runtimes) await r.start(data, senders());
    await until(async () => loggers.some((l) => l.lines.some((x) => x.message.startsWith('alerts retention'))), 5000, 'a retention pass');
    expect(await store.deliveries()).toEqual([]);
    expect((await store.alerts()).map((a) => a.id)).not.toContain(alert.id);
    // The instance that pruned holds the lease (on PostgreSQL it only picks who prunes).
    const pruner = loggers.findIndex((l) => l.lines.some((x) => x.message.startsWith('alerts retention')));
    expect((await store.leaseHolder())?.owner).toBe(runtimes[pruner]!.instance);
    await Promise.all(runtimes.map((r) => r.stop()));
  });
});
