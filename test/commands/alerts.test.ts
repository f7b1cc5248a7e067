import path from 'node:path';
import { ShellSession } from '../../src/adapters/shell/session';
import { createDispatcher } from '../../src/app';
import { StoreAlertsService, UnavailableAlertsService } from '../../src/alerts/service';
import { SqliteAlertStore, type AlertStore } from '../../src/alerts/store';
import { runCli } from '../../src/cli';
import { editorAlert, type Alert } from '../../src/core/alerts';
import type { ChannelRef } from '../../src/core/command';
import type { Dispatcher } from '../../src/core/dispatch';
import type { Locale } from '../../src/core/reply';
import { cleanupTempDirs, tempDir } from '../alerts/helpers';
import { RecordingLogger, realDispatcher } from '../helpers/core';

const NOW = new Date('2026-11-26T12:00:00Z');
const DISCORD: ChannelRef = { platform: 'discord', id: '1346000000000000003', tenant: '1346000000000000002' };

afterAll(cleanupTempDirs);

function withStore(): { store: AlertStore; dispatcher: Dispatcher; db: string } {
  const db = path.join(tempDir(), 'letterbot.db');
  const store = SqliteAlertStore.open(db);
  const dispatcher = createDispatcher({ logger: new RecordingLogger(), clock: () => NOW, services: { alerts: new StoreAlertsService(store, { clock: () => NOW.getTime() }) } });
  return { store, dispatcher, db };
}

function alerts(dispatcher: Dispatcher, options: Record<string, unknown>, who: { manager?: boolean; locale?: Locale; channel?: ChannelRef } = {}) {
  return dispatcher.dispatch({ command: 'alerts', options, locale: who.locale ?? 'en', user: { id: 'u1', isManager: who.manager ?? true }, channel: who.channel ?? DISCORD });
}

describe('/alerts', () => {
  it('subscribe with no topics → all four; with topics → those; the reply says which', async () => {
    const { store, dispatcher } = withStore();
    const all = await alerts(dispatcher, { action: 'subscribe' });
    expect(all.reply.title).toBe('Alerts on in this channel');
    expect(all.reply.text).toBe('This channel will get alerts about: new signatories, timeline events, corrections, newsroom alerts. Change them with /alerts subscribe <topics>; stop them with /alerts unsubscribe.');
    const some = await alerts(dispatcher, { action: 'subscribe', topics: 'timeline signatories' }, { locale: 'fr' });
    expect(some.reply.text).toMatch(/^Ce salon recevra les alertes sur : nouveaux signataires, événements de la chronologie\./);
    expect(await store.subscription('discord', DISCORD.id)).toMatchObject({ topics: ['signatories', 'timeline'], locale: 'fr', createdBy: 'u1', state: 'active' });
    await store.close();
  });

  it('an unknown topic → polite error listing the topics, nothing stored', async () => {
    const { store, dispatcher } = withStore();
    const { reply, outcome } = await alerts(dispatcher, { action: 'subscribe', topics: 'weather' });
    expect(outcome).toBe('user_error');
    expect(reply.text).toBe('"weather" is not one of: signatories, timeline, corrections, editor.');
    expect(await store.subscriptions()).toEqual([]);
    await store.close();
  });

  it('non-managers cannot subscribe, unsubscribe, send or see the status: polite refusal, nothing stored', async () => {
    const { store, dispatcher } = withStore();
    for (const options of [{ action: 'subscribe' }, { action: 'unsubscribe' }, { action: 'send', text: 'Hello' }, { action: 'status' }]) {
      const { reply, outcome } = await alerts(dispatcher, options, { manager: false });
      expect([outcome, reply.text, reply.ephemeral]).toEqual(['user_error', 'Only channel managers can do that.', true]);
    }
    const fr = await alerts(dispatcher, { action: 'subscribe' }, { manager: false, locale: 'fr' });
    expect(fr.reply.text).toBe('Seuls les gestionnaires du salon peuvent faire cela.');
    expect(await store.subscriptions()).toEqual([]);
    expect(await store.alerts()).toEqual([]);
    await store.close();
  });

  it('status: not subscribed → how to; subscribed → topics, last delivery, waiting; stopped → why and what to do', async () => {
    const { store, dispatcher } = withStore();
    expect((await alerts(dispatcher, {})).reply.text).toMatch(/^This channel is not subscribed\. Channel managers can turn alerts on with \/alerts subscribe/);
    await alerts(dispatcher, { action: 'subscribe', topics: 'editor' });
    await alerts(dispatcher, { action: 'send', text: 'First' });
    await alerts(dispatcher, { action: 'send', text: 'Second' });
    const [first] = await store.claim([(await store.dueDeliveries(['discord'], NOW.getTime(), 1))[0]!.id], NOW.getTime());
    await store.mark([{ id: first!.id, kind: 'sent', messageId: 'm1' }], NOW.getTime());
    const status = (await alerts(dispatcher, { action: 'status' })).reply;
    expect(status.text).toBe('Subscribed to: newsroom alerts (since 26 November 2026).');
    expect(status.fields).toEqual([
      { name: 'Last alert delivered', value: '26 November 2026, 12:00 UTC: Newsroom alert: First' },
      { name: 'Waiting to be delivered', value: '1' },
      { name: 'Who may send alerts', value: expect.stringMatching(/^Managers here may send newsroom alerts only to the subscribed channels of this server or workspace \(1\)\./) },
    ]);
    const [second] = await store.claim([(await store.dueDeliveries(['discord'], NOW.getTime(), 1))[0]!.id], NOW.getTime());
    await store.mark([{ id: second!.id, kind: 'subscription_failed', reason: 'Discord 403 50013: Missing Permissions', platform: 'discord', channelId: DISCORD.id }], NOW.getTime());
    const failed = (await alerts(dispatcher, { action: 'status' }, { locale: 'fr' })).reply;
    expect(failed.text).toBe('L’envoi ici s’est arrêté le 26 novembre 2026, 12:00 UTC : Discord 403 50013: Missing Permissions. Redonnez au bot l’accès à ce salon, puis lancez /alerts subscribe.');
    expect(failed.fields.find((f) => f.name === 'Envois échoués')?.value).toBe('1 (Discord 403 50013: Missing Permissions)');
    expect(failed.tone).toBe('negative');
    await store.close();
  });

  it('status: a workspace that uninstalled letterbot → paused, with when and how to resume (EN and FR); reinstalled → on again', async () => {
    const { store, dispatcher } = withStore();
    const slack: ChannelRef = { platform: 'slack', id: 'C0PAUSED', tenant: 'T0GONE' };
    await alerts(dispatcher, { action: 'subscribe', topics: 'editor timeline' }, { channel: slack });
    await store.saveInstallation({ key: 'team:T0GONE', platform: 'slack', teamId: 'T0GONE', enterpriseId: null, body: '{}', tenant: 'slack:T0GONE', now: NOW.getTime() });
    expect(await store.removeInstallation({ key: 'team:T0GONE', tenant: 'slack:T0GONE', reason: 'app_uninstalled', now: NOW.getTime() })).toEqual({ removed: true, paused: 1 });
    const en = (await alerts(dispatcher, { action: 'status' }, { channel: slack })).reply;
    expect(en.text).toBe('Alerts here are paused since 26 November 2026, 12:00 UTC: letterbot was removed from this workspace. Installing it again resumes them (subscribed to: timeline events, newsroom alerts).');
    expect(en.tone).toBe('negative');
    const fr = (await alerts(dispatcher, { action: 'status' }, { channel: slack, locale: 'fr' })).reply;
    expect(fr.text).toMatch(/^Les alertes sont en pause ici depuis le 26 novembre 2026, 12:00 UTC : letterbot a été retiré de cet espace de travail\./);
    // Nothing is queued for a paused channel; the operator's console lists it.
    expect((await alerts(dispatcher, { action: 'send', text: 'While away' }, { channel: slack })).reply.text).toBe('No channel is subscribed to newsroom alerts yet, so nobody will get this alert.');
    const console = (await alerts(dispatcher, { action: 'status' }, { channel: { platform: 'shell', id: 'shell', tenant: 'local' } })).reply;
    expect(console.fields.find((f) => f.value.includes('C0PAUSED'))?.value).toContain('slack C0PAUSED: paused: app_uninstalled');
    expect(await store.saveInstallation({ key: 'team:T0GONE', platform: 'slack', teamId: 'T0GONE', enterpriseId: null, body: '{}', tenant: 'slack:T0GONE', now: NOW.getTime() })).toEqual({ resumed: 1 });
    expect((await alerts(dispatcher, { action: 'status' }, { channel: slack })).reply.text).toBe('Subscribed to: timeline events, newsroom alerts (since 26 November 2026).');
    await store.close();
  });

  it('unsubscribe → off (and says so when it was not on)', async () => {
    const { store, dispatcher } = withStore();
    await alerts(dispatcher, { action: 'subscribe' });
    expect((await alerts(dispatcher, { action: 'unsubscribe' })).reply.title).toBe('Alerts off');
    expect((await alerts(dispatcher, { action: 'unsubscribe' })).reply.title).toBe('Alerts were not on');
    expect(await store.subscriptions()).toEqual([]);
    await store.close();
  });

  it('send: queued for every subscriber of the topic, with the link as its source; bad link or no text → polite errors', async () => {
    const { store, dispatcher } = withStore();
    await alerts(dispatcher, { action: 'subscribe' });
    await alerts(dispatcher, { action: 'subscribe', topics: 'signatories' }, { channel: { platform: 'slack', id: 'C1' } });
    const sent = await alerts(dispatcher, { action: 'send', text: 'The letter now has 500 signatories', link: 'https://www.example.com/story' });
    expect(sent.reply.text).toBe('Queued for delivery. Subscribed channels that will get it: 1 (topic: newsroom alerts).');
    expect(sent.reply.sources[0]).toMatchObject({ url: 'https://www.example.com/story' });
    expect((await store.deliveries()).map((d) => [d.platform, d.channelId])).toEqual([['discord', DISCORD.id]]);
    const toSignatories = await alerts(dispatcher, { action: 'send', text: 'Heads up', topics: 'signatories' });
    // The Slack channel subscribed to signatories is another workspace: a Discord manager's alert does not reach it.
    expect(toSignatories.reply.data).toMatchObject({ channels: 1, topic: 'signatories' });
    expect((await alerts(dispatcher, { action: 'send', text: 'x', link: 'http://insecure.example.com' })).reply.text).toMatch(/^The link must be a full https:\/\/ address/);
    expect((await alerts(dispatcher, { action: 'send' })).reply.text).toBe('Type the alert after send, e.g. /alerts send The letter now has 500 signatories.');
    expect((await alerts(dispatcher, { action: 'send', text: 'ping <@123>' })).outcome).toBe('user_error');
    await store.close();
  });

  it('in the shell: /alerts subscribe subscribes the shell itself; /alerts send <words> sends the words', async () => {
    const { store, dispatcher } = withStore();
    const session = new ShellSession(dispatcher);
    await session.send('/alerts subscribe signatories editor');
    expect(await store.subscription('shell', 'shell')).toMatchObject({ topics: ['signatories', 'editor'] });
    const { reply } = await session.send('/alerts send Press call at 5pm today');
    expect(reply.data).toMatchObject({ action: 'send', channels: 1, topic: 'editor' });
    expect((await store.alerts())[0]!.text.en).toBe('Press call at 5pm today');
    await store.close();
  });

  it('no alerts service (the one-shot CLI) → a polite word that alerts need the running bot', async () => {
    const { reply, outcome } = await alerts(realDispatcher(), { action: 'subscribe' });
    expect(outcome).toBe('user_error');
    expect(reply.text).toMatch(/^Alerts need the running bot \(npm start\)/);
  });
});

describe('letterbot alert "text" [--link URL] [--topic editor]', () => {
  async function cli(db: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['alert', ...args], { LETTERBOT_LOG_LEVEL: 'silent', LETTERBOT_DB: db }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  }

  it('queues an editor alert in the database for the running bot to deliver', async () => {
    const { store, db } = withStore();
    await store.subscribe({ platform: 'slack', channelId: 'C1', topics: ['editor'], locale: 'en', userId: 'u', now: 0 });
    const result = await cli(db, 'Correction', 'coming', 'at', '6pm', '--link', 'https://www.example.com/c', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ action: 'send', channels: 1, topic: 'editor' });
    expect((await store.alerts()).map((a) => [a.text.en, a.link])).toEqual([['Correction coming at 6pm', 'https://www.example.com/c']]);
    expect(await store.deliveries()).toHaveLength(1);
    await store.close();
  });

  it('bad input → exit 2 with one line on stderr', async () => {
    const { store, db } = withStore();
    expect(await cli(db)).toMatchObject({ code: 2, stderr: 'letterbot: Type the alert after send, e.g. /alerts send The letter now has 500 signatories.\n' });
    expect((await cli(db, 'x', '--link', 'nope')).code).toBe(2);
    expect((await cli(db, 'x', '--topic', 'weather')).code).toBe(2);
    expect((await cli(db, 'x', '--bogus')).code).toBe(2);
    expect(await store.alerts()).toEqual([]);
    await store.close();
  });
});

describe('/alerts send reaches only the sender’s own newsroom (tenant scope)', () => {
  // Two Discord guilds (GA, GB) and two Slack workspaces (T1, T2), two channels in guild A.
  const A1: ChannelRef = { platform: 'discord', id: '1346000000000000101', tenant: '1346000000000000100' };
  const A2: ChannelRef = { platform: 'discord', id: '1346000000000000102', tenant: '1346000000000000100' };
  const B1: ChannelRef = { platform: 'discord', id: '1346000000000000201', tenant: '1346000000000000200' };
  const S1: ChannelRef = { platform: 'slack', id: 'C0T1CHAN', tenant: 'T0000ONE' };
  const S2: ChannelRef = { platform: 'slack', id: 'C0T2CHAN', tenant: 'T0000TWO' };
  const EVERY = [A1, A2, B1, S1, S2];

  async function newsrooms(): Promise<{ store: AlertStore; dispatcher: Dispatcher; db: string }> {
    const x = withStore();
    for (const channel of EVERY) expect((await alerts(x.dispatcher, { action: 'subscribe' }, { channel })).outcome).toBe('ok');
    return x;
  }
  const reached = async (store: AlertStore): Promise<string[]> => (await store.deliveries()).map((d) => `${d.platform}:${d.channelId}`).sort();
  const key = (c: ChannelRef): string => `${c.platform}:${c.id}`;

  it('subscriptions record their tenant (guild id, team id)', async () => {
    const { store } = await newsrooms();
    expect((await store.subscription('discord', A1.id))?.tenant).toBe('discord:1346000000000000100');
    expect((await store.subscription('slack', S2.id))?.tenant).toBe('slack:T0000TWO');
    await store.close();
  });

  it('a manager in guild B → only guild B’s channels; never guild A or any Slack channel', async () => {
    const { store, dispatcher } = await newsrooms();
    const { reply, outcome } = await alerts(dispatcher, { action: 'send', text: 'Guild B only' }, { channel: B1 });
    expect(outcome).toBe('ok');
    expect(reply.data).toMatchObject({ channels: 1 });
    expect(await reached(store)).toEqual([key(B1)]);
    expect((await store.alerts())[0]!.audience).toBe('discord:1346000000000000200');
    await store.close();
  });

  it('a Slack admin of workspace T2 → only T2; never T1 or Discord', async () => {
    const { store, dispatcher } = await newsrooms();
    await alerts(dispatcher, { action: 'send', text: 'T2 only', topics: 'signatories' }, { channel: S2 });
    expect(await reached(store)).toEqual([key(S2)]);
    await store.close();
  });

  it('a manager in guild A reaches both of guild A’s channels', async () => {
    const { store, dispatcher } = await newsrooms();
    await alerts(dispatcher, { action: 'send', text: 'Guild A' }, { channel: A2 });
    expect(await reached(store)).toEqual([key(A1), key(A2)].sort());
    await store.close();
  });

  it('an operator-named editor (LETTERBOT_EDITORS) reaches every newsroom; so does letterbot alert on the host', async () => {
    const { store, dispatcher, db } = await newsrooms();
    const sent = await dispatcher.dispatch({ command: 'alerts', options: { action: 'send', text: 'Everyone' }, locale: 'en', user: { id: 'u9', isManager: true, isEditor: true }, channel: B1 });
    expect(sent.reply.data).toMatchObject({ channels: 5 });
    expect(await reached(store)).toEqual(EVERY.map(key).sort());
    expect((await store.alerts())[0]!.audience).toBeUndefined();
    await store.close();
    const other = SqliteAlertStore.open(db);
    const before = (await other.deliveries()).length;
    let stdout = '';
    const code = await runCli(['alert', 'From', 'the', 'host', '--json'], { LETTERBOT_LOG_LEVEL: 'silent', LETTERBOT_DB: db }, { stdout: (s) => (stdout += s), stderr: () => undefined });
    expect([code, JSON.parse(stdout).channels]).toEqual([0, 5]);
    expect((await other.deliveries()).length - before).toBe(5);
    await other.close();
  });

  it('data-change alerts (no sender) still go to every subscriber of the topic', async () => {
    const { store } = await newsrooms();
    await store.queue([{ ...editorAlertFromData(), audience: undefined }], { now: NOW.getTime() });
    expect(await reached(store)).toEqual(EVERY.map(key).sort());
    await store.close();
  });

  it('a manager with no workspace (a Discord DM) cannot send: polite refusal, nothing queued', async () => {
    const { store, dispatcher } = await newsrooms();
    const { outcome, reply } = await alerts(dispatcher, { action: 'send', text: 'From a DM' }, { channel: { platform: 'discord', id: 'dm:1' } });
    expect(outcome).toBe('user_error');
    expect(reply.text).toMatch(/^Send newsroom alerts from a channel of your server or workspace/);
    expect(await store.deliveries()).toEqual([]);
    await store.close();
  });

  it('/alerts status says who may send where (EN and FR)', async () => {
    const { store, dispatcher } = await newsrooms();
    const field = (r: { fields: { name: string; value: string }[] }): string | undefined => r.fields.find((f) => f.name === 'Who may send alerts' || f.name === 'Qui peut envoyer des alertes')?.value;
    const manager = (await alerts(dispatcher, { action: 'status' }, { channel: A1 })).reply;
    expect(field(manager)).toBe(
      'Managers here may send newsroom alerts only to the subscribed channels of this server or workspace (2). Alerts to every newsroom: editors named by the operator (LETTERBOT_EDITORS) or letterbot alert on the host.',
    );
    const fr = (await alerts(dispatcher, { action: 'status' }, { channel: S1, locale: 'fr' })).reply;
    expect(field(fr)).toMatch(/^Les gestionnaires d’ici peuvent envoyer des alertes de la rédaction uniquement aux salons abonnés de ce serveur ou espace de travail \(1\)\./);
    const editor = await dispatcher.dispatch({ command: 'alerts', options: { action: 'status' }, locale: 'en', user: { id: 'u9', isManager: true, isEditor: true }, channel: B1 });
    expect(field(editor.reply)).toBe('You are an editor named by the operator: your alerts go to every subscribed channel, on every server and workspace (5).');
    await store.close();
  });
});

/** A data-change alert as the fact-base diff makes them (topic signatories, no audience). */
function editorAlertFromData(): Alert {
  return { ...editorAlert({ text: 'New signatory reported: Jane Doe', topic: 'signatories', now: NOW, by: 'data' }), kind: 'signatory_added', subject: 'jane-doe' };
}

describe('/alerts when the alerts database could not be opened', () => {
  it('managers are told alerts are unavailable and why (EN, FR); others get the usual refusal; other commands unaffected', async () => {
    const dispatcher = createDispatcher({ logger: new RecordingLogger(), clock: () => NOW, services: { alerts: new UnavailableAlertsService('corrupt') } });
    for (const action of ['status', 'subscribe', 'unsubscribe', 'send']) {
      const { outcome, reply } = await alerts(dispatcher, { action, text: 'x' });
      expect([outcome, reply.text]).toEqual([
        'user_error',
        'Alerts are unavailable: the alerts database could not be opened (it is damaged or not a database). The other commands work. The operator can run npx letterbot doctor to see what to fix.',
      ]);
    }
    expect((await alerts(dispatcher, {}, { locale: 'fr' })).reply.text).toMatch(/^Les alertes sont indisponibles : la base des alertes n’a pas pu être ouverte \(elle est endommagée/);
    expect((await alerts(dispatcher, {}, { manager: false })).reply.text).toBe('Only channel managers can do that.');
    expect((await dispatcher.dispatch({ command: 'signatory', options: { name: 'cate blanchet' }, locale: 'en', user: { id: 'u', isManager: false }, channel: DISCORD })).outcome).toBe('ok');
  });
});
