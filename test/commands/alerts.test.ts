import path from 'node:path';
import { ShellSession } from '../../src/adapters/shell/session';
import { createDispatcher } from '../../src/app';
import { StoreAlertsService } from '../../src/alerts/service';
import { AlertStore } from '../../src/alerts/store';
import { runCli } from '../../src/cli';
import type { ChannelRef } from '../../src/core/command';
import type { Dispatcher } from '../../src/core/dispatch';
import type { Locale } from '../../src/core/reply';
import { cleanupTempDirs, tempDir } from '../alerts/helpers';
import { RecordingLogger, realDispatcher } from '../helpers/core';

const NOW = new Date('2026-11-26T12:00:00Z');
const DISCORD: ChannelRef = { platform: 'discord', id: '1346000000000000003' };

afterAll(cleanupTempDirs);

function withStore(): { store: AlertStore; dispatcher: Dispatcher; db: string } {
  const db = path.join(tempDir(), 'letterbot.db');
  const store = AlertStore.open(db);
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
    expect(store.subscription('discord', DISCORD.id)).toMatchObject({ topics: ['signatories', 'timeline'], locale: 'fr', createdBy: 'u1', state: 'active' });
    store.close();
  });

  it('an unknown topic → polite error listing the topics, nothing stored', async () => {
    const { store, dispatcher } = withStore();
    const { reply, outcome } = await alerts(dispatcher, { action: 'subscribe', topics: 'weather' });
    expect(outcome).toBe('user_error');
    expect(reply.text).toBe('"weather" is not one of: signatories, timeline, corrections, editor.');
    expect(store.subscriptions()).toEqual([]);
    store.close();
  });

  it('non-managers cannot subscribe, unsubscribe, send or see the status: polite refusal, nothing stored', async () => {
    const { store, dispatcher } = withStore();
    for (const options of [{ action: 'subscribe' }, { action: 'unsubscribe' }, { action: 'send', text: 'Hello' }, { action: 'status' }]) {
      const { reply, outcome } = await alerts(dispatcher, options, { manager: false });
      expect([outcome, reply.text, reply.ephemeral]).toEqual(['user_error', 'Only channel managers can do that.', true]);
    }
    const fr = await alerts(dispatcher, { action: 'subscribe' }, { manager: false, locale: 'fr' });
    expect(fr.reply.text).toBe('Seuls les gestionnaires du salon peuvent faire cela.');
    expect(store.subscriptions()).toEqual([]);
    expect(store.alerts()).toEqual([]);
    store.close();
  });

  it('status: not subscribed → how to; subscribed → topics, last delivery, waiting; stopped → why and what to do', async () => {
    const { store, dispatcher } = withStore();
    expect((await alerts(dispatcher, {})).reply.text).toMatch(/^This channel is not subscribed\. Channel managers can turn alerts on with \/alerts subscribe/);
    await alerts(dispatcher, { action: 'subscribe', topics: 'editor' });
    await alerts(dispatcher, { action: 'send', text: 'First' });
    await alerts(dispatcher, { action: 'send', text: 'Second' });
    const [first] = store.claim([store.dueDeliveries(['discord'], NOW.getTime(), 1)[0]!.id], NOW.getTime());
    store.mark([{ id: first!.id, kind: 'sent', messageId: 'm1' }], NOW.getTime());
    const status = (await alerts(dispatcher, { action: 'status' })).reply;
    expect(status.text).toBe('Subscribed to: newsroom alerts (since 26 November 2026).');
    expect(status.fields).toEqual([
      { name: 'Last alert delivered', value: '26 November 2026, 12:00 UTC: Newsroom alert: First' },
      { name: 'Waiting to be delivered', value: '1' },
    ]);
    const [second] = store.claim([store.dueDeliveries(['discord'], NOW.getTime(), 1)[0]!.id], NOW.getTime());
    store.mark([{ id: second!.id, kind: 'subscription_failed', reason: 'Discord 403 50013: Missing Permissions', platform: 'discord', channelId: DISCORD.id }], NOW.getTime());
    const failed = (await alerts(dispatcher, { action: 'status' }, { locale: 'fr' })).reply;
    expect(failed.text).toBe('L’envoi ici s’est arrêté le 26 novembre 2026, 12:00 UTC : Discord 403 50013: Missing Permissions. Redonnez au bot l’accès à ce salon, puis lancez /alerts subscribe.');
    expect(failed.fields.find((f) => f.name === 'Envois échoués')?.value).toBe('1 (Discord 403 50013: Missing Permissions)');
    expect(failed.tone).toBe('negative');
    store.close();
  });

  it('unsubscribe → off (and says so when it was not on)', async () => {
    const { store, dispatcher } = withStore();
    await alerts(dispatcher, { action: 'subscribe' });
    expect((await alerts(dispatcher, { action: 'unsubscribe' })).reply.title).toBe('Alerts off');
    expect((await alerts(dispatcher, { action: 'unsubscribe' })).reply.title).toBe('Alerts were not on');
    expect(store.subscriptions()).toEqual([]);
    store.close();
  });

  it('send: queued for every subscriber of the topic, with the link as its source; bad link or no text → polite errors', async () => {
    const { store, dispatcher } = withStore();
    await alerts(dispatcher, { action: 'subscribe' });
    await alerts(dispatcher, { action: 'subscribe', topics: 'signatories' }, { channel: { platform: 'slack', id: 'C1' } });
    const sent = await alerts(dispatcher, { action: 'send', text: 'The letter now has 500 signatories', link: 'https://www.example.com/story' });
    expect(sent.reply.text).toBe('Queued for delivery. Subscribed channels that will get it: 1 (topic: newsroom alerts).');
    expect(sent.reply.sources[0]).toMatchObject({ url: 'https://www.example.com/story' });
    expect(store.deliveries().map((d) => [d.platform, d.channelId])).toEqual([['discord', DISCORD.id]]);
    const toSignatories = await alerts(dispatcher, { action: 'send', text: 'Heads up', topics: 'signatories' });
    expect(toSignatories.reply.data).toMatchObject({ channels: 2, topic: 'signatories' });
    expect((await alerts(dispatcher, { action: 'send', text: 'x', link: 'http://insecure.example.com' })).reply.text).toMatch(/^The link must be a full https:\/\/ address/);
    expect((await alerts(dispatcher, { action: 'send' })).reply.text).toBe('Type the alert after send, e.g. /alerts send The letter now has 500 signatories.');
    expect((await alerts(dispatcher, { action: 'send', text: 'ping <@123>' })).outcome).toBe('user_error');
    store.close();
  });

  it('in the shell: /alerts subscribe subscribes the shell itself; /alerts send <words> sends the words', async () => {
    const { store, dispatcher } = withStore();
    const session = new ShellSession(dispatcher);
    await session.send('/alerts subscribe signatories editor');
    expect(store.subscription('shell', 'shell')).toMatchObject({ topics: ['signatories', 'editor'] });
    const { reply } = await session.send('/alerts send Press call at 5pm today');
    expect(reply.data).toMatchObject({ action: 'send', channels: 1, topic: 'editor' });
    expect(store.alerts()[0]!.text.en).toBe('Press call at 5pm today');
    store.close();
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
    store.subscribe({ platform: 'slack', channelId: 'C1', topics: ['editor'], locale: 'en', userId: 'u', now: 0 });
    const result = await cli(db, 'Correction', 'coming', 'at', '6pm', '--link', 'https://www.example.com/c', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ action: 'send', channels: 1, topic: 'editor' });
    expect(store.alerts().map((a) => [a.text.en, a.link])).toEqual([['Correction coming at 6pm', 'https://www.example.com/c']]);
    expect(store.deliveries()).toHaveLength(1);
    store.close();
  });

  it('bad input → exit 2 with one line on stderr', async () => {
    const { store, db } = withStore();
    expect(await cli(db)).toMatchObject({ code: 2, stderr: 'letterbot: Type the alert after send, e.g. /alerts send The letter now has 500 signatories.\n' });
    expect((await cli(db, 'x', '--link', 'nope')).code).toBe(2);
    expect((await cli(db, 'x', '--topic', 'weather')).code).toBe(2);
    expect((await cli(db, 'x', '--bogus')).code).toBe(2);
    expect(store.alerts()).toEqual([]);
    store.close();
  });
});
