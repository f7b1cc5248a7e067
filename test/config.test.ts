import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, readConfig, SETTINGS } from '../src/config';

const ROOT = path.resolve(__dirname, '..');
const names = Object.keys(SETTINGS);

describe('config', () => {
  it('no tokens → no platforms (the shell)', () => {
    expect(readConfig({})).toEqual({ discord: null, slack: null, dataDir: undefined, logLevel: 'info', alerts: { dbPath: './var/letterbot.db', databaseUrl: null, admins: [], editors: [], retentionDays: 90, rateLimits: 1 }, http: null });
  });

  it('LETTERBOT_DATABASE_URL: a postgres:// URL switches the alerts state to PostgreSQL; anything else is refused without echoing it', () => {
    expect(readConfig({ LETTERBOT_DATABASE_URL: 'postgres://bot:secret@db:5432/letterbot' }).alerts.databaseUrl).toBe('postgres://bot:secret@db:5432/letterbot');
    expect(readConfig({ LETTERBOT_DATABASE_URL: 'postgresql://db/letterbot' }).alerts.databaseUrl).toBe('postgresql://db/letterbot');
    expect(readConfig({ LETTERBOT_DATABASE_URL: '' }).alerts.databaseUrl).toBeNull();
    expect(() => readConfig({ LETTERBOT_DATABASE_URL: 'mysql://bot:secret@db/x' })).toThrow('invalid setting: LETTERBOT_DATABASE_URL (see .env.example)');
  });

  it('alert rate limits: on, off, or a share of the published limits', () => {
    expect(readConfig({ LETTERBOT_ALERT_RATE_LIMITS: 'off' }).alerts.rateLimits).toBeNull();
    expect(readConfig({ LETTERBOT_ALERT_RATE_LIMITS: '0.5' }).alerts.rateLimits).toBe(0.5);
    expect(() => readConfig({ LETTERBOT_ALERT_RATE_LIMITS: '2' })).toThrow('invalid setting: LETTERBOT_ALERT_RATE_LIMITS (see .env.example)');
  });

  it('alert admins and editors are platform-qualified ids (a Slack id cannot collide with a Discord one)', () => {
    expect(readConfig({ LETTERBOT_ALERT_ADMINS: 'discord:123, slack:T1/U2', LETTERBOT_EDITORS: 'slack:T0ONE/U0ED' }).alerts).toMatchObject({ admins: ['discord:123', 'slack:T1/U2'], editors: ['slack:T0ONE/U0ED'] });
    expect(() => readConfig({ LETTERBOT_ALERT_ADMINS: '123' })).toThrow('LETTERBOT_ALERT_ADMINS: every id must name its platform: discord:<user id> or slack:<team id>/<user id> (see .env.example)');
    expect(() => readConfig({ LETTERBOT_EDITORS: 'slack:U2' })).toThrow(/^LETTERBOT_EDITORS: /);
  });

  it('Slack: app token → Socket Mode; signing secret → HTTP mode on SLACK_PORT or PORT', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'b', SLACK_APP_TOKEN: 'a' }).slack).toEqual({ mode: 'socket', botToken: 'b', appToken: 'a', apiUrl: undefined });
    expect(readConfig({ SLACK_BOT_TOKEN: 'b', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack).toMatchObject({ mode: 'http', port: 8080 });
    expect(readConfig({ SLACK_BOT_TOKEN: 'b', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '4000', PORT: '8080' }).slack).toMatchObject({ port: 4000 });
  });

  it('HTTP server: off by default; on with LETTERBOT_HTTP_PORT or Discord HTTP mode; Slack HTTP mode shares its port', () => {
    const key = 'AB'.repeat(32);
    const discord = { DISCORD_TOKEN: 't', DISCORD_APP_ID: '1' };
    expect(readConfig(discord).http).toBeNull();
    expect(readConfig({ LETTERBOT_HTTP_PORT: '9100' }).http).toEqual({ port: 9100 });
    const http = readConfig({ ...discord, DISCORD_PUBLIC_KEY: key });
    expect(http.discord?.publicKey).toBe(key.toLowerCase());
    expect(http.http).toEqual({ port: 3000 });
    expect(readConfig({ ...discord, DISCORD_PUBLIC_KEY: key, PORT: '8080' }).http).toEqual({ port: 8080 });
    const slack = { SLACK_BOT_TOKEN: 'b', SLACK_SIGNING_SECRET: 's' };
    expect(readConfig({ ...slack, LETTERBOT_HTTP_PORT: '9100' })).toMatchObject({ http: { port: 9100 }, slack: { mode: 'http', port: 9100 } });
    expect(readConfig({ ...slack, SLACK_PORT: '4000' })).toMatchObject({ http: null, slack: { port: 4000 } });
    expect(readConfig({ ...slack, ...discord, DISCORD_PUBLIC_KEY: key, SLACK_PORT: '4000' })).toMatchObject({ http: { port: 4000 }, slack: { port: 4000 } });
    expect(() => readConfig({ ...slack, SLACK_PORT: '4000', LETTERBOT_HTTP_PORT: '9100' })).toThrow(/SLACK_PORT and LETTERBOT_HTTP_PORT differ/);
  });

  it('DISCORD_PUBLIC_KEY: 64 hex digits, with the bot token and application id', () => {
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_PUBLIC_KEY: 'secret-value' })).toThrow('invalid setting: DISCORD_PUBLIC_KEY (see .env.example)');
    expect(() => readConfig({ DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toThrow(/also set DISCORD_TOKEN/);
    expect(() => readConfig({ LETTERBOT_HTTP_PORT: '70000' })).toThrow('invalid setting: LETTERBOT_HTTP_PORT (see .env.example)');
  });

  it('incomplete or invalid settings fail at start with the setting name and never its value', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'secret-value' })).toThrow(ConfigError);
    expect(() => readConfig({ DISCORD_TOKEN: 'secret-value' })).toThrow(/DISCORD_APP_ID/);
    try {
      readConfig({ DISCORD_API_URL: 'not a url secret-value', SLACK_PORT: 'abc' });
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as Error).message).toBe('invalid settings: DISCORD_API_URL, SLACK_PORT (see .env.example)');
    }
  });

  it('every setting has a commented line in .env.example and a row in the README, and nothing else is listed', () => {
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const exampleNames = [...example.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(exampleNames.sort()).toEqual([...names].sort());
    for (const name of names) expect(example).toContain(`# ${SETTINGS[name as keyof typeof SETTINGS]}\n# ${name}=`);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const readmeNames = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(readmeNames.sort()).toEqual([...names].sort());
  });

  it('no module reads a setting from process.env directly: they get it from src/config.ts', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && /process\.env(\.|\[)/.test(readFileSync(full, 'utf8'))) offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'src'));
    walk(path.join(ROOT, 'commands'));
    expect(offenders).toEqual([]);
  });
});
