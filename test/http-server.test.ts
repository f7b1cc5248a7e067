/**
 * The operations server end to end on 127.0.0.1: /healthz, /readyz with the app's checks, /metrics after real
 * commands (Discord over HTTP interactions and Slack's /slack/events, both mounted on the same port), and no
 * token or user text in any metric label.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request, type IncomingMessage } from 'node:http';
import { startSlack, type SlackHandle } from '../src/adapters/slack/index';
import { createDispatcher } from '../src/app';
import { loadCommands } from '../src/command-registry';
import { startHttp, type HttpHandle, type ReadinessChecks } from '../src/http-server';
import { LogCapture } from './adapters/discord/harness';
import { FakeDiscord } from './helpers/fake-discord';
import { FakeSlack, slashCommandBody } from './helpers/fake-slack';

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
}

/** Every `name{a="x",b="y"} value` sample line of a Prometheus text body, with its labels. */
function samples(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]));
      return { name: m[1]!, labels, value: Number(m[3]) };
    });
}

const sampleValue = (text: string, name: string, labels: Record<string, string>): number =>
  samples(text)
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe('operations HTTP server', () => {
  const keys = keyPair();
  const checks: ReadinessChecks = { discord: true, slack: true };
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let logs: LogCapture;
  let http: HttpHandle;
  let slackHandle: SlackHandle;
  let base: string;
  let throwInReady = false;
  let hangInReady = false;

  beforeAll(async () => {
    discord = await FakeDiscord.start();
    slack = await FakeSlack.start();
    logs = new LogCapture();
    const dispatcher = createDispatcher({ logger: logs.logger });
    // As main.ts does at start: the /ask engine is built before the first question, not inside a 5 s wait for its answer.
    void dispatcher.facts.ask;
    http = (await startHttp({
      config: { http: { port: 0 }, discord: { token: discord.token, appId: discord.applicationId, guildId: undefined, apiUrl: discord.apiUrl, publicKey: keys.publicHex } },
      dispatcher,
      logger: logs.logger,
      host: '127.0.0.1',
      ready: () => {
        if (throwInReady) throw new Error('database unreachable');
        if (hangInReady) return new Promise<ReadinessChecks>(() => undefined);
        return checks;
      },
      readyTimeoutMs: 300,
    }))!;
    slackHandle = await startSlack({
      config: { mode: 'http', botToken: slack.botToken, signingSecret: slack.signingSecret, port: http.port, apiUrl: slack.apiUrl },
      dispatcher,
      logger: logs.logger,
      retries: 0,
      http,
    });
    base = `http://127.0.0.1:${http.port}`;
  });

  afterAll(async () => {
    await slackHandle.stop();
    await http.stop();
    await Promise.all([discord.close(), slack.close()]);
  });

  test('/healthz → 200 ok; unknown paths → 404', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok\n');
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  test('/readyz → 200 with every check; 503 naming the one that fails, or when the app\'s check throws', async () => {
    const ok = await fetch(`${base}/readyz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ready: true, checks: { data: true, http_routes: true, discord: true, slack: true } });

    checks.slack = false;
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, checks: { data: true, http_routes: true, discord: true, slack: false } });
    checks.slack = true;

    throwInReady = true;
    const failing = await fetch(`${base}/readyz`);
    throwInReady = false;
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({ ready: false, checks: { checks: false } });

    // A check that never answers (a database that hangs) must not hang /readyz: 503 once its time is up.
    hangInReady = true;
    const hanging = await fetch(`${base}/readyz`);
    hangInReady = false;
    expect(hanging.status).toBe(503);
    expect(await hanging.json()).toEqual({ ready: false, checks: { data: true, http_routes: true, checks: false } });
  });

  test('/metrics after commands on both platforms (one port): latency histogram and outcomes by command and platform', async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    const url = `${base}/discord/interactions`;
    const ok = await discord.postInteraction(url, discord.chatInput({ name: 'signatory', options: { name: 'Cate Blanchett' } }), { signWith: keys.privateKey });
    expect(ok.status).toBe(200);
    const bad = await discord.postInteraction(url, discord.chatInput({ name: 'timeline', options: { from: '2025-13-45' } }), { signWith: keys.privateKey });
    expect((bad.body as { data: { flags: number } }).data.flags).toBe(64);
    const forged = await discord.postInteraction(url, discord.chatInput({ name: 'help' }), { signature: null });
    expect(forged.status).toBe(401);

    // Slack's /slack/events on the same server, through Bolt's own receiver (signature checked by Bolt).
    const res = await slack.sendToApp(`${base}/slack/events`, slashCommandBody({ command: '/ask', text: 'how many people signed?', responseUrl: slack.responseUrl('ops-test') }));
    expect(res.status).toBe(200);
    await slack.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'ops-test');

    const res2 = await fetch(`${base}/metrics`);
    expect(res2.status).toBe(200);
    expect(res2.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await res2.text();
    const delta = (name: string, labels: Record<string, string>): number => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(delta('letterbot_commands_total', { command: 'signatory', platform: 'discord', outcome: 'ok' })).toBe(1);
    expect(delta('letterbot_commands_total', { command: 'timeline', platform: 'discord', outcome: 'user_error' })).toBe(1);
    expect(delta('letterbot_commands_total', { command: 'ask', platform: 'slack', outcome: 'ok' })).toBe(1);
    expect(delta('letterbot_command_duration_seconds_count', { command: 'signatory', platform: 'discord' })).toBe(1);
    expect(delta('letterbot_command_duration_seconds_bucket', { command: 'signatory', platform: 'discord', le: '+Inf' })).toBe(1);
    expect(delta('letterbot_discord_interactions_rejected_total', { reason: 'signature' })).toBe(1);
    expect(after).toContain('# TYPE letterbot_command_duration_seconds histogram');
    expect(after).toContain('# TYPE letterbot_alert_deliveries_total counter');
    expect(after).toContain('letterbot_process_cpu_user_seconds_total');
  });

  test('no token, user id or typed text ever becomes a metric label', async () => {
    const url = `${base}/discord/interactions`;
    const typed = 'Zqxjv Secretname <@1346000000000000004> @everyone';
    const sent = [
      discord.chatInput({ name: 'signatory', options: { name: typed }, userId: '1346000000000000777' }),
      discord.chatInput({ name: 'xyzzy-unregistered', options: { q: typed } }),
      discord.autocomplete({ name: 'signatory', options: { name: 'Zqxjv' } }),
      discord.button({ customId: 'lb1|s0e|1346000000000000777|0|xyzzy-cmd|name=Zqxjv' }),
    ];
    for (const payload of sent) expect((await discord.postInteraction(url, payload, { signWith: keys.privateKey })).status).toBe(200);
    await slack.sendToApp(`${base}/slack/events`, slashCommandBody({ command: '/signatory', text: typed, responseUrl: slack.responseUrl('ops-secret') }));
    await slack.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'ops-secret');

    const text = await (await fetch(`${base}/metrics`)).text();
    for (const secret of [discord.token, slack.botToken, slack.signingSecret, keys.publicHex, 'Zqxjv', 'xyzzy', '1346000000000000777', '@everyone', ...sent.map((p) => p.token)]) {
      expect(text).not.toContain(secret);
    }
    // Every label value comes from a fixed set.
    const allowed: Record<string, Set<string>> = {
      command: new Set([...loadCommands().map((c) => c.name), 'unknown']),
      platform: new Set(['shell', 'cli', 'discord', 'slack', 'other']),
      outcome: new Set(['ok', 'user_error', 'internal_error']),
      reason: new Set(['signature', 'body', 'type', 'other']),
    };
    const used = samples(text).filter((s) => s.name.startsWith('letterbot_') && !/^letterbot_(process|nodejs)_/.test(s.name));
    expect(used.length).toBeGreaterThan(0);
    for (const s of used) {
      for (const [label, value] of Object.entries(s.labels)) {
        if (label === 'le') continue;
        expect({ label, value, known: allowed[label]?.has(value) ?? false }).toEqual({ label, value, known: true });
      }
    }
    expect(sampleValue(text, 'letterbot_commands_total', { command: 'unknown', platform: 'discord', outcome: 'user_error' })).toBeGreaterThanOrEqual(1);
  });
});

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('graceful stop (SIGTERM): stop accepting, answer what is in progress, then close', () => {
  const keys = keyPair();
  let discord: FakeDiscord;

  beforeAll(async () => {
    discord = await FakeDiscord.start();
  });

  afterAll(async () => {
    await discord.close();
  });

  /** A signed interaction whose body is sent in two parts: the request stays in progress until `finish`. */
  function halfSent(port: number, payload: object): { finish: () => void; answer: Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> } {
    const body = Buffer.from(JSON.stringify(payload));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), keys.privateKey).toString('hex');
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/discord/interactions',
      headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    });
    const answer = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.once('error', reject);
    });
    const half = Math.floor(body.length / 2);
    req.write(body.subarray(0, half));
    return { finish: () => req.end(body.subarray(half)), answer };
  }

  test('a request in progress when stop() begins is answered in full; new connections are refused; stop() then resolves', async () => {
    const logs = new LogCapture();
    const dispatcher = createDispatcher({ logger: logs.logger });
    const http = (await startHttp({
      config: { http: { port: 0 }, discord: { token: discord.token, appId: discord.applicationId, guildId: undefined, apiUrl: discord.apiUrl, publicKey: keys.publicHex } },
      dispatcher,
      logger: logs.logger,
      host: '127.0.0.1',
    }))!;
    const base = `http://127.0.0.1:${http.port}`;
    const inProgress = halfSent(http.port, discord.chatInput({ name: 'signatory', options: { name: 'cate blanchet' } }));
    await until(() => http.inProgress() === 1);
    let stopped = false;
    const stopping = http.stop().then(() => (stopped = true));
    await logs.waitFor((line) => line.msg === 'http server draining' && line.requests === 1);
    expect(stopped).toBe(false);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();

    inProgress.finish();
    const answered = await inProgress.answer;
    expect(answered.status).toBe(200);
    expect((JSON.parse(answered.body) as { data: { embeds: { title: string }[] } }).data.embeds[0]!.title).toBe('Yes: Cate Blanchett is among the signatories');
    await stopping;
    expect(stopped).toBe(true);
  });

  test('a request still unanswered after the drain time is cut, and stop() does not wait for ever', async () => {
    const logs = new LogCapture();
    const dispatcher = createDispatcher({ logger: logs.logger });
    const http = (await startHttp({
      config: { http: { port: 0 }, discord: { token: discord.token, appId: discord.applicationId, guildId: undefined, apiUrl: discord.apiUrl, publicKey: keys.publicHex } },
      dispatcher,
      logger: logs.logger,
      host: '127.0.0.1',
      drainMs: 200,
    }))!;
    const stuck = halfSent(http.port, discord.chatInput({ name: 'help' }));
    const outcome = stuck.answer.then(
      () => 'answered',
      () => 'cut',
    );
    await until(() => http.inProgress() === 1);
    await http.stop();
    expect(await outcome).toBe('cut');
    expect(await logs.waitFor((line) => line.msg === 'http server: requests still open after the drain time, closing them')).toMatchObject({ requests: 1 });
  });
});
