import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('npm start without tokens: the local shell', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-shell-main-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers typed text, keeps logs out of the chat, and never loads discord.js, @slack/bolt or pino', async () => {
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
    // Nor pino (its transports run worker threads): the shell's own logger writes var/letterbot.log.
    expect(modules.filter((m) => /[\\/]node_modules[\\/](pino|thread-stream|dotenv)[\\/]/.test(m))).toEqual([]);
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
