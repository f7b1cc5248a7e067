import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FakeDiscord } from './helpers/fake-discord';
import { FakeSlack, slashCommandBody } from './helpers/fake-slack';

const ROOT = path.resolve(__dirname, '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('npm start with Discord and Slack tokens: one process serves both', () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let bot: ChildProcess;
  let dir: string;
  let stderr = '';
  let slackUrl = '';

  beforeAll(async () => {
    discord = await FakeDiscord.start();
    slack = await FakeSlack.start();
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-main-'));
    const port = await freePort();
    bot = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        SLACK_PORT: String(port),
        SLACK_API_URL: slack.apiUrl,
        LETTERBOT_DB: path.join(dir, 'letterbot.db'),
        LETTERBOT_DATA_DIR: path.join(ROOT, 'data'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    bot.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await discord.waitForReady(15_000);
    await until(async () => stderr.includes('letterbot is serving'), 15_000);
    slackUrl = `http://127.0.0.1:${port}/slack/events`;
  }, 40_000);

  afterAll(async () => {
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a Discord slash command and a Slack one, never logs a token, and stops cleanly on SIGTERM', async () => {
    const sent = discord.sendInteraction(discord.chatInput({ name: 'signatory', options: { name: 'cate blanchet' }, locale: 'fr' }));
    const callback = await discord.waitForCallback(sent.id, 10_000);
    const body = callback.body as { type: number; data: { embeds: { title: string }[]; allowed_mentions: unknown } };
    expect(body.data.embeds[0]!.title).toBe('Oui : Cate Blanchett fait partie des signataires');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });

    const res = await slack.sendToApp(slackUrl, slashCommandBody({ command: '/ask', text: 'combien de signataires ?', responseUrl: slack.responseUrl('main-test') }));
    expect(res.status).toBe(200);
    const answer = await slack.waitForCall((c) => c.method === 'response_url', 10_000);
    expect(JSON.stringify(answer.body)).toContain('400');

    expect(stderr).not.toContain(discord.token);
    expect(stderr).not.toContain(slack.botToken);
    expect(stderr).not.toContain(slack.signingSecret);

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);
});

describe('npm start in HTTP mode: Discord interactions, Slack events and operations on one port', () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let bot: ChildProcess;
  let dir: string;
  let stderr = '';
  let base = '';
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  let port = 0;
  /** Start the bot (again) on the same port and settings; resolves once /readyz says 200. */
  const startBot = async (): Promise<ChildProcess> => {
    stderr = '';
    bot = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: slack.signingSecret,
        SLACK_API_URL: slack.apiUrl,
        LETTERBOT_HTTP_PORT: String(port),
        LETTERBOT_DB: path.join(dir, 'letterbot.db'),
        LETTERBOT_DATA_DIR: path.join(ROOT, 'data'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    bot.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await until(async () => (await fetch(`${base}/readyz`)).status === 200, 20_000);
    return bot;
  };

  beforeAll(async () => {
    discord = await FakeDiscord.start();
    slack = await FakeSlack.start();
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-main-http-'));
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    await startBot();
  }, 40_000);

  afterAll(async () => {
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('no gateway; a signed interaction and a Slack command answered on the same port; /metrics counts both; SIGTERM stops cleanly', async () => {
    expect(discord.identifyCount).toBe(0);
    const d = await discord.postInteraction(`${base}/discord/interactions`, discord.chatInput({ name: 'signatory', options: { name: 'cate blanchet' }, locale: 'fr' }), { signWith: privateKey });
    expect(d.status).toBe(200);
    expect((d.body as { data: { embeds: { title: string }[] } }).data.embeds[0]!.title).toBe('Oui : Cate Blanchett fait partie des signataires');
    expect((await discord.postInteraction(`${base}/discord/interactions`, discord.chatInput({ name: 'help' }), { signature: 'ab'.repeat(64) })).status).toBe(401);

    const res = await slack.sendToApp(`${base}/slack/events`, slashCommandBody({ command: '/ask', text: 'combien de signataires ?', responseUrl: slack.responseUrl('main-http') }));
    expect(res.status).toBe(200);
    await slack.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'main-http', 10_000);

    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true, checks: { data: true, http_routes: true, database: true, discord: true, slack: true } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('letterbot_commands_total{command="signatory",platform="discord",outcome="ok"} 1');
    expect(metrics).toContain('letterbot_commands_total{command="ask",platform="slack",outcome="ok"} 1');
    expect(metrics).toContain('letterbot_discord_interactions_rejected_total{reason="signature"} 1');
    for (const secret of [discord.token, slack.botToken, slack.signingSecret]) {
      expect(stderr).not.toContain(secret);
      expect(metrics).not.toContain(secret);
    }

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);

  it('SIGTERM during a request: the request is answered in full, new connections are refused, then the process exits 0', async () => {
    const restarted = await startBot();
    // A signed interaction whose body arrives in two parts: in progress until the second part is sent.
    const body = Buffer.from(JSON.stringify(discord.chatInput({ name: 'signatory', options: { name: 'cate blanchet' } })));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const req = request(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.once('error', reject);
    });
    req.write(body.subarray(0, 40));
    // The bot counts it (this /metrics request is the other one in progress).
    await until(async () => /^letterbot_http_requests_in_progress 2$/m.test(await (await fetch(`${base}/metrics`)).text()), 10_000);

    const exited = new Promise<number | null>((resolve) => restarted.once('exit', (code) => resolve(code)));
    restarted.kill('SIGTERM');
    await until(async () => stderr.includes('"msg":"http server draining"'), 10_000);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(restarted.exitCode).toBeNull();

    req.end(body.subarray(40));
    const answered = await answer;
    expect(answered.status).toBe(200);
    expect((JSON.parse(answered.text) as { data: { embeds: { title: string }[] } }).data.embeds[0]!.title).toBe('Yes: Cate Blanchett is among the signatories');
    expect(await exited).toBe(0);
  }, 60_000);
});

describe('npm start without tokens: the local shell', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-shell-main-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers typed text, keeps logs out of the chat, and never loads discord.js, @slack/bolt, pino or prom-client', async () => {
    const loaded = path.join(dir, 'loaded.json');
    const main = path.join(ROOT, 'dist/src/main.js');
    // Record every module the process loaded, at exit.
    const probe = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(Object.keys(require.cache)))); require(${JSON.stringify(main)});`;
    const child = spawn(process.execPath, ['-e', probe], {
      cwd: dir,
      env: { PATH: process.env.PATH, LETTERBOT_DB: path.join(dir, 'var', 'letterbot.db'), LETTERBOT_DATA_DIR: path.join(ROOT, 'data') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin!.end('how many people signed?\n/quit\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('letterbot> \nAnswer\n');
    expect(stdout).not.toContain('"level"');
    expect(stderr).toBe('');
    const modules = JSON.parse(readFileSync(loaded, 'utf8')) as string[];
    expect(modules.some((m) => m.includes(`${path.sep}better-sqlite3${path.sep}`))).toBe(true);
    expect(modules.filter((m) => /[\\/]node_modules[\\/](discord\.js|@discordjs|@slack)[\\/]/.test(m))).toEqual([]);
    // Nor pino (its transports run worker threads): the shell's own logger writes var/letterbot.log. Nor prom-client: no /metrics here.
    expect(modules.filter((m) => /[\\/]node_modules[\\/](pino|thread-stream|dotenv|prom-client)[\\/]/.test(m))).toEqual([]);
    expect(readFileSync(path.join(dir, 'var', 'letterbot.log'), 'utf8')).toContain('alerts worker started');
  }, 20_000);
});

describe('npm start reads .env from the working directory; the environment wins', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-env-'));
    writeFileSync(path.join(dir, '.env'), '# local settings\nLETTERBOT_LOG_LEVEL=bogus\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (extra: Record<string, string>): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
        cwd: dir,
        env: { PATH: process.env.PATH, LETTERBOT_DB: path.join(dir, 'var', 'letterbot.db'), LETTERBOT_DATA_DIR: path.join(ROOT, 'data'), ...extra },
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin!.end('/quit\n');
      child.once('exit', (code) => resolve({ code, stderr }));
    });

  it('a bad value in .env stops the start with the setting named', async () => {
    expect(await start({})).toEqual({ code: 1, stderr: 'letterbot: invalid setting: LETTERBOT_LOG_LEVEL (see .env.example)\n' });
  }, 20_000);

  it('the same setting in the environment overrides .env', async () => {
    expect(await start({ LETTERBOT_LOG_LEVEL: 'warn' })).toEqual({ code: 0, stderr: '' });
  }, 20_000);
});

describe('npm start when the alerts database cannot open: the bot answers anyway, alerts off', () => {
  function runShell(db: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH, LETTERBOT_DB: db, LETTERBOT_DATA_DIR: path.join(ROOT, 'data') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin!.end(input);
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  }

  it.each([
    ['corrupt', (dir: string): string => {
      const file = path.join(dir, 'letterbot.db');
      writeFileSync(file, 'this is not a database\n'.repeat(400));
      return file;
    }, /file is not a database/],
    ['unwritable (its folder is a file)', (dir: string): string => {
      writeFileSync(path.join(dir, 'var'), 'a file, not a folder');
      return path.join(dir, 'var', 'letterbot.db');
    }, /EEXIST|ENOTDIR/],
  ])('%s → /signatory answers, /alerts says why alerts are unavailable; the log names the file and the cause once', async (_, make, cause) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-broken-db-'));
    try {
      const db = make(dir);
      const { code, stdout, stderr } = await runShell(db, '/signatory cate blanchet\n/alerts status\n');
      expect(code).toBe(0);
      expect(stdout).toContain('Cate Blanchett');
      expect(stdout).toMatch(/Alerts are unavailable: the alerts database could not be opened \(.+\)\. The other commands work\./);
      const lines = stderr.split('\n').filter((l) => l.includes('alerts are off'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(JSON.stringify(db).slice(1, -1));
      expect(lines[0]).toMatch(cause);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('HTTP mode → /readyz is 503 naming the database (route traffic elsewhere), while commands still answer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-broken-db-http-'));
    const discord = await FakeDiscord.start();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const db = path.join(dir, 'letterbot.db');
    writeFileSync(db, 'this is not a database\n'.repeat(400));
    const bot = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: discord.token,
        DISCORD_APP_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
        LETTERBOT_HTTP_PORT: String(port),
        LETTERBOT_DB: db,
        LETTERBOT_DATA_DIR: path.join(ROOT, 'data'),
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    try {
      await until(async () => (await fetch(`${base}/healthz`)).status === 200, 20_000);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, checks: { data: true, http_routes: true, database: false, discord: true, slack: true } });
      const d = await discord.postInteraction(`${base}/discord/interactions`, discord.chatInput({ name: 'signatory', options: { name: 'cate blanchet' } }), { signWith: privateKey });
      expect((d.body as { data: { embeds: { title: string }[] } }).data.embeds[0]!.title).toBe('Yes: Cate Blanchett is among the signatories');
    } finally {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});

describe("npm start's node flags (package.json start script)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-start-flags-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are garbage-collector sizes this node accepts: the shell starts and quits with them', async () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const match = /^node((?: --[\w-]+=\d+)*) dist\/src\/main\.js$/.exec(scripts.start ?? '');
    expect(match).not.toBeNull();
    const flags = match![1]!.trim().split(' ');
    expect(flags.map((f) => f.split('=')[0])).toEqual(['--max-semi-space-size', '--heap-growing-percent']);
    // An option node does not know ends the process at once ("bad option", exit 9).
    const child = spawn(process.execPath, [...flags, path.join(ROOT, 'dist/src/main.js')], {
      cwd: dir,
      env: { PATH: process.env.PATH, LETTERBOT_DB: path.join(dir, 'var', 'letterbot.db'), LETTERBOT_DATA_DIR: path.join(ROOT, 'data') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin!.end('/quit\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('letterbot> ');
  }, 20_000);
});
