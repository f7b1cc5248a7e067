import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { MessageFlags, type APIEmbed, type APIMessageTopLevelComponent } from 'discord.js';
import { DISCORD_INTERACTIONS_PATH } from '../../../src/adapters/discord/http';
import { createDispatcher } from '../../../src/app';
import { startHttp, type HttpHandle } from '../../../src/http-server';
import { metrics } from '../../../src/metrics';
import { FakeDiscord, discordFaults, type HttpDelivery } from '../../helpers/fake-discord';
import { LogCapture, interactionFixture } from './harness';

const OTHER_USER = '1346000000000000999';

interface Button {
  label: string;
  custom_id: string;
}

interface Answer {
  type: number;
  data?: { embeds?: APIEmbed[]; components?: APIMessageTopLevelComponent[]; content?: string; flags?: number; allowed_mentions?: unknown; choices?: { name: string; value: string }[] };
}

/** A fresh Ed25519 key pair; Discord shows the public half as 64 hex digits (the raw key at the end of the SPKI DER). */
function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
}

const answerOf = (delivery: HttpDelivery): Answer => delivery.body as Answer;
const embedOf = (delivery: HttpDelivery): APIEmbed => answerOf(delivery).data!.embeds![0]!;
const buttonsOf = (components: unknown): Button[] =>
  ((components ?? []) as APIMessageTopLevelComponent[]).flatMap((row) => ('components' in row ? (row.components as unknown as Button[]) : []));

describe('Discord HTTP interactions: signed POSTs from the loopback fake to the real endpoint', () => {
  const keys = keyPair();
  let fake: FakeDiscord;
  let logs: LogCapture;
  let http: HttpHandle;
  let deferring: HttpHandle;
  let url: string;
  let deferUrl: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    logs = new LogCapture();
    const dispatcher = createDispatcher({ logger: logs.logger });
    // The bot builds the /ask engine right after it starts (main.ts); so do these instances, or the first question
    // would spend the fake's 3 s window building it (~1.4 s quiet, more beside other test files on two cores).
    void dispatcher.facts.ask;
    const config = { token: fake.token, appId: fake.applicationId, guildId: undefined, apiUrl: fake.apiUrl, publicKey: keys.publicHex };
    http = (await startHttp({ config: { http: { port: 0 }, discord: config }, dispatcher, logger: logs.logger, host: '127.0.0.1' }))!;
    // A second instance on the same application that defers everything: either one can answer any interaction.
    deferring = (await startHttp({ config: { http: { port: 0 }, discord: config }, dispatcher, logger: logs.logger, host: '127.0.0.1', discord: { deferAfterMs: 0 } }))!;
    url = `http://127.0.0.1:${http.port}${DISCORD_INTERACTIONS_PATH}`;
    deferUrl = `http://127.0.0.1:${deferring.port}${DISCORD_INTERACTIONS_PATH}`;
  });

  afterEach(() => {
    // Every message we sent, in the HTTP answer or through the webhook, parses no mention.
    for (const d of fake.httpDeliveries) {
      const a = d.body as Answer;
      if (a.type === 4 || a.type === 7) expect(a.data?.allowed_mentions).toEqual({ parse: [] });
      expect(d.callbackError).toBeNull();
    }
    for (const r of fake.requests.filter((q) => q.path.startsWith('/webhooks/') && (q.method === 'PATCH' || q.method === 'POST'))) {
      expect((r.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    }
    expect(fake.unhandledRequests).toEqual([]);
    fake.clearRequests();
    fake.httpDeliveries.length = 0;
  });

  afterAll(async () => {
    await http.stop();
    await deferring.stop();
    await fake.close();
  });

  test('PING signed with the application key → PONG', async () => {
    const d = await fake.postInteraction(url, { id: '1', application_id: fake.applicationId, type: 1, token: 'ping-token', version: 1 }, { signWith: keys.privateKey });
    expect(d.status).toBe(200);
    expect(d.body).toEqual({ type: 1 });
  });

  test('forged, missing, malformed or replayed-with-another-body signatures → 401, nothing runs', async () => {
    const other = keyPair();
    const payload = fake.chatInput({ name: 'signatory', options: { name: 'Cate Blanchett' } });
    const forged = await fake.postInteraction(url, payload, { signWith: other.privateKey });
    const missing = await fake.postInteraction(url, fake.chatInput({ name: 'help' }), { signature: null });
    const garbage = await fake.postInteraction(url, fake.chatInput({ name: 'help' }), { signature: 'zz'.repeat(64) });
    const ping = await fake.postInteraction(url, { id: '2', application_id: fake.applicationId, type: 1, token: 'ping-token', version: 1 }, { signature: null });
    // A valid signature of one body does not cover another.
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signedHelp = await fake.postInteraction(url, fake.chatInput({ name: 'help' }), { signWith: keys.privateKey, timestamp });
    expect(signedHelp.status).toBe(200);
    const helpPayload = fake.chatInput({ name: 'help' });
    const signatureOfHelp = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(JSON.stringify(helpPayload))]), keys.privateKey).toString('hex');
    const swapped = await fake.postInteraction(url, fake.chatInput({ name: 'timeline' }), { signature: signatureOfHelp, timestamp });
    // The same signature with another timestamp fails too.
    const otherTime = await fake.postInteraction(url, helpPayload, { signature: signatureOfHelp, timestamp: String(Number(timestamp) + 1) });

    for (const d of [forged, missing, garbage, ping, swapped, otherTime]) {
      expect(d.status).toBe(401);
      expect(d.body).toEqual({ error: 'invalid request signature' });
      expect(d.callbackStatus).toBeNull();
    }
    expect(fake.interactionStatus(forged.id)?.acknowledged).toBe(false);
    expect(logs.lines.filter((l) => l.msg === 'discord interaction' && [forged.id, missing.id, swapped.id].includes(l.requestId as string))).toEqual([]);
    fake.httpDeliveries.length = 0;
  });

  test('GET and unreadable bodies are refused; the endpoint stays up', async () => {
    expect((await fetch(url)).status).toBe(405);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = 'not json';
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'x-signature-timestamp': timestamp, 'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex') },
      body,
    });
    expect(res.status).toBe(400);
    const ok = await fake.postInteraction(url, fake.chatInput({ name: 'help' }), { signWith: keys.privateKey });
    expect(ok.status).toBe(200);
  });

  test('French user (recorded payload): /signatory → answered in the HTTP response (type 4), same rendering as the gateway', async () => {
    const payload = interactionFixture('chat-input-signatory-fr.json');
    const d = await fake.postInteraction(url, payload, { signWith: keys.privateKey });
    expect(d.status).toBe(200);
    expect(answerOf(d).type).toBe(4);
    expect((answerOf(d).data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const embed = embedOf(d);
    expect(embed.title).toBe('Oui : Cate Blanchett fait partie des signataires');
    expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toMatch(/^\[Hindustan Times\]\(https:\/\/www\.hindustantimes\.com\/\S+\) · 18 mars 2025$/m);
    // The fake took the answer as the initial callback: the message exists.
    expect(d.callbackStatus).toBe(204);
    expect(fake.originalMessage(d.id)?.embeds[0]?.title).toBe('Oui : Cate Blanchett fait partie des signataires');
    expect(await logs.interactionLine(d.id)).toMatchObject({ platform: 'discord', kind: 'command', command: 'signatory', outcome: 'ok' });
    expect(logs.raw.join('')).not.toContain(payload.token as string);
  });

  test('deferred (type 5) on another instance, then the answer edits @original through the webhook', async () => {
    const payload = fake.chatInput({ name: 'ask', options: { question: 'combien de signataires ?' }, locale: 'fr' });
    const d = await fake.postInteraction(deferUrl, payload, { signWith: keys.privateKey });
    expect(answerOf(d)).toEqual({ type: 5 });
    const edit = await fake.waitForRequest({ method: 'PATCH', path: `/webhooks/${fake.applicationId}/${payload.token}/messages/@original` });
    expect(edit.status).toBe(200);
    expect(edit.headers.authorization).toBeUndefined();
    expect(edit.body).toMatchObject({ embeds: [{ title: 'Réponse' }], allowed_mentions: { parse: [] } });
    const original = fake.originalMessage(d.id)!;
    expect(original.embeds[0]?.title).toBe('Réponse');
    expect((original.flags ?? 0) & MessageFlags.Loading).toBe(0);
    expect(await logs.interactionLine(d.id)).toMatchObject({ outcome: 'ok', deferred: true });
  });

  test('a 429 on the webhook edit → waited out and retried, counted in letterbot_rate_limited_total', async () => {
    const count = async (): Promise<number> => (await metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'discord')?.value ?? 0;
    const before = await count();
    fake.failNext({ method: 'PATCH', pathPrefix: '/webhooks/' }, discordFaults.rateLimited(0.05));
    const payload = fake.chatInput({ name: 'ask', options: { question: 'how many people signed?' } });
    const d = await fake.postInteraction(deferUrl, payload, { signWith: keys.privateKey });
    expect(answerOf(d)).toEqual({ type: 5 });
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`) && r.status === 200);
    expect(edit.injected).toBe(false);
    expect(fake.requests.filter((r) => r.method === 'PATCH' && r.status === 429)).toHaveLength(1);
    expect(await count()).toBe(before + 1);
  });

  test('bad input after deferring → placeholder deleted, the error follows up privately', async () => {
    const payload = fake.chatInput({ name: 'signatory', options: { name: '!!!' } });
    const d = await fake.postInteraction(deferUrl, payload, { signWith: keys.privateKey });
    expect(answerOf(d)).toEqual({ type: 5 });
    const followUp = await fake.waitForRequest({ method: 'POST', path: `/webhooks/${fake.applicationId}/${payload.token}` });
    expect(followUp.status).toBe(200);
    expect(followUp.body).toMatchObject({ flags: MessageFlags.Ephemeral, embeds: [{ title: 'Sorry, I could not do that' }] });
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`/${payload.token}/messages/@original`) && r.status === 204)).toBe(true);
    expect(fake.originalMessage(d.id)).toBeUndefined();
  });

  test('/timeline → Next (type 7 updates the message); someone else is refused privately (type 4, ephemeral)', async () => {
    const first = await fake.postInteraction(url, fake.chatInput({ name: 'timeline' }), { signWith: keys.privateKey });
    expect(embedOf(first).description).toMatch(/^Page 1 of \d+/);
    const next = buttonsOf(answerOf(first).data?.components).find((b) => b.label === 'Next ▸')!;
    const messageId = fake.originalMessage(first.id)!.id;

    const intruder = await fake.postInteraction(url, fake.button({ customId: next.custom_id, messageId, userId: OTHER_USER, locale: 'fr' }), { signWith: keys.privateKey });
    expect(answerOf(intruder).type).toBe(4);
    expect(answerOf(intruder).data?.flags).toBe(MessageFlags.Ephemeral);
    expect(answerOf(intruder).data?.content).toBe('Seule la personne qui a lancé /chronologie peut en tourner les pages. Lancez-la vous-même pour la parcourir.');

    // The owner's press reaches the other instance: the button carries all it needs.
    const paged = await fake.postInteraction(url, fake.button({ customId: next.custom_id, messageId }), { signWith: keys.privateKey });
    expect(answerOf(paged).type).toBe(7);
    expect(embedOf(paged).description).toMatch(/^Page 2 of/);
    expect(fake.message(messageId)?.embeds[0]?.description).toMatch(/^Page 2 of/);
    const elsewhere = await fake.postInteraction(deferUrl, fake.button({ customId: buttonsOf(answerOf(paged).data?.components).find((b) => b.label === 'Next ▸')!.custom_id, messageId }), { signWith: keys.privateKey });
    expect(answerOf(elsewhere)).toEqual({ type: 6 });
    await fake.waitForRequest({ method: 'PATCH', path: /\/messages\/@original$/ });
    expect(fake.message(messageId)?.embeds[0]?.description).toMatch(/^Page 3 of/);
    expect(await logs.interactionLine(paged.id)).toMatchObject({ kind: 'button', command: 'timeline', outcome: 'ok' });
  });

  test('a "did you mean" drawn by one instance is answered by another: the long question rides in the label, nothing is kept', async () => {
    const first = await fake.postInteraction(url, fake.chatInput({ name: 'ask', options: { question: 'depuis quand selon la lettre ?' }, locale: 'fr' }), { signWith: keys.privateKey });
    expect(embedOf(first).title).toBe('Vouliez-vous dire… ?');
    const question = "depuis quand existe le droit d'auteur américain selon la lettre";
    const pick = buttonsOf(answerOf(first).data?.components).find((b) => b.label === question)!;
    // Too long to carry inline next to the owner and the time: the id names the option, the label holds it.
    expect(pick.custom_id.length).toBeLessThanOrEqual(100);
    expect(pick.custom_id).not.toContain('droit');
    const messageId = fake.originalMessage(first.id)!.id;

    // The other instance (its own handler, which never saw the command) answers the press with that exact question.
    const pressed = await fake.postInteraction(deferUrl, fake.button({ customId: pick.custom_id, messageId, locale: 'fr' }), { signWith: keys.privateKey });
    expect(answerOf(pressed)).toEqual({ type: 6 });
    await fake.waitForRequest({ method: 'PATCH', path: /\/messages\/@original$/ });
    const answered = fake.message(messageId)!;
    expect(answered.embeds[0]?.title).toBe('Réponse');
    expect(answered.embeds[0]?.description).toContain('depuis près de 250 ans');
    expect(await logs.interactionLine(pressed.id)).toMatchObject({ kind: 'button', command: 'ask', outcome: 'ok' });
  });

  test('a button that is not ours → acknowledged silently (type 6), message unchanged', async () => {
    const d = await fake.postInteraction(url, fake.button({ customId: 'someone-else|x' }), { signWith: keys.privateKey });
    expect(answerOf(d)).toEqual({ type: 6 });
  });

  test('autocomplete (type 4) → choices (type 8), ≤ 25, names and values ≤ 100', async () => {
    const d = await fake.postInteraction(url, interactionFixture('autocomplete-signatory.json'), { signWith: keys.privateKey });
    expect(answerOf(d).type).toBe(8);
    const choices = answerOf(d).data!.choices!;
    expect(choices.map((c) => c.name)).toContain('Paul McCartney');
    expect(fake.interactionStatus(d.id)?.choices).toEqual(choices);
    for (const typed of ['', 'x'.repeat(5000), '@everyone']) {
      const more = await fake.postInteraction(url, fake.autocomplete({ name: 'signatory', options: { name: typed } }), { signWith: keys.privateKey });
      const list = answerOf(more).data!.choices!;
      expect(list.length).toBeLessThanOrEqual(25);
      for (const c of list) expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  test('@everyone in a question → polite private error; nothing can ping', async () => {
    const d = await fake.postInteraction(url, interactionFixture('chat-input-ask-everyone.json'), { signWith: keys.privateKey });
    expect(answerOf(d).type).toBe(4);
    expect(answerOf(d).data?.flags).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(answerOf(d).data)).not.toMatch(/@everyone|@here|<@\d/);
    expect(fake.messagesIn(fake.channelId).every((m) => !m.mention_everyone)).toBe(true);
  });
});
