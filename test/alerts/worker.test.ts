import path from 'node:path';
import { DiscordAlertSender } from '../../src/adapters/discord/alert-sender';
import { SlackAlertSender } from '../../src/adapters/slack/alert-sender';
import { PUBLISHED_LIMITS } from '../../src/alerts/rate-limiter';
import { SqliteAlertStore, type AlertStore } from '../../src/alerts/store';
import { AlertWorker, type AlertWorkerOptions } from '../../src/alerts/worker';
import { deliveryId, editorAlert, type Alert, type AlertDelivery, type AlertSender, type SendOutcome } from '../../src/core/alerts';
import { discordFaults, FakeDiscord, type RecordedRequest } from '../helpers/fake-discord';
import { FakeSlack, type RecordedCall } from '../helpers/fake-slack';
import { cleanupTempDirs, RecordingAlertLogger, tempDir, testAlert, until } from './helpers';

let discord: FakeDiscord;
let slack: FakeSlack;
let nextChannel = 0;

beforeAll(async () => {
  [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
});
afterAll(async () => {
  await Promise.all([discord.close(), slack.close()]);
  cleanupTempDirs();
});

/** Fresh channel ids for each test (the fakes are shared). */
function discordChannels(n: number): string[] {
  return Array.from({ length: n }, () => discord.addChannel({ id: String(2_000_000_000_000_000_000n + BigInt(++nextChannel)) }).id);
}
function slackChannels(n: number): string[] {
  return Array.from({ length: n }, () => `C${String(++nextChannel).padStart(8, '0')}`);
}

function newStore(): SqliteAlertStore {
  return SqliteAlertStore.open(path.join(tempDir(), 'letterbot.db'));
}

async function subscribeAll(store: AlertStore, platform: 'discord' | 'slack', ids: readonly string[]): Promise<void> {
  for (const channelId of ids) await store.subscribe({ platform, channelId, topics: ['signatories', 'timeline', 'corrections', 'editor'], locale: 'en', userId: 'u', now: 0 });
}

function senders(): AlertSender[] {
  return [
    new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl, globalRequestsPerSecond: 1_000_000 }),
    new SlackAlertSender({ botToken: slack.botToken, apiUrl: slack.apiUrl }),
  ];
}

/** Run a worker over the store until nothing is left to deliver. */
async function deliverAll(store: AlertStore, options: Partial<AlertWorkerOptions> = {}): Promise<RecordingAlertLogger> {
  const logger = new RecordingAlertLogger();
  const worker = new AlertWorker({ store, senders: senders(), logger, rateLimits: null, backoff: { baseMs: 20, maxMs: 200, maxErrors: 5 }, ...options });
  await worker.start();
  await worker.whenIdle();
  await worker.stop();
  return logger;
}

/** Post a delivery to a Discord channel, then "crash" before its outcome is written: pending again, flagged maybe sent. */
async function postThenCrashAt(store: AlertStore, alert: Alert, channelId: string, claimAt: number): Promise<string> {
  await store.queue([alert], { now: claimAt });
  const id = deliveryId(alert.id, 'discord', channelId);
  const [row] = await store.claim([id], claimAt);
  const delivery: AlertDelivery = { id, alert, platform: 'discord', channelId, locale: 'en', attempt: 1, maybeSent: false, firstAttemptAt: row!.firstAttemptAt };
  expect((await new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl }).send(delivery)).kind).toBe('sent');
  await store.recoverInflight();
  return id;
}

const posts = (channelId: string): RecordedRequest[] => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const slackPosts = (channelId: string): RecordedCall[] => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channelId);
const slackDeliveryIds = (channelId: string): unknown[] =>
  slack.messagesIn(channelId).map((m) => ((m.metadata as { event_payload?: { delivery_id?: unknown } } | undefined)?.event_payload ?? {}).delivery_id);
const discordNonces = (channelId: string): unknown[] => discord.messagesIn(channelId).map((m) => m.nonce);

describe('alert worker against the Discord and Slack fakes', () => {
  it('fan-out: every subscribed channel gets each alert once, with its delivery id, no pings, Slack text escaped', async () => {
    const store = newStore();
    const d = discordChannels(4);
    const s = slackChannels(4);
    await subscribeAll(store, 'discord', d);
    await subscribeAll(store, 'slack', s);
    const alerts: Alert[] = [testAlert({ text: 'Tom & Jerry <b>signed</b> @everyone' }), testAlert()];
    await store.queue(alerts, { now: Date.now() });
    const logger = await deliverAll(store);
    for (const channel of d) {
      expect(discordNonces(channel)).toEqual(alerts.map((a) => deliveryId(a.id, 'discord', channel)));
      const body = posts(channel)[0]!.body as Record<string, unknown>;
      expect(body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
      expect(discord.messagesIn(channel)[0]!.embeds[0]!.footer!.text).toContain(deliveryId(alerts[0]!.id, 'discord', channel));
    }
    for (const channel of s) {
      expect(slackDeliveryIds(channel)).toEqual(alerts.map((a) => deliveryId(a.id, 'slack', channel)));
      expect(slack.messagesIn(channel)[0]!.text).toContain('Tom &amp; Jerry &lt;b&gt;signed&lt;/b&gt; @\u2060everyone');
    }
    expect(await store.counts()).toEqual({ pending: 0, inflight: 0, sent: 16, failed: 0 });
    expect(logger.outcomes('sent')).toHaveLength(16);
    await store.close();
  });

  it('Discord 429 with retry_after on a burst → everything arrives once, no request to a channel before its retry time', async () => {
    const store = newStore();
    const d = discordChannels(6);
    await subscribeAll(store, 'discord', d);
    const alerts = [testAlert(), testAlert(), testAlert()];
    await store.queue(alerts, { now: Date.now() });
    discord.failNext({ method: 'POST', pathPrefix: '/channels/' }, discordFaults.rateLimited(0.3), 5);
    const logger = await deliverAll(store);
    for (const channel of d) expect(discordNonces(channel)).toEqual(alerts.map((a) => deliveryId(a.id, 'discord', channel)));
    const limited = d.flatMap((channel) => posts(channel).filter((r) => r.status === 429));
    expect(limited).toHaveLength(5);
    for (const refused of limited) {
      const after = discord.requests.filter((r) => r.path === refused.path && r.at > refused.at);
      expect(after.length).toBeGreaterThan(0);
      expect(after[0]!.at - refused.at).toBeGreaterThanOrEqual(300);
    }
    expect(logger.outcomes('rate_limited')).toHaveLength(5);
    await store.close();
  });

  it('Discord global 429 → no Discord request at all before the retry time', async () => {
    const store = newStore();
    const d = discordChannels(5);
    await subscribeAll(store, 'discord', d);
    await store.queue([testAlert()], { now: Date.now() });
    discord.clearRequests();
    discord.failNext({ method: 'POST', pathPrefix: '/channels/' }, discordFaults.rateLimited(0.3, { global: true }), 1);
    await deliverAll(store, { concurrency: 1 });
    const refused = discord.requests.find((r) => r.status === 429)!;
    const later = discord.requests.filter((r) => r.at > refused.at);
    expect(later.length).toBe(5);
    for (const r of later) expect(r.at - refused.at).toBeGreaterThanOrEqual(300);
    for (const channel of d) expect(discord.messagesIn(channel)).toHaveLength(1);
    await store.close();
  });

  it('Slack 429 with Retry-After → delivered once, not before the retry time', async () => {
    const store = newStore();
    const s = slackChannels(3);
    await subscribeAll(store, 'slack', s);
    await store.queue([testAlert()], { now: Date.now() });
    slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } }, 2);
    await deliverAll(store);
    for (const channel of s) {
      expect(slack.messagesIn(channel)).toHaveLength(1);
      const calls = slackPosts(channel);
      const refused = calls.find((c) => c.status === 429);
      if (refused) expect(calls[calls.indexOf(refused) + 1]!.at - refused.at).toBeGreaterThanOrEqual(1000);
    }
    expect(s.flatMap(slackPosts).filter((c) => c.status === 429)).toHaveLength(2);
    await store.close();
  });

  it('403 on one Discord channel and not_in_channel on a Slack one → those subscriptions failed (logged), the others delivered', async () => {
    const store = newStore();
    const d = discordChannels(3);
    const s = slackChannels(3);
    await subscribeAll(store, 'discord', d);
    await subscribeAll(store, 'slack', s);
    discord.failNext({ method: 'POST', path: `/channels/${d[1]}/messages` }, discordFaults.missingPermissions(), 1);
    slack.setChannel(s[2]!, { isMember: false });
    await store.queue([testAlert(), testAlert()], { now: Date.now() });
    const logger = await deliverAll(store);
    expect(await store.subscription('discord', d[1]!)).toMatchObject({ state: 'failed', failure: 'Discord 403 50013: Missing Permissions' });
    expect(await store.subscription('slack', s[2]!)).toMatchObject({ state: 'failed', failure: 'Slack not_in_channel' });
    // Stopped after the first refusal: the second alert was never tried there.
    expect(posts(d[1]!)).toHaveLength(1);
    expect(slackPosts(s[2]!)).toHaveLength(1);
    for (const channel of [d[0]!, d[2]!]) expect(discord.messagesIn(channel)).toHaveLength(2);
    for (const channel of [s[0]!, s[1]!]) expect(slack.messagesIn(channel)).toHaveLength(2);
    expect(await store.counts()).toEqual({ pending: 0, inflight: 0, sent: 8, failed: 4 });
    expect(logger.outcomes('subscription_failed').map((l) => l.channel).sort()).toEqual([d[1], s[2]].sort());
    await store.close();
  });

  it('a 500 is retried with backoff; the retry carries the same nonce, so Discord keeps one message', async () => {
    const store = newStore();
    const [channel] = discordChannels(1);
    await subscribeAll(store, 'discord', [channel!]);
    await store.queue([testAlert()], { now: Date.now() });
    discord.failNext({ method: 'POST', path: `/channels/${channel}/messages` }, discordFaults.serverError(502), 2);
    const logger = await deliverAll(store);
    expect(posts(channel!).map((r) => r.status)).toEqual([502, 502, 200]);
    expect(new Set(posts(channel!).map((r) => (r.body as { nonce: string }).nonce)).size).toBe(1);
    expect(discord.messagesIn(channel!)).toHaveLength(1);
    expect(logger.outcomes('retry').map((l) => l.uncertain)).toEqual([true, true]);
    await store.close();
  });

  it('a delivery failing every time is given up after maxErrors: failed, logged, nothing dropped silently', async () => {
    const store = newStore();
    const [channel] = discordChannels(1);
    await subscribeAll(store, 'discord', [channel!]);
    await store.queue([testAlert()], { now: Date.now() });
    discord.failNext({ method: 'POST', path: `/channels/${channel}/messages` }, discordFaults.serverError(500), 3);
    const logger = await deliverAll(store, { backoff: { baseMs: 10, maxMs: 20, maxErrors: 3 } });
    expect((await store.deliveries())[0]).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/^gave up after 3 failures: /) });
    expect(logger.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual(['alert delivery failed for good']);
    await store.close();
  });
});

describe('reconciliation after a crash (in flight, outcome unknown)', () => {
  /** Post a delivery for real, then leave its row `inflight` as a process killed before recording would. */
  async function postThenCrash(store: AlertStore, sender: AlertSender, alert: Alert, platform: 'discord' | 'slack', channelId: string, claimAt: number): Promise<string> {
    await store.queue([alert], { now: claimAt });
    const id = deliveryId(alert.id, platform, channelId);
    const [row] = await store.claim([id], claimAt);
    const delivery: AlertDelivery = { id, alert, platform, channelId, locale: 'en', attempt: 1, maybeSent: false, firstAttemptAt: row!.firstAttemptAt };
    expect((await sender.send(delivery)).kind).toBe('sent');
    expect(await store.recoverInflight()).toBe(1);
    return id;
  }

  it('Slack: found in the channel history by its metadata → marked sent, not posted again', async () => {
    const store = newStore();
    const [channel] = slackChannels(1);
    await subscribeAll(store, 'slack', [channel!]);
    const id = await postThenCrash(store, new SlackAlertSender({ botToken: slack.botToken, apiUrl: slack.apiUrl }), testAlert(), 'slack', channel!, Date.now());
    const historyBefore = slack.callsTo('conversations.history').length;
    const logger = await deliverAll(store);
    expect(slackPosts(channel!)).toHaveLength(1);
    expect(slack.callsTo('conversations.history').length).toBe(historyBefore + 1);
    expect(slack.callsTo('conversations.history').at(-1)!.body).toMatchObject({ channel, include_all_metadata: 'true' });
    expect(await store.delivery(id)).toMatchObject({ state: 'sent', messageId: slack.messagesIn(channel!)[0]!.ts });
    expect(logger.outcomes('sent')[0]).toMatchObject({ reconciled: true });
    await store.close();
  });

  it('Slack: not in the history (the crash came before the post) → posted once', async () => {
    const store = newStore();
    const [channel] = slackChannels(1);
    await subscribeAll(store, 'slack', [channel!]);
    const alert = testAlert();
    await store.queue([alert], { now: Date.now() });
    await store.claim([deliveryId(alert.id, 'slack', channel!)], Date.now());
    await store.recoverInflight();
    await deliverAll(store);
    expect(slackPosts(channel!)).toHaveLength(1);
    expect(slack.messagesIn(channel!)).toHaveLength(1);
    await store.close();
  });

  it('Discord within the nonce window: resent with the same nonce + enforce_nonce → Discord returns the same message', async () => {
    const store = newStore();
    const [channel] = discordChannels(1);
    await subscribeAll(store, 'discord', [channel!]);
    const id = await postThenCrash(store, new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl }), testAlert(), 'discord', channel!, Date.now());
    await deliverAll(store);
    expect(posts(channel!)).toHaveLength(2);
    expect(discord.messagesIn(channel!)).toHaveLength(1);
    expect(await store.delivery(id)).toMatchObject({ state: 'sent', messageId: discord.messagesIn(channel!)[0]!.id });
    await store.close();
  });

  it('Discord past the nonce window: found among the channel’s recent messages → not posted again', async () => {
    const store = newStore();
    const [channel] = discordChannels(1);
    await subscribeAll(store, 'discord', [channel!]);
    const later = (): number => Date.now() + 10 * 60_000;
    const id = await postThenCrash(store, new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl }), testAlert(), 'discord', channel!, Date.now());
    const logger = new RecordingAlertLogger();
    const worker = new AlertWorker({ store, senders: [new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl, clock: later })], logger, rateLimits: null });
    await worker.start();
    await worker.whenIdle();
    await worker.stop();
    expect(posts(channel!)).toHaveLength(1);
    expect(discord.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channel}/messages`)).toHaveLength(1);
    expect(await store.delivery(id)).toMatchObject({ state: 'sent' });
    expect(logger.outcomes('sent')[0]).toMatchObject({ reconciled: true });
    await store.close();
  });
});

describe('graceful stop', () => {
  /** A platform that answers only when told to. */
  class HeldPlatform implements AlertSender {
    readonly platform = 'shell' as const;
    readonly seen: AlertDelivery[] = [];
    private release: (() => void) | undefined;
    send(delivery: AlertDelivery): Promise<SendOutcome> {
      this.seen.push(delivery);
      return new Promise((resolve) => {
        this.release = () => resolve({ kind: 'sent', messageId: `m-${delivery.id}` });
      });
    }
    answer(): void {
      this.release?.();
    }
  }

  it('stop claims nothing more, waits for sends in flight, hands back the unfinished ones flagged to reconcile', async () => {
    const store = newStore();
    await store.subscribe({ platform: 'shell', channelId: 'shell', topics: ['editor'], locale: 'fr', userId: 'u', now: 0 });
    const alert = editorAlert({ text: 'Hold on', now: new Date(), by: 't' });
    await store.queue([alert], { now: Date.now() });
    const held = new HeldPlatform();
    const worker = new AlertWorker({ store, senders: [held], logger: new RecordingAlertLogger(), rateLimits: null });
    await worker.start();
    while (held.seen.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(held.seen[0]).toMatchObject({ locale: 'fr', attempt: 1, maybeSent: false });
    expect(await worker.stop(50)).toEqual({ released: 1 });
    expect((await store.deliveries())[0]).toMatchObject({ state: 'pending', maybeSent: true });
    held.answer(); // the platform answers after the stop: ignored, the next start reconciles
    await new Promise((r) => setTimeout(r, 20));
    expect((await store.deliveries())[0]).toMatchObject({ state: 'pending' });
    await store.close();
  });
});

describe('published rate limits on', () => {
  it('Slack: one message per second per channel, in order', async () => {
    const store = newStore();
    const [channel] = slackChannels(1);
    await subscribeAll(store, 'slack', [channel!]);
    const alerts = [testAlert(), testAlert(), testAlert()];
    await store.queue(alerts, { now: Date.now() });
    await deliverAll(store, { rateLimits: PUBLISHED_LIMITS });
    const calls = slackPosts(channel!);
    expect(slackDeliveryIds(channel!)).toEqual(alerts.map((a) => deliveryId(a.id, 'slack', channel!)));
    // Spacing is enforced when sending; measured on arrival, transit jitter may shave a few milliseconds.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(950);
    await store.close();
  });
});

describe('rate-limit state survives a restart (rows, not variables)', () => {
  it('a global 429 given to a worker that then stops → the next worker sends nothing on that platform before the retry time', async () => {
    const store = newStore();
    const [x, y] = discordChannels(2);
    await subscribeAll(store, 'discord', [x!]);
    await store.queue([testAlert()], { now: Date.now() });
    discord.failNext({ method: 'POST', path: `/channels/${x}/messages` }, discordFaults.rateLimited(1.5, { global: true }), 1);
    const first = new AlertWorker({ store, senders: senders(), logger: new RecordingAlertLogger(), rateLimits: null });
    await first.start();
    const refusedAt = (): number | undefined => posts(x!).find((r) => r.status === 429)?.at;
    const started = Date.now();
    while (refusedAt() === undefined && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    await first.stop(); // or killed: what it was told is in the database already
    // A new alert, for a channel the first worker never touched.
    await subscribeAll(store, 'discord', [y!]);
    await store.queue([testAlert()], { now: Date.now() });
    await deliverAll(store);
    const refused = refusedAt()!;
    const next = discord.requests.filter((r) => r.path.startsWith('/channels/') && r.at > refused);
    expect(next.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...next.map((r) => r.at)) - refused).toBeGreaterThanOrEqual(1500);
    await store.close();
  });

  it('budgets too: 5 Discord messages to a channel, then a new worker → the 6th waits for the 5-second window', async () => {
    const store = newStore();
    const [x] = discordChannels(1);
    await subscribeAll(store, 'discord', [x!]);
    await store.queue(Array.from({ length: 6 }, () => testAlert()), { now: 0 });
    let now = 1_000_000;
    const options = { store, senders: senders(), rateLimits: PUBLISHED_LIMITS, clock: () => now };
    const first = new AlertWorker({ ...options, logger: new RecordingAlertLogger() });
    await first.start();
    const started = Date.now();
    while (discord.messagesIn(x!).length < 5 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 10));
    await first.stop();
    expect(discord.messagesIn(x!)).toHaveLength(5);
    now = 1_001_000; // restarted one second later
    const second = new AlertWorker({ ...options, logger: new RecordingAlertLogger() });
    await second.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(discord.messagesIn(x!)).toHaveLength(5);
    expect((await store.deliveries({ state: 'pending' }))[0]!.dueAt).toBeGreaterThanOrEqual(1_005_000);
    now = 1_005_001;
    second.wake();
    await second.whenIdle();
    await second.stop();
    expect(discord.messagesIn(x!)).toHaveLength(6);
    await store.close();
  });
  it('the stored retry time cannot be read at start (database busy) → nothing is sent until it can, then nothing before that retry time', async () => {
    const store = newStore();
    const [x, y] = discordChannels(2);
    await subscribeAll(store, 'discord', [x!, y!]);
    const alert = testAlert();
    await store.queue([alert], { now: 0 });
    // A holder killed with -9 had been told "nothing to Discord for 1 s" (global 429) on x and recorded it with that delivery.
    let now = 1_000_000;
    const retryAt = now + 1000;
    const [refused] = await store.claim([deliveryId(alert.id, 'discord', x!)], now);
    await store.mark([{ id: refused!.id, kind: 'retry', dueAt: retryAt, reason: 'rate limited (global)', uncertain: false, countsAsError: false, block: { scope: 'discord', until: retryAt } }], now);
    // The restart's first two reads of the stored blocks fail (a real SQLite error on its own connection).
    let reads = 0;
    store.db.function('inject_busy', () => {
      reads += 1;
      if (reads <= 2) throw new Error('database is locked (injected)');
      return 0;
    });
    store.db.exec('CREATE TEMP VIEW rate_blocks AS SELECT scope, until FROM main.rate_blocks WHERE inject_busy() = 0');
    const logger = new RecordingAlertLogger();
    const worker = new AlertWorker({ store, senders: senders(), logger, rateLimits: null, clock: () => now, pollMs: 10 });
    await worker.start();
    try {
      // y's delivery is due, but Discord said "nothing": no request while the block is unknown, nor once it is read.
      await until(async () => reads >= 3 || discord.requests.some((r) => r.path === `/channels/${y}/messages`), 5000, 'the stored rate limits to be read again');
      expect(discord.requests.filter((r) => r.path.startsWith(`/channels/${x}/`) || r.path.startsWith(`/channels/${y}/`))).toEqual([]);
      expect(logger.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([expect.stringContaining('could not read the stored rate limits')]);
      now = retryAt + 1;
      worker.wake();
      await worker.whenIdle();
    } finally {
      await worker.stop();
    }
    for (const channel of [x!, y!]) expect(discordNonces(channel)).toEqual([deliveryId(alert.id, 'discord', channel)]);
    await store.close();
  });

  it('a global block also holds reconciliation reads: a delivery maybe posted 3 min ago is not looked up (GET) before the retry time', async () => {
    const store = newStore();
    const [x, y] = discordChannels(2);
    await subscribeAll(store, 'discord', [x!, y!]);
    let now = 1_000_000;
    const alert = testAlert();
    // Posted to x, then the process died before recording it: pending, maybe sent, first attempted at `now`.
    const id = await postThenCrashAt(store, alert, x!, now);
    // Later a holder was told "nothing to Discord for 1 s" on y, and was killed.
    now += 3 * 60_000;
    const retryAt = now + 1000;
    const [refused] = await store.claim([deliveryId(alert.id, 'discord', y!)], now);
    await store.mark([{ id: refused!.id, kind: 'retry', dueAt: retryAt, reason: 'rate limited (global)', uncertain: false, countsAsError: false, block: { scope: 'discord', until: retryAt } }], now);
    const requestsBefore = discord.requests.length;
    const clock = (): number => now;
    const worker = new AlertWorker({ store, senders: [new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl, clock })], logger: new RecordingAlertLogger(), rateLimits: null, clock, pollMs: 10 });
    try {
      await worker.start(); // its first look at the outbox runs now: nothing claimed, so nothing can be sent, not even a read
      expect(await store.counts()).toMatchObject({ inflight: 0, pending: 2 });
      now = retryAt + 1;
      worker.wake();
      await worker.whenIdle();
    } finally {
      await worker.stop();
    }
    const after = discord.requests.slice(requestsBefore).map((r) => `${r.method} ${r.path}`);
    expect(after.filter((r) => r.startsWith('GET'))).toEqual([`GET /channels/${x}/messages`]);
    expect(posts(x!)).toHaveLength(1);
    expect(await store.delivery(id)).toMatchObject({ state: 'sent' });
    await store.close();
  });
});

describe('a failed write blocks nothing and loses nothing', () => {
  /**
   * Real SQLite failures on the store's own connection: a trigger aborts the UPDATE that records an outcome while
   * `failures` lasts (a JS function, so the count survives the rollback of the failed transaction).
   */
  function failOutcomeWrites(store: SqliteAlertStore, state: 'sent' | 'any', times: number): { left: () => number } {
    let failures = times;
    store.db.function('inject_failure', () => (failures > 0 ? (failures--, 1) : 0));
    const which = state === 'sent' ? `NEW.state = 'sent'` : `NEW.state <> 'inflight'`;
    store.db.exec(`CREATE TEMP TRIGGER fail_outcome BEFORE UPDATE OF state ON deliveries
      WHEN OLD.state = 'inflight' AND ${which} AND inject_failure() = 1
      BEGIN SELECT RAISE(ABORT, 'database or disk is full (injected)'); END`);
    return { left: () => failures };
  }

  async function idleWithin(worker: AlertWorker, ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const idle = await Promise.race([worker.whenIdle().then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
    clearTimeout(timer);
    return idle;
  }

  it('the outcome cannot be written twice → written on the third try (backoff); one message; the channel’s next alert follows; whenIdle resolves', async () => {
    const store = newStore();
    const [x] = discordChannels(1);
    await subscribeAll(store, 'discord', [x!]);
    const alerts = [testAlert(), testAlert()];
    await store.queue(alerts, { now: Date.now() });
    const injected = failOutcomeWrites(store, 'any', 2);
    const logger = new RecordingAlertLogger();
    const worker = new AlertWorker({ store, senders: senders(), logger, rateLimits: null, writeRetry: { baseMs: 10, maxMs: 50, attempts: 5 } });
    await worker.start();
    expect(await idleWithin(worker, 10_000)).toBe(true);
    await worker.stop();
    expect(injected.left()).toBe(0);
    expect(discordNonces(x!)).toEqual(alerts.map((a) => deliveryId(a.id, 'discord', x!)));
    expect(posts(x!)).toHaveLength(2);
    expect(await store.counts()).toEqual({ pending: 0, inflight: 0, sent: 2, failed: 0 });
    expect(logger.lines.filter((l) => l.message.startsWith('could not record alert delivery outcomes'))).toHaveLength(2);
    await store.close();
  });

  it('the outcome never gets written → the row goes through the crash reconciliation inside the running process: still one message', async () => {
    const store = newStore();
    const [x] = discordChannels(1);
    await subscribeAll(store, 'discord', [x!]);
    const alert = testAlert();
    await store.queue([alert], { now: Date.now() });
    // Every try of 'sent' fails (3 tries), then the row is handed back (pending, maybe sent) and sent again: Discord's nonce finds the first message.
    const injected = failOutcomeWrites(store, 'sent', 3);
    const logger = new RecordingAlertLogger();
    const worker = new AlertWorker({ store, senders: senders(), logger, rateLimits: null, writeRetry: { baseMs: 10, maxMs: 50, attempts: 3 } });
    await worker.start();
    expect(await idleWithin(worker, 10_000)).toBe(true);
    await worker.stop();
    expect(injected.left()).toBe(0);
    expect(discordNonces(x!)).toEqual([deliveryId(alert.id, 'discord', x!)]);
    expect(posts(x!).length).toBe(2); // the same nonce twice: Discord kept one message
    expect((await store.deliveries())[0]).toMatchObject({ state: 'sent', attempts: 2 });
    expect(logger.lines.some((l) => l.message.startsWith('alert outcomes could not be recorded; their deliveries are reconciled'))).toBe(true);
    await store.close();
  });

  it('a row left in flight by someone else’s lost answer is reconciled by the running worker, not at the next restart', async () => {
    const store = newStore();
    const [x] = discordChannels(1);
    await subscribeAll(store, 'discord', [x!]);
    await store.queue([testAlert()], { now: Date.now() });
    await store.claim([(await store.deliveries())[0]!.id], Date.now()); // claimed, and its answer never written
    const worker = new AlertWorker({ store, senders: senders(), logger: new RecordingAlertLogger(), rateLimits: null, reconcileMs: 50, pollMs: 20 });
    await worker.start();
    expect(await idleWithin(worker, 10_000)).toBe(true);
    await worker.stop();
    expect(discord.messagesIn(x!)).toHaveLength(1);
    expect((await store.deliveries())[0]).toMatchObject({ state: 'sent', maybeSent: true });
    await store.close();
  });
});
