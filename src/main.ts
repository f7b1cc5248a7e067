import { config as loadDotenv } from 'dotenv';
import { startDiscord, type DiscordHandle } from './adapters/discord/index';
import { runShell } from './adapters/shell/shell';
import { startSlack, type SlackHandle } from './adapters/slack/index';
import { openAlerts } from './alerts/runtime';
import { createAlertSenders, reloadFacts } from './alerts/wiring';
import { createDispatcher } from './app';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';

/**
 * `npm start`: Discord and/or Slack when their tokens are set (one process can serve both), otherwise the
 * local shell chat. In every mode: the alerts worker (state in SQLite), SIGHUP reloads data/, SIGTERM/SIGINT stop cleanly.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  const shell = !config.discord && !config.slack;

  // `npm run data:reload` asks through the database (any host or container); SIGHUP still works locally.
  const onReload = (): ReturnType<typeof reloadFacts> => reloadFacts({ dispatcher, alerts, dataDir: config.dataDir, logger });
  // A broken alerts database turns alerts off (logged once, /alerts says why); the commands still answer.
  const { runtime: alerts, service } = openAlerts({ dbPath: config.alerts.dbPath, logger, rateLimits: config.alerts.rateLimits, retentionDays: config.alerts.retentionDays, onReload });
  const dispatcher = createDispatcher({ dataDir: config.dataDir, logger, services: { alerts: service } });
  // Alerts printed into the local chat put its prompt back under them.
  const prompt = { show: (): void => undefined };
  const printAlert = (text: string): void => {
    process.stdout.write(text);
    prompt.show();
  };
  const alertSenders = createAlertSenders(config, shell ? { write: printAlert, color: Boolean(process.stdout.isTTY) } : undefined);
  alerts?.start(dispatcher.facts.data, alertSenders);
  process.on('SIGHUP', () => void onReload());

  let discord: DiscordHandle | null = null;
  let slack: SlackHandle | null = null;
  const stop = async (): Promise<void> => {
    await Promise.allSettled([discord?.stop(), slack?.stop()]);
    await alerts?.stop({ senders: alertSenders });
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }

  if (shell) {
    await runShell(dispatcher, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY), prompt });
    await stop();
    return;
  }
  try {
    if (config.discord) discord = await startDiscord({ config: config.discord, dispatcher, logger, admins: config.alerts.admins, editors: config.alerts.editors });
    if (config.slack) slack = await startSlack({ config: config.slack, dispatcher, logger, admins: config.alerts.admins, editors: config.alerts.editors });
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ discord: Boolean(discord), slack: config.slack?.mode ?? false }, 'letterbot is serving');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`letterbot: ${error.message}\n`);
  else process.stderr.write(`letterbot: could not start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
