import { generateKeyPairSync, verify } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationCommandOptionType,
  ButtonStyle,
  Client,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { startFloorBot, FLOOR_REPLY } from './discord-floor';
import { FakeDiscord, discordFaults, type FakeDiscordOptions } from './fake-discord';

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake?.close();
  fake = undefined;
});

async function setup(
  options: FakeDiscordOptions = {},
  intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds],
): Promise<{ fake: FakeDiscord; client: Client<true> }> {
  fake = await FakeDiscord.start(options);
  client = new Client({ intents, rest: { api: fake.apiUrl } });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  await fake.waitForReady();
  return { fake, client: client as Client<true> };
}

/** Runs `handler` on the next interaction; the promise settles with the handler's outcome. */
function nextInteraction<T>(c: Client, handler: (interaction: Interaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    c.once(Events.InteractionCreate, (interaction) => {
      handler(interaction).then(resolve, reject);
    });
  });
}

describe('FakeDiscord with a real discord.js Client', () => {
  test('logs in (GET /gateway/bot with the bot token) and gets the guild + channel', async () => {
    const { fake, client } = await setup();
    const gateway = await fake.waitForRequest({ method: 'GET', path: '/gateway/bot' });
    expect(gateway.headers.authorization).toBe('Bot fake-token');
    expect(gateway.apiVersion).toBe(10);
    expect(client.user.id).toBe(fake.applicationId);
    expect(client.application.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.name).toBe('Fake Newsroom');
    expect(client.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(fake.identifyCount).toBe(1);
    expect(fake.unhandledRequests).toEqual([]);
  });

  test('chat input → reply: callback type 4 with content and allowed_mentions', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error(`unexpected interaction type ${i.type}`);
      expect(i.commandName).toBe('ask');
      expect(i.options.getString('question')).toBe('who signed?');
      expect(i.options.getInteger('limit')).toBe(3);
      expect(i.locale).toBe('fr');
      expect(i.guildId).toBe(fake.guildId);
      expect(i.channel?.id).toBe(fake.channelId);
      expect(i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
      expect(i.user.id).toBe('1346000000000000777');
      await i.reply({ content: 'pong', allowedMentions: { parse: [] } });
    });
    const sent = fake.sendInteraction(
      fake.chatInput({
        name: 'ask',
        options: { question: 'who signed?', limit: 3 },
        locale: 'fr',
        userId: '1346000000000000777',
        memberPermissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages,
      }),
    );
    await handled;
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong', allowed_mentions: { parse: [] } } });
    expect(callback.query.with_response).toBe('false');
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.at).toBeGreaterThanOrEqual(sent.sentAt);
    expect(fake.originalMessage(sent.id)?.content).toBe('pong');
    expect(fake.messagesIn(fake.channelId).map((m) => m.content)).toEqual(['pong']);
  });

  test('reply with withResponse: true gets an InteractionCallbackResponse', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      const response = await i.reply({ content: 'hi', flags: MessageFlags.Ephemeral, withResponse: true });
      return response.resource?.message?.content;
    });
    const sent = fake.sendInteraction(fake.chatInput({ name: 'about' }));
    await expect(handled).resolves.toBe('hi');
    expect((await fake.waitForCallback(sent.id)).status).toBe(200);
    expect(fake.messagesIn(fake.channelId)).toEqual([]); // ephemeral: not in channel history
  });

  test('DM chat input (guild: false) has a user and no guild', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      expect(i.guildId).toBeNull();
      expect(i.member).toBeNull();
      expect(i.user.id).toBe('1346000000000000888');
      await i.reply('dm pong');
    });
    const sent = fake.sendInteraction(fake.chatInput({ name: 'ask', guild: false, userId: '1346000000000000888' }));
    await handled;
    expect((await fake.waitForCallback(sent.id)).body).toMatchObject({ type: 4, data: { content: 'dm pong' } });
  });

  test('autocomplete → respond: callback type 8 with choices', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isAutocomplete()) throw new Error('expected autocomplete');
      const focused = i.options.getFocused(true);
      expect(focused).toMatchObject({ name: 'name', value: 'scar' });
      await i.respond([{ name: 'Scarlett Johansson', value: 'scarlett-johansson' }]);
    });
    const sent = fake.sendInteraction(
      fake.autocomplete({
        name: 'signatory',
        options: [
          { name: 'lang', type: ApplicationCommandOptionType.String, value: 'en' },
          { name: 'name', type: ApplicationCommandOptionType.String, value: 'scar', focused: true },
        ],
        locale: 'en-GB',
      }),
    );
    await handled;
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Scarlett Johansson', value: 'scarlett-johansson' }] },
    });
    expect(fake.interactionStatus(sent.id)?.choices).toHaveLength(1);
  });

  test('button → update: callback type 7 edits the component message', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isButton()) throw new Error('expected button');
      expect(i.customId).toBe('page:2');
      expect(i.message.id).toBe('1346000000000000999');
      await i.update({ content: 'page 2', components: [] });
    });
    const sent = fake.sendInteraction(
      fake.button({ customId: 'page:2', locale: 'en-US', userId: '1346000000000000777', messageId: '1346000000000000999' }),
    );
    await handled;
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'page 2', components: [] } });
    expect(fake.message('1346000000000000999')?.content).toBe('page 2');
  });

  test('button on an earlier reply reuses the stored message', async () => {
    const { fake, client } = await setup();
    const replied = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply({
        content: 'page 1',
        components: [
          {
            type: ComponentType.ActionRow,
            components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: 'next', label: 'Next' }],
          },
        ],
      });
    });
    const first = fake.sendInteraction(fake.chatInput({ name: 'timeline' }));
    await replied;
    await fake.waitForCallback(first.id);
    const messageId = fake.originalMessage(first.id)!.id;
    const clicked = nextInteraction(client, async (i) => {
      if (!i.isButton()) throw new Error('expected button');
      expect(i.message.content).toBe('page 1');
      await i.deferUpdate();
      await i.editReply({ content: 'page 2' });
    });
    const second = fake.sendInteraction(fake.button({ customId: 'next', messageId }));
    await clicked;
    expect((await fake.waitForCallback(second.id)).body).toMatchObject({ type: 6 });
    expect(fake.message(messageId)?.content).toBe('page 2');
  });

  test('deferReply then editReply: callback type 5, then PATCH @original', async () => {
    const { fake, client } = await setup();
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.deferReply();
      const message = await i.editReply({ content: 'slow answer', embeds: [{ title: 'Sources', url: 'https://example.org/a' }] });
      return message.content;
    });
    const sent = fake.sendInteraction(fake.chatInput({ name: 'ask', options: { question: 'q' } }));
    await expect(handled).resolves.toBe('slow answer');
    expect((await fake.waitForCallback(sent.id)).body).toMatchObject({ type: 5 });
    const patch = await fake.waitForRequest({
      method: 'PATCH',
      path: `/webhooks/${fake.applicationId}/${sent.token}/messages/@original`,
    });
    expect(patch.body).toMatchObject({ content: 'slow answer', embeds: [{ title: 'Sources' }] });
    const original = fake.originalMessage(sent.id)!;
    expect(original.content).toBe('slow answer');
    expect((original.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  test('a 429 on a follow-up is retried by discord.js after retry_after', async () => {
    const { fake, client } = await setup();
    const rateLimited = once(client.rest, 'rateLimited');
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply('first');
      const followUp = await i.followUp({ content: 'second' });
      return followUp.content;
    });
    fake.failNext(
      { method: 'POST', pathPrefix: `/webhooks/${fake.applicationId}/` },
      { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.2, global: false } },
    );
    const sent = fake.sendInteraction(fake.chatInput({ name: 'ask' }));
    await expect(handled).resolves.toBe('second');
    await rateLimited;
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'));
    expect(posts.map((r) => [r.status, r.injected])).toEqual([
      [429, true],
      [200, false],
    ]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(195);
    expect(fake.followUpMessages(sent.id).map((m) => m.content)).toEqual(['second']);
  });

  test('403 Missing Permissions surfaces as DiscordAPIError 50013', async () => {
    const { fake, client } = await setup();
    fake.failNext({ method: 'POST', pathPrefix: `/channels/${fake.channelId}/messages` }, discordFaults.missingPermissions());
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const error: unknown = await channel.send('alert').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect(fake.messagesIn(fake.channelId)).toEqual([]);
  });

  test('channel messages: enforce_nonce dedupes, GET returns newest first', async () => {
    const { fake, client } = await setup();
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const a = await channel.send({ content: 'alert 1', nonce: 'alert-1', enforceNonce: true });
    const again = await channel.send({ content: 'alert 1', nonce: 'alert-1', enforceNonce: true });
    const b = await channel.send({ content: 'alert 2', nonce: 'alert-2', enforceNonce: true });
    expect(again.id).toBe(a.id);
    expect(fake.messagesIn(fake.channelId).map((m) => m.content)).toEqual(['alert 1', 'alert 2']);
    const fetched = await channel.messages.fetch({ limit: 10, cache: false });
    expect([...fetched.keys()]).toEqual([b.id, a.id]);
    const unknown = await client.rest.post('/channels/1346000000000000555/messages', { body: { content: 'x' } }).catch((e: unknown) => e);
    expect((unknown as DiscordAPIError).code).toBe(10003);
  });

  test('multipart uploads: payload_json becomes the body, files are recorded', async () => {
    const { fake, client } = await setup();
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const sent = await channel.send({ content: 'with file', files: [{ attachment: Buffer.from('a,b\n1,2\n'), name: 'data.csv' }] });
    const request = await fake.waitForRequest({ method: 'POST', path: `/channels/${fake.channelId}/messages` });
    expect(request.body).toMatchObject({ content: 'with file', attachments: [{ id: '0' }] });
    expect(request.files).toEqual([expect.objectContaining({ filename: 'data.csv', size: 8 })]);
    expect(sent.attachments.first()?.name).toBe('data.csv');
  });

  test('message limits are enforced like Discord (50035 / 50006)', async () => {
    const { fake, client } = await setup();
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const tooLong = await channel.send('x'.repeat(2001)).catch((e: unknown) => e);
    expect((tooLong as DiscordAPIError).code).toBe(50035);
    const empty = await client.rest.post(`/channels/${fake.channelId}/messages`, { body: { content: ' ' } }).catch((e: unknown) => e);
    expect((empty as DiscordAPIError).code).toBe(50006);
  });

  test('application commands: bulk overwrite keeps ids, guild scope is separate', async () => {
    const { fake, client } = await setup();
    const definition = [{ name: 'ask', description: 'Ask a question' }];
    const first = await client.application.commands.set(definition);
    const second = await client.application.commands.set([...definition, { name: 'about', description: 'About' }]);
    expect(second.find((c) => c.name === 'ask')?.id).toBe(first.first()?.id);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(['ask', 'about']);
    await client.application.commands.set([{ name: 'dev', description: 'Dev only' }], fake.guildId);
    expect(fake.registeredCommands(fake.guildId).map((c) => c.name)).toEqual(['dev']);
    const bad = await client.application.commands.set([{ name: 'Bad Name', description: 'x' }]).catch((e: unknown) => e);
    expect((bad as DiscordAPIError).code).toBe(50035);
    // chatInput() picks up the registered command id
    expect(fake.chatInput({ name: 'ask' }).data.id).toBe(first.first()?.id);
  });

  test('unknown routes are answered 404 and recorded', async () => {
    const { fake, client } = await setup();
    const error = await client.rest.get('/nope/123').catch((e: unknown) => e);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(fake.unhandledRequests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /nope/123']);
  });

  test('double acknowledgement → 40060; late callback → 10062', async () => {
    const { fake, client } = await setup({ interactionDeadlineMs: 400 });
    const twice = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply('one');
      return client.rest
        .post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 4, data: { content: 'two' } }, auth: false })
        .catch((e: unknown) => e);
    });
    fake.sendInteraction(fake.chatInput({ name: 'ask' }));
    expect(((await twice) as DiscordAPIError).code).toBe(40060);

    const late = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await sleep(450);
      return i.reply('too late').catch((e: unknown) => e);
    });
    const sent = fake.sendInteraction(fake.chatInput({ name: 'ask' }));
    expect(((await late) as DiscordAPIError).code).toBe(10062);
    expect(fake.interactionStatus(sent.id)?.expired).toBe(true);
  });

  test('heartbeats are ACKed', async () => {
    const { fake, client } = await setup({ heartbeatIntervalMs: 40 });
    const deadline = Date.now() + 2000;
    while ((fake.heartbeatsReceived < 2 || client.ws.ping < 0) && Date.now() < deadline) await sleep(10);
    expect(fake.heartbeatsReceived).toBeGreaterThanOrEqual(2);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  test('RECONNECT → RESUME replays interactions sent while disconnected', async () => {
    const { fake, client } = await setup();
    const resumed = once(client, Events.ShardResume);
    fake.requestReconnect();
    await sleep(20); // the client is now waiting ~500 ms before reconnecting
    const handled = nextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      await i.reply('after resume');
    });
    const sent = fake.sendInteraction(fake.chatInput({ name: 'ask' }));
    await resumed;
    await handled;
    expect(fake.resumeCount).toBe(1);
    expect(fake.identifyCount).toBe(1);
    expect((await fake.waitForCallback(sent.id)).body).toMatchObject({ data: { content: 'after resume' } });
  });

  test('bad token → login rejects; privileged intents → login rejects', async () => {
    fake = await FakeDiscord.start();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    await expect(client.login('not-the-token')).rejects.toThrow(/token/i);
    await client.destroy();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
      rest: { api: fake.apiUrl },
    });
    await expect(client.login(fake.token)).rejects.toThrow(/disallowed intents/i);
  });

  test('floor bot answers every chat input with a fixed string', async () => {
    fake = await FakeDiscord.start();
    const floor = await startFloorBot(fake);
    try {
      const sent = fake.sendInteraction(fake.chatInput({ name: 'anything' }));
      const callback = await fake.waitForCallback(sent.id);
      expect(callback.body).toMatchObject({ type: 4, data: { content: FLOOR_REPLY, allowed_mentions: { parse: [] } } });
      expect(floor.errors).toEqual([]);
    } finally {
      await floor.stop();
    }
  });
});

describe('FakeDiscord HTTP interactions mode (postInteraction)', () => {
  /** A throwaway app endpoint answering each POST with `answer` after `delayMs`, recording what it got. */
  async function endpoint(answer: object, delayMs = 0): Promise<{ url: string; got: { headers: Record<string, unknown>; body: string }[]; close: () => Promise<void> }> {
    const got: { headers: Record<string, unknown>; body: string }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer));
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/i`, got, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  test('signs with the given key (verifiable with its public half); a 200 answer becomes the initial callback', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    fake = await FakeDiscord.start();
    const app = await endpoint({ type: 4, data: { content: 'hello', allowed_mentions: { parse: [] } } });
    try {
      const payload = fake.chatInput({ name: 'help' });
      const d = await fake.postInteraction(app.url, payload, { signWith: privateKey });
      const { headers, body } = app.got[0]!;
      expect(body).toBe(JSON.stringify(payload));
      const signed = Buffer.from(`${String(headers['x-signature-timestamp'])}${body}`);
      expect(verify(null, signed, publicKey, Buffer.from(String(headers['x-signature-ed25519']), 'hex'))).toBe(true);
      expect(d).toMatchObject({ status: 200, callbackStatus: 204, callbackError: null });
      expect(fake.originalMessage(payload.id)?.content).toBe('hello');
      expect(fake.interactionStatus(payload.id)).toMatchObject({ acknowledged: true, callbackType: 4 });
    } finally {
      await app.close();
    }
  });

  test('an answer after the deadline is refused (10062) and the interaction stays expired', async () => {
    fake = await FakeDiscord.start({ interactionDeadlineMs: 50 });
    const app = await endpoint({ type: 4, data: { content: 'too late' } }, 150);
    try {
      const payload = fake.chatInput({ name: 'help' });
      const d = await fake.postInteraction(app.url, payload, { signature: null });
      expect(app.got[0]!.headers['x-signature-ed25519']).toBeUndefined();
      expect(d.callbackStatus).toBe(404);
      expect(d.callbackError).toMatchObject({ code: 10062 });
      expect(fake.interactionStatus(payload.id)).toMatchObject({ acknowledged: false, expired: true });
    } finally {
      await app.close();
    }
  });
});
