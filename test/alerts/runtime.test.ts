import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiscordAlertSender } from '../../src/adapters/discord/alert-sender';
import { ShellAlertSink } from '../../src/adapters/shell/alert-sink';
import { SlackAlertSender } from '../../src/adapters/slack/alert-sender';
import { createDispatcher } from '../../src/app';
import { AlertsRuntime, type FactSync } from '../../src/alerts/runtime';
import { StoreAlertsService } from '../../src/alerts/service';
import { SqliteAlertStore } from '../../src/alerts/store';
import { reloadFacts } from '../../src/alerts/wiring';
import { ALERT_TOPICS, editorAlert, type AlertSender } from '../../src/core/alerts';
import type { TimelineEvent } from '../../src/core/schema';
import { loadFactBase } from '../../src/fact-files';
import { discordFaults, FakeDiscord } from '../helpers/fake-discord';
import { FakeSlack } from '../helpers/fake-slack';
import { addSignatory, cleanupTempDirs, copyData, editData, ensureBuilt, RecordingAlertLogger, tempDir, until } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');

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

interface Setup {
  db: string;
  dataDir: string;
  d: string[];
  s: string[];
  shell: string[];
  senders: AlertSender[];
  logger: RecordingAlertLogger;
}

async function setup(): Promise<Setup> {
  const dir = tempDir();
  const db = path.join(dir, 'var', 'letterbot.db');
  const d = [1, 2, 3].map(() => discord.addChannel({ id: String(3_000_000_000_000_000_000n + BigInt(++nextChannel)) }).id);
  const s = [1, 2].map(() => `C${String(++nextChannel).padStart(8, '0')}`);
  const store = SqliteAlertStore.open(db);
  const subscribe = async (platform: 'discord' | 'slack' | 'shell', channelId: string): Promise<void> => {
    await store.subscribe({ platform, channelId, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });
  };
  for (const id of d) await subscribe('discord', id);
  for (const id of s) await subscribe('slack', id);
  await subscribe('shell', 'shell');
  await store.close();
  const shell: string[] = [];
  const senders: AlertSender[] = [
    new DiscordAlertSender({ token: discord.token, apiUrl: discord.apiUrl, globalRequestsPerSecond: 1_000_000 }),
    new SlackAlertSender({ botToken: slack.botToken, apiUrl: slack.apiUrl }),
    new ShellAlertSink((text) => shell.push(text)),
  ];
  return { db, dataDir: copyData(dir), d, s, shell, senders, logger: new RecordingAlertLogger() };
}

/** One run of the bot's alerts: start on the data, deliver everything, stop. */
async function runOnce(x: Setup): Promise<FactSync> {
  const runtime = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false });
  const sync = await runtime.start(loadFactBase(x.dataDir).data, x.senders);
  await runtime.whenIdle();
  await runtime.stop();
  return sync;
}

const messageCounts = (x: Setup): number[] => [...x.d.map((id) => discord.messagesIn(id).length), ...x.s.map((id) => slack.messagesIn(id).length), x.shell.length];

describe('alerts runtime: data changes → alerts', () => {
  it('first run posts nothing; a second identical start posts nothing; one new signatory → exactly one alert per subscribed channel', async () => {
    const x = await setup();
    expect(await runOnce(x)).toEqual({ firstRun: true, queued: [] });
    expect(messageCounts(x)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await runOnce(x)).toEqual({ firstRun: false, queued: [] });
    expect(messageCounts(x)).toEqual([0, 0, 0, 0, 0, 0]);

    addSignatory(x.dataDir, 'jane-doe', 'Jane Doe');
    const sync = await runOnce(x);
    expect(sync.queued).toEqual([{ alertId: expect.any(String), channels: 6, duplicate: false }]);
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(discord.messagesIn(x.d[0]!)[0]!.embeds[0]!.description).toMatch(/^New signatory reported: Jane Doe \(Actress\) — /);
    expect(slack.messagesIn(x.s[0]!)[0]!.text).toMatch(/^New signatory: New signatory reported: Jane Doe \(Actress\) — /);
    expect(x.shell[0]).toContain('New signatory reported: Jane Doe (Actress)');

    expect(await runOnce(x)).toEqual({ firstRun: false, queued: [] });
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('reload while running (SIGHUP): valid data → answers from it and alerts the change; invalid data → kept the old, logged', async () => {
    const x = await setup();
    const runtime = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false });
    const dispatcher = createDispatcher({ dataDir: x.dataDir, logger: x.logger, services: { alerts: runtime.service } });
    await runtime.start(dispatcher.facts.data, x.senders);
    editData<TimelineEvent[]>(x.dataDir, 'timeline', (events) => {
      events.push({ ...events[0]!, id: '2026-11-20-hearing', date: '2026-11-20', title: { en: 'Senate hearing on AI and copyright', fr: 'Audition au Sénat sur l’IA et le droit d’auteur' } });
    });
    const sync = await reloadFacts({ dispatcher, alerts: runtime, dataDir: x.dataDir, logger: x.logger });
    expect(sync?.queued).toHaveLength(1);
    await runtime.whenIdle();
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(x.shell[0]).toContain('New in the timeline: 20 November 2026, Senate hearing on AI and copyright.');
    expect(dispatcher.facts.timeline.some((e) => e.id === '2026-11-20-hearing')).toBe(true);

    const before = dispatcher.facts;
    writeFileSync(path.join(x.dataDir, 'signatories.json'), '[{"id": "broken"}]');
    expect(await reloadFacts({ dispatcher, alerts: runtime, dataDir: x.dataDir, logger: x.logger })).toBeUndefined();
    expect(dispatcher.facts).toBe(before);
    expect(x.logger.lines.find((l) => l.level === 'error')?.message).toMatch(/^data reload refused/);
    await runtime.stop();
  });

  it('403 on one Discord channel → that subscription failed, the others delivered; /alerts status there says why', async () => {
    const x = await setup();
    await runOnce(x);
    discord.failNext({ method: 'POST', path: `/channels/${x.d[1]}/messages` }, discordFaults.missingAccess(), 1);
    addSignatory(x.dataDir, 'john-roe', 'John Roe');
    await runOnce(x);
    expect(messageCounts(x)).toEqual([1, 0, 1, 1, 1, 1]);
    const store = SqliteAlertStore.open(x.db);
    const dispatcher = createDispatcher({ dataDir: x.dataDir, logger: x.logger, services: { alerts: new StoreAlertsService(store) } });
    const { reply } = await dispatcher.dispatch({ command: 'alerts', options: { action: 'status' }, locale: 'en', user: { id: 'm', isManager: true }, channel: { platform: 'discord', id: x.d[1]! } });
    expect(reply.text).toMatch(/^Delivery here stopped on .+: Discord 403 50001: Missing Access\. Give the bot access to this channel again, then run \/alerts subscribe\.$/);
    expect(reply.fields.find((f) => f.name === 'Failed deliveries')?.value).toMatch(/^1 \(/);
    await store.close();
  });

  it('one delivering process per database: a second one stands by, and takes over at its next heartbeat when the first stops', async () => {
    const x = await setup();
    // Loaded before the first starts: reading the data blocks this process, and with it the first's heartbeat. The
    // lease outlives a few blocked beats (5 s, not 3 × 100 ms): under load the second must not find it lapsed. The
    // takeover is still at the standby's next 100 ms beat, the first releasing the lease when it stops.
    const data = loadFactBase(x.dataDir).data;
    const first = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, heartbeatMs: 100, leaseTtlMs: 5000 });
    await first.start(data, x.senders);
    const second = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, heartbeatMs: 100, leaseTtlMs: 5000 });
    await second.start(data, x.senders);
    expect([first.delivering, second.delivering]).toEqual([true, false]);
    expect(first.instance).not.toBe(second.instance);
    expect(x.logger.lines.some((l) => l.message.startsWith('another letterbot process delivers alerts'))).toBe(true);
    await first.stop();
    await until(async () => second.delivering, 5000, 'the standby to take over');
    const store = SqliteAlertStore.open(x.db);
    expect(await store.leaseHolder()).toMatchObject({ owner: second.instance, generation: 2 });
    await store.close();
    await second.stop();
  });

  it('the holder killed with -9 (a child process) → the standby takes over once the lease expires and delivers what was queued', async () => {
    ensureBuilt();
    const x = await setup();
    const env = { PATH: process.env.PATH ?? '', LETTERBOT_DB: x.db, LETTERBOT_DATA_DIR: x.dataDir, LETTERBOT_LOG_LEVEL: 'warn', LETTERBOT_ALERT_RATE_LIMITS: 'off' };
    const holder = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'alerts-worker.js'), '--heartbeat-ms', '200'], { cwd: x.dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    holder.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await until(async () => out.includes('"started"'), 15_000, 'the holder to start');
    expect(out).toContain('"delivering":true');
    const standby = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, heartbeatMs: 200 });
    await standby.start(loadFactBase(x.dataDir).data, x.senders);
    expect(standby.delivering).toBe(false);
    holder.kill('SIGKILL');
    await exited;
    // Queued while nobody delivers (the holder is dead, its lease not yet expired).
    await new StoreAlertsService(standby.store).queue({ ...editorAlert({ text: 'After the crash', now: new Date(), by: 'test' }) });
    await until(async () => standby.delivering, 10_000, 'the standby to take over');
    await standby.whenIdle();
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(x.shell[0]).toContain('After the crash');
    await standby.stop();
  });

  it('npm run data:reload reaches the bot through the database (a request row), not by signalling a pid', async () => {
    const x = await setup();
    // As main.ts wires it: the request reloads the dispatcher's data and alerts the change.
    const onReload = (): Promise<FactSync | undefined> => reloadFacts({ dispatcher, alerts: runtime, dataDir: x.dataDir, logger: x.logger });
    const runtime: AlertsRuntime = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, heartbeatMs: 50, onReload });
    const dispatcher = createDispatcher({ dataDir: x.dataDir, logger: x.logger, services: { alerts: runtime.service } });
    await runtime.start(dispatcher.facts.data, x.senders);
    addSignatory(x.dataDir, 'jane-doe', 'Jane Doe');
    const id = await runtime.store.requestReload('test', Date.now());
    await until(async () => (await runtime.store.reloadRequests(id - 1))[0]?.doneAt != null, 5000, 'the request to be served');
    expect((await runtime.store.reloadRequests(id - 1))[0]).toMatchObject({ doneBy: runtime.instance, result: 'reloaded: 1 alerts queued' });
    expect(dispatcher.facts.signatories.some((s) => s.id === 'jane-doe')).toBe(true);
    await runtime.whenIdle();
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
    await runtime.stop();
  });

  it('retention runs in the holder, in small batches: sent deliveries older than the setting go, the rest stays', async () => {
    const x = await setup();
    await runOnce(x);
    addSignatory(x.dataDir, 'jane-doe', 'Jane Doe');
    await runOnce(x);
    const later = Date.now() + 3 * 86_400_000;
    const runtime = await AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, heartbeatMs: 20, retentionDays: 2, pruneBatch: 2, clock: () => later });
    await runtime.start(loadFactBase(x.dataDir).data, x.senders);
    await until(async () => x.logger.lines.some((l) => l.message.startsWith('alerts retention')), 5000, 'a retention pass');
    expect(await runtime.store.deliveries()).toEqual([]);
    expect(await runtime.store.alerts()).toEqual([]);
    expect(x.logger.lines.find((l) => l.message.startsWith('alerts retention'))?.details).toMatchObject({ deliveries: 6, alerts: 1 });
    await runtime.stop();
  });
});
