import { ansiStyle, plainStyle } from '../adapters/shell/render';
import { ShellAlertSink } from '../adapters/shell/alert-sink';
import type { InstallationRecords } from '../adapters/slack/installations';
import type { Config } from '../config';
import type { AlertSender } from '../core/alerts';
import type { Dispatcher } from '../core/dispatch';
import { FactBaseError } from '../core/fact-base';
import { loadFactBase } from '../fact-files';
import type { FactSync, AlertsRuntime } from './runtime';
import type { AlertLogger } from './worker';

/**
 * The senders for what this process serves: the terminal in shell mode, Discord and Slack when their
 * tokens are set. Platform libraries are loaded only when used, so the shell starts fast.
 */
export function createAlertSenders(
  config: Config,
  shell?: { write: (text: string) => void; color: boolean },
  /** Slack OAuth installs: the store holding each workspace's installation (its token posts that workspace's alerts). */
  installations?: InstallationRecords | null,
): AlertSender[] {
  const senders: AlertSender[] = [];
  if (shell) senders.push(new ShellAlertSink(shell.write, shell.color ? ansiStyle : plainStyle));
  if (config.discord) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when Discord is configured
    const { DiscordAlertSender } = require('../adapters/discord/alert-sender') as typeof import('../adapters/discord/alert-sender');
    senders.push(
      new DiscordAlertSender({
        token: config.discord.token,
        apiUrl: config.discord.apiUrl,
        // @discordjs/rest keeps its own 50/s cap; with our limits off (benchmarks) it must not be the bottleneck.
        globalRequestsPerSecond: config.alerts.rateLimits !== null ? 50 : 1_000_000,
      }),
    );
  }
  if (config.slack) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when Slack is configured
    const { SlackAlertSender } = require('../adapters/slack/alert-sender') as typeof import('../adapters/slack/alert-sender');
    if (config.slack.botToken) senders.push(new SlackAlertSender({ botToken: config.slack.botToken, apiUrl: config.slack.apiUrl }));
    else if (installations) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when Slack is configured
      const { SlackInstallationStore } = require('../adapters/slack/installations') as typeof import('../adapters/slack/installations');
      const store = new SlackInstallationStore(installations);
      senders.push(new SlackAlertSender({ tokenFor: (tenant) => store.botTokenFor(tenant), apiUrl: config.slack.apiUrl }));
    }
  }
  return senders;
}

/**
 * Reload `data/` (SIGHUP, `npm run data:reload`): validate, swap it into the dispatcher, queue alerts for what
 * changed. Invalid data is logged and the running fact base kept.
 */
export async function reloadFacts(deps: { dispatcher: Dispatcher; alerts: AlertsRuntime | null; dataDir: string | undefined; logger: AlertLogger }): Promise<FactSync | undefined> {
  let facts;
  try {
    facts = loadFactBase(deps.dataDir);
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    deps.logger.error({ issues }, 'data reload refused: the new data is invalid; still answering from the previous fact base');
    return undefined;
  }
  deps.dispatcher.setFacts(facts);
  // Alerts off (their database could not be opened): the commands still answer from the new data.
  const sync = deps.alerts ? await deps.alerts.reload(facts.data) : { firstRun: false, queued: [] };
  deps.logger.info({ alerts: sync.queued.filter((q) => !q.duplicate).length, deliveries: sync.queued.reduce((n, q) => n + q.channels, 0) }, 'data reloaded');
  return sync;
}
