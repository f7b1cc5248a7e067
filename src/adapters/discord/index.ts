import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordConfig } from '../../config';
import type { Dispatcher } from '../../core/dispatch';
import type { Logger } from '../../logger';
import { recordRateLimited } from '../../metrics';
import { describeError } from '../faults';
import { createInteractionListener, type InteractionDeps } from './interactions';
import { NO_MENTIONS } from './render';

/** Discord allows 3 s for the first response; anything not answered within 1 s is deferred (see README "Discord"). */
export const DEFAULT_DEFER_AFTER_MS = 1000;
/** Buttons (pages, "did you mean") stop working 15 minutes after they were shown. */
export const BUTTON_TTL_MS = 15 * 60 * 1000;

export interface StartDiscordOptions {
  config: DiscordConfig;
  dispatcher: Dispatcher;
  logger: Logger;
  /** Defer any answer not ready within this many ms (default 1,000); 0 defers every command first. */
  deferAfterMs?: number;
  /** Lifetime of buttons (default 15 minutes). */
  buttonTtlMs?: number;
  /** Platform-qualified ids (`discord:<user id>`) treated as managers besides those with Manage Channels (`config.alerts.admins`). */
  admins?: readonly string[];
  /** Platform-qualified ids of editors who may send alerts to every newsroom (`config.alerts.editors`). */
  editors?: readonly string[];
  /** Clock for button expiry (tests). */
  now?: () => number;
}

/** What both transports (gateway, HTTP) hand the one interaction handler: knobs with their defaults, operator grants. Nothing per interaction is kept. */
export function interactionDeps(
  options: Pick<StartDiscordOptions, 'dispatcher' | 'logger' | 'deferAfterMs' | 'buttonTtlMs' | 'admins' | 'editors' | 'now'>,
): InteractionDeps {
  const now = options.now ?? Date.now;
  const buttonTtlMs = options.buttonTtlMs ?? BUTTON_TTL_MS;
  return {
    dispatcher: options.dispatcher,
    logger: options.logger,
    grants: { admins: new Set(options.admins ?? []), editors: new Set(options.editors ?? []) },
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    buttonTtlMs,
    now,
  };
}

export interface DiscordHandle {
  client: Client;
  /** Stop taking interactions, let answers in progress finish (≤ 5 s), disconnect. */
  stop(): Promise<void>;
}

/**
 * Serve every command of `dispatcher.commands` on Discord: a discord.js client with the Guilds intent only
 * (slash commands need no privileged intent), no mention ever parsed, one `interactionCreate` listener.
 * Resolves once the gateway session is ready; rejects (with no token in the message) if login fails.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordHandle> {
  const { config, dispatcher, logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const listener = createInteractionListener(interactionDeps(options));
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const run = listener(interaction).catch((error: unknown) => {
      logger.error({ platform: 'discord', error: describeError(error) }, 'discord listener failed');
    });
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });
  client.on(Events.Error, (error) => logger.error({ platform: 'discord', error: describeError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ platform: 'discord' }, message));
  client.rest.on('rateLimited', (info) => {
    recordRateLimited('discord');
    logger.warn({ platform: 'discord', route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord rate limited');
  });

  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // awaited below; a failed login must not leave an unhandled rejection
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new Error(`discord login failed: ${describeError(error).message as string}`, { cause: error });
  }
  logger.info({ platform: 'discord', user: client.user?.tag, guilds: client.guilds.cache.size, commands: dispatcher.commands.map((c) => c.name) }, 'discord adapter started');

  let stopped = false;
  return {
    client,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await client.destroy();
    },
  };
}
