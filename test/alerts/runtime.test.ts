import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiscordAlertSender } from '../../src/adapters/discord/alert-sender';
import { ShellAlertSink } from '../../src/adapters/shell/alert-sink';
import { SlackAlertSender } from '../../src/adapters/slack/alert-sender';
import { createDispatcher } from '../../src/app';
import { AlertsRuntime, type FactSync } from '../../src/alerts/runtime';
import { StoreAlertsService } from '../../src/alerts/service';
import { AlertStore } from '../../src/alerts/store';
import { reloadFacts } from '../../src/alerts/wiring';
import { ALERT_TOPICS, type AlertSender } from '../../src/core/alerts';
import type { TimelineEvent } from '../../src/core/schema';
import { loadFactBase } from '../../src/fact-files';
import { discordFaults, FakeDiscord } from '../helpers/fake-discord';
import { FakeSlack } from '../helpers/fake-slack';
import { addSignatory, cleanupTempDirs, copyData, editData, RecordingAlertLogger, tempDir } from './helpers';

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

function setup(): Setup {
  const dir = tempDir();
  const db = path.join(dir, 'var', 'letterbot.db');
  const d = [1, 2, 3].map(() => discord.addChannel({ id: String(3_000_000_000_000_000_000n + BigInt(++nextChannel)) }).id);
  const s = [1, 2].map(() => `C${String(++nextChannel).padStart(8, '0')}`);
  const store = AlertStore.open(db);
  const subscribe = (platform: 'discord' | 'slack' | 'shell', channelId: string): void => {
    store.subscribe({ platform, channelId, topics: [...ALERT_TOPICS], locale: 'en', userId: 'u', now: 0 });
  };
  d.forEach((id) => subscribe('discord', id));
  s.forEach((id) => subscribe('slack', id));
  subscribe('shell', 'shell');
  store.close();
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
  const runtime = AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false });
  const sync = runtime.start(loadFactBase(x.dataDir).data, x.senders);
  await runtime.whenIdle();
  await runtime.stop();
  return sync;
}

const messageCounts = (x: Setup): number[] => [...x.d.map((id) => discord.messagesIn(id).length), ...x.s.map((id) => slack.messagesIn(id).length), x.shell.length];

describe('alerts runtime: data changes → alerts', () => {
  it('first run posts nothing; a second identical start posts nothing; one new signatory → exactly one alert per subscribed channel', async () => {
    const x = setup();
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
    const x = setup();
    const runtime = AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false });
    const dispatcher = createDispatcher({ dataDir: x.dataDir, logger: x.logger, services: { alerts: runtime.service } });
    runtime.start(dispatcher.facts.data, x.senders);
    editData<TimelineEvent[]>(x.dataDir, 'timeline', (events) => {
      events.push({ ...events[0]!, id: '2026-11-20-hearing', date: '2026-11-20', title: { en: 'Senate hearing on AI and copyright', fr: 'Audition au Sénat sur l’IA et le droit d’auteur' } });
    });
    const sync = reloadFacts({ dispatcher, alerts: runtime, dataDir: x.dataDir, logger: x.logger });
    expect(sync?.queued).toHaveLength(1);
    await runtime.whenIdle();
    expect(messageCounts(x)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(x.shell[0]).toContain('New in the timeline: 20 November 2026, Senate hearing on AI and copyright.');
    expect(dispatcher.facts.timeline.some((e) => e.id === '2026-11-20-hearing')).toBe(true);

    const before = dispatcher.facts;
    writeFileSync(path.join(x.dataDir, 'signatories.json'), '[{"id": "broken"}]');
    expect(reloadFacts({ dispatcher, alerts: runtime, dataDir: x.dataDir, logger: x.logger })).toBeUndefined();
    expect(dispatcher.facts).toBe(before);
    expect(x.logger.lines.find((l) => l.level === 'error')?.message).toMatch(/^data reload refused/);
    await runtime.stop();
  });

  it('403 on one Discord channel → that subscription failed, the others delivered; /alerts status there says why', async () => {
    const x = setup();
    await runOnce(x);
    discord.failNext({ method: 'POST', path: `/channels/${x.d[1]}/messages` }, discordFaults.missingAccess(), 1);
    addSignatory(x.dataDir, 'john-roe', 'John Roe');
    await runOnce(x);
    expect(messageCounts(x)).toEqual([1, 0, 1, 1, 1, 1]);
    const store = AlertStore.open(x.db);
    const dispatcher = createDispatcher({ dataDir: x.dataDir, logger: x.logger, services: { alerts: new StoreAlertsService(store) } });
    const { reply } = await dispatcher.dispatch({ command: 'alerts', options: { action: 'status' }, locale: 'en', user: { id: 'm', isManager: true }, channel: { platform: 'discord', id: x.d[1]! } });
    expect(reply.text).toMatch(/^Delivery here stopped on .+: Discord 403 50001: Missing Access\. Give the bot access to this channel again, then run \/alerts subscribe\.$/);
    expect(reply.fields.find((f) => f.name === 'Failed deliveries')?.value).toMatch(/^1 \(/);
    store.close();
  });

  it('one delivering process per database: a second one started meanwhile only queues', async () => {
    const x = setup();
    const first = AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false });
    first.start(loadFactBase(x.dataDir).data, x.senders);
    const second = AlertsRuntime.open({ dbPath: x.db, logger: x.logger, rateLimits: false, pid: process.pid + 1 });
    second.start(loadFactBase(x.dataDir).data, x.senders);
    expect([first.delivering, second.delivering]).toEqual([true, false]);
    expect(x.logger.lines.some((l) => l.message.startsWith('another letterbot process delivers alerts'))).toBe(true);
    await second.stop();
    await first.stop();
  });
});
