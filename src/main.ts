import path from 'node:path';
import type { DiscordHandle } from './adapters/discord/index';
import { runShell, ShellNotices } from './adapters/shell/shell';
import { isSeenRequests } from './adapters/slack/dedupe';
import type { SlackHandle } from './adapters/slack/index';
import { openAlerts } from './alerts/runtime';
import type { AlertStore } from './alerts/store';
import { createAlertSenders, reloadFacts } from './alerts/wiring';
import { createDispatcher } from './app';
import type { Dispatcher } from './core/dispatch';
import { ConfigError, readConfig, useColor, type Config } from './config';
import type { ErrorLogger } from './core/dispatch';
import type { AlertLogger } from './alerts/worker';
import type { HttpHandle } from './http-server';
import { createShellLogger } from './shell-logger';

/**
 * `npm start`: Discord and/or Slack when their tokens are set (one process can serve both), otherwise the
 * local shell chat. In every mode: the alerts worker (state in SQLite), SIGHUP reloads data/, SIGTERM/SIGINT stop cleanly.
 * discord.js and Bolt are loaded only when their settings are present: the shell starts without them.
 */
async function main(): Promise<void> {
  loadEnvFile();
  const config = readConfig(process.env);
  if (!config.discord && !config.slack) await serveShell(config);
  else await servePlatforms(config);
}

/** No tokens: the local chat. Logs go to var/letterbot.log; warnings and errors are also shown, above the prompt. */
async function serveShell(config: Config): Promise<void> {
  const notices = new ShellNotices({ out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
  const logFile = path.join(path.dirname(config.alerts.dbPath), 'letterbot.log');
  const logger = createShellLogger(config.logLevel, logFile, (line) => notices.warn(line));
  const color = useColor(process.env, process.stdout.isTTY);
  const { dispatcher, stop } = await startCommon(config, logger, { write: (text) => notices.print(text), color });
  onStopSignals(logger, stop);
  await runShell(dispatcher, {
    input: process.stdin,
    output: process.stdout,
    errorOutput: process.stderr,
    color,
    terminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    notices,
  });
  await stop();
}

/** Discord and/or Slack, each adapter (and its library) loaded only when configured. */
async function servePlatforms(config: Config): Promise<void> {
  const { createLogger } = await import('./logger.js');
  const logger = createLogger(config.logLevel);
  const { dispatcher, stop: stopCommon, installations, databaseReachable } = await startCommon(config, logger, undefined);
  let discord: DiscordHandle | null = null;
  let slack: SlackHandle | null = null;
  let http: HttpHandle | null = null;
  // SIGTERM: first the HTTP server (stop accepting, answer what is in progress, bounded), then the platforms'
  // own work in progress, then the alerts worker and the database.
  const stop = async (): Promise<void> => {
    await http?.stop().catch((error: unknown) => logger.error({ error: (error as Error).message }, 'http server stop failed'));
    await Promise.allSettled([discord?.stop(), slack?.stop()]);
    await stopCommon();
  };
  onStopSignals(logger, stop);
  try {
    // /healthz, /readyz, /metrics and Discord HTTP interactions (LETTERBOT_HTTP_PORT, DISCORD_PUBLIC_KEY); /readyz waits
    // for the platforms and needs the database to answer.
    const ready = async () => ({
      database: await databaseReachable(),
      discord: !config.discord || Boolean(http?.discordInteractions || discord?.client.isReady()),
      slack: !config.slack || slack !== null,
    });
    const { startHttp } = await import('./http-server.js');
    http = await startHttp({ config, dispatcher, logger, admins: config.alerts.admins, editors: config.alerts.editors, ready });
    if (config.discord && !http?.discordInteractions) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      discord = await startDiscord({ config: config.discord, dispatcher, logger, admins: config.alerts.admins, editors: config.alerts.editors });
    }
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/index.js');
      slack = await startSlack({ config: config.slack, dispatcher, logger, admins: config.alerts.admins, editors: config.alerts.editors, http, installations, seenRequests: isSeenRequests(installations) ? installations : null });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ discord: http?.discordInteractions ? 'http' : Boolean(discord), slack: config.slack?.mode ?? false, httpPort: http?.port }, 'letterbot is serving');
  // A bot answers /ask all day: build its engine now rather than on the first question (the shell and CLI build it on first use).
  setImmediate(() => dispatcher.facts.ask);
}

/** What every mode runs: the dispatcher over data/, the alerts worker and SIGHUP reloads. */
type CommonLogger = AlertLogger & ErrorLogger;

/** `.env` in the working directory, if there is one (values already in the environment win), with Node's own parser. */
function loadEnvFile(): void {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function startCommon(
  config: Config,
  logger: CommonLogger,
  shell: { write: (text: string) => void; color: boolean } | undefined,
): Promise<{ dispatcher: Dispatcher; stop: () => Promise<void>; installations: AlertStore | null; databaseReachable: () => Promise<boolean> }> {
  // `npm run data:reload` asks through the database (any host or container); SIGHUP still works locally.
  const onReload = (): ReturnType<typeof reloadFacts> => reloadFacts({ dispatcher, alerts, dataDir: config.dataDir, logger });
  // A broken alerts database turns alerts off (logged once, /alerts says why); the commands still answer.
  const { runtime: alerts, service } = await openAlerts({ dbPath: config.alerts.dbPath, databaseUrl: config.alerts.databaseUrl, logger, rateLimits: config.alerts.rateLimits, retentionDays: config.alerts.retentionDays, onReload });
  const dispatcher = createDispatcher({ dataDir: config.dataDir, logger, services: { alerts: service }, metered: !shell });
  const alertSenders = createAlertSenders(config, shell, alerts?.store ?? null);
  await alerts?.start(dispatcher.facts.data, alertSenders);
  process.on('SIGHUP', () => void onReload());
  // For /readyz: the alerts database answers a query (false when it did not open: alerts are off).
  const databaseReachable = async (): Promise<boolean> => {
    if (!alerts) return false;
    try {
      await alerts.store.lastRequestId();
      return true;
    } catch {
      return false;
    }
  };
  return { dispatcher, stop: async (): Promise<void> => alerts?.stop({ senders: alertSenders }), installations: alerts?.store ?? null, databaseReachable };
}

function onStopSignals(logger: AlertLogger, stop: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`letterbot: ${error.message}\n`);
  else process.stderr.write(`letterbot: could not start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
