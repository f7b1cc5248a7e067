import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import {
  FakeSlack,
  blockActionsBody,
  captureLogger,
  eventCallbackBody,
  postToApp,
  signSlackRequest,
  slashCommandBody,
  type CapturingLogger,
} from './fake-slack';
import { startFloorSlackApp } from './slack-floor';

let fake: FakeSlack;
let app: App | undefined;
let appUrl: string;
let logger: CapturingLogger;

async function startApp(extra: { retryNum?: (n: number | undefined, reason: string | undefined) => void } = {}) {
  logger = captureLogger();
  app = new App({
    token: fake.botToken,
    signingSecret: fake.signingSecret,
    logger,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/ping', async ({ ack, respond }) => {
    await ack();
    await respond({ text: 'pong', response_type: 'ephemeral' });
  });
  app.event('app_mention', async ({ context }) => {
    extra.retryNum?.(context.retryNum, context.retryReason);
  });
  // Host must be given explicitly: app.start(0) would listen on all interfaces.
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

beforeEach(async () => {
  fake = await FakeSlack.start();
});

afterEach(async () => {
  if (app) await app.stop();
  app = undefined;
  await fake.close();
});

describe('FakeSlack basics', () => {
  it('listens on 127.0.0.1 with a token that does not look real', () => {
    expect(fake.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    expect(fake.botToken).not.toMatch(/xox[abpr]-[0-9A-Za-z-]{10,}/);
    expect(fake.responseUrl('abc')).toBe(`${fake.baseUrl}/response/abc`);
  });

  it('waitForCall times out with a useful message', async () => {
    await expect(fake.waitForCall((c) => c.method === 'nope', 50)).rejects.toThrow(/timed out after 50 ms/);
  });
});

describe('real Bolt App (HTTPReceiver) against FakeSlack', () => {
  it('calls auth.test at construction and answers a signed /ping via response_url', async () => {
    await startApp();
    await fake.waitForCall((c) => c.method === 'auth.test');
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect(fake.callsTo('auth.test')[0]?.headers.authorization).toBe(`Bearer ${fake.botToken}`);

    const body = slashCommandBody({ command: '/ping', text: '', responseUrl: fake.responseUrl('ping1') });
    const res = await fake.sendToApp(appUrl, body);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    const call = await fake.waitForCall((c) => c.method === 'response_url');
    expect(call.responseUrlId).toBe('ping1');
    expect(call.body).toEqual({ text: 'pong', response_type: 'ephemeral' });
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.status).toBe(200);
    expect(fake.responseUrlUses('ping1')).toBe(1);
    // Second command: auth.test result is cached, not re-fetched.
    await fake.sendToApp(appUrl, slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl() }));
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('rejects a forged signature with 401', async () => {
    await startApp();
    const body = slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl('forged') });
    const res = await postToApp(appUrl, body, signSlackRequest('not-the-secret', body));
    expect(res.status).toBe(401);
    const missing = await postToApp(appUrl, body, {});
    expect(missing.status).toBe(401);
    expect(logger.lines.some((l) => l.level === 'warn' && /signature mismatch/.test(l.message))).toBe(true);
    expect(fake.callsTo('response_url')).toHaveLength(0);
  });

  it('rejects a timestamp older than 5 minutes, but (Bolt quirk) accepts future ones', async () => {
    await startApp();
    const body = slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl() });
    const now = Math.floor(Date.now() / 1000);
    const stale = await fake.sendToApp(appUrl, body, { timestamp: now - 5 * 60 - 1 });
    expect(stale.status).toBe(401);
    expect(logger.lines.some((l) => /stale/.test(l.message))).toBe(true);
    const future = await fake.sendToApp(appUrl, body, { timestamp: now + 60 * 60 });
    expect(future.status).toBe(200);
  });

  it('needs the exact content-type: a charset suffix makes Bolt JSON.parse the form body (400)', async () => {
    await startApp();
    const body = slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl() });
    const res = await fake.sendToApp(appUrl, body, {
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    });
    expect(res.status).toBe(400);
  });

  it('passes X-Slack-Retry-Num/Reason through to context and still runs the listener', async () => {
    let done!: (v: [number | undefined, string | undefined]) => void;
    const seen = new Promise<[number | undefined, string | undefined]>((resolve) => (done = resolve));
    await startApp({ retryNum: (n, r) => done([n, r]) });
    const body = eventCallbackBody({
      type: 'app_mention',
      user: 'U0HUMAN',
      text: `<@${fake.botUserId}> hi`,
      ts: '1700000000.000100',
      channel: 'C0FAKECHAN',
      event_ts: '1700000000.000100',
    });
    const res = await fake.sendToApp(appUrl, body, {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(res.status).toBe(200);
    expect(await seen).toEqual([2, 'http_timeout']);
  });

  it('handles block_actions with respond(replace_original) updating the stored message', async () => {
    await startApp();
    app?.action('vote', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'thanks', replace_original: true });
    });
    const posted = await app!.client.chat.postMessage({ channel: 'C1', text: 'vote?' });
    const url = fake.responseUrl('act1', { channel: 'C1', messageTs: posted.ts! });
    const res = await fake.sendToApp(
      appUrl,
      blockActionsBody({ actionId: 'vote', value: 'yes', responseUrl: url, channelId: 'C1', messageTs: posted.ts! }),
    );
    expect(res.status).toBe(200);
    await fake.waitForCall((c) => c.method === 'response_url');
    expect(fake.messagesIn('C1')[0]?.text).toBe('thanks');
  });
});

describe('rate limiting (429 + Retry-After) through @slack/web-api', () => {
  it('is retried after Retry-After when retries are allowed', async () => {
    const client = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      logger: captureLogger(),
      retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 },
    });
    fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
    const t0 = Date.now();
    const res = await client.chat.postMessage({ channel: 'C1', text: 'hello' });
    expect(res.ok).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.messagesIn('C1')).toHaveLength(1);
  });

  it('with retries: 0 still sleeps Retry-After, then fails with a generic request error', async () => {
    await startApp();
    fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
    const t0 = Date.now();
    await expect(app!.client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: webApi.ErrorCode.RequestError,
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('rejectRateLimitedCalls: true fails fast with WebAPIRateLimitedError(retryAfter)', async () => {
    const client = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      logger: captureLogger(),
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 3 },
    });
    fake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '30' } });
    const t0 = Date.now();
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: webApi.ErrorCode.RateLimitedError,
      retryAfter: 30,
    });
    expect(Date.now() - t0).toBeLessThan(500);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('fake Web API semantics', () => {
  const client = () =>
    new webApi.WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, logger: captureLogger(), retryConfig: { retries: 0 } });

  it('stores messages with metadata; history is newest first, paged, metadata only on request', async () => {
    const c = client();
    const metadata = { event_type: 'letterbot_answer', event_payload: { id: 'q1' } };
    const first = await c.chat.postMessage({ channel: 'C1', text: 'one', metadata });
    expect(first.message?.metadata).toEqual(metadata);
    await c.chat.postMessage({ channel: 'C1', text: 'two', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'b' } }] });
    fake.seedMessage('C1', { text: 'three', user: 'U0HUMAN' });
    const call = fake.callsTo('chat.postMessage')[0];
    expect(call?.body.metadata).toEqual(metadata); // JSON-encoded form field decoded

    const h = await c.conversations.history({ channel: 'C1', limit: 2, include_all_metadata: true });
    expect(h.messages?.map((m) => m.text)).toEqual(['three', 'two']);
    expect(h.has_more).toBe(true);
    const next = await c.conversations.history({
      channel: 'C1',
      limit: 2,
      include_all_metadata: true,
      cursor: h.response_metadata?.next_cursor ?? '',
    });
    expect(next.messages?.map((m) => [m.text, m.metadata])).toEqual([['one', metadata]]);
    const plain = await c.conversations.history({ channel: 'C1' });
    expect(plain.messages?.every((m) => m.metadata === undefined)).toBe(true);

    await c.chat.update({ channel: 'C1', ts: first.ts!, text: 'one (edited)' });
    expect(fake.messagesIn('C1').map((m) => m.text)).toEqual(['one (edited)', 'two', 'three']);
    const eph = await c.chat.postEphemeral({ channel: 'C1', user: 'U0HUMAN', text: 'psst' });
    expect(eph.message_ts).toBeDefined();
    expect(fake.ephemeralsIn('C1')).toHaveLength(1);
  });

  it('users.info honours setUser and include_locale', async () => {
    fake.setUser('U0ADMIN', { isAdmin: true, locale: 'fr-FR' });
    const c = client();
    const admin = await c.users.info({ user: 'U0ADMIN', include_locale: true });
    expect(admin.user).toMatchObject({ id: 'U0ADMIN', is_admin: true, locale: 'fr-FR' });
    const other = await c.users.info({ user: 'U0OTHER' });
    expect(other.user?.is_admin).toBe(false);
    expect(other.user?.locale).toBeUndefined();
  });

  it('errors: injected, channel state, unknown method, bad token', async () => {
    const c = client();
    fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await expect(c.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: webApi.ErrorCode.PlatformError,
      data: { ok: false, error: 'not_in_channel' },
    });
    fake.setChannel('C2', { isArchived: true });
    await expect(c.chat.postMessage({ channel: 'C2', text: 'x' })).rejects.toMatchObject({ data: { error: 'is_archived' } });
    fake.setChannel('C3', { exists: false });
    await expect(c.chat.postMessage({ channel: 'C3', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(c.apiCall('reactions.add', { name: 'x' })).rejects.toMatchObject({ data: { error: 'unknown_method' } });
    expect(fake.callsTo('reactions.add')).toHaveLength(1);
    const bad = new webApi.WebClient('xoxb-nope', { slackApiUrl: fake.apiUrl, logger: captureLogger(), retryConfig: { retries: 0 } });
    await expect(bad.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    expect(fake.messagesIn('C1')).toHaveLength(0);
  });

  it('response_url: 5 uses then 404 used_url; 404 expired_url after 30 minutes', async () => {
    const url = fake.responseUrl('r1');
    const post = () => postToApp(url, JSON.stringify({ text: 'hi' }));
    for (let i = 0; i < 5; i += 1) expect((await post()).status).toBe(200);
    const sixth = await post();
    expect([sixth.status, sixth.text]).toEqual([404, 'used_url']);
    expect(fake.callsTo('response_url').map((c) => c.status)).toEqual([200, 200, 200, 200, 200, 404]);

    const url2 = fake.responseUrl('r2');
    fake.advanceClock(30 * 60 * 1000 + 1);
    const late = await postToApp(url2, JSON.stringify({ text: 'late' }));
    expect([late.status, late.text]).toEqual([404, 'expired_url']);
  });
});

describe('floor app', () => {
  it('acks /ping with a fixed string', async () => {
    const floor = await startFloorSlackApp(fake);
    try {
      const res = await fake.sendToApp(floor.url, slashCommandBody({ command: '/ping', responseUrl: fake.responseUrl() }));
      expect(res.status).toBe(200);
      expect(res.text).toBe('pong');
      expect(fake.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await floor.stop();
    }
  });
});

describe('FakeSlack OAuth', () => {
  it('oauth.v2.access: the app\'s credentials and a fresh code → a bot token of that workspace; codes are single-use; revoked tokens fail', async () => {
    const oauth = await FakeSlack.start();
    try {
      const noToken = new webApi.WebClient(undefined, { slackApiUrl: oauth.apiUrl, logger: captureLogger(), retryConfig: { retries: 0 } });
      const code = oauth.oauthCode('T0OTHER');
      await expect(noToken.oauth.v2.access({ client_id: oauth.clientId, client_secret: 'wrong', code })).rejects.toMatchObject({ data: { error: 'bad_client_secret' } });
      const granted = await noToken.oauth.v2.access({ client_id: oauth.clientId, client_secret: oauth.clientSecret, code });
      expect(granted).toMatchObject({ ok: true, token_type: 'bot', team: { id: 'T0OTHER' }, access_token: oauth.tokenOf('T0OTHER') });
      await expect(noToken.oauth.v2.access({ client_id: oauth.clientId, client_secret: oauth.clientSecret, code })).rejects.toMatchObject({ data: { error: 'invalid_code' } });
      const client = new webApi.WebClient(granted.access_token, { slackApiUrl: oauth.apiUrl, logger: captureLogger(), retryConfig: { retries: 0 } });
      expect(await client.auth.test()).toMatchObject({ team_id: 'T0OTHER' });
      oauth.revokeTokens('T0OTHER');
      await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'token_revoked' } });
    } finally {
      await oauth.close();
    }
  });
});
