import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { SlackConfig } from '../../config';
import type { Dispatcher } from '../../core/dispatch';
import type { HttpRoutes } from '../../http-server';
import type { Logger } from '../../logger';
import { recordRateLimited } from '../../metrics';
import { describeError, scrubSecrets } from '../faults';
import { SharedRequestDedupe, type SeenRequests } from './dedupe';
import { HandledRequests, ResponseUrlBudget } from './expiring-cache';
import { SlackInstallationStore, type InstallationRecords } from './installations';
import { choiceListener, commandListener, removalListener, shareListener, type SlackListenerDeps } from './listeners';
import { BOT_SCOPES, SLACK_EVENTS_PATH, SLACK_INSTALL_PATH, SLACK_REDIRECT_PATH } from './manifest';
import { UserDirectory } from './parse';
import { CHOICE_ACTION_PREFIX, SHARE_ACTION_ID } from './render';

export interface StartSlackOptions {
  config: SlackConfig;
  dispatcher: Dispatcher;
  logger: Logger;
  /** HTTP mode: interface to listen on (default: all). Tests pass 127.0.0.1. */
  host?: string;
  /** Web API retries (default 3, backing off 1–10 s; 429 Retry-After is always honoured). Tests pass 0. */
  retries?: number;
  /** Platform-qualified ids (`slack:<team id>/<user id>`) treated as managers besides workspace admins and owners. */
  admins?: readonly string[];
  /** HTTP mode: mount `/slack/events` on this shared server (LETTERBOT_HTTP_PORT) instead of listening on a port of its own. */
  http?: HttpRoutes | null;
  /** Platform-qualified ids of editors who may send alerts to every newsroom. */
  editors?: readonly string[];
  /** OAuth installs (`config.oauth`): where installations are kept (the alerts database). */
  installations?: InstallationRecords | null;
  /** Several instances (PostgreSQL): requests seen by any of them, so a Slack retry is answered once in all. Else in memory. */
  seenRequests?: SeenRequests | null;
}

export interface SlackHandle {
  /** HTTP mode: the port actually listened on (useful with port 0). */
  port?: number;
  /** Stop receiving, let answers in progress finish (≤ 5 s), close connections. */
  stop(): Promise<void>;
}

/**
 * Serve every command of `dispatcher.commands` on Slack: Socket Mode (no public URL) or HTTP at
 * `/slack/events`. One `/name` listener per definition, so a new command file needs no change here.
 */
export async function startSlack(options: StartSlackOptions): Promise<SlackHandle> {
  const { config, dispatcher, logger } = options;
  const clientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: options.retries === undefined ? { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000, randomize: true } : { retries: options.retries },
    timeout: 10_000,
  };
  const boltLogger = toBoltLogger(logger);
  const oauth = config.mode === 'http' ? config.oauth : undefined;
  if (oauth && !options.installations) throw new Error('Slack OAuth installs keep each workspace\'s installation in the alerts database, which could not be opened (run npx letterbot doctor)');
  const installations = oauth && options.installations ? new SlackInstallationStore(options.installations) : undefined;
  // OAuth: Bolt's installer serves /slack/install and /slack/oauth_redirect, keeps installations in our store and
  // picks each workspace's token for its requests (authorize); no single token then.
  const installer =
    oauth && installations
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          stateSecret: oauth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: installations,
          installerOptions: {
            directInstall: true,
            installPath: SLACK_INSTALL_PATH,
            redirectUriPath: SLACK_REDIRECT_PATH,
            clientOptions,
            // GovSlack or a local fake: the browser is sent to the same host as the Web API.
            ...(config.apiUrl ? { authorizationUrl: new URL('/oauth/v2/authorize', config.apiUrl).toString() } : {}),
          },
        }
      : {};
  const common = { ...(config.botToken ? { token: config.botToken } : {}), logger: boltLogger, clientOptions, deferInitialization: true };
  // Our own receiver in Socket Mode, so `stop()` can wait for the WebSocket to close (Bolt's does not).
  // Its `apps.connections.open` keeps @slack/socket-mode's own long retry schedule (it gives up reconnecting
  // for good once its client gives up), unless a retry count is imposed (tests).
  const socketClientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  const receiver =
    config.mode === 'socket' ? new SocketModeReceiver({ appToken: config.appToken, logger: boltLogger, installerOptions: { clientOptions: socketClientOptions } }) : undefined;
  // On the shared server, Bolt's own HTTP receiver handles `/slack/events` (and the OAuth routes) but never listens
  // itself; with OAuth alone it listens on its port as Bolt's default receiver would.
  const httpReceiver =
    config.mode === 'http' && (options.http || oauth) ? new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger: boltLogger, ...installer }) : undefined;
  const shared = options.http ? httpReceiver : undefined;
  const app = receiver
    ? new App({ ...common, receiver })
    : httpReceiver
      ? new App({ ...common, receiver: httpReceiver })
      : new App({ ...common, signingSecret: config.mode === 'http' ? config.signingSecret : '', endpoints: SLACK_EVENTS_PATH });

  const inFlight = new Set<Promise<void>>();
  const track =
    <A>(listener: (args: A) => Promise<void>) =>
    (args: A): Promise<void> => {
      const run = listener(args);
      inFlight.add(run);
      return run.finally(() => inFlight.delete(run));
    };
  const deps: SlackListenerDeps = {
    dispatcher,
    logger,
    users: new UserDirectory(app.client, logger),
    handled: options.seenRequests ? new SharedRequestDedupe(options.seenRequests, logger) : new HandledRequests(),
    responseUrls: new ResponseUrlBudget(),
    grants: { admins: new Set(options.admins ?? []), editors: new Set(options.editors ?? []) },
  };
  for (const def of dispatcher.commands) app.command(`/${def.name}`, track(commandListener(deps)));
  app.action(new RegExp(`^${CHOICE_ACTION_PREFIX.replace(/\./g, '\\.')}`), track(choiceListener(deps)));
  app.action(SHARE_ACTION_ID, track(shareListener(deps)));
  if (installations) {
    app.event('app_uninstalled', removalListener(installations, logger));
    app.event('tokens_revoked', removalListener(installations, logger));
  }
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, () => recordRateLimited('slack'));
  app.error(async (error) => {
    logger.error({ platform: 'slack', error: describeError(error) }, 'slack listener error');
  });

  // auth.test runs here (not as a floating promise in the constructor), so a bad token fails the start.
  await app.init();
  let server: Server | undefined;
  if (config.mode === 'socket') await app.start();
  else if (shared && options.http) {
    const listener: RequestListener = (req, res) => {
      try {
        shared.requestListener(req, res);
      } catch {
        // Bolt throws for what it does not serve (e.g. GET /slack/events).
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found\n');
      }
    };
    for (const path of oauth ? [SLACK_EVENTS_PATH, SLACK_INSTALL_PATH, SLACK_REDIRECT_PATH] : [SLACK_EVENTS_PATH]) options.http.mount(path, listener);
  } else server = await app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
  const port = server ? (server.address() as AddressInfo).port : undefined;
  logger.info({ platform: 'slack', mode: config.mode, ...(oauth ? { install: SLACK_INSTALL_PATH } : {}), ...(port !== undefined ? { port, path: SLACK_EVENTS_PATH } : {}), commands: dispatcher.commands.map((c) => c.name) }, 'slack adapter started');

  let stopped = false;
  return {
    ...(port !== undefined ? { port } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      const grace = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5000).unref());
      const disconnected = receiver ? Promise.race([receiver.client.disconnect(), grace()]) : undefined;
      const closing = shared ? Promise.resolve() : app.stop();
      server?.closeIdleConnections();
      await Promise.race([Promise.allSettled([...inFlight]), grace()]);
      server?.closeAllConnections();
      await closing;
      await disconnected;
    },
  };
}

const PINO_TO_BOLT: Readonly<Record<string, LogLevel>> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/** Bolt's and the Web API's own logs, through our logger; token-shaped strings are blanked first. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: 'slack', component: 'bolt' });
  const text = (parts: unknown[]): string =>
    scrubSecrets(parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : safeJson(p))).join(' '));
  return {
    debug: (...m) => child.debug(text(m)),
    info: (...m) => child.info(text(m)),
    warn: (...m) => child.warn(text(m)),
    error: (...m) => child.error(text(m)),
    // The level is ours (LETTERBOT_LOG_LEVEL), not Bolt's default.
    setLevel: () => undefined,
    getLevel: () => PINO_TO_BOLT[child.level] ?? LogLevel.ERROR,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
