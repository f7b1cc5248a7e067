/**
 * End to end: signed slash commands and button clicks to the real Bolt app (HTTP mode) running the real
 * dispatcher and data; answers read back from FakeSlack's response_urls and Web API.
 */
import { startSlack } from '../../../src/adapters/slack/index';
import { createDispatcher } from '../../../src/app';
import { loadFactBase } from '../../../src/fact-files';
import { blockActionsBody, FakeSlack, postToApp, signSlackRequest, slashCommandBody, type SlackBody } from '../../helpers/fake-slack';
import { blocksOf, buttonsOf, captureLogs, headerOf, sleep, slash, startTestSlack, strings, type SlackTestApp } from './slack-harness';

let app: SlackTestApp;

beforeAll(async () => {
  app = await startTestSlack({ admins: ['slack:T0FAKETEAM/U0LISTED'] });
});

afterAll(async () => {
  await app.stop();
});

/** Click a button of a previous answer: a block_actions payload, as Slack sends it. */
async function click(button: { action_id: string; value: string }, options: { channelId?: string; messageTs?: string; userId?: string } = {}) {
  const channelId = options.channelId ?? 'C0FAKECHAN';
  const id = `click-${Math.random().toString(36).slice(2)}`;
  const responseUrl = app.fake.responseUrl(id, { channel: channelId, user: options.userId ?? 'U0FAKEUSER', ...(options.messageTs ? { messageTs: options.messageTs } : {}) });
  const res = await app.fake.sendToApp(
    app.url,
    blockActionsBody({ actionId: button.action_id, value: button.value, responseUrl, channelId, userId: options.userId ?? 'U0FAKEUSER', ...(options.messageTs ? { messageTs: options.messageTs } : {}) }),
  );
  expect(res.status).toBe(200);
  return { id, res, answer: () => app.fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id) };
}

function contextText(body: SlackBody): string {
  return blocksOf(body)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements ?? []).map((e) => (e as { text?: string }).text ?? ''))
    .join(' ');
}

describe('slash commands → Block Kit answers', () => {
  it('/signatory cate blanchet → empty ack at once, then a private "Yes" with sources as links and Share', async () => {
    const sent = await slash(app, '/signatory', 'cate blanchet');
    expect(sent.res.status).toBe(200);
    expect(sent.res.text).toBe('');
    const { body } = await sent.answer();
    expect(body.response_type).toBe('ephemeral');
    expect(headerOf(body)).toBe('✅ Yes: Cate Blanchett is among the signatories');
    expect(contextText(body)).toMatch(/^\*Sources:\* <https:\/\/[^|>]+\|[^>]+> \(\d/);
    expect(buttonsOf(body).map((b) => b.label)).toEqual(['Share in channel']);
    expect(String(body.text)).toContain('Cate Blanchett');
  });

  it('/signatory Ben Affleck → "not among the N names we have", never "did not sign"', async () => {
    const { body } = await (await slash(app, '/signatory', 'Ben Affleck')).answer();
    expect(headerOf(body)).toMatch(/Not among the \d+ names we have from sources/);
    expect(JSON.stringify(body)).toContain('does not mean they did not sign');
  });

  it('/signatory Paul → did-you-mean buttons; clicking one replaces the message with the signed answer', async () => {
    const { body } = await (await slash(app, '/signatory', 'Paul')).answer();
    expect(headerOf(body)).toContain('Did you mean');
    const buttons = buttonsOf(body);
    expect(buttons.map((b) => b.label).sort()).toEqual(['Paul McCartney', 'Paul Simon']);
    const first = buttons[0]!.label;
    expect(buttons.map((b) => b.action_id)).toEqual(['letterbot.choice.signatory.0', 'letterbot.choice.signatory.1']);

    const messageTs = app.fake.seedMessage('C0PAUL', { text: 'Did you mean…?', blocks: blocksOf(body) });
    const clicked = await click(buttons[0]!, { channelId: 'C0PAUL', messageTs });
    const update = (await clicked.answer()).body;
    expect(update.replace_original).toBe(true);
    expect(headerOf(update)).toBe(`✅ Yes: ${first} is among the signatories`);
    expect(app.fake.messagesIn('C0PAUL')[0]?.edited).toBeDefined();
    expect(headerOf(app.fake.messagesIn('C0PAUL')[0] as unknown as SlackBody)).toContain(first);
  });

  it('/ask with close answers → "Did you mean…?" buttons; clicking one replaces the message with exactly that answer', async () => {
    const { body } = await (await slash(app, '/ask', 'quels sont leurs arguments ?')).answer();
    expect(headerOf(body)).toContain('Vouliez-vous dire');
    const buttons = buttonsOf(body);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(buttons.map((b) => b.action_id)).toEqual(buttons.map((_, i) => `letterbot.choice.ask.${i}`));
    const facts = loadFactBase();
    const pick = buttons[buttons.length - 1]!;
    const asked = facts.facts.find((f) => f.questions.fr[0] === pick.label)!;
    expect(asked).toBeDefined();
    expect(JSON.parse(pick.value)).toEqual({ command: 'ask', options: { question: asked.questions.fr[0], lang: 'fr' }, locale: 'fr' });

    const messageTs = app.fake.seedMessage('C0ASK', { text: 'Vouliez-vous dire… ?', blocks: blocksOf(body) });
    const update = (await (await click(pick, { channelId: 'C0ASK', messageTs })).answer()).body;
    expect(update.replace_original).toBe(true);
    expect(headerOf(update)).toContain('Réponse');
    expect(strings(update).join(' ')).toContain(asked.answer.fr.slice(0, 40));
  });

  it('/timeline → page 1 with a Next button that updates the same message to page 2', async () => {
    const { body } = await (await slash(app, '/timeline', '')).answer();
    expect(headerOf(body)).toBe('Timeline of the story');
    expect(JSON.stringify(body)).toMatch(/Page 1 of \d+/);
    const next = buttonsOf(body).find((b) => b.label === 'Next ▸')!;
    expect(JSON.parse(next.value)).toEqual({ command: 'timeline', options: { page: '2' }, locale: 'en' });
    const page2 = (await (await click(next)).answer()).body;
    expect(page2.replace_original).toBe(true);
    expect(JSON.stringify(page2)).toMatch(/Page 2 of \d+/);
    expect(buttonsOf(page2).map((b) => b.label)).toEqual(['◂ Previous', 'Next ▸', 'Share in channel']);
  });

  it('/timeline from:2025-01-01 to:2025-03 → the options reach the command', async () => {
    const { body } = await (await slash(app, '/timeline', 'from:2025-01-01 to:2025-03')).answer();
    expect(headerOf(body)).toBe('Timeline: 1 January 2025 to 31 March 2025');
  });

  it('/timeline 2025-03 → a lone date is that month, first day to last', async () => {
    const { body } = await (await slash(app, '/timeline', '2025-03')).answer();
    expect(headerOf(body)).toBe('Timeline: 1 March 2025 to 31 March 2025');
    expect(JSON.stringify(body)).toContain('Hollywood letter filed with OSTP');
    expect(body.text).toContain('2025: 7'); // every event of the page in 2025, none before March or after
  });

  it('/ask combien de signataires ? → French answer and French chrome', async () => {
    const { body } = await (await slash(app, '/ask', 'combien de signataires ?')).answer();
    expect(headerOf(body)).toBe('Réponse');
    expect(JSON.stringify(body)).toContain('400 signataires');
    expect(buttonsOf(body).map((b) => b.label)).toEqual(['Partager dans le canal']);
  });

  it('/ask how many signed? → English answer', async () => {
    const { body } = await (await slash(app, '/ask', 'how many signed?')).answer();
    expect(headerOf(body)).toBe('Answer');
    expect(JSON.stringify(body)).toContain('more than 400 signatories');
  });

  it('a user whose Slack locale is French gets French for text without a language (users.info)', async () => {
    app.fake.setUser('U0FRENCH', { locale: 'fr-FR' });
    const { body } = await (await slash(app, '/timeline', '', { userId: 'U0FRENCH' })).answer();
    expect(headerOf(body)).toBe('Chronologie de l’affaire');
  });

  it('/help → every command with examples, private, no Share; managers-only commands for admins only', async () => {
    const { body } = await (await slash(app, '/help', '')).answer();
    const text = JSON.stringify(body);
    for (const name of ['/signatory', '/timeline', '/ask', '/help']) expect(text).toContain(name);
    expect(text).toContain('/signatory cate blanchet');
    expect(text).not.toContain('/audit');
    expect(buttonsOf(body)).toEqual([]);

    app.fake.setUser('U0ADMIN', { isAdmin: true });
    expect(JSON.stringify((await (await slash(app, '/help', '', { userId: 'U0ADMIN' })).answer()).body)).toContain('/audit');
    expect(JSON.stringify((await (await slash(app, '/help', '', { userId: 'U0LISTED' })).answer()).body)).toContain('/audit');
    // Grants name a user in one workspace (slack:T0FAKETEAM/U0LISTED): the same id in another workspace is nobody special.
    expect(JSON.stringify((await (await slash(app, '/help', '', { userId: 'U0LISTED', teamId: 'T0OTHERTEAM' })).answer()).body)).not.toContain('/audit');
  });
});

describe('hostile and oversized input', () => {
  const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '@everyone', '@here'];

  it.each([
    ['raw mentions', '<!channel> <@U123> @everyone'],
    ['mentions as Slack encodes them', '&lt;!channel&gt; &lt;@U123&gt; hi'],
    ['a mention inside a name', 'Cate <!here> Blanchett'],
  ])('/signatory with %s → polite private error, nothing unescaped', async (_label, text) => {
    const { body } = await (await slash(app, '/signatory', text)).answer();
    expect(body.response_type).toBe('ephemeral');
    expect(headerOf(body)).toContain('Sorry');
    for (const s of strings(body)) for (const ping of PINGS) expect(s).not.toContain(ping);
  });

  it('markup that is not a mention is echoed escaped, never as markup', async () => {
    const { body } = await (await slash(app, '/signatory', 'Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;')).answer();
    const all = strings(body).join('\n');
    expect(all).toContain('Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;');
    expect(all).not.toMatch(/<b>|<\/b>/);
  });

  it('5,000 characters → a polite private error, no crash, no stack trace', async () => {
    const { body } = await (await slash(app, '/ask', 'why '.repeat(1250))).answer();
    expect(body.response_type).toBe('ephemeral');
    expect(headerOf(body)).toBe('⚠️ Sorry, I could not do that');
    expect(JSON.stringify(body)).toContain('please keep it under 500');
    expect(JSON.stringify(body)).not.toMatch(/\bat [\w.]+ \(|Error:/);
    // The app still answers.
    expect(headerOf((await (await slash(app, '/signatory', 'cate blanchet')).answer()).body)).toContain('Yes');
  });

  it('an internal fault → short apology without details; logged with command and request id', async () => {
    const sent = await slash(app, '/boom', '');
    const { body } = await sent.answer();
    expect(headerOf(body)).toContain('Sorry');
    expect(JSON.stringify(body)).toContain('Something went wrong on our side');
    expect(JSON.stringify(body)).not.toMatch(/kaboom|hunter2|\bat [\w.]+ \(/);
    const logged = app.logs.lines.find((l) => l.msg === 'command failed' && l.requestId === sent.triggerId);
    expect(logged).toMatchObject({ command: 'boom', requestId: sent.triggerId, platform: 'slack' });
    expect(await app.logs.waitForRequest(sent.triggerId)).toMatchObject({ outcome: 'internal_error', delivery: 'response_url' });
  });
});

describe('request verification and retries', () => {
  it('a forged signature → 401 and nothing posted', async () => {
    const responseUrl = app.fake.responseUrl('forged');
    const body = slashCommandBody({ command: '/signatory', text: 'cate blanchet', responseUrl });
    const res = await postToApp(app.url, body, signSlackRequest('not-the-secret', body));
    expect(res.status).toBe(401);
    await sleep(200);
    expect(app.fake.responseUrlUses('forged')).toBe(0);
  });

  it('a timestamp older than 5 minutes → 401 and nothing posted', async () => {
    const sent = await slash(app, '/signatory', 'cate blanchet', { timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 5 });
    expect(sent.res.status).toBe(401);
    await sleep(200);
    expect(app.fake.responseUrlUses(sent.responseUrlId)).toBe(0);
  });

  it('a retried delivery (X-Slack-Retry-Num: 1) is acked but not answered twice', async () => {
    const first = await slash(app, '/signatory', 'cate blanchet');
    await app.logs.waitForRequest(first.triggerId);
    const retry = await app.fake.sendToApp(app.url, first.body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await sleep(300);
    expect(app.fake.responseUrlUses(first.responseUrlId)).toBe(1);
    expect(app.logs.requests().filter((l) => l.requestId === first.triggerId).map((l) => l.outcome)).toEqual(['ok', 'duplicate']);
  });

  it('a retried button click is not run twice', async () => {
    const { body } = await (await slash(app, '/timeline', '')).answer();
    const next = buttonsOf(body).find((b) => b.label === 'Next ▸')!;
    const id = 'click-retry';
    const payload = blockActionsBody({ actionId: next.action_id, value: next.value, responseUrl: app.fake.responseUrl(id, { channel: 'C0FAKECHAN' }) });
    await app.fake.sendToApp(app.url, payload);
    await app.fake.sendToApp(app.url, payload, { headers: { 'x-slack-retry-num': '1' } });
    await sleep(300);
    expect(app.fake.responseUrlUses(id)).toBe(1);
  });
});

describe('Share in channel', () => {
  async function shareButton(channelId: string) {
    const { body } = await (await slash(app, '/signatory', 'cate blanchet', { channelId })).answer();
    return buttonsOf(body).find((b) => b.action_id === 'letterbot.share')!;
  }

  it('posts the same answer visibly, without buttons', async () => {
    const share = await shareButton('C0SHARE');
    await (await click(share, { channelId: 'C0SHARE' })).answer();
    const [posted] = app.fake.messagesIn('C0SHARE');
    expect(posted?.user).toBe(app.fake.botUserId);
    expect(headerOf(posted as unknown as SlackBody)).toBe('✅ Yes: Cate Blanchett is among the signatories');
    expect(buttonsOf(posted as unknown as SlackBody)).toEqual([]);
    expect(contextText(posted as unknown as SlackBody)).toContain('<https://');
  });

  it('response_url spent (404 used_url) → falls back to chat.postMessage', async () => {
    const share = await shareButton('C0SPENT');
    app.fake.failNext('response_url', { status: 404, body: 'used_url' });
    await click(share, { channelId: 'C0SPENT' });
    await app.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0SPENT');
    expect(headerOf(app.fake.messagesIn('C0SPENT')[0] as unknown as SlackBody)).toContain('Cate Blanchett');
  });

  it('cannot post at all → a polite private note saying how to invite the bot', async () => {
    const share = await shareButton('C0CLOSED');
    app.fake.failNext('response_url', { status: 404, body: 'used_url' });
    app.fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await click(share, { channelId: 'C0CLOSED' });
    const note = await app.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0CLOSED');
    expect(String(note.body.text)).toContain('/invite @letterbot');
    expect(app.fake.messagesIn('C0CLOSED')).toEqual([]);
  });
});

describe('delivery fallbacks and logs', () => {
  it('a slash command whose response_url is refused → the answer arrives by chat.postEphemeral', async () => {
    app.fake.failNext('response_url', { status: 404, body: 'expired_url' });
    await slash(app, '/signatory', 'cate blanchet', { channelId: 'C0EXPIRED' });
    const call = await app.fake.waitForCall((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0EXPIRED');
    expect(call.body.user).toBe('U0FAKEUSER');
    expect(headerOf(call.body)).toContain('Cate Blanchett');
  });

  it('one structured line per request, and no token or signing secret anywhere in the logs', async () => {
    const sent = await slash(app, '/signatory', 'cate blanchet');
    const line = await app.logs.waitForRequest(sent.triggerId);
    expect(line).toMatchObject({ platform: 'slack', kind: 'command', command: 'signatory', outcome: 'ok', delivery: 'response_url', level: 30 });
    expect(typeof line?.latencyMs).toBe('number');
    const all = app.logs.raw.join('\n');
    expect(all).not.toContain(app.fake.botToken);
    expect(all).not.toContain(app.fake.signingSecret);
    expect(all).not.toContain('fake-verification-token');
  });
});

describe('start', () => {
  it('a bad bot token fails the start (auth.test) without echoing the token', async () => {
    const fake = await FakeSlack.start();
    const { logger, logs } = captureLogs();
    try {
      const dispatcher = createDispatcher({ logger });
      const start = startSlack({ config: { mode: 'http', botToken: 'xoxb-wrong', signingSecret: 's', port: 0, apiUrl: fake.apiUrl }, dispatcher, logger, host: '127.0.0.1', retries: 0 });
      await expect(start).rejects.toThrow(/invalid_auth/);
      await start.catch((error: unknown) => expect(String(error)).not.toContain('xoxb-wrong'));
      expect(logs.raw.join('\n')).not.toContain('xoxb-wrong');
    } finally {
      await fake.close();
    }
  });
});

describe('several instances behind a load balancer', () => {
  it('a "did you mean" drawn by one instance is answered by another: the button\'s value is the whole request', async () => {
    // A second instance of the same app (its own Bolt app, dispatcher and caches), against the same fake Slack.
    const logger = captureLogs().logger;
    const dispatcher = createDispatcher({ logger });
    // Its own /ask engine, built at start as main.ts does, not inside the wait for the button's answer. The build blocks
    // this process (fakes included) for seconds: let the fake's keep-alive timers close the idle connections first,
    // or the next Slack call may be sent on one just as it closes ("fetch failed").
    void dispatcher.facts.ask;
    await sleep(100);
    const other = await startSlack({
      config: { mode: 'http', botToken: app.fake.botToken, signingSecret: app.fake.signingSecret, port: 0, apiUrl: app.fake.apiUrl },
      dispatcher,
      logger,
      host: '127.0.0.1',
      retries: 0,
    });
    try {
      const { body } = await (await slash(app, '/ask', 'depuis quand selon la lettre ?')).answer();
      expect(headerOf(body)).toContain('Vouliez-vous dire');
      const question = "depuis quand existe le droit d'auteur américain selon la lettre";
      const pick = buttonsOf(body).find((b) => b.label === question)!;
      const id = 'other-instance';
      const res = await app.fake.sendToApp(
        `http://127.0.0.1:${other.port ?? 0}/slack/events`,
        blockActionsBody({ actionId: pick.action_id, value: pick.value, responseUrl: app.fake.responseUrl(id, { channel: 'C0FAKECHAN' }) }),
      );
      expect(res.status).toBe(200);
      const answered = (await app.fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id)).body;
      expect(headerOf(answered)).toContain('Réponse');
      expect(JSON.stringify(answered)).toContain('depuis près de 250 ans');
    } finally {
      await other.stop();
    }
  });
});
