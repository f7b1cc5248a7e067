import { z } from 'zod';

/**
 * Every setting letterbot reads, in one place: the only module that reads `process.env`. Each entry has a
 * commented line in `.env.example` and a row in the README (a test compares them).
 */
export const SETTINGS = {
  DISCORD_TOKEN: 'Discord bot token; set it to serve Discord',
  DISCORD_APP_ID: 'Discord application id (needed with DISCORD_TOKEN and for deploy-commands)',
  DISCORD_GUILD_ID: 'Optional: register commands in this guild only (instant, for testing); global otherwise',
  DISCORD_API_URL: 'Optional: Discord API base URL, for a proxy or a local fake (default https://discord.com/api)',
  SLACK_BOT_TOKEN: 'Slack bot token (xoxb-…); set it to serve Slack',
  SLACK_APP_TOKEN: 'Slack app-level token (xapp-…) for Socket Mode',
  SLACK_SIGNING_SECRET: 'Slack signing secret, for HTTP mode instead of Socket Mode',
  SLACK_PORT: 'HTTP mode: port for /slack/events (default 3000; PORT is read too)',
  SLACK_API_URL: 'Optional: Slack Web API base URL (default https://slack.com/api/), for GovSlack, proxies or a local fake',
  LETTERBOT_DATA_DIR: 'Optional: folder of the fact base (default ./data)',
  LETTERBOT_LOG_LEVEL: 'Optional: log level, one of fatal, error, warn, info, debug, trace, silent (default info)',
  // --- alerts (issue 6) ---
  LETTERBOT_DB: 'Optional: SQLite file holding alert subscriptions and deliveries (default ./var/letterbot.db, created on first run)',
  LETTERBOT_ALERT_ADMINS: 'Optional: comma-separated platform-qualified user ids (discord:123, slack:T1/U2) who may manage alerts in their own server or workspace besides its managers and admins',
  LETTERBOT_ALERT_RATE_LIMITS: 'Optional: on (default: the platforms\' published rate limits; on PostgreSQL divided among the instances alive, automatically), a share of them such as 0.5 (half as fast), or off (only for benchmarks against local fakes)',
  // --- HTTP interactions and operations (issue 12) ---
  DISCORD_PUBLIC_KEY: 'Optional: the application\'s public key (Developer Portal, General Information); set it to answer Discord at POST /discord/interactions (HTTP mode) instead of the gateway',
  LETTERBOT_HTTP_PORT: 'Optional: port of the HTTP server for /healthz, /readyz, /metrics, /discord/interactions and, in Slack HTTP mode, /slack/events (default: off, or SLACK_PORT/PORT/3000 when Discord HTTP mode needs it)',
  // --- alerts you can trust (issue 11) ---
  LETTERBOT_ALERT_RETENTION_DAYS: 'Optional: days sent alert deliveries are kept (default 90); failures are kept until resolved, alerts while a delivery refers to them',
  LETTERBOT_EDITORS: 'Optional: comma-separated platform-qualified user ids (discord:123, slack:T1/U2) who may send editor alerts to every subscribed newsroom, not only their own',
  // --- Slack in many workspaces (issue 12) ---
  SLACK_CLIENT_ID: 'Optional: the Slack app\'s client id (Basic Information); with SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_SIGNING_SECRET, any workspace installs letterbot at /slack/install (OAuth) instead of one SLACK_BOT_TOKEN',
  SLACK_CLIENT_SECRET: 'Optional: the Slack app\'s client secret (Basic Information), for OAuth installs',
  SLACK_STATE_SECRET: 'Optional: a random string of 16+ characters of your own that signs the OAuth state (e.g. openssl rand -hex 32)',
  // --- several instances on PostgreSQL (issue 12) ---
  LETTERBOT_DATABASE_URL: 'Optional: PostgreSQL URL (postgres://user:password@host:5432/db) holding the alerts state instead of LETTERBOT_DB, shared by several instances that all deliver; a search_path in the URL (?options=-c%20search_path%3Dname) picks the schema',
} as const;

export type SettingName = keyof typeof SETTINGS;

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const port = optional.pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).optional());
const url = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ protocol: /^https?$/ }).optional())
  .optional();

const schema = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: url,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_PORT: port,
  PORT: port,
  SLACK_API_URL: url,
  LETTERBOT_DATA_DIR: optional,
  LETTERBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LETTERBOT_DB: optional,
  LETTERBOT_ALERT_ADMINS: optional,
  LETTERBOT_ALERT_RATE_LIMITS: z
    .string()
    .trim()
    .default('on')
    .transform((v) => (v === '' ? 'on' : v.toLowerCase()))
    .pipe(z.union([z.enum(['on', 'off']), z.coerce.number<string>().gt(0).max(1)])),
  DISCORD_PUBLIC_KEY: optional.pipe(z.string().regex(/^[0-9a-fA-F]{64}$/).optional()),
  LETTERBOT_HTTP_PORT: port,
  // --- alerts you can trust (issue 11) ---
  LETTERBOT_EDITORS: optional,
  LETTERBOT_ALERT_RETENTION_DAYS: optional.pipe(z.coerce.number<string | undefined>().int().min(1).max(36_500).optional()),
  // --- Slack in many workspaces (issue 12) ---
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional.pipe(z.string().min(16).optional()),
  // --- several instances on PostgreSQL (issue 12) ---
  LETTERBOT_DATABASE_URL: optional.pipe(z.string().regex(/^postgres(ql)?:\/\/\S+$/).optional()),
});

/** Where alert state lives unless `LETTERBOT_DB` says otherwise (relative to the working directory). */
export const DEFAULT_DB_PATH = './var/letterbot.db';

export interface DiscordConfig {
  token: string;
  appId: string | undefined;
  guildId: string | undefined;
  apiUrl: string | undefined;
  /** Ed25519 public key (64 hex digits): set → HTTP interactions at `/discord/interactions` instead of the gateway. */
  publicKey?: string;
}

/** The one HTTP server: operations endpoints, Discord HTTP interactions and, in Slack HTTP mode, `/slack/events`. */
export interface HttpConfig {
  port: number;
}

/** Slack OAuth distribution: any workspace installs the app; each one's bot token comes from its installation. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` parameter. */
  stateSecret: string;
}

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | undefined }
  | {
      mode: 'http';
      /** The single workspace's token (`SLACK_BOT_TOKEN`); null with `oauth` (each installation has its own). */
      botToken: string | null;
      signingSecret: string;
      port: number;
      apiUrl: string | undefined;
      oauth?: SlackOAuthConfig;
    };

export interface Config {
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  dataDir: string | undefined;
  logLevel: z.infer<typeof schema>['LETTERBOT_LOG_LEVEL'];
  alerts: AlertsConfig;
  /** Null when nothing needs an HTTP server of ours (Slack HTTP mode alone keeps Bolt's own, as before). */
  http: HttpConfig | null;
}

export interface AlertsConfig {
  /** SQLite file of subscriptions, alerts and deliveries (unless `databaseUrl`). */
  dbPath: string;
  /** PostgreSQL instead (`LETTERBOT_DATABASE_URL`): the state several instances share. Null: SQLite. */
  databaseUrl: string | null;
  /** Platform-qualified user ids (`discord:123`, `slack:T1/U2`) treated as channel managers for `/alerts`, besides the platforms' own. */
  admins: string[];
  /** Platform-qualified user ids whose editor alerts go to every newsroom (`LETTERBOT_EDITORS`). */
  editors: string[];
  /** Days sent deliveries are kept (`LETTERBOT_ALERT_RETENTION_DAYS`, default 90). */
  retentionDays: number;
  /** Share of the platforms' published rate limits to use: 1 by default, less to be gentler; null when off (benchmarks only). */
  rateLimits: number | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validate the environment once at start. Never echoes a value (tokens stay out of logs). */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    throw new ConfigError(`invalid setting${names.length > 1 ? 's' : ''}: ${names.join(', ')} (see .env.example)`);
  }
  const e = parsed.data;
  let slack: SlackConfig | null = readSlackOAuth(e);
  if (slack) {
    // Installed per workspace: nothing else to read.
  } else if (e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN) slack = { mode: 'socket', botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
    else if (e.SLACK_SIGNING_SECRET) slack = { mode: 'http', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, port: e.SLACK_PORT ?? e.PORT ?? 3000, apiUrl: e.SLACK_API_URL };
    else throw new ConfigError('SLACK_BOT_TOKEN is set: also set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  }
  if (e.DISCORD_TOKEN && !e.DISCORD_APP_ID) throw new ConfigError('DISCORD_TOKEN is set: also set DISCORD_APP_ID');
  if (e.DISCORD_PUBLIC_KEY && !e.DISCORD_TOKEN) throw new ConfigError('DISCORD_PUBLIC_KEY is set: also set DISCORD_TOKEN and DISCORD_APP_ID');
  const http = readHttp(e, slack);
  if (http && slack?.mode === 'http') slack = { ...slack, port: http.port };
  return {
    discord: e.DISCORD_TOKEN
      ? { token: e.DISCORD_TOKEN, appId: e.DISCORD_APP_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL, ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}) }
      : null,
    http,
    slack,
    dataDir: e.LETTERBOT_DATA_DIR,
    logLevel: e.LETTERBOT_LOG_LEVEL,
    alerts: {
      dbPath: e.LETTERBOT_DB ?? DEFAULT_DB_PATH,
      databaseUrl: e.LETTERBOT_DATABASE_URL ?? null,
      admins: userIds('LETTERBOT_ALERT_ADMINS', e.LETTERBOT_ALERT_ADMINS),
      editors: userIds('LETTERBOT_EDITORS', e.LETTERBOT_EDITORS),
      retentionDays: e.LETTERBOT_ALERT_RETENTION_DAYS ?? 90,
      rateLimits: e.LETTERBOT_ALERT_RATE_LIMITS === 'off' ? null : e.LETTERBOT_ALERT_RATE_LIMITS === 'on' ? 1 : e.LETTERBOT_ALERT_RATE_LIMITS,
    },
  };
}

/**
 * OAuth distribution when any of its settings is set: all three, HTTP mode (the redirect needs a URL), and no
 * single-workspace token (Bolt takes either one token or an installer, never both).
 */
function readSlackOAuth(e: z.infer<typeof schema>): SlackConfig | null {
  const parts = { SLACK_CLIENT_ID: e.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: e.SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: e.SLACK_STATE_SECRET };
  const set = Object.entries(parts).filter(([, v]) => v !== undefined);
  if (set.length === 0) return null;
  const missing = Object.keys(parts).filter((k) => parts[k as keyof typeof parts] === undefined);
  if (missing.length > 0) throw new ConfigError(`${set.map(([k]) => k).join(', ')} set: also set ${missing.join(', ')} (Slack OAuth installs need all three)`);
  if (!e.SLACK_SIGNING_SECRET) throw new ConfigError('Slack OAuth installs run in HTTP mode: also set SLACK_SIGNING_SECRET');
  if (e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN) {
    throw new ConfigError('Slack OAuth installs: unset SLACK_BOT_TOKEN and SLACK_APP_TOKEN (each workspace\'s token comes from its installation, over HTTP)');
  }
  return {
    mode: 'http',
    botToken: null,
    signingSecret: e.SLACK_SIGNING_SECRET,
    port: e.SLACK_PORT ?? e.PORT ?? 3000,
    apiUrl: e.SLACK_API_URL,
    oauth: { clientId: e.SLACK_CLIENT_ID!, clientSecret: e.SLACK_CLIENT_SECRET!, stateSecret: e.SLACK_STATE_SECRET! },
  };
}

/**
 * One HTTP server when anything needs one: `LETTERBOT_HTTP_PORT` set, or Discord HTTP mode. Slack's
 * `/slack/events` then shares it, so `SLACK_PORT`, if set, must be the same port.
 */
function readHttp(e: z.infer<typeof schema>, slack: SlackConfig | null): HttpConfig | null {
  if (e.LETTERBOT_HTTP_PORT === undefined && !e.DISCORD_PUBLIC_KEY) return null;
  const port = e.LETTERBOT_HTTP_PORT ?? e.SLACK_PORT ?? e.PORT ?? 3000;
  if (slack?.mode === 'http' && e.SLACK_PORT !== undefined && e.SLACK_PORT !== port) {
    throw new ConfigError('SLACK_PORT and LETTERBOT_HTTP_PORT differ: /slack/events is served on LETTERBOT_HTTP_PORT; unset SLACK_PORT or give both the same port');
  }
  return { port };
}

// --- terminal (issue 13) ---
/** Colours in the shell chat: only on a terminal, and never when `NO_COLOR` is set to anything (https://no-color.org). */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

/** `discord:<user id>` or `slack:<team id>/<user id>`: a user id that cannot collide across platforms or workspaces. */
const QUALIFIED_USER = /^(discord:\d{1,25}|slack:[A-Z0-9]{2,30}\/[A-Z0-9]{2,30})$/;

function userIds(name: SettingName, raw: string | undefined): string[] {
  const ids = (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.some((id) => !QUALIFIED_USER.test(id))) {
    throw new ConfigError(`${name}: every id must name its platform: discord:<user id> or slack:<team id>/<user id> (see .env.example)`);
  }
  return ids;
}
