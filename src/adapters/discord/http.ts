import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
} from 'discord.js';
import type { DiscordConfig } from '../../config';
import type { Dispatcher } from '../../core/dispatch';
import type { Logger } from '../../logger';
import { recordRateLimited, recordRejected } from '../../metrics';
import { interactionDeps } from './index';
import { describeError } from '../faults';
import { handleInteraction, type InteractionKind, type InteractionPort, type OutgoingMessage } from './interactions';
import { apiFacts } from './parse';
import { NO_MENTIONS } from './render';

/** Where Discord POSTs interactions (the "Interactions Endpoint URL" is `https://<host>/discord/interactions`). */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
/** Interaction payloads are a few kB; anything this large is not one. */
const BODY_LIMIT_BYTES = 1024 * 1024;
/** DER prefix of an Ed25519 SubjectPublicKeyInfo: Discord gives only the 32-byte key, in hex. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface DiscordHttpOptions {
  /** Needs `publicKey` and `appId`; `apiUrl` for a proxy or a local fake. */
  config: DiscordConfig;
  dispatcher: Dispatcher;
  logger: Logger;
  /** Platform-qualified ids (`discord:<user id>`) treated as managers (`config.alerts.admins`). */
  admins?: readonly string[];
  /** Platform-qualified ids of editors who may send alerts to every newsroom (`config.alerts.editors`). */
  editors?: readonly string[];
  /** Defer any answer not ready within this many ms (default 1,000); 0 defers every command first. */
  deferAfterMs?: number;
  buttonTtlMs?: number;
  now?: () => number;
}

export interface DiscordHttpHandle {
  /** The request listener for `POST /discord/interactions`. */
  listener(req: IncomingMessage, res: ServerResponse): void;
  /** Refuse new interactions (503), let answers in progress finish (≤ 5 s). */
  stop(): Promise<void>;
}

/** The application's public key (64 hex digits, as the Developer Portal shows it) as a key object. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('a Discord public key is 64 hex digits');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Discord's signature: Ed25519 over `timestamp + raw body`, hex in `X-Signature-Ed25519`. False for anything missing or malformed. */
export function verifyDiscordSignature(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signature || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

/**
 * Discord's HTTP interactions mode: each interaction arrives as a signed POST and its first answer is the HTTP
 * response (a reply, "thinking…", an update, autocomplete choices); anything later (the deferred answer,
 * follow-ups) goes to the interaction's webhook through the REST API. Nothing is kept between requests (a
 * button's id carries its whole action), so any instance behind a load balancer can answer any interaction.
 * Parsing, handling and rendering are the gateway's own (`interactions.ts`).
 */
export function createDiscordInteractions(options: DiscordHttpOptions): DiscordHttpHandle {
  const { config, logger } = options;
  if (!config.publicKey || !config.appId) throw new Error('Discord HTTP mode needs DISCORD_PUBLIC_KEY and DISCORD_APP_ID');
  const key = discordPublicKey(config.publicKey);
  const appId = config.appId;
  // Interaction webhooks need no bot token: the interaction's own token is in the route.
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) });
  rest.on('rateLimited', (info) => {
    recordRateLimited('discord');
    logger.warn({ platform: 'discord', route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord rate limited');
  });
  const deps = interactionDeps(options);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
    if (stopping) return send(res, 503, { error: 'shutting down' });
    const body = await readBody(req, BODY_LIMIT_BYTES);
    if (body === null) return send(res, 413, { error: 'request too large' });
    const signature = header(req, 'x-signature-ed25519');
    const timestamp = header(req, 'x-signature-timestamp');
    if (!verifyDiscordSignature(key, signature, timestamp, body)) {
      recordRejected('signature');
      return send(res, 401, { error: 'invalid request signature' });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      recordRejected('body');
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (interaction?.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    const kind = kindOf(interaction);
    if (!kind || typeof interaction.token !== 'string' || typeof interaction.id !== 'string') {
      recordRejected('type');
      return send(res, 400, { error: 'unsupported interaction type' });
    }
    const port = new HttpInteractionPort(interaction, kind, rest, appId);
    const run = handleInteraction(port, deps);
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    const first = await Promise.race([port.initial, run.then(() => null)]);
    if (!first) {
      // The handler gave no first answer (it always does, even an apology): never leave Discord waiting.
      logger.error({ platform: 'discord', requestId: interaction.id }, 'discord interaction got no response');
      return send(res, 500, { error: 'no response' });
    }
    send(res, 200, first, {}, () => port.flushed());
  };

  return {
    listener(req, res) {
      serve(req, res).catch((error: unknown) => {
        logger.error({ platform: 'discord', error: describeError(error) }, 'discord interactions endpoint failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      });
    },
    async stop() {
      stopping = true;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    },
  };
}

function kindOf(interaction: APIInteraction): InteractionKind | null {
  if (interaction?.type === InteractionType.ApplicationCommand) return interaction.data?.type === 1 ? 'command' : null;
  if (interaction?.type === InteractionType.ApplicationCommandAutocomplete) return 'autocomplete';
  if (interaction?.type === InteractionType.MessageComponent) return interaction.data?.component_type === ComponentType.Button ? 'button' : null;
  return null;
}

/** Our message in the API's words; mentions never parsed, whatever the message says. */
function apiMessage(message: OutgoingMessage, ephemeral = false): Record<string, unknown> {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.embeds !== undefined ? { embeds: message.embeds } : {}),
    ...(message.components !== undefined ? { components: message.components } : {}),
    allowed_mentions: { parse: [...NO_MENTIONS.parse] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * One HTTP interaction: the first answer resolves `initial` (the HTTP response); later ones wait until that
 * response has been written, then go to `/webhooks/{app}/{token}` (PATCH/DELETE `@original`, POST follow-ups).
 */
class HttpInteractionPort implements InteractionPort {
  readonly facts;
  readonly customId: string;
  readonly messageComponents: readonly APIMessageTopLevelComponent[];
  readonly initial: Promise<APIInteractionResponse>;
  deferred = false;
  replied = false;
  private answer!: (response: APIInteractionResponse) => void;
  private answered = false;
  private written!: () => void;
  private readonly writtenPromise: Promise<void>;

  constructor(
    private readonly interaction: APIInteraction,
    readonly kind: InteractionKind,
    private readonly rest: REST,
    private readonly appId: string,
  ) {
    this.facts = apiFacts(interaction);
    const isComponent = interaction.type === InteractionType.MessageComponent;
    this.customId = isComponent ? interaction.data.custom_id : '';
    this.messageComponents = isComponent ? (interaction.message?.components ?? []) : [];
    this.initial = new Promise((resolve) => (this.answer = resolve));
    this.writtenPromise = new Promise((resolve) => (this.written = resolve));
  }

  /** Called once the HTTP response is written: webhook calls may go now. */
  flushed(): void {
    this.written();
  }

  private first(response: APIInteractionResponse): void {
    if (this.answered) throw new Error('interaction already acknowledged');
    this.answered = true;
    this.answer(response);
  }

  private async webhook(): Promise<void> {
    if (!this.answered) throw new Error('interaction not acknowledged yet');
    await this.writtenPromise;
  }

  async reply(message: OutgoingMessage, ephemeral: boolean): Promise<void> {
    this.first({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(message, ephemeral) });
    this.replied = true;
  }

  async deferReply(): Promise<void> {
    this.first({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    this.deferred = true;
  }

  async deferUpdate(): Promise<void> {
    this.first({ type: InteractionResponseType.DeferredMessageUpdate });
    this.deferred = true;
  }

  async update(message: OutgoingMessage): Promise<void> {
    this.first({ type: InteractionResponseType.UpdateMessage, data: apiMessage(message) });
    this.replied = true;
  }

  async respond(choices: { name: string; value: string }[]): Promise<void> {
    this.first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    this.replied = true;
  }

  async editReply(message: OutgoingMessage): Promise<void> {
    await this.webhook();
    await this.rest.patch(Routes.webhookMessage(this.appId, this.interaction.token, '@original'), { body: apiMessage(message), auth: false });
    this.replied = true;
  }

  async deleteReply(): Promise<void> {
    await this.webhook();
    await this.rest.delete(Routes.webhookMessage(this.appId, this.interaction.token, '@original'), { auth: false });
  }

  async followUp(message: OutgoingMessage, ephemeral: boolean): Promise<void> {
    await this.webhook();
    await this.rest.post(Routes.webhook(this.appId, this.interaction.token), { body: apiMessage(message, ephemeral), auth: false });
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The raw body (the signature covers its exact bytes), or null when it exceeds `limit`. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    // Read to the end even when too large, so the answer can still be written on this connection.
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) return null;
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, done?: () => void): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text, done);
}
