import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
