import Database from 'better-sqlite3';
import path from 'node:path';
import { ALERT_TOPICS, deliveryId, type AlertTopic } from '../../src/core/alerts';
import { SqliteAlertStore, LeaseLostError, MIGRATIONS, SCHEMA_VERSION, StoreVersionError, type AlertStore } from '../../src/alerts/store';
import { PostgresAlertStore } from '../../src/alerts/pg-store';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/alerts/worker';
import { createTestSchema, dropTestSchemas, pgReachable, redact, TEST_DATABASE_URL } from '../helpers/pg';
import { cleanupTempDirs, tempDir, testAlert } from './helpers';

const opened: AlertStore[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await dropTestSchemas();
  cleanupTempDirs();
});

/** Each test gets an empty store: a new SQLite file, or a new PostgreSQL schema. */
const BACKENDS: [string, () => Promise<AlertStore>][] = [
  ['SQLite', async () => SqliteAlertStore.open(path.join(tempDir(), 'letterbot.db'))],
  [
    'PostgreSQL',
    async () => {
      const store = await PostgresAlertStore.open((await createTestSchema()).url, { max: 2 });
      opened.push(store);
      return store;
    },
  ],
];
if (!pgReachable()) {
  process.stderr.write(`\n*** PostgreSQL is unreachable at ${redact(TEST_DATABASE_URL)}: the store suite runs on SQLite only, PostgreSQL SKIPPED ***\n\n`);
  BACKENDS.pop();
}

function openStore(): { store: SqliteAlertStore; file: string } {
  const file = path.join(tempDir(), 'nested', 'letterbot.db');
  return { store: SqliteAlertStore.open(file), file };
}

async function subscribe(store: AlertStore, platform: 'discord' | 'slack' | 'shell', channelId: string, topics: AlertTopic[] = [...ALERT_TOPICS]): Promise<void> {
  await store.subscribe({ platform, channelId, topics, locale: 'en', userId: 'u1', now: 1000 });
}

describe('SqliteAlertStore: file, pragmas, migrations, fencing, backup', () => {
  it('creates the file and its folder, WAL, synchronous FULL, schema at the latest version; reopening keeps the data', async () => {
    const { store, file } = openStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    await subscribe(store, 'shell', 'shell');
    await store.close();
    const again = SqliteAlertStore.open(file);
    expect((await again.subscriptions()).map((s) => s.channelId)).toEqual(['shell']);
    await again.close();
  });

  it('a database made by the first release (schema 1) migrates in place: data kept, tenants learnt later, shell local', async () => {
    const file = path.join(tempDir(), 'v1.db');
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!);
    raw.pragma('user_version = 1');
    const insert = raw.prepare(`INSERT INTO subscriptions (platform, channel_id, topics, locale, state, created_by, created_at, updated_at) VALUES (?, ?, 'editor', 'en', 'active', 'u', 0, 0)`);
    insert.run('discord', '111');
    insert.run('shell', 'shell');
    raw.close();
    const store = SqliteAlertStore.open(file);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect((await store.subscriptions()).map((s) => [s.channelId, s.tenant])).toEqual([['111', null], ['shell', 'shell:local']]);
    // A workspace's editor alert does not reach a subscription whose workspace is unknown…
    await store.queue([{ ...testAlert(), audience: 'discord:999' }], { now: 1 });
    expect(await store.deliveries()).toEqual([]);
    // …until /alerts is used there and the platform says where it is.
    expect(await store.learnTenant('discord', '111', 'discord:999')).toBe(true);
    await store.queue([{ ...testAlert(), audience: 'discord:999' }], { now: 2 });
    expect((await store.deliveries()).map((d) => d.channelId)).toEqual(['111']);
    await store.close();
  });

  it('a database from a newer letterbot → refused with a clear error, file untouched', async () => {
    const { store, file } = openStore();
    await store.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => SqliteAlertStore.open(file)).toThrow(StoreVersionError);
  });

  it('one transaction: a delivery that cannot be written → no alert, no delivery, no new snapshot', async () => {
    const { store } = openStore();
    await subscribe(store, 'discord', '111');
    await subscribe(store, 'discord', '222');
    await store.queue([], { now: 1, snapshot: { hash: 'h1', data: '{}' } });
    store.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON deliveries WHEN NEW.channel_id = '222' BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    await expect(store.queue([testAlert(), testAlert()], { now: 2, snapshot: { hash: 'h2', data: '{"x":1}' } })).rejects.toHaveProperty('message', 'disk says no');
    expect(await store.alerts()).toEqual([]);
    expect(await store.deliveries()).toEqual([]);
    expect(await store.snapshot()).toMatchObject({ version: 1, hash: 'h1' });
    await store.close();
  });

  it('fencing: a holder that lost the lease cannot claim, mark, defer or release deliveries', async () => {
    const { store } = openStore();
    await subscribe(store, 'discord', '111');
    await store.queue([testAlert()], { now: 0 });
    const old = { owner: 'old/0000000000000001', generation: 1 };
    expect((await store.acquireLease({ ...old, host: 'h', now: 0, ttlMs: 100 })).ok).toBe(true);
    const [row] = await store.claim([(await store.deliveries())[0]!.id], 0, old);
    expect(row?.state).toBe('inflight');
    // The old holder stalls past its lease; a new one takes over and reconciles what was in flight.
    const next = await store.acquireLease({ owner: 'new/0000000000000002', host: 'h', now: 1000, ttlMs: 100 });
    expect(next).toEqual({ ok: true, generation: 2 });
    const fresh = { owner: 'new/0000000000000002', generation: 2 };
    expect(await store.recoverInflight(fresh)).toBe(1);
    // The old holder's answer arrives: refused, nothing written.
    await expect(store.mark([{ id: row!.id, kind: 'sent', messageId: 'm-old' }], 1001, old)).rejects.toThrow(LeaseLostError);
    await expect(store.claim([row!.id], 1001, old)).rejects.toThrow(LeaseLostError);
    await expect(store.defer([{ id: row!.id, until: 5000 }], old)).rejects.toThrow(LeaseLostError);
    await expect(store.release([row!.id], old)).rejects.toThrow(LeaseLostError);
    expect(await store.delivery(row!.id)).toMatchObject({ state: 'pending', maybeSent: true, messageId: null });
    // The holder's own writes go through.
    expect(await store.claim([row!.id], 1002, fresh)).toHaveLength(1);
    await store.mark([{ id: row!.id, kind: 'sent', messageId: 'm-new' }], 1003, fresh);
    expect(await store.delivery(row!.id)).toMatchObject({ state: 'sent', messageId: 'm-new' });
    await store.close();
  });

  it('online backup: a consistent copy that opens as a store', async () => {
    const { store } = openStore();
    await subscribe(store, 'discord', '111');
    const copy = path.join(tempDir(), 'backup', 'copy.db');
    await store.backup(copy);
    await store.close();
    const restored = SqliteAlertStore.open(copy);
    expect((await restored.subscriptions()).map((s) => s.channelId)).toEqual(['111']);
    await restored.close();
  });
});

describe('backoff', () => {
  it('exponential with jitter: between half and all of base·2^(n−1), capped', async () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0)).toBe(1000);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 1)).toBe(2000);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.5)).toBe(6000);
    expect(backoffDelay(30, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.maxMs);
  });
});

describe.each(BACKENDS)('AlertStore on %s (one suite, both backends)', (_name, open) => {
  describe('the outbox', () => {
    it('an alert and one pending delivery per active subscription of its topic, with deterministic ids', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      await subscribe(store, 'slack', 'C1', ['timeline']);
      await subscribe(store, 'shell', 'shell', ['editor']);
      const alert = testAlert();
      expect(await store.queue([alert], { now: 5000 })).toEqual([{ alertId: alert.id, channels: 2, duplicate: false }]);
      expect((await store.deliveries()).map((d) => [d.id, d.platform, d.channelId, d.state, d.dueAt])).toEqual([
        [deliveryId(alert.id, 'discord', '111'), 'discord', '111', 'pending', 5000],
        [deliveryId(alert.id, 'shell', 'shell'), 'shell', 'shell', 'pending', 5000],
      ]);
      expect(await store.alert(alert.id)).toEqual(alert);
      await store.close();
    });

    it('queueing the same alert again writes nothing', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      const alert = testAlert();
      await store.queue([alert], { now: 1 });
      expect(await store.queue([alert], { now: 2 })).toEqual([{ alertId: alert.id, channels: 0, duplicate: true }]);
      expect(await store.deliveries()).toHaveLength(1);
      await store.close();
    });

    it('the snapshot version goes up by one at each recorded change', async () => {
      const store = await open();
      expect(await store.snapshot()).toBeUndefined();
      await store.queue([], { now: 1, snapshot: { hash: 'a', data: '{}' } });
      await store.queue([], { now: 2, snapshot: { hash: 'b', data: '{}' } });
      expect(await store.snapshot()).toMatchObject({ version: 2, hash: 'b', updatedAt: 2 });
      await store.close();
    });
  });

  describe('claim, mark, recover', () => {
    it('pending → inflight (claim time, attempt) → sent with the platform message id; a claimed row is not claimed twice', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      const alert = testAlert();
      await store.queue([alert], { now: 10 });
      const [due] = await store.dueDeliveries(['discord'], 10, 10);
      expect(await store.dueDeliveries(['slack'], 10, 10)).toEqual([]);
      const [claimed] = await store.claim([due!.id], 20);
      expect(claimed).toMatchObject({ state: 'inflight', claimedAt: 20, firstAttemptAt: 20, attempts: 1 });
      expect(await store.claim([due!.id], 21)).toEqual([]);
      await store.mark([{ id: due!.id, kind: 'sent', messageId: 'm-1' }], 30);
      expect(await store.delivery(due!.id)).toMatchObject({ state: 'sent', sentAt: 30, messageId: 'm-1', claimedAt: null });
      expect(await store.openCount(['discord'])).toBe(0);
      await store.close();
    });

    it('retry → pending at its due time, maybe_sent kept once set, errors counted (not for rate limits)', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      await store.queue([testAlert()], { now: 0 });
      const id = (await store.dueDeliveries(['discord'], 0, 1))[0]!.id;
      await store.claim([id], 1);
      await store.mark([{ id, kind: 'retry', dueAt: 500, reason: 'timeout', uncertain: true, countsAsError: true }], 2);
      expect(await store.delivery(id)).toMatchObject({ state: 'pending', dueAt: 500, maybeSent: true, errors: 1, lastError: 'timeout' });
      expect(await store.dueDeliveries(['discord'], 499, 10)).toEqual([]);
      expect(await store.nextDueAt(['discord'], 2)).toBe(500);
      expect(await store.nextDueAt(['discord'], 500)).toBeUndefined();
      await store.claim([id], 500);
      await store.mark([{ id, kind: 'retry', dueAt: 900, reason: 'rate limited', uncertain: false, countsAsError: false }], 501);
      expect(await store.delivery(id)).toMatchObject({ state: 'pending', dueAt: 900, maybeSent: true, errors: 1, attempts: 2 });
      await store.close();
    });

    it('one batch of outcomes (sent, retry, failed) → each row gets its own, in one call', async () => {
      const store = await open();
      for (const c of ['111', '222', '333', '444']) await subscribe(store, 'discord', c);
      await store.queue([testAlert()], { now: 0 });
      const rows = await store.claim(
        (await store.dueDeliveries(['discord'], 0, 10)).map((d) => d.id),
        1,
      );
      const [a, b, c, d] = rows.map((r) => r.id);
      await store.mark(
        [
          { id: a!, kind: 'sent', messageId: 'm-a' },
          { id: b!, kind: 'retry', dueAt: 500, reason: 'timeout', uncertain: true, countsAsError: true },
          { id: c!, kind: 'sent', messageId: 'm-c' },
          { id: d!, kind: 'failed', reason: 'Discord 400 50035: Invalid Form Body' },
        ],
        2,
      );
      expect(await store.delivery(a!)).toMatchObject({ state: 'sent', sentAt: 2, messageId: 'm-a', claimedAt: null });
      expect(await store.delivery(b!)).toMatchObject({ state: 'pending', dueAt: 500, maybeSent: true, errors: 1, claimedAt: null });
      expect(await store.delivery(c!)).toMatchObject({ state: 'sent', sentAt: 2, messageId: 'm-c' });
      expect(await store.delivery(d!)).toMatchObject({ state: 'failed', lastError: 'Discord 400 50035: Invalid Form Body' });
      await store.close();
    });

    it('subscription failure → the subscription is failed and its other pending deliveries too; other channels untouched', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      await subscribe(store, 'discord', '222');
      await store.queue([testAlert(), testAlert()], { now: 0 });
      const first = (await store.dueDeliveries(['discord'], 0, 10)).find((d) => d.channelId === '111')!;
      await store.claim([first.id], 1);
      await store.mark([{ id: first.id, kind: 'subscription_failed', reason: 'Discord 403 50013: Missing Permissions', platform: 'discord', channelId: '111' }], 2);
      expect(await store.subscription('discord', '111')).toMatchObject({ state: 'failed', failure: 'Discord 403 50013: Missing Permissions', failedAt: 2 });
      expect((await store.deliveries()).filter((d) => d.channelId === '111').map((d) => d.state)).toEqual(['failed', 'failed']);
      expect((await store.deliveries()).filter((d) => d.channelId === '222').map((d) => d.state)).toEqual(['pending', 'pending']);
      // A failed subscription gets no new alerts until someone subscribes again.
      expect((await store.queue([testAlert()], { now: 3 }))[0]!.channels).toBe(1);
      await subscribe(store, 'discord', '111');
      expect(await store.subscription('discord', '111')).toMatchObject({ state: 'active', failure: null });
      await store.close();
    });

    it('in flight at start (the last run died) → pending, first in line, flagged to reconcile', async () => {
      const store = await open();
      await subscribe(store, 'slack', 'C1');
      await store.queue([testAlert(), testAlert()], { now: 100 });
      const [a] = await store.dueDeliveries(['slack'], 100, 1);
      await store.claim([a!.id], 150);
      expect(await store.recoverInflight()).toBe(1);
      expect(await store.delivery(a!.id)).toMatchObject({ state: 'pending', maybeSent: true, dueAt: 0, firstAttemptAt: 150 });
      expect((await store.dueDeliveries(['slack'], 200, 1))[0]!.id).toBe(a!.id);
      await store.close();
    });

    it('unsubscribe cancels what was still waiting for that channel (failed: unsubscribed)', async () => {
      const store = await open();
      await subscribe(store, 'shell', 'shell');
      await store.queue([testAlert()], { now: 0 });
      expect(await store.unsubscribe('shell', 'shell')).toBe(true);
      expect(await store.unsubscribe('shell', 'shell')).toBe(false);
      expect((await store.deliveries()).map((d) => [d.state, d.lastError])).toEqual([['failed', 'unsubscribed']]);
      await store.close();
    });
  });

  describe('the lease and requests', () => {
    it('the lease names a random instance, never a pid: refused while unexpired, taken over on expiry with the next generation', async () => {
      const store = await open();
      expect(await store.acquireLease({ owner: 'host-a/0f3c9a1b2c3d4e5f', host: 'a', now: 0, ttlMs: 6000 })).toEqual({ ok: true, generation: 1 });
      // Another instance — even in a container where both are PID 1 — is refused while the lease is fresh…
      expect(await store.acquireLease({ owner: 'host-a/99aa88bb77cc66dd', host: 'a', now: 1000, ttlMs: 6000 })).toMatchObject({ ok: false, holder: { owner: 'host-a/0f3c9a1b2c3d4e5f', generation: 1 } });
      // …renewals keep it…
      expect(await store.heartbeat({ owner: 'host-a/0f3c9a1b2c3d4e5f', generation: 1 }, 5000, 6000)).toBe(true);
      expect((await store.acquireLease({ owner: 'host-a/99aa88bb77cc66dd', host: 'a', now: 10_000, ttlMs: 6000 })).ok).toBe(false);
      // …and once the holder stops renewing (kill -9), the next try after expiry takes it, one generation up.
      expect(await store.acquireLease({ owner: 'host-a/99aa88bb77cc66dd', host: 'a', now: 11_001, ttlMs: 6000 })).toEqual({ ok: true, generation: 2 });
      expect(await store.heartbeat({ owner: 'host-a/0f3c9a1b2c3d4e5f', generation: 1 }, 11_500, 6000)).toBe(false);
      // A graceful release lets the lease expire at once; the generation keeps counting.
      await store.releaseLease({ owner: 'host-a/99aa88bb77cc66dd', generation: 2 });
      expect(await store.acquireLease({ owner: 'host-b/1234567890abcdef', host: 'b', now: 11_600, ttlMs: 6000 })).toEqual({ ok: true, generation: 3 });
      expect(await store.leaseHolder()).toMatchObject({ owner: 'host-b/1234567890abcdef', host: 'b', generation: 3, expiresAt: 17_600 });
      await store.close();
    });

    it('a 429 and the hand-off times are rows: a new worker starts from the blocks and windows a killed one left', async () => {
      const store = await open();
      await subscribe(store, 'discord', '111');
      await subscribe(store, 'slack', 'C1');
      await store.queue([testAlert(), testAlert()], { now: 0 });
      const [d] = await store.claim([(await store.deliveries())[0]!.id], 1000);
      await store.mark([{ id: d!.id, kind: 'retry', dueAt: 31_000, reason: 'rate limited', uncertain: false, countsAsError: false, block: { scope: 'discord', until: 31_000 } }], 1100);
      expect(await store.rateState(['discord', 'slack'], 0, 2000)).toEqual({ blocks: [{ scope: 'discord', until: 31_000 }], attempts: [{ platform: 'discord', channelId: '111', at: 1000 }] });
      expect(await store.rateState(['slack'], 0, 2000)).toEqual({ blocks: [], attempts: [] });
      expect((await store.rateState(['discord'], 0, 40_000)).blocks).toEqual([]);
      await store.close();
    });

    it('reload requests reach the running bot through the database; the first answer is kept', async () => {
      const store = await open();
      expect(await store.lastRequestId()).toBe(0);
      const id = await store.requestReload('data:reload@host', 5);
      expect(await store.reloadRequests(0)).toEqual([{ id, requestedBy: 'data:reload@host', requestedAt: 5, doneBy: null, doneAt: null, result: null }]);
      await store.completeRequest(id, 'bot-1', 'reloaded: 1 alerts queued', 6);
      await store.completeRequest(id, 'bot-2', 'reloaded: 0 alerts queued', 7);
      expect((await store.reloadRequests(0))[0]).toMatchObject({ doneBy: 'bot-1', doneAt: 6 });
      expect(await store.reloadRequests(id)).toEqual([]);
      await store.close();
    });
  });

  describe('retention', () => {
    const DAY = 86_400_000;
    it('sent deliveries go after the retention; failures stay until resolved; alerts stay while a delivery references them; small batches', async () => {
      const store = await open();
      const now = 200 * DAY;
      await subscribe(store, 'discord', 'ok-channel');
      await subscribe(store, 'discord', 'stopped-channel');
      const [old, fresh] = [testAlert(), testAlert()];
      await store.queue([old!], { now: now - 100 * DAY });
      await store.queue([fresh!], { now: now - 1 * DAY });
      const byChannel = (alert: string, channel: string): string => deliveryId(alert, 'discord', channel);
      // The old alert: sent to ok-channel 100 days ago; failed in stopped-channel (its subscription stopped, unresolved).
      await store.claim([byChannel(old!.id, 'ok-channel'), byChannel(old!.id, 'stopped-channel')], now - 100 * DAY);
      await store.mark([{ id: byChannel(old!.id, 'ok-channel'), kind: 'sent', messageId: 'm1' }], now - 100 * DAY);
      await store.mark([{ id: byChannel(old!.id, 'stopped-channel'), kind: 'subscription_failed', reason: '403', platform: 'discord', channelId: 'stopped-channel' }], now - 100 * DAY);
      // The fresh one: sent yesterday to ok-channel; cancelled in stopped-channel.
      await store.claim([byChannel(fresh!.id, 'ok-channel')], now - DAY);
      await store.mark([{ id: byChannel(fresh!.id, 'ok-channel'), kind: 'sent', messageId: 'm2' }], now - DAY);
      const retentionMs = 90 * DAY;

      let total = { deliveries: 0, alerts: 0 };
      for (let i = 0; i < 10; i++) {
        const step = await store.prune({ now, retentionMs, batch: 1 });
        total = { deliveries: total.deliveries + step.deliveries, alerts: total.alerts + step.alerts };
        if (!step.more) break;
      }
      // The old sent delivery went; the unresolved failure stays, and so does the alert it references.
      expect(total).toEqual({ deliveries: 1, alerts: 0 });
      expect((await store.deliveries()).map((d) => [d.alertId === old!.id ? 'old' : 'fresh', d.channelId, d.state])).toEqual([
        ['old', 'stopped-channel', 'failed'],
        ['fresh', 'ok-channel', 'sent'],
        ['fresh', 'stopped-channel', 'failed'],
      ]);
      // Resolved: the channel is subscribed again → its old failure and then the old alert go.
      await subscribe(store, 'discord', 'stopped-channel');
      expect(await store.prune({ now, retentionMs, batch: 100 })).toEqual({ deliveries: 1, alerts: 1, more: false });
      expect((await store.alerts()).map((a) => a.id)).toEqual([fresh!.id]);
      expect(await store.alert(old!.id)).toBeUndefined();
      await store.close();
    });
  });

  describe('Slack installations (OAuth)', () => {
    it('uninstall → installation gone, that workspace\'s subscriptions paused and its waiting deliveries dropped; other workspaces untouched; reinstall resumes', async () => {
      const store = await open();
      const sub = async (channelId: string, tenant: string): Promise<void> => {
        await store.subscribe({ platform: 'slack', channelId, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u1', now: 1000, tenant });
      };
      await sub('CA1', 'slack:TA');
      await sub('CA2', 'slack:TA');
      await sub('CB1', 'slack:TB');
      for (const team of ['TA', 'TB']) {
        expect(await store.saveInstallation({ key: `team:${team}`, platform: 'slack', teamId: team, enterpriseId: null, body: `{"team":"${team}"}`, tenant: `slack:${team}`, now: 1000 })).toEqual({ resumed: 0 });
      }
      await store.queue([testAlert({ text: 'one' })], { now: 2000 });
      expect(await store.removeInstallation({ key: 'team:TA', tenant: 'slack:TA', reason: 'app_uninstalled', now: 3000 })).toEqual({ removed: true, paused: 2 });
      expect(await store.installation('team:TA')).toBeUndefined();
      expect(await store.installation('team:TB')).toMatchObject({ teamId: 'TB', body: '{"team":"TB"}' });
      expect(await store.subscription('slack', 'CA1')).toMatchObject({ state: 'active', pausedAt: 3000, pausedReason: 'app_uninstalled' });
      expect(await store.subscription('slack', 'CB1')).toMatchObject({ pausedAt: null });
      const byChannel = Object.fromEntries((await store.deliveries()).map((d) => [d.channelId, [d.state, d.lastError]]));
      expect(byChannel).toEqual({ CA1: ['failed', 'paused: app_uninstalled'], CA2: ['failed', 'paused: app_uninstalled'], CB1: ['pending', null] });
      // While paused, nothing is queued there and it counts for nobody's reach.
      expect((await store.queue([testAlert({ text: 'two' })], { now: 4000 }))[0]?.channels).toBe(1);
      expect(await store.reach('slack:TA')).toEqual({ tenant: 0, all: 1 });
      expect(await store.removeInstallation({ key: 'team:TA', tenant: 'slack:TA', reason: 'tokens_revoked', now: 5000 })).toEqual({ removed: false, paused: 0 });
      expect(await store.saveInstallation({ key: 'team:TA', platform: 'slack', teamId: 'TA', enterpriseId: null, body: '{}', tenant: 'slack:TA', now: 6000 })).toEqual({ resumed: 2 });
      expect((await store.queue([testAlert({ text: 'three' })], { now: 7000 }))[0]?.channels).toBe(3);
      await store.close();
    });
  });
});
