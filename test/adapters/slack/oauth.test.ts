/**
 * Slack OAuth distribution end to end on 127.0.0.1, against the loopback fake Slack: two workspaces install
 * letterbot through /slack/install and /slack/oauth_redirect (Bolt's installer, our SQLite store), each one's
 * commands and alerts use its own token, an uninstall pauses its subscriptions (and a reinstall resumes them),
 * a forged signature is refused, and so is a redirect whose state is not the browser's.
 */
import path from 'node:path';
import { startSlack, type SlackHandle } from '../../../src/adapters/slack/index';
import { AlertsRuntime } from '../../../src/alerts/runtime';
import { createAlertSenders } from '../../../src/alerts/wiring';
import { createDispatcher } from '../../../src/app';
import { readConfig, type Config } from '../../../src/config';
import { editorAlert } from '../../../src/core/alerts';
import { startHttp, type HttpHandle } from '../../../src/http-server';
import { cleanupTempDirs, RecordingAlertLogger, tempDir, until } from '../../alerts/helpers';
import { LogCapture } from '../discord/harness';
import { eventCallbackBody, FakeSlack, postToApp, signSlackRequest, slashCommandBody } from '../../helpers/fake-slack';

const STATE_SECRET = 'a-state-secret-of-the-operator-0123456789';
const TEAM_A = 'T0WORKA';
const TEAM_B = 'T0WORKB';
const CHANNEL_A = 'C0CHANA';
const CHANNEL_B = 'C0CHANB';

let fake: FakeSlack;
let logs: LogCapture;
let runtime: AlertsRuntime;
let http: HttpHandle;
let slack: SlackHandle;
let config: Config;
let base: string;
let alertNo = 0;

/** The browser's side of an install: /slack/install → Slack's page (approved in `teamId`) → /slack/oauth_redirect. */
async function install(teamId: string): Promise<Response> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  expect(authorize.searchParams.get('client_id')).toBe(fake.clientId);
  expect(authorize.searchParams.get('scope')).toContain('commands');
  const state = authorize.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toContain(state);
  return fetch(`${base}/slack/oauth_redirect?code=${fake.oauthCode(teamId)}&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
}

const installationToken = async (teamId: string): Promise<string | undefined> => {
  const row = await runtime.store.installation(`team:${teamId}`);
  return row ? (JSON.parse(row.body) as { bot?: { token?: string } }).bot?.token : undefined;
};

/** `/alerts subscribe` typed by a workspace admin in `channel`; resolves once answered. */
async function subscribe(teamId: string, channel: string): Promise<void> {
  const id = `sub-${teamId}`;
  const body = slashCommandBody({ command: '/alerts', text: 'subscribe', teamId, channelId: channel, userId: `U0ADM${teamId.slice(-1)}`, responseUrl: fake.responseUrl(id, { channel }) });
  expect((await fake.sendToApp(`${base}/slack/events`, body)).status).toBe(200);
  await fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id);
}

/** Queue an operator alert for every subscribed channel and wait until the worker has nothing left. */
async function alertEveryone(): Promise<void> {
  await runtime.service.queue(editorAlert({ text: `Update number ${++alertNo}`, now: new Date(), by: 'cli:operator' }));
  await until(async () => await runtime.store.openTotal() === 0, 10_000, 'deliveries done');
  await runtime.whenIdle();
}

const postsTo = (channel: string): string[] =>
  fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel && c.status === 200 && (c.response as { ok?: boolean }).ok).map((c) => String(c.headers.authorization));

beforeAll(async () => {
  fake = await FakeSlack.start();
  fake.setUser('U0ADMA', { isAdmin: true });
  fake.setUser('U0ADMB', { isAdmin: true });
  logs = new LogCapture();
  const dir = tempDir('letterbot-oauth-');
  config = readConfig({
    SLACK_CLIENT_ID: fake.clientId,
    SLACK_CLIENT_SECRET: fake.clientSecret,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_SIGNING_SECRET: fake.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    LETTERBOT_HTTP_PORT: '0',
    LETTERBOT_DB: path.join(dir, 'letterbot.db'),
  });
  runtime = await AlertsRuntime.open({ dbPath: config.alerts.dbPath, logger: new RecordingAlertLogger(), rateLimits: false, pollMs: 20 });
  const dispatcher = createDispatcher({ logger: logs.logger, services: { alerts: runtime.service } });
  http = (await startHttp({ config, dispatcher, logger: logs.logger, host: '127.0.0.1' }))!;
  slack = await startSlack({ config: config.slack!, dispatcher, logger: logs.logger, retries: 0, http, installations: runtime.store });
  await runtime.start(dispatcher.facts.data, createAlertSenders(config, undefined, runtime.store));
  base = `http://127.0.0.1:${http.port}`;
});

afterAll(async () => {
  await slack?.stop();
  await http?.stop();
  await runtime?.stop();
  await fake?.close();
  cleanupTempDirs();
});

describe('Slack OAuth: many workspaces', () => {
  it('settings: OAuth needs all three settings and HTTP mode, and replaces the single token', async () => {
    expect(config.slack).toMatchObject({ mode: 'http', botToken: null, oauth: { clientId: fake.clientId } });
    const oauth = { SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'secret', SLACK_STATE_SECRET: STATE_SECRET, SLACK_SIGNING_SECRET: 's' };
    expect(() => readConfig({ ...oauth, SLACK_STATE_SECRET: undefined })).toThrow('SLACK_CLIENT_ID, SLACK_CLIENT_SECRET set: also set SLACK_STATE_SECRET (Slack OAuth installs need all three)');
    expect(() => readConfig({ ...oauth, SLACK_SIGNING_SECRET: undefined })).toThrow(/also set SLACK_SIGNING_SECRET/);
    expect(() => readConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-x' })).toThrow(/unset SLACK_BOT_TOKEN/);
    expect(() => readConfig({ ...oauth, SLACK_STATE_SECRET: 'short' })).toThrow('invalid setting: SLACK_STATE_SECRET (see .env.example)');
  });

  it('install → each workspace\'s token stored; its commands and its alerts use that token; the other workspace\'s never', async () => {
    const done = await install(TEAM_A);
    expect(done.status).toBe(200);
    expect((await install(TEAM_B)).status).toBe(200);
    const [tokenA, tokenB] = [await installationToken(TEAM_A), await installationToken(TEAM_B)];
    expect(tokenA).toBe(fake.tokenOf(TEAM_A));
    expect(tokenB).toBe(fake.tokenOf(TEAM_B));
    expect(tokenA).not.toBe(tokenB);

    await subscribe(TEAM_A, CHANNEL_A);
    await subscribe(TEAM_B, CHANNEL_B);
    // The command's own Web API call (the user's admin flag and locale) went out with the workspace's token.
    const usersInfo = fake.callsTo('users.info');
    expect(usersInfo.find((c) => c.body.user === 'U0ADMA')?.headers.authorization).toBe(`Bearer ${tokenA}`);
    expect(usersInfo.find((c) => c.body.user === 'U0ADMB')?.headers.authorization).toBe(`Bearer ${tokenB}`);
    expect(await runtime.store.subscription('slack', CHANNEL_A)).toMatchObject({ state: 'active', tenant: `slack:${TEAM_A}`, pausedAt: null });

    await alertEveryone();
    expect(postsTo(CHANNEL_A)).toEqual([`Bearer ${tokenA}`]);
    expect(postsTo(CHANNEL_B)).toEqual([`Bearer ${tokenB}`]);
    expect(fake.messagesIn(CHANNEL_A).map((m) => m.text)).toEqual([expect.stringContaining('Update number 1')]);
  });

  it('app_uninstalled → installation gone, subscriptions paused (shown in /alerts status), nothing delivered there; reinstall resumes', async () => {
    fake.revokeTokens(TEAM_A);
    const event = eventCallbackBody({ type: 'app_uninstalled' }, { teamId: TEAM_A });
    expect((await fake.sendToApp(`${base}/slack/events`, event)).status).toBe(200);
    await until(async () => await runtime.store.installation(`team:${TEAM_A}`) === undefined, 5000, 'installation removed');
    expect((await runtime.store.subscription('slack', CHANNEL_A))?.pausedReason).toBe('app_uninstalled');
    const status = await runtime.service.status({ platform: 'slack', id: CHANNEL_A, tenant: `slack:${TEAM_A}` });
    expect(status.subscription).toMatchObject({ state: 'paused', pausedReason: 'app_uninstalled' });
    expect(status.reach).toEqual({ tenant: 0, all: 1 });

    const postsBefore = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === CHANNEL_A).length;
    await alertEveryone();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === CHANNEL_A)).toHaveLength(postsBefore);
    expect(postsTo(CHANNEL_B)).toHaveLength(2);

    expect((await install(TEAM_A)).status).toBe(200);
    const newToken = await installationToken(TEAM_A);
    expect(newToken).toBe(fake.tokenOf(TEAM_A));
    expect(await runtime.store.subscription('slack', CHANNEL_A)).toMatchObject({ pausedAt: null, pausedReason: null });
    await alertEveryone();
    expect(postsTo(CHANNEL_A).at(-1)).toBe(`Bearer ${newToken}`);
    expect(fake.messagesIn(CHANNEL_A).map((m) => m.text)).toEqual([expect.stringContaining('Update number 1'), expect.stringContaining('Update number 3')]);
  });

  it('tokens_revoked naming the bot → removed and paused; revoked user tokens alone change nothing', async () => {
    const userOnly = eventCallbackBody({ type: 'tokens_revoked', tokens: { oauth: ['U0SOMEONE'] } }, { teamId: TEAM_B });
    expect((await fake.sendToApp(`${base}/slack/events`, userOnly)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await runtime.store.installation(`team:${TEAM_B}`)).toBeDefined();
    const bot = eventCallbackBody({ type: 'tokens_revoked', tokens: { bot: [fake.botUserId] } }, { teamId: TEAM_B });
    expect((await fake.sendToApp(`${base}/slack/events`, bot)).status).toBe(200);
    await until(async () => await runtime.store.installation(`team:${TEAM_B}`) === undefined, 5000, 'installation removed');
    expect(await runtime.store.subscription('slack', CHANNEL_B)).toMatchObject({ state: 'active', pausedReason: 'tokens_revoked' });
  });

  it('a forged signature on the events route → 401, nothing removed', async () => {
    const event = eventCallbackBody({ type: 'app_uninstalled' }, { teamId: TEAM_A });
    const forged = await postToApp(`${base}/slack/events`, event, signSlackRequest('not-the-signing-secret', event));
    expect(forged.status).toBe(401);
    expect(await runtime.store.installation(`team:${TEAM_A}`)).toBeDefined();
  });

  it('a redirect whose state is not this browser\'s (or is forged) is refused: no code exchanged, nothing installed', async () => {
    const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const other = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const otherState = new URL(other.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const exchanges = fake.callsTo('oauth.v2.access').length;
    for (const [state, headers] of [
      [otherState, { cookie }],
      ['forged-state', { cookie: 'slack-app-oauth-state=forged-state' }],
      [otherState, {}],
    ] as const) {
      const res = await fetch(`${base}/slack/oauth_redirect?code=${fake.oauthCode('T0INTRUDER')}&state=${encodeURIComponent(state)}`, { headers, redirect: 'manual' });
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(exchanges);
    expect(await runtime.store.installation('team:T0INTRUDER')).toBeUndefined();
  });

  it('on its own port (SLACK_PORT, no operations server) the same routes install and refuse forgeries', async () => {
    const own = await startSlack({ config: { ...config.slack!, port: 0 } as NonNullable<Config['slack']>, dispatcher: createDispatcher({ logger: logs.logger }), logger: logs.logger, retries: 0, host: '127.0.0.1', installations: runtime.store });
    try {
      const url = `http://127.0.0.1:${own.port}`;
      const start = await fetch(`${url}/slack/install`, { redirect: 'manual' });
      expect(start.status).toBe(302);
      const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
      const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const done = await fetch(`${url}/slack/oauth_redirect?code=${fake.oauthCode('T0WORKC')}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
      expect(done.status).toBe(200);
      expect(await installationToken('T0WORKC')).toBe(fake.tokenOf('T0WORKC'));
      const event = eventCallbackBody({ type: 'app_uninstalled' }, { teamId: 'T0WORKC' });
      expect((await postToApp(`${url}/slack/events`, event, signSlackRequest('not-the-signing-secret', event))).status).toBe(401);
      expect(await runtime.store.installation('team:T0WORKC')).toBeDefined();
    } finally {
      await own.stop();
    }
  });

  it('without the alerts database there is nowhere to keep installations: the adapter refuses to start', async () => {
    await expect(startSlack({ config: config.slack!, dispatcher: createDispatcher({ logger: logs.logger }), logger: logs.logger, retries: 0, http, installations: null })).rejects.toThrow(
      /alerts database/,
    );
  });

  it('no token, client secret or state secret in the logs', async () => {
    const all = logs.raw.join('\n');
    expect(all).toContain('letterbot removed from a Slack workspace');
    for (const secret of [fake.clientSecret, STATE_SECRET, fake.signingSecret, ...[TEAM_A, TEAM_B].map((t) => fake.tokenOf(t) ?? 'none'), 'xoxb-w1', 'xoxb-w2', fake.tokenOf('T0WORKC') ?? 'none']) {
      expect(all).not.toContain(secret);
    }
  });
});
