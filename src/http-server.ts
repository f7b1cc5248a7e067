import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Dispatcher } from './core/dispatch';
import type { Logger } from './logger';
import { collectProcessMetrics, metrics, registry } from './metrics';

/** Named checks for `/readyz`: each true when that part is ready (e.g. `{ discord: true, database: false }`). */
export type ReadinessChecks = Record<string, boolean>;

/** Where adapters mount their HTTP routes on the shared server (`/discord/interactions`, `/slack/events`). */
export interface HttpRoutes {
  /** Serve `path` (exact match, any method) with `listener`. */
  mount(path: string, listener: RequestListener): void;
}

export interface HttpHandle extends HttpRoutes {
  /** The port actually listened on (useful with port 0). */
  port: number;
  /** Whether Discord interactions are served here (HTTP mode). */
  discordInteractions: boolean;
  /** Requests received and not yet answered. */
  inProgress(): number;
  /**
   * Graceful stop (SIGTERM): stop accepting connections (`/readyz` turns 503 at once), let the requests in
   * progress finish and be answered (≤ `drainMs`, default 10 s), then Discord's follow-ups (≤ 5 s), then close
   * whatever is left.
   */
  stop(): Promise<void>;
}

export interface StartHttpOptions {
  config: Pick<Config, 'http' | 'discord'>;
  dispatcher: Dispatcher;
  logger: Logger;
  /**
   * The app's own readiness checks (platforms connected, database reachable…), merged with the server's
   * (`data`, `http_routes`). Any false (or a throw) makes `/readyz` answer 503.
   */
  ready?: () => ReadinessChecks | Promise<ReadinessChecks>;
  /** Platform-qualified ids treated as managers (`config.alerts.admins`). */
  admins?: readonly string[];
  /** Platform-qualified ids of editors who may send alerts to every newsroom (`config.alerts.editors`). */
  editors?: readonly string[];
  /** Interface to listen on (default: all). Tests pass 127.0.0.1. */
  host?: string;
  /** Discord HTTP mode knobs (tests): defer after this many ms; clock for button expiry. */
  discord?: { deferAfterMs?: number; now?: () => number };
  /** On stop, how long requests in progress get to be answered (default 10 s). */
  drainMs?: number;
  /** `/readyz` counts the app's checks as failed when they take longer than this (default 2 s). */
  readyTimeoutMs?: number;
}

/** Requests in progress get this long to be answered on stop; load balancers commonly wait 30 s after SIGTERM. */
export const DEFAULT_DRAIN_MS = 10_000;
const DEFAULT_READY_TIMEOUT_MS = 2000;

/**
 * The one HTTP server, when `config.http` asks for one: `/healthz` (the process answers), `/readyz` (data
 * loaded, routes mounted, and the app's checks), `/metrics` (Prometheus text) and the adapters' routes:
 * `/discord/interactions` in Discord HTTP mode (mounted here), `/slack/events` (mounted by the Slack adapter).
 * Null when no server is configured.
 */
export async function startHttp(options: StartHttpOptions): Promise<HttpHandle | null> {
  const { config, dispatcher, logger } = options;
  const http = config.http;
  if (!http) return null;
  collectProcessMetrics();
  const routes = new Map<string, RequestListener>();
  let stopDiscord: (() => Promise<void>) | undefined;
  if (config.discord?.publicKey) {
    // Loaded only in Discord HTTP mode: it pulls in discord.js (~25 MB resident), which a Slack-only bot never needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only in Discord HTTP mode
    const { createDiscordInteractions, DISCORD_INTERACTIONS_PATH } = require('./adapters/discord/http') as typeof import('./adapters/discord/http');
    const discord = createDiscordInteractions({
      config: config.discord,
      dispatcher,
      logger,
      ...(options.admins ? { admins: options.admins } : {}),
      ...(options.editors ? { editors: options.editors } : {}),
      ...(options.discord?.deferAfterMs !== undefined ? { deferAfterMs: options.discord.deferAfterMs } : {}),
      ...(options.discord?.now ? { now: options.discord.now } : {}),
    });
    routes.set(DISCORD_INTERACTIONS_PATH, discord.listener);
    stopDiscord = () => discord.stop();
  }

  let stopping = false;
  const readiness = async (): Promise<ReadinessChecks> => {
    // Not listening any more (stopping): the load balancer must send new traffic elsewhere.
    const own: ReadinessChecks = { data: dispatcher.facts.data.signatories.length > 0, http_routes: server.listening && !stopping };
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return { ...own, ...((await Promise.race([Promise.resolve().then(() => options.ready?.()), late])) ?? {}) };
    } catch (error) {
      logger.warn({ error: (error as Error).message }, 'readiness check failed');
      return { ...own, checks: false };
    } finally {
      clearTimeout(timer);
    }
  };

  // Requests not yet answered: a graceful stop waits for them.
  let active = 0;
  let drained: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    active += 1;
    metrics.httpInProgress.inc();
    res.once('close', () => {
      active -= 1;
      metrics.httpInProgress.dec();
      if (active === 0) drained?.();
    });
    // While stopping, answer but close the connection after, so keep-alive clients reconnect elsewhere.
    if (stopping) res.shouldKeepAlive = false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const mounted = routes.get(path);
    if (mounted) return void mounted(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 404, 'not found\n');
    if (path === '/healthz') return text(res, 200, 'ok\n');
    if (path === '/readyz') {
      void readiness().then((checks) => {
        const ready = Object.values(checks).every(Boolean);
        json(res, ready ? 200 : 503, { ready, checks });
      });
      return;
    }
    if (path === '/metrics') {
      registry.metrics().then(
        (body) => text(res, 200, body, registry.contentType),
        (error: unknown) => {
          logger.error({ error: (error as Error).message }, 'metrics failed');
          text(res, 500, 'metrics failed\n');
        },
      );
      return;
    }
    text(res, 404, 'not found\n');
  });
  // A slow or idle client must not hold a request slot for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(http.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ error: error.message }, 'http server error'));
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, routes: ['/healthz', '/readyz', '/metrics', ...routes.keys()] }, 'http server listening');

  const drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
  let stopped = false;
  return {
    port,
    discordInteractions: stopDiscord !== undefined,
    inProgress: () => active,
    mount(path, listener) {
      routes.set(path, listener);
      logger.info({ port, path }, 'http route mounted');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (active > 0) {
        logger.info({ requests: active, drainMs }, 'http server draining');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, drainMs))),
        ]);
        clearTimeout(timer);
        if (active > 0) logger.warn({ requests: active }, 'http server: requests still open after the drain time, closing them');
      }
      // Answers already written; Discord's deferred answers and follow-ups go out through its webhook.
      await stopDiscord?.();
      server.closeAllConnections();
      await closing;
    },
  };
}

function text(res: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  text(res, status, `${JSON.stringify(body)}\n`, 'application/json');
}
