import { hostname } from 'node:os';
import { PostgresAlertStore } from '../../src/alerts/pg-store';
import { PUBLISHED_LIMITS, scaleLimits } from '../../src/alerts/rate-limiter';
import { AlertsRuntime } from '../../src/alerts/runtime';
import type { SharedClaims } from '../../src/alerts/store';
import { AlertWorker } from '../../src/alerts/worker';
import { editorAlert, type AlertSender, type SendOutcome } from '../../src/core/alerts';
import type { FactBaseData } from '../../src/core/schema';
import { loadFactBase } from '../../src/fact-files';
import { describePg } from '../helpers/describe-pg';
import { createTestSchema, dropTestSchemas, queryIn } from '../helpers/pg';
import { cleanupTempDirs, RecordingAlertLogger, tempDir, until } from './helpers';

/**
 * PostgreSQL: the platforms' rate limits are one budget for every instance. Each instance beats in `instances`
 * and takes 1/N of the limits, N = the instances alive now, recomputed at each heartbeat.
 */
const running: AlertsRuntime[] = [];
const stores: PostgresAlertStore[] = [];
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop({ graceMs: 0 })));
  await Promise.all(stores.map((s) => s.close()));
  await dropTestSchemas();
  cleanupTempDirs();
});

// Nothing is queued in these tests: the sender is never called.
const idleSender: AlertSender = { platform: 'slack', send: async (): Promise<SendOutcome> => ({ ok: false, error: 'unused' }) as unknown as SendOutcome };

// Read once, before any instance runs: reading the data blocks this process, and with it the running instances' 100 ms
// heartbeats (under load, past their expiry, and a new instance would count fewer alive).
let data: FactBaseData | undefined;

async function instance(url: string, rateLimits?: number): Promise<AlertsRuntime> {
  data ??= loadFactBase().data;
  // Beats every 100 ms, but a row lives 1.5 s: under a loaded jest run one instance's opening can hold the event loop
  // past three missed beats (the default life), and the other would count one alive too few.
  const runtime = await AlertsRuntime.open({ dbPath: '', databaseUrl: url, logger: new RecordingAlertLogger(), heartbeatMs: 100, leaseTtlMs: 1500, ...(rateLimits === undefined ? {} : { rateLimits }) });
  running.push(runtime);
  await runtime.start(data, [idleSender]);
  return runtime;
}

describePg('rate limits shared across instances (PostgreSQL)', () => {
  it('two instances on one schema each see N = 2 and take half the limits; after one stops, the other takes them all', async () => {
    const { url } = await createTestSchema();
    const a = await instance(url);
    expect(a.instancesAlive).toBe(1);
    expect(a.rateLimits).toEqual(PUBLISHED_LIMITS);

    const b = await instance(url);
    expect(b.instancesAlive).toBe(2);
    await until(() => a.instancesAlive === 2, 10_000, 'the first instance sees the second');
    const half = scaleLimits(PUBLISHED_LIMITS, 0.5);
    expect(a.rateLimits).toEqual(half);
    expect(b.rateLimits).toEqual(half);
    // Half as fast: Slack's 300 messages per minute become 300 per 2 minutes on each; Discord's 50/s, 50 per 2 s.
    expect(half.slack?.global).toEqual({ limit: 300, windowMs: 120_000 });
    expect(half.discord?.global).toEqual({ limit: 50, windowMs: 2000 });

    await b.stop({ graceMs: 0 });
    await until(() => a.instancesAlive === 1, 10_000, 'the first instance sees the second gone');
    expect(a.rateLimits).toEqual(PUBLISHED_LIMITS);
  });

  it('an instance killed without stopping (its heartbeat expires) gives its share back; the operator share multiplies 1/N', async () => {
    const { url } = await createTestSchema();
    const a = await instance(url, 0.5);
    expect(a.rateLimits).toEqual(scaleLimits(PUBLISHED_LIMITS, 0.5));

    // A process that beat once and was then killed -9: its row stays until it expires.
    const other = await PostgresAlertStore.open(url, { max: 1 });
    stores.push(other);
    expect(await other.beatInstance({ owner: `${hostname()}/killed`, host: hostname(), now: Date.now(), ttlMs: 1500 })).toBe(2);
    await until(() => a.instancesAlive === 2, 10_000, 'the instance sees the other');
    expect(a.rateLimits).toEqual(scaleLimits(PUBLISHED_LIMITS, 0.25));

    await until(() => a.instancesAlive === 1, 10_000, 'the killed instance expires');
    expect(a.rateLimits).toEqual(scaleLimits(PUBLISHED_LIMITS, 0.5));
  });
});

describe('rate limits on SQLite', () => {
  it('one delivering process: no instance count, the limits are the setting', async () => {
    const runtime = await AlertsRuntime.open({ dbPath: `${tempDir()}/alerts.db`, logger: new RecordingAlertLogger(), heartbeatMs: 100 });
    running.push(runtime);
    await runtime.start(loadFactBase().data, [idleSender]);
    expect(runtime.instancesAlive).toBeUndefined();
    expect(runtime.rateLimits).toEqual(PUBLISHED_LIMITS);
  });
});

/** The store's shared claims, with one or two of its calls wrapped (another instance acting between two of them). */
function claimsOf(store: PostgresAlertStore, wrapped: Partial<SharedClaims>): SharedClaims {
  return {
    claimDue: store.claimDue.bind(store),
    renewClaims: store.renewClaims.bind(store),
    reapClaims: store.reapClaims.bind(store),
    unclaim: store.unclaim.bind(store),
    blocksAndNextDue: store.blocksAndNextDue.bind(store),
    rateBlocks: store.rateBlocks.bind(store),
    beatInstance: store.beatInstance.bind(store),
    leaveInstance: store.leaveInstance.bind(store),
    ...wrapped,
  };
}

/** A worker on `claims` whose Discord sender only records what it was asked to post. */
function recordingWorker(store: PostgresAlertStore, claims: SharedClaims): { worker: AlertWorker; sent: string[] } {
  const sent: string[] = [];
  const sender: AlertSender = { platform: 'discord', send: async (d): Promise<SendOutcome> => (sent.push(d.id), { kind: 'sent', messageId: 'm' }) };
  const worker = new AlertWorker({ store, senders: [sender], logger: new RecordingAlertLogger(), rateLimits: null, fence: { owner: 'me', generation: 0 }, claims: { store: claims, owner: 'me', ttlMs: 20_000 } });
  return { worker, sent };
}

describePg('a 429 given to another instance after this one claimed (PostgreSQL)', () => {
  it('the claimed row is not posted before the shared retry time: it goes back to pending until then', async () => {
    const { url } = await createTestSchema();
    const store = await PostgresAlertStore.open(url);
    stores.push(store);
    await store.subscribe({ platform: 'discord', channelId: '42', topics: ['editor'], locale: 'en', userId: 'u', now: 0 });
    await store.queue([editorAlert({ text: 'Hold on', now: new Date(), by: 't' })], { now: Date.now() });
    const until429 = Date.now() + 60_000;
    // Another instance is told "global 429" right after this one's claim, before its post: interleaved for real
    // by recording the block (as that instance would) between the claim and the send.
    const { worker, sent } = recordingWorker(
      store,
      claimsOf(store, {
        claimDue: async (input) => {
          const rows = await store.claimDue(input);
          if (rows.length > 0) await queryIn(url, `INSERT INTO rate_blocks (scope, until) VALUES ('discord', $1)`, [until429]);
          return rows;
        },
      }),
    );
    await worker.start();
    try {
      await until(async () => sent.length > 0 || ((await store.deliveries())[0]?.state === 'pending' && (await store.deliveries())[0]!.dueAt >= until429), 8000, 'the claim handed back');
    } finally {
      await worker.stop();
    }
    expect(sent).toEqual([]);
    expect((await store.deliveries())[0]).toMatchObject({ state: 'pending', maybeSent: false });
  }, 20_000);

  it('a 429 recorded after the batch was read, while its posts are about to go out: none of them is posted before the retry time', async () => {
    const { url } = await createTestSchema();
    const store = await PostgresAlertStore.open(url);
    stores.push(store);
    const channels = ['41', '42', '43'];
    for (const channelId of channels) await store.subscribe({ platform: 'discord', channelId, topics: ['editor'], locale: 'en', userId: 'u', now: 0 });
    await store.queue([editorAlert({ text: 'Hold on', now: new Date(), by: 't' })], { now: Date.now() });
    const until429 = Date.now() + 60_000;
    // The batch's own read of the retry times sees none; another instance records a global 429 right after it
    // (before this one's posts leave): the read just before each post must catch it.
    let told = false;
    const { worker, sent } = recordingWorker(
      store,
      claimsOf(store, {
        blocksAndNextDue: async (platforms, now) => {
          const read = await store.blocksAndNextDue(platforms, now);
          if (!told) {
            told = true;
            await queryIn(url, `INSERT INTO rate_blocks (scope, until) VALUES ('discord', $1)`, [until429]);
          }
          return read;
        },
      }),
    );
    await worker.start();
    const handedBack = async (): Promise<boolean> => (await store.deliveries()).every((d) => d.state === 'pending' && d.dueAt >= until429);
    try {
      await until(async () => sent.length > 0 || (told && (await handedBack())), 8000, 'the claims handed back');
    } finally {
      await worker.stop();
    }
    expect(sent).toEqual([]);
    expect(await store.deliveries()).toHaveLength(3);
    for (const d of await store.deliveries()) expect(d).toMatchObject({ state: 'pending', maybeSent: false });
  }, 20_000);
});
