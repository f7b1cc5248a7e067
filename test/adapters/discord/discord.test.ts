import { setTimeout as sleep } from 'node:timers/promises';
import { Events, MessageFlags, PermissionFlagsBits, Routes, type APIEmbed, type APIMessageTopLevelComponent, type Interaction } from 'discord.js';
import { startDiscord } from '../../../src/adapters/discord';
import { gatewayFacts, parseCommand } from '../../../src/adapters/discord/parse';
import { renderReply } from '../../../src/adapters/discord/render';
import { createDispatcher } from '../../../src/app';
import { loadCommands } from '../../../src/command-registry';
import type { CommandDefinition } from '../../../src/core/command';
import { Dispatcher, type CommandRequest } from '../../../src/core/dispatch';
import { makeReply } from '../../../src/core/reply';
import { realFacts } from '../../helpers/core';
import { FakeDiscord, type RecordedRequest } from '../../helpers/fake-discord';
import { LogCapture, interactionFixture, messageOf, messageRequests, startHarness, type Harness } from './harness';

const OTHER_USER = '1346000000000000999';
const ZWSP = '\u200b';

interface Button {
  label: string;
  custom_id: string;
  disabled?: boolean;
}

function embedOf(request: RecordedRequest): APIEmbed {
  const embeds = messageOf(request).embeds as APIEmbed[];
  expect(embeds).toHaveLength(1);
  return embeds[0]!;
}

function buttonsOf(components: unknown): Button[] {
  return ((components ?? []) as APIMessageTopLevelComponent[]).flatMap((row) => ('components' in row ? (row.components as unknown as Button[]) : []));
}

function flagsOf(request: RecordedRequest): number {
  const flags = messageOf(request).flags;
  return typeof flags === 'number' ? flags : 0;
}

/** Every message letterbot sent so far: no pings allowed, ever. */
function expectNoPings(h: Harness): void {
  const sent = messageRequests(h.fake);
  for (const request of sent) expect(messageOf(request).allowed_mentions).toEqual({ parse: [] });
  for (const message of h.fake.messagesIn(h.fake.channelId)) expect(message.mention_everyone).toBe(false);
}

describe('Discord adapter: the real discord.js against the loopback fake', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterEach(() => {
    expectNoPings(h);
    expect(h.fake.unhandledRequests).toEqual([]);
    h.fake.clearRequests();
    h.clock.offsetMs = 0;
  });

  afterAll(async () => {
    await h.stop();
  });

  test('French user (recorded payload): /signatory cate blanchet → verdict in the title, sources as links, in French', async () => {
    const sent = h.fake.sendInteraction(interactionFixture('chat-input-signatory-fr.json'));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 4 });
    expect(flagsOf(callback) & MessageFlags.Ephemeral).toBe(0);
    const embed = embedOf(callback);
    expect(embed.title).toBe('Oui : Cate Blanchett fait partie des signataires');
    expect(embed.color).toBe(0x2ecc71);
    expect(embed.description).toContain('Compris comme « Cate Blanchett »');
    const sources = embed.fields?.find((f) => f.name === 'Sources');
    expect(sources?.value).toMatch(/^\[Hindustan Times\]\(https:\/\/www\.hindustantimes\.com\/\S+\) · 18 mars 2025$/m);
    expect(h.fake.originalMessage(sent.id)?.embeds[0]?.title).toBe(embed.title);

    const line = await h.logs.interactionLine(sent.id);
    expect(line).toMatchObject({ platform: 'discord', kind: 'command', command: 'signatory', outcome: 'ok' });
    expect(typeof line.latencyMs).toBe('number');
    expect(h.logs.raw.join('')).not.toContain(h.fake.token);
    expect(h.logs.raw.join('')).not.toContain(sent.token);
  });

  test('English and unknown client locales get English; the date is written the English way', async () => {
    for (const locale of ['en-US', 'de'] as const) {
      const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'signatory', options: { name: 'Cate Blanchett' }, locale }));
      const embed = embedOf(await h.fake.waitForCallback(sent.id));
      expect(embed.title).toBe('Yes: Cate Blanchett is among the signatories');
      expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toContain('· 18 March 2025');
    }
  });

  test('options by name, locale, manager = Manage Channels / Manage Server / Administrator, DM → not a manager', async () => {
    const seen: CommandRequest[] = [];
    const capture = (i: Interaction): void => {
      if (i.isChatInputCommand()) seen.push(parseCommand(gatewayFacts(i)));
    };
    h.bot.client.on(Events.InteractionCreate, capture);
    try {
      const cases = [
        { memberPermissions: PermissionFlagsBits.SendMessages, manager: false },
        { memberPermissions: PermissionFlagsBits.ManageChannels, manager: true },
        { memberPermissions: PermissionFlagsBits.ManageGuild, manager: true },
        { memberPermissions: PermissionFlagsBits.Administrator, manager: true },
      ];
      for (const c of cases) {
        const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'timeline', options: { from: '2025', page: 2 }, locale: 'fr', memberPermissions: c.memberPermissions }));
        await h.fake.waitForCallback(sent.id);
      }
      const dm = h.fake.sendInteraction(h.fake.chatInput({ name: 'help', guild: false, userId: OTHER_USER }));
      await h.fake.waitForCallback(dm.id);
    } finally {
      h.bot.client.off(Events.InteractionCreate, capture);
    }
    expect(seen.map((r) => r.user.isManager)).toEqual([false, true, true, true, false]);
    expect(seen[0]).toMatchObject({ command: 'timeline', options: { from: '2025', page: 2 }, locale: 'fr', channel: { platform: 'discord', id: h.fake.channelId } });
    expect(seen[4]).toMatchObject({ command: 'help', options: {}, locale: 'en', user: { id: OTHER_USER, isManager: false } });
  });

  test('/signatory Paul → did-you-mean buttons; pressing one (anyone may) re-runs the lookup and updates the same message', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'signatory', options: { name: 'Paul' } }));
    const first = await h.fake.waitForCallback(sent.id);
    expect(embedOf(first).title).toBe('Did you mean…?');
    const buttons = buttonsOf(messageOf(first).components);
    expect(buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Paul McCartney', 'Paul Simon']));
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const messageId = h.fake.originalMessage(sent.id)!.id;

    const pick = buttons.find((b) => b.label === 'Paul McCartney')!;
    const press = h.fake.sendInteraction(h.fake.button({ customId: pick.custom_id, messageId, userId: OTHER_USER, locale: 'fr' }));
    const update = await h.fake.waitForCallback(press.id);
    expect(update.body).toMatchObject({ type: 7 });
    // The answer keeps the language it was asked in, whoever presses.
    expect(embedOf(update).title).toBe('Yes: Paul McCartney is among the signatories');
    expect(messageOf(update).components).toEqual([]);
    expect(h.fake.message(messageId)?.embeds[0]?.title).toBe('Yes: Paul McCartney is among the signatories');
    expect(await h.logs.interactionLine(press.id)).toMatchObject({ kind: 'button', command: 'signatory', outcome: 'ok' });
  });

  test('/timeline → Next pages for the caller; someone else is refused privately and the message stays', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'timeline' }));
    const first = await h.fake.waitForCallback(sent.id);
    const page1 = embedOf(first);
    expect(page1.title).toBe('Timeline of the story');
    expect(page1.description).toMatch(/^Page 1 of \d+/);
    const next = buttonsOf(messageOf(first).components).find((b) => b.label === 'Next ▸')!;
    const messageId = h.fake.originalMessage(sent.id)!.id;

    const intruder = h.fake.sendInteraction(h.fake.button({ customId: next.custom_id, messageId, userId: OTHER_USER, locale: 'fr' }));
    const refused = await h.fake.waitForCallback(intruder.id);
    expect(refused.body).toMatchObject({ type: 4 });
    expect(flagsOf(refused) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageOf(refused).content).toBe('Seule la personne qui a lancé /chronologie peut en tourner les pages. Lancez-la vous-même pour la parcourir.');
    expect(h.fake.message(messageId)?.embeds[0]?.description).toMatch(/^Page 1 of/);
    expect(await h.logs.interactionLine(intruder.id)).toMatchObject({ kind: 'button', outcome: 'user_error', code: 'not_owner' });

    const owner = h.fake.sendInteraction(h.fake.button({ customId: next.custom_id, messageId }));
    const paged = await h.fake.waitForCallback(owner.id);
    expect(paged.body).toMatchObject({ type: 7 });
    expect(embedOf(paged).description).toMatch(/^Page 2 of/);
    expect(buttonsOf(messageOf(paged).components).map((b) => b.label)).toEqual(['◂ Previous', 'Next ▸']);
    expect(h.fake.message(messageId)?.embeds[0]?.description).toMatch(/^Page 2 of/);
  });

  test('buttons older than 15 minutes are disabled and the presser is told privately', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'timeline' }));
    const first = await h.fake.waitForCallback(sent.id);
    const next = buttonsOf(messageOf(first).components).find((b) => b.label === 'Next ▸')!;
    const messageId = h.fake.originalMessage(sent.id)!.id;
    h.clock.offsetMs = 15 * 60 * 1000 + 1000;

    const press = h.fake.sendInteraction(h.fake.button({ customId: next.custom_id, messageId }));
    const update = await h.fake.waitForCallback(press.id);
    expect(update.body).toMatchObject({ type: 7 });
    expect(buttonsOf(messageOf(update).components).every((b) => b.disabled === true)).toBe(true);
    const note = await h.fake.waitForRequest({ method: 'POST', pathPrefix: `/webhooks/${h.fake.applicationId}/${press.token}` });
    expect(note.body).toMatchObject({ content: 'These buttons have expired. Run /timeline again.', flags: MessageFlags.Ephemeral });
    expect(h.fake.message(messageId)?.embeds[0]?.description).toMatch(/^Page 1 of/);
    expect(await h.logs.interactionLine(press.id)).toMatchObject({ outcome: 'user_error', code: 'buttons_expired' });
  });

  test('autocomplete (recorded payload) → ≤ 25 choices, names and values ≤ 100 characters', async () => {
    const sent = h.fake.sendInteraction(interactionFixture('autocomplete-signatory.json'));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 8 });
    const choices = (callback.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name)).toContain('Paul McCartney');

    for (const typed of ['', 'a', 'x'.repeat(5000), '@everyone']) {
      const more = h.fake.sendInteraction(h.fake.autocomplete({ name: 'signatory', options: { name: typed } }));
      const answer = await h.fake.waitForCallback(more.id);
      const list = (answer.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
      expect(list.length).toBeLessThanOrEqual(25);
      for (const c of list) {
        expect(c.name.length).toBeGreaterThanOrEqual(1);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ kind: 'autocomplete', command: 'signatory', outcome: 'ok' });
  });

  test('bad options → a polite private error (flags 64), logged as user_error', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'timeline', options: { from: '2025-13-45' } }));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 4 });
    expect(flagsOf(callback) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = embedOf(callback);
    expect(embed.title).toBe('Sorry, I could not do that');
    expect(embed.description).toContain('is not a date I understand');
    expect(embed.color).toBe(0xe74c3c);
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ outcome: 'user_error', code: 'date_invalid' });
  });

  test('@everyone and a user mention in the question (recorded payload) → polite private error, nothing pings', async () => {
    const sent = h.fake.sendInteraction(interactionFixture('chat-input-ask-everyone.json'));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(flagsOf(callback) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageOf(callback).allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(messageOf(callback));
    expect(text).not.toMatch(/@everyone|@here|<@\d/);
    expect(embedOf(callback).description).toContain(`@${ZWSP}everyone`);
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ outcome: 'user_error', code: 'input_mention' });
  });

  test('5,000 characters → polite private error, no crash, and the bot keeps answering', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'signatory', options: { name: 'Cate '.repeat(1000) } }));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(flagsOf(callback) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(callback).description).toBe('That is 4999 characters; please keep it under 200.');
    const after = h.fake.sendInteraction(h.fake.chatInput({ name: 'ask', options: { question: 'how many people signed?' } }));
    expect(embedOf(await h.fake.waitForCallback(after.id)).title).toBe('Answer');
  });

  test('/help answers privately', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'help', locale: 'fr' }));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(flagsOf(callback) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(callback).title).toBe('letterbot : la lettre d’Hollywood sur l’IA et le droit d’auteur, sourcée');
  });

  test('a huge rendered reply is accepted by the fake Discord\'s own limit checks', async () => {
    const reply = makeReply({
      title: 'T'.repeat(1000),
      text: 'D'.repeat(20_000),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `F${i} ${'n'.repeat(500)}`, value: 'v'.repeat(3000) })),
      sources: Array.from({ length: 60 }, (_, i) => ({ publisher: `P${i} ${'p'.repeat(300)}`, title: 't', url: `https://example.org/${i}/${'u'.repeat(600)}`, date: '2025-03-18' })),
      choices: Array.from({ length: 40 }, (_, i) => ({ label: `N${i} ${'é'.repeat(75)}`, command: 'signatory', options: { name: `N${i} ${'é'.repeat(75)}` }, kind: 'suggestion' as const })),
    });
    const message = renderReply(reply, { locale: 'fr', owner: OTHER_USER, issuedAt: Date.now() });
    const posted = h.bot.client.rest.post(Routes.channelMessages(h.fake.channelId), { body: { embeds: message.embeds, components: message.components, allowed_mentions: message.allowedMentions } });
    await expect(posted).resolves.toMatchObject({ embeds: [expect.objectContaining({ title: expect.stringMatching(/…$/) })] });
  });

  test('Discord refuses our reply → logged as internal_error, short private apology, no stack trace', async () => {
    h.fake.failNext({ method: 'POST', pathPrefix: '/interactions/' }, { status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'ask', options: { question: 'who organised the letter?' } }));
    const apology = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${sent.id}/`) && !r.injected);
    expect(apology.body).toMatchObject({ type: 4 });
    expect(flagsOf(apology) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(apology).description).toBe('Something went wrong on our side and the team has been told. Please try again in a moment.');
    expect(JSON.stringify(apology.body)).not.toMatch(/\bat \S+ \(|Error:/);
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ outcome: 'internal_error' });
    const fault = h.logs.lines.find((l) => l.msg === 'discord interaction failed' && l.requestId === sent.id);
    expect(fault).toMatchObject({ command: 'ask', error: { code: 50035, status: 400 } });
    expect(JSON.stringify(fault)).not.toContain(sent.token);
  });
});

describe('Discord adapter with deferral on every command', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ deferAfterMs: 0 });
  });

  afterEach(() => {
    expectNoPings(h);
    expect(h.fake.unhandledRequests).toEqual([]);
    h.fake.clearRequests();
  });

  afterAll(async () => {
    await h.stop();
  });

  test('/ask → deferred (type 5), then the answer edits @original', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'ask', options: { question: 'combien de signataires ?' } }));
    expect((await h.fake.waitForCallback(sent.id)).body).toMatchObject({ type: 5 });
    const edit = await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original` });
    expect(edit.body).toMatchObject({ embeds: [{ title: 'Réponse' }], allowed_mentions: { parse: [] } });
    expect(h.fake.originalMessage(sent.id)?.embeds[0]?.title).toBe('Réponse');
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ outcome: 'ok', deferred: true });
  });

  test('/ask with two close answers → "Did you mean…?" buttons; pressing one answers exactly that question', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'ask', options: { question: 'what did they argue?' } }));
    await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original` });
    const message = h.fake.originalMessage(sent.id)!;
    expect(message.embeds[0]?.title).toBe('Did you mean…?');
    const buttons = buttonsOf(message.components);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const facts = realFacts();
    const pick = buttons[1]!;
    const asked = facts.facts.find((f) => f.questions.en[0] === pick.label)!;
    expect(asked).toBeDefined();

    const press = h.fake.sendInteraction(h.fake.button({ customId: pick.custom_id, messageId: message.id }));
    expect((await h.fake.waitForCallback(press.id)).body).toMatchObject({ type: 6 });
    await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${press.token}/messages/@original` });
    const answered = h.fake.message(message.id)!;
    expect(answered.embeds[0]?.title).toBe('Answer');
    expect(answered.embeds[0]?.description).toContain(asked.answer.en.slice(0, 60));
    expect(buttonsOf(answered.components)).toEqual([]);
    expect(await h.logs.interactionLine(press.id)).toMatchObject({ kind: 'button', command: 'ask', outcome: 'ok' });
  });

  test('bad input after deferring → the public placeholder is deleted and the error goes privately', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'signatory', options: { name: '!!!' } }));
    expect((await h.fake.waitForCallback(sent.id)).body).toMatchObject({ type: 5 });
    const followUp = await h.fake.waitForRequest({ method: 'POST', path: `/webhooks/${h.fake.applicationId}/${sent.token}` });
    expect(followUp.body).toMatchObject({ flags: MessageFlags.Ephemeral, embeds: [{ title: 'Sorry, I could not do that' }] });
    expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`/${sent.token}/messages/@original`))).toBe(true);
    expect(h.fake.originalMessage(sent.id)).toBeUndefined();
    const [privateReply] = h.fake.followUpMessages(sent.id);
    expect((privateReply?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  test('a button press defers the update (type 6), then edits the message', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'timeline' }));
    await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original` });
    const message = h.fake.originalMessage(sent.id)!;
    const next = buttonsOf(message.components).find((b) => b.label === 'Next ▸')!;
    const press = h.fake.sendInteraction(h.fake.button({ customId: next.custom_id, messageId: message.id }));
    expect((await h.fake.waitForCallback(press.id)).body).toMatchObject({ type: 6 });
    await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${press.token}/messages/@original` });
    expect(h.fake.message(message.id)?.embeds[0]?.description).toMatch(/^Page 2 of/);
  });
});

describe('Discord adapter with a slow command and alert admins', () => {
  let h: Harness;
  const slow: CommandDefinition = {
    name: 'slow',
    description: { en: 'Takes its time', fr: 'Prend son temps' },
    options: [],
    examples: ['/slow'],
    run: async () => {
      await sleep(300);
      return makeReply({ title: 'Done', text: 'Worth the wait.' });
    },
  };
  const managers: CommandDefinition = { ...slow, name: 'managers', managersOnly: true, run: () => makeReply({ title: 'Managers', text: 'ok' }) };

  beforeAll(async () => {
    h = await startHarness({
      deferAfterMs: 100,
      admins: [`discord:${OTHER_USER}`],
      dispatcher: (logger) => new Dispatcher({ commands: [...loadCommands(), slow, managers], facts: realFacts(), logger }),
    });
  });

  afterEach(() => {
    expectNoPings(h);
    h.fake.clearRequests();
  });

  afterAll(async () => {
    await h.stop();
  });

  test('an answer not ready within deferAfterMs is deferred, then edits @original; quick ones are answered directly', async () => {
    const sent = h.fake.sendInteraction(h.fake.chatInput({ name: 'slow' }));
    const callback = await h.fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 5 });
    expect(callback.at - sent.sentAt).toBeLessThan(1000);
    const edit = await h.fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original` });
    expect(edit.body).toMatchObject({ embeds: [{ title: 'Done' }], allowed_mentions: { parse: [] } });
    expect(await h.logs.interactionLine(sent.id)).toMatchObject({ command: 'slow', outcome: 'ok', deferred: true });

    const quick = h.fake.sendInteraction(h.fake.chatInput({ name: 'signatory', options: { name: 'Paul Simon' } }));
    expect((await h.fake.waitForCallback(quick.id)).body).toMatchObject({ type: 4 });
  });

  test('managers-only: refused privately without Manage Channels, allowed for LETTERBOT_ALERT_ADMINS ids', async () => {
    const refused = h.fake.sendInteraction(h.fake.chatInput({ name: 'managers', memberPermissions: PermissionFlagsBits.SendMessages }));
    const no = await h.fake.waitForCallback(refused.id);
    expect(flagsOf(no) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(no).description).toBe('Only channel managers can do that.');
    const admin = h.fake.sendInteraction(h.fake.chatInput({ name: 'managers', memberPermissions: PermissionFlagsBits.SendMessages, userId: OTHER_USER }));
    expect(embedOf(await h.fake.waitForCallback(admin.id)).title).toBe('Managers');
  });
});

test('a wrong token → startDiscord rejects without echoing the token', async () => {
  const fake = await FakeDiscord.start();
  const logs = new LogCapture();
  try {
    const secret = 'not-the-right-token-1234567890';
    const started = startDiscord({ config: { token: secret, appId: fake.applicationId, guildId: undefined, apiUrl: fake.apiUrl }, dispatcher: createDispatcher({ logger: logs.logger }), logger: logs.logger });
    await expect(started).rejects.toThrow(/discord login failed/);
    await started.catch((error: Error) => expect(error.message).not.toContain(secret));
    expect(logs.raw.join('')).not.toContain(secret);
  } finally {
    await fake.close();
  }
});
