/**
 * A fake Discord (REST API + gateway) for end-to-end tests, bound to 127.0.0.1 only.
 *
 * The REAL discord.js 14 `Client` connects to it:
 *   new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } })
 *   await client.login(fake.token)
 *
 * What discord.js does on login (checked against discord.js 14.28 / @discordjs/ws 1.2 /
 * @discordjs/rest 2.6): one REST call, `GET /api/v10/gateway/bot` (a 401 there becomes
 * `TokenInvalid`), then a WebSocket to `<url>?v=10&encoding=json` (no `compress` param
 * unless the optional `zlib-stream` package is installed; it is not). Gateway: HELLO →
 * IDENTIFY → READY → GUILD_CREATE; heartbeats (op 1 → op 11); RESUME (op 6) after a
 * RECONNECT (op 7) or an abnormal close. Frames are always sent as JSON text; discord.js
 * parses text frames as plain JSON even when it asked for compression.
 *
 * REST quirks mirrored from Discord:
 * - Interaction callbacks answer 204 unless `?with_response=true` (discord.js always sends
 *   `with_response=false` unless `withResponse: true` is passed), then 200 with an
 *   InteractionCallbackResponse `{ interaction, resource: { type, message? } }`.
 * - A second callback for the same interaction → 400 code 40060; a callback after the
 *   deadline (3 s, option `interactionDeadlineMs`) → 404 code 10062.
 * - A follow-up before any callback → 404 code 10015 (Unknown Webhook). The first
 *   follow-up after `deferReply` edits the deferred "thinking" message.
 * - 429s: discord.js waits on the `Retry-After` HEADER (not the body). Real Discord rounds
 *   that header up to whole seconds; `failNext` with a 429 and no explicit headers fills in
 *   `retry-after` with the body's `retry_after` verbatim (e.g. 0.2) to keep tests fast.
 * - Message limits are validated (content ≤ 2000 UTF-16 units, ≤ 10 embeds, embed field
 *   limits and 6000 total, ≤ 5 action rows of ≤ 5 buttons, custom_id ≤ 100, label ≤ 80,
 *   http(s) URLs, autocomplete ≤ 25 choices) with Discord's 50035 "Invalid Form Body".
 * - Every REST request except interaction callbacks / interaction webhooks needs
 *   `Authorization: Bot <token>`, otherwise 401.
 * - Unknown routes answer 404 `{ message: '404: Not Found', code: 0 }` and are listed in
 *   `unhandledRequests`.
 *
 * Not emulated: MESSAGE_* gateway events, gateway compression, ETF encoding, sharding.
 * Destroy your discord.js clients BEFORE `close()`, or they will keep reconnecting.
 */
import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIAuthorizingIntegrationOwnersMap,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIEmbed,
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageTopLevelComponent,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type UserFlags,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';

/* ------------------------------------------------------------------ constants */

/** Fixed, realistic-looking snowflakes (17-19 digits: @discordjs/rest parses them for buckets). */
export const FAKE_APPLICATION_ID = '1346000000000000001';
export const FAKE_GUILD_ID = '1346000000000000002';
export const FAKE_CHANNEL_ID = '1346000000000000003';
export const FAKE_USER_ID = '1346000000000000004';
/** Deliberately not shaped like a real Discord token. */
export const FAKE_DISCORD_TOKEN = 'fake-token';
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;
/** Discord's initial-response deadline for interactions. */
export const DEFAULT_INTERACTION_DEADLINE_MS = 3_000;
/** Window in which `enforce_nonce` dedupes channel messages ("the past few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60 * 1000;

const DISCORD_EPOCH = 1_420_070_400_000n;
// Flag enums have no 0 member, so TS rejects a literal 0 without these casts.
const NO_USER_FLAGS = 0 as UserFlags;
const NO_CHANNEL_FLAGS = 0 as ChannelFlags;
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
const NO_MESSAGE_FLAGS = 0 as MessageFlags;
const IS_COMPONENTS_V2 = 1 << 15;
const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname;
const DEFAULT_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands;

/* ------------------------------------------------------------------ public types */

export interface FakeDiscordOptions {
  applicationId?: string;
  guildId?: string;
  /** The guild's text channel used by default for interactions. */
  channelId?: string;
  token?: string;
  /** HELLO heartbeat_interval. discord.js sends its first heartbeat after interval × random(). */
  heartbeatIntervalMs?: number;
  /** Callbacks later than this fail with 10062 Unknown interaction. 0 disables. Default 3000. */
  interactionDeadlineMs?: number;
  /** Allow GuildMembers / GuildPresences / MessageContent intents (else IDENTIFY is closed with 4014). */
  privilegedIntents?: boolean;
  guildLocale?: `${Locale}`;
}

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Route path after `/api[/vN]`, without query: e.g. `/channels/123/messages`. */
  path: string;
  /** Raw request URL (path + query). */
  url: string;
  /** API version from the URL (`10` for `/api/v10/...`), or null. */
  apiVersion: number | null;
  query: Record<string, string>;
  /** Lower-case header names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Parsed JSON; for multipart, the parsed `payload_json`; raw text if not JSON; null if empty. */
  body: unknown;
  rawBody: string;
  /** Files of a multipart request. */
  files: RecordedFile[];
  /** performance.now() when the request arrived. */
  at: number;
  /**
   * Date.now() when the request arrived: the wall clock the letterbot processes stamp their own times with, for
   * comparisons across processes (a monotonic reading is not comparable with another process's Date.now()).
   */
  wallAt: number;
  /** Status the fake answered with. */
  status: number;
  /** Body the fake answered with (undefined for 204). */
  response: unknown;
  /** True when the answer came from `failNext`. */
  injected: boolean;
  /** The TCP connection it came on (1, 2, … in order first seen): a connection belongs to one client process. */
  connection: number;
}

export interface RequestMatcher {
  method?: string;
  /** Prefix of `RecordedRequest.path`, e.g. `/webhooks/` or `/interactions/`. */
  pathPrefix?: string;
  /** Exact path or pattern tested against `RecordedRequest.path`. */
  path?: string | RegExp;
}
export type RequestPredicate = (request: RecordedRequest) => boolean;

export interface FaultResponse {
  status: number;
  /** JSON body (object) or raw text. */
  body?: object | string;
  headers?: Record<string, string>;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  /** performance.now() when received. */
  at: number;
}

/** When a request arrived, on both clocks. */
interface Arrival {
  at: number;
  wallAt: number;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** performance.now() right before the INTERACTION_CREATE frame was written. */
  sentAt: number;
}

export interface PostInteractionOptions {
  /** Sign as Discord does with this Ed25519 private key (the app holds its public half). */
  signWith?: KeyObject;
  /** Send exactly this `X-Signature-Ed25519` (null: leave the header out). Overrides `signWith`. */
  signature?: string | null;
  /** `X-Signature-Timestamp` (default: now, in seconds). */
  timestamp?: string;
}

export interface HttpDelivery {
  id: string;
  /** HTTP status the app answered. */
  status: number;
  /** The app's answer (parsed JSON, else text). */
  body: unknown;
  /** performance.now() before the POST and when the answer was read. */
  sentAt: number;
  answeredAt: number;
  /** Status of the answer taken as the initial callback (204 accepted, 4xx refused); null if not taken. */
  callbackStatus: number | null;
  /** Discord's error body when the answer was refused. */
  callbackError: unknown;
}

export interface InteractionStatus {
  id: string;
  acknowledged: boolean;
  /** InteractionResponseType of the initial callback, or null. */
  callbackType: InteractionResponseType | null;
  /** True if the deadline passed before any callback. */
  expired: boolean;
  /** Choices answered to an autocomplete interaction. */
  choices: unknown[] | null;
  /** Modal data answered (callback type 9). */
  modal: unknown;
}

export type OptionValue = string | number | boolean;
/** Raw API options, or a `{ name: value }` shorthand (string → 3, integer → 4, other number → 10, boolean → 5). */
export type OptionsInput = APIApplicationCommandInteractionDataOption[] | Record<string, OptionValue>;

export interface InteractionUserOptions {
  userId?: string;
  username?: string;
  /** The user's client locale, e.g. 'en-US' or 'fr'. Default 'en-US'. */
  locale?: `${Locale}`;
  guildLocale?: `${Locale}`;
  /** member.permissions (guild) — string or bigint bitfield. */
  memberPermissions?: string | bigint;
  appPermissions?: string | bigint;
  /** Default true; false = the bot's DM (no guild_id/member, top-level `user`). */
  guild?: boolean;
  /** Guild text channel (default: the fake's channel). Ignored in DMs. */
  channelId?: string;
}

export interface ChatInputOptions extends InteractionUserOptions {
  name: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  /** Default: the id of the registered command of that name, else a stable fake id. */
  commandId?: string;
}

export interface AutocompleteOptions extends ChatInputOptions {
  options: OptionsInput;
  /** With the shorthand options: which option is focused (default: the last one). */
  focused?: string;
}

export interface ButtonOptions extends InteractionUserOptions {
  customId: string;
  /** A message stored by the fake (e.g. an earlier bot reply) or an id for a synthesised one. */
  messageId?: string;
  /** Use this message verbatim as `interaction.message`. */
  message?: APIMessage;
}

/* ------------------------------------------------------------------ helpers */

type Obj = Record<string, unknown>;
interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Ctx {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
}
interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handle: (ctx: Ctx, params: string[]) => RouteResult;
}

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => structuredClone(value);
const apiError = (status: number, code: number, message: string): RouteResult => ({ status, body: { message, code } });

let snowflakeIncrement = 0n;
/** A realistic snowflake for "now" (19 digits). */
export function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

function stableSnowflake(seed: string): string {
  const n = BigInt('0x' + createHash('sha1').update(seed).digest('hex').slice(0, 15)) % 1_000_000_000n;
  return '1346000000' + n.toString().padStart(9, '0');
}

function permissionString(value: string | bigint | undefined, fallback: bigint): string {
  if (value === undefined) return fallback.toString();
  return typeof value === 'bigint' ? value.toString() : value;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function parseMultipart(raw: Buffer, contentType: string): { body: unknown; files: RecordedFile[] } {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return { body: raw.toString('utf8'), files: [] };
  const text = raw.toString('latin1');
  const files: RecordedFile[] = [];
  let body: unknown = null;
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const partType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
    if (filename !== undefined) {
      files.push({ field: name, filename, contentType: partType, size: Buffer.byteLength(content, 'latin1') });
    } else if (name === 'payload_json') {
      const json = Buffer.from(content, 'latin1').toString('utf8');
      try {
        body = JSON.parse(json) as unknown;
      } catch {
        body = json;
      }
    }
  }
  return { body, files };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isHttpUrl(value: unknown, allowAttachment = false): boolean {
  if (typeof value !== 'string') return false;
  if (allowAttachment && value.startsWith('attachment://')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Collects Discord-style form errors: `{ errors: { content: { _errors: [{ code, message }] } } }`. */
class FormErrors {
  private readonly tree: Obj = {};
  private count = 0;

  add(path: (string | number)[], code: string, message: string): void {
    let node = this.tree;
    for (const part of path) {
      const key = String(part);
      const existing = node[key];
      const next = isObj(existing) ? existing : {};
      node[key] = next;
      node = next;
    }
    const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
    list.push({ code, message });
    node._errors = list;
    this.count += 1;
  }

  maxLength(path: (string | number)[], value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  result(): RouteResult | null {
    return this.count === 0
      ? null
      : { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: this.tree } };
  }
}

function validateEmbeds(embeds: unknown, errors: FormErrors): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (embeds.length > 10) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  const len = (v: unknown): number => (typeof v === 'string' ? v.length : 0);
  embeds.forEach((embed: unknown, i) => {
    if (!isObj(embed)) {
      errors.add(['embeds', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    errors.maxLength(['embeds', i, 'title'], embed.title, 256);
    errors.maxLength(['embeds', i, 'description'], embed.description, 4096);
    total += len(embed.title) + len(embed.description);
    if (embed.url !== undefined && !isHttpUrl(embed.url)) {
      errors.add(['embeds', i, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    }
    if (embed.color !== undefined && embed.color !== null) {
      const c = embed.color;
      if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0xffffff) {
        errors.add(['embeds', i, 'color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
      }
    }
    for (const key of ['image', 'thumbnail'] as const) {
      const media = embed[key];
      if (isObj(media) && !isHttpUrl(media.url, true)) {
        errors.add(['embeds', i, key, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
      }
    }
    if (isObj(embed.author)) {
      errors.maxLength(['embeds', i, 'author', 'name'], embed.author.name, 256);
      total += len(embed.author.name);
      if (embed.author.url !== undefined && !isHttpUrl(embed.author.url)) {
        errors.add(['embeds', i, 'author', 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
      }
    }
    if (isObj(embed.footer)) {
      errors.maxLength(['embeds', i, 'footer', 'text'], embed.footer.text, 2048);
      total += len(embed.footer.text);
    }
    if (embed.fields !== undefined) {
      if (!Array.isArray(embed.fields)) {
        errors.add(['embeds', i, 'fields'], 'BASE_TYPE_ARRAY', 'Must be an array.');
      } else {
        if (embed.fields.length > 25) {
          errors.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        }
        embed.fields.forEach((field: unknown, j) => {
          const f = isObj(field) ? field : {};
          for (const [key, max] of [
            ['name', 256],
            ['value', 1024],
          ] as const) {
            if (typeof f[key] !== 'string' || f[key] === '') {
              errors.add(['embeds', i, 'fields', j, key], 'BASE_TYPE_REQUIRED', 'This field is required');
            } else errors.maxLength(['embeds', i, 'fields', j, key], f[key], max);
          }
          total += len(f.name) + len(f.value);
        });
      }
    }
  });
  if (total > 6000) errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function validateComponents(components: unknown, flags: number, errors: FormErrors): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if ((flags & IS_COMPONENTS_V2) !== 0) return; // Components V2 layouts are not validated.
  if (components.length > 5) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const seen = new Set<string>();
  components.forEach((row: unknown, i) => {
    if (!isObj(row) || row.type !== ComponentType.ActionRow || !Array.isArray(row.components)) {
      errors.add(['components', i], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = row.components as unknown[];
    if (children.length < 1 || children.length > 5) {
      errors.add(['components', i, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    }
    const hasSelect = children.some((c) => isObj(c) && c.type !== ComponentType.Button);
    if (hasSelect && children.length > 1) {
      errors.add(['components', i, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
    }
    children.forEach((child: unknown, j) => {
      const path = ['components', i, 'components', j];
      if (!isObj(child)) {
        errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
        return;
      }
      const needsCustomId = !(child.type === ComponentType.Button && (child.style === ButtonStyle.Link || child.style === ButtonStyle.Premium));
      if (child.type === ComponentType.Button) {
        if (typeof child.style !== 'number' || child.style < 1 || child.style > 6) {
          errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
        }
        errors.maxLength([...path, 'label'], child.label, 80);
        if (child.style === ButtonStyle.Link && !isHttpUrl(child.url)) {
          errors.add([...path, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
        }
        if (child.style === ButtonStyle.Link && child.custom_id !== undefined) {
          errors.add([...path, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A custom id cannot be specified for this component type');
        }
      } else if (child.type === ComponentType.StringSelect) {
        const options = Array.isArray(child.options) ? child.options : [];
        if (options.length < 1 || options.length > 25) {
          errors.add([...path, 'options'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
        }
        options.forEach((opt: unknown, k) => {
          const o = isObj(opt) ? opt : {};
          errors.maxLength([...path, 'options', k, 'label'], o.label, 100);
          errors.maxLength([...path, 'options', k, 'value'], o.value, 100);
        });
        errors.maxLength([...path, 'placeholder'], child.placeholder, 150);
      }
      if (needsCustomId) {
        if (typeof child.custom_id !== 'string' || child.custom_id === '') {
          errors.add([...path, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
        } else {
          errors.maxLength([...path, 'custom_id'], child.custom_id, 100);
          if (seen.has(child.custom_id)) {
            errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
          }
          seen.add(child.custom_id);
        }
      }
    });
  });
}

/** Validates a message create/edit payload. Returns an error result or null. */
function validateMessagePayload(body: Obj, files: RecordedFile[], mode: 'create' | 'edit'): RouteResult | null {
  const errors = new FormErrors();
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== 'string') errors.add(['content'], 'BASE_TYPE_STRING', 'Must be a string.');
    else errors.maxLength(['content'], body.content, 2000);
  }
  validateEmbeds(body.embeds, errors);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  validateComponents(body.components, flags, errors);
  if (body.nonce !== undefined && body.nonce !== null) {
    if (typeof body.nonce === 'string') errors.maxLength(['nonce'], body.nonce, 25);
    else if (typeof body.nonce !== 'number' || !Number.isInteger(body.nonce)) {
      errors.add(['nonce'], 'BASE_TYPE_STRING', 'Must be a string or integer.');
    }
  }
  const invalid = errors.result();
  if (invalid) return invalid;
  if (mode === 'create') {
    const hasContent = typeof body.content === 'string' && body.content.trim() !== '';
    const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
    if (
      !hasContent &&
      !nonEmpty(body.embeds) &&
      !nonEmpty(body.components) &&
      !nonEmpty(body.sticker_ids) &&
      files.length === 0 &&
      !isObj(body.poll)
    ) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
  }
  return null;
}

function validateChoices(data: unknown): RouteResult | null {
  const errors = new FormErrors();
  const choices = isObj(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) {
    errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return errors.result();
  }
  if (choices.length > 25) errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((choice: unknown, i) => {
    const c = isObj(choice) ? choice : {};
    if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) {
      errors.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (typeof c.value === 'string') errors.maxLength(['data', 'choices', i, 'value'], c.value, 100);
    else if (typeof c.value !== 'number') errors.add(['data', 'choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
  return errors.result();
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommandOptions(options: unknown, path: (string | number)[], errors: FormErrors): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option: unknown, i) => {
    const o = isObj(option) ? option : {};
    const p = [...path, i];
    if (typeof o.name !== 'string' || !COMMAND_NAME.test(o.name) || o.name !== o.name.toLowerCase()) {
      errors.add([...p, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    } else if (names.has(o.name)) {
      errors.add([...p, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Command option names must be unique');
    } else names.add(o.name);
    if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) {
      errors.add([...p, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const isSub = o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup;
    if (isSub) validateCommandOptions(o.options, [...p, 'options'], errors);
    else if (o.required === true) {
      if (sawOptional) {
        errors.add([...p, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      }
    } else sawOptional = true;
    if (Array.isArray(o.choices)) {
      if (o.choices.length > 25) errors.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (o.autocomplete === true) {
        errors.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE', 'Autocomplete cannot be enabled with choices');
      }
    }
  });
}

function validateCommand(command: unknown, path: (string | number)[], errors: FormErrors): void {
  if (!isObj(command)) {
    errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const type = command.type ?? ApplicationCommandType.ChatInput;
  const name = command.name;
  if (type === ApplicationCommandType.ChatInput) {
    if (typeof name !== 'string' || !COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const d = command.description;
    if (typeof d !== 'string' || d.length < 1 || d.length > 100) {
      errors.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    validateCommandOptions(command.options, [...path, 'options'], errors);
  } else if (typeof name !== 'string' || name.length < 1 || name.length > 32) {
    errors.add([...path, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  }
}

function buildOptions(
  input: OptionsInput | undefined,
  focus: { name: string | undefined } | null,
): APIApplicationCommandInteractionDataOption[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return clone(input);
  const entries = Object.entries(input);
  const focusName = focus ? (focus.name ?? entries[entries.length - 1]?.[0]) : undefined;
  return entries.map(([name, value]): APIApplicationCommandInteractionDataOption => {
    const isFocused = focusName !== undefined && name === focusName;
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
      return isFocused ? { name, type, value, focused: true } : { name, type, value };
    }
    return isFocused
      ? { name, type: ApplicationCommandOptionType.String, value, focused: true }
      : { name, type: ApplicationCommandOptionType.String, value };
  });
}

function wrapSubcommand(
  options: APIApplicationCommandInteractionDataOption[],
  subcommand: string | undefined,
  group: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  if (subcommand === undefined) return options;
  const sub = {
    name: subcommand,
    type: ApplicationCommandOptionType.Subcommand as const,
    options: options as Extract<APIApplicationCommandInteractionDataOption, { value: unknown }>[],
  };
  if (group === undefined) return [sub];
  return [{ name: group, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] }];
}

/* ------------------------------------------------------------------ internal state */

interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string | null;
  guildId: string | null;
  user: APIUser;
  commandName: string | null;
  deadline: NodeJS.Timeout | null;
  expired: boolean;
  acknowledged: boolean;
  callbackType: InteractionResponseType | null;
  originalId: string | null;
  followUpIds: string[];
  componentMessageId: string | null;
  choices: unknown[] | null;
  modal: unknown;
  authorizingOwners: APIAuthorizingIntegrationOwnersMap;
}

interface GatewaySession {
  id: string;
  ws: WebSocket | null;
  seq: number;
  backlog: { s: number; frame: string }[];
  intents: number;
}

interface GatewayConnection {
  ws: WebSocket;
  session: GatewaySession | null;
}

interface Waiter {
  predicate: RequestPredicate;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/* ------------------------------------------------------------------ the fake */

export class FakeDiscord {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly token: string;
  /** Every REST request, in arrival order. Cleared in place by `clearRequests()`. */
  readonly requests: RecordedRequest[] = [];
  /** Requests that matched no route (answered 404 code 0). */
  readonly unhandledRequests: RecordedRequest[] = [];
  /** Every gateway frame received from clients. */
  readonly gatewayReceived: GatewayFrame[] = [];
  readonly botUser: APIUser;
  /** Every interaction POSTed by `postInteraction` (HTTP mode), with the app's answer. */
  readonly httpDeliveries: HttpDelivery[] = [];

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly port: number;
  private readonly heartbeatIntervalMs: number;
  private readonly deadlineMs: number;
  private readonly privilegedIntents: boolean;
  private readonly guildLocale: `${Locale}`;
  private readonly connections = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly readyWaiters: (() => void)[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly faults: { matcher: RequestMatcher; response: FaultResponse; remaining: number }[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly pendingHttp = new Map<string, Promise<void>>();
  private readonly messages = new Map<string, APIMessage>();
  private readonly channelMessageIds = new Map<string, string[]>();
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  private readonly httpConnections = new WeakMap<object, number>();
  private lastHttpConnection = 0;
  private readonly channels = new Map<string, APITextChannel>();
  private readonly dmChannels = new Map<string, APIDMChannel>();
  private readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly routes: Route[];
  /**
   * Time each message post (`POST /channels/:id/messages`) takes before it is answered, as a real API's round trip
   * would: for the fan-out benchmark. 0 (default) answers at once. The request's arrival time is recorded as before.
   */
  postLatencyMs = 0;
  /** Message posts still waiting out `postLatencyMs`: close() drops them (their connections are ended). */
  private readonly heldPosts = new Set<NodeJS.Timeout>();
  private readyCount = 0;
  private identifies = 0;
  private resumes = 0;
  private heartbeats = 0;
  private closed = false;

  private constructor(server: Server, options: FakeDiscordOptions) {
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    this.applicationId = options.applicationId ?? FAKE_APPLICATION_ID;
    this.guildId = options.guildId ?? FAKE_GUILD_ID;
    this.channelId = options.channelId ?? FAKE_CHANNEL_ID;
    this.token = options.token ?? FAKE_DISCORD_TOKEN;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
    this.deadlineMs = options.interactionDeadlineMs ?? DEFAULT_INTERACTION_DEADLINE_MS;
    this.privilegedIntents = options.privilegedIntents ?? false;
    this.guildLocale = options.guildLocale ?? Locale.EnglishUS;
    this.botUser = {
      id: this.applicationId,
      username: 'letterbot-fake',
      discriminator: '4242',
      global_name: null,
      avatar: null,
      bot: true,
      public_flags: NO_USER_FLAGS,
      flags: NO_USER_FLAGS,
    };
    this.addChannel({ id: this.channelId, name: 'general' });
    this.routes = this.buildRoutes();
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.onRequest(req, res));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new FakeDiscord(server, options);
  }

  /** Base URL to pass as `rest.api` (discord.js appends `/v10/...`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Number of IDENTIFYs accepted so far. */
  get identifyCount(): number {
    return this.identifies;
  }

  /** Number of RESUMEs accepted so far. */
  get resumeCount(): number {
    return this.resumes;
  }

  /** Heartbeats (op 1) received so far; each one was ACKed. */
  get heartbeatsReceived(): number {
    return this.heartbeats;
  }

  /* ---------------------------------------------------------------- gateway */

  /** Resolves once a client has IDENTIFIED and been sent READY + GUILD_CREATE (immediately if one has). */
  waitForReady(timeoutMs = 5000): Promise<void> {
    if (this.readyCount > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.readyWaiters.indexOf(done);
        if (i >= 0) this.readyWaiters.splice(i, 1);
        reject(new Error(`FakeDiscord: no client became ready within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.readyWaiters.push(done);
    });
  }

  /** Dispatches INTERACTION_CREATE to every live gateway session. Throws if there is none. */
  sendInteraction(payload: object): SentInteraction {
    const state = this.registerInteraction(payload, 'FakeDiscord.sendInteraction');
    const sentAt = performance.now();
    const delivered = this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    if (delivered === 0) throw new Error('FakeDiscord.sendInteraction: no gateway session to deliver to');
    this.startDeadline(state);
    return { id: state.id, token: state.token, sentAt };
  }

  /**
   * Discord's HTTP interactions mode: POSTs the interaction to `url` (the app's Interactions Endpoint URL),
   * signed as Discord signs it (Ed25519 over `X-Signature-Timestamp` + body, hex in `X-Signature-Ed25519`)
   * with `signWith`, or with the given `signature` (null: no signature header). A 200 JSON answer within the
   * deadline is taken as the interaction's initial callback, validated like a REST callback, so webhook
   * edits and follow-ups work afterwards; a later answer leaves the interaction expired.
   */
  async postInteraction(url: string, payload: object, options: PostInteractionOptions = {}): Promise<HttpDelivery> {
    const p = payload as Obj;
    const isPing = p.type === InteractionType.Ping;
    const state = isPing ? null : this.registerInteraction(payload, 'FakeDiscord.postInteraction');
    const body = Buffer.from(JSON.stringify(payload), 'utf8');
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signature =
      options.signature !== undefined
        ? options.signature
        : options.signWith
          ? sign(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), options.signWith).toString('hex')
          : null;
    let release = (): void => undefined;
    if (state) this.pendingHttp.set(state.token, new Promise<void>((resolve) => (release = resolve)));
    const sentAt = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
          'x-signature-timestamp': timestamp,
          ...(signature !== null ? { 'x-signature-ed25519': signature } : {}),
        },
        body,
      });
      const text = await response.text();
      const answeredAt = performance.now();
      let json: unknown = text;
      try {
        json = JSON.parse(text) as unknown;
      } catch {
        // left as text
      }
      const delivery: HttpDelivery = { id: typeof p.id === 'string' ? p.id : '', status: response.status, body: json, sentAt, answeredAt, callbackStatus: null, callbackError: null };
      if (state && response.status === 200 && isObj(json)) {
        if (this.deadlineMs > 0 && answeredAt - sentAt > this.deadlineMs) state.expired = true;
        const result = this.interactionCallback({ method: 'POST', path: '', query: {}, headers: {}, body: json, files: [] }, state.id, state.token);
        delivery.callbackStatus = result.status;
        if (result.status >= 400) delivery.callbackError = result.body ?? null;
      }
      this.httpDeliveries.push(delivery);
      return delivery;
    } finally {
      if (state) this.pendingHttp.delete(state.token);
      release();
    }
  }

  private registerInteraction(payload: object, who: string): InteractionState {
    const p = payload as Obj;
    const id = typeof p.id === 'string' ? p.id : undefined;
    const token = typeof p.token === 'string' ? p.token : undefined;
    if (!id || !token || typeof p.type !== 'number') {
      throw new Error(`${who}: payload needs string id, string token and numeric type`);
    }
    const member = isObj(p.member) ? p.member : undefined;
    const user = (isObj(p.user) ? p.user : isObj(member?.user) ? member.user : this.botUser) as APIUser;
    const data = isObj(p.data) ? p.data : {};
    const message = isObj(p.message) ? (p.message as unknown as APIMessage) : null;
    if (message && !this.messages.has(message.id)) this.messages.set(message.id, clone(message));
    const state: InteractionState = {
      id,
      token,
      type: p.type,
      channelId: isObj(p.channel) && typeof p.channel.id === 'string' ? p.channel.id : typeof p.channel_id === 'string' ? p.channel_id : null,
      guildId: typeof p.guild_id === 'string' ? p.guild_id : null,
      user,
      commandName: typeof data.name === 'string' ? data.name : null,
      deadline: null,
      expired: false,
      acknowledged: false,
      callbackType: null,
      originalId: null,
      followUpIds: [],
      componentMessageId: message?.id ?? null,
      choices: null,
      modal: null,
      authorizingOwners: isObj(p.authorizing_integration_owners)
        ? p.authorizing_integration_owners
        : {},
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    return state;
  }

  private startDeadline(state: InteractionState): void {
    if (this.deadlineMs > 0 && state.type !== InteractionType.Ping) {
      state.deadline = setTimeout(() => {
        state.deadline = null;
        if (!state.acknowledged) state.expired = true;
      }, this.deadlineMs);
      state.deadline.unref();
    }
  }

  /** Sends op 7 RECONNECT: discord.js closes (4200), reconnects to resume_gateway_url and RESUMEs. */
  requestReconnect(): void {
    for (const conn of this.connections) {
      if (conn.session) this.sendFrame(conn.ws, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
    }
  }

  /** Closes every gateway socket with `code` (1000/1001 also invalidate the sessions). */
  dropConnections(code = 4000, reason = 'fake-discord dropped the connection'): void {
    for (const conn of this.connections) conn.ws.close(code, reason);
  }

  /* ---------------------------------------------------------------- interaction builders */

  chatInput(options: ChatInputOptions): APIChatInputApplicationCommandInteraction {
    const command = this.findCommand(options.name, options.guild !== false);
    const data: APIChatInputApplicationCommandInteraction['data'] = {
      id: options.commandId ?? command?.id ?? stableSnowflake(`command:${options.name}`),
      name: options.name,
      type: ApplicationCommandType.ChatInput,
      options: wrapSubcommand(buildOptions(options.options, null), options.subcommand, options.subcommandGroup),
    };
    if (command?.guild_id) data.guild_id = command.guild_id;
    return { ...this.baseInteraction(options), type: InteractionType.ApplicationCommand, data };
  }

  autocomplete(options: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
    const command = this.findCommand(options.name, options.guild !== false);
    const built = buildOptions(options.options, { name: options.focused });
    const data: APIApplicationCommandAutocompleteInteraction['data'] = {
      id: options.commandId ?? command?.id ?? stableSnowflake(`command:${options.name}`),
      name: options.name,
      type: ApplicationCommandType.ChatInput,
      options: wrapSubcommand(built, options.subcommand, options.subcommandGroup),
    };
    if (command?.guild_id) data.guild_id = command.guild_id;
    return { ...this.baseInteraction(options), type: InteractionType.ApplicationCommandAutocomplete, data };
  }

  button(options: ButtonOptions): APIMessageComponentButtonInteraction {
    const base = this.baseInteraction(options);
    const stored = options.messageId !== undefined ? this.messages.get(options.messageId) : undefined;
    const message: APIMessage =
      options.message !== undefined
        ? clone(options.message)
        : stored !== undefined
          ? clone(stored)
          : this.makeMessage(base.channel.id, {
              id: options.messageId,
              content: 'Earlier bot message',
              components: [
                {
                  type: ComponentType.ActionRow,
                  components: [
                    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: options.customId, label: 'Button' },
                  ],
                },
              ],
            });
    return {
      ...base,
      type: InteractionType.MessageComponent,
      data: { custom_id: options.customId, component_type: ComponentType.Button },
      message,
    };
  }

  /* ---------------------------------------------------------------- requests */

  /** Resolves with the first recorded request matching (already recorded or future). */
  waitForRequest(match: RequestPredicate | RequestMatcher, timeoutMs = 5000): Promise<RecordedRequest> {
    const predicate = typeof match === 'function' ? match : matcherPredicate(match);
    const existing = this.requests.find(predicate);
    if (existing) return Promise.resolve(existing);
    if (this.closed) return Promise.reject(new Error('FakeDiscord is closed'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const seen = this.requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join('\n  ');
          reject(new Error(`FakeDiscord.waitForRequest: no match within ${timeoutMs} ms. Requests so far:\n  ${seen || '(none)'}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** The initial-response callback of an interaction (POST /interactions/:id/:token/callback). */
  waitForCallback(interactionId: string, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && r.path.endsWith('/callback'),
      timeoutMs,
    );
  }

  /** Empties `requests` and `unhandledRequests` (in place). */
  clearRequests(): void {
    this.requests.length = 0;
    this.unhandledRequests.length = 0;
  }

  /** The next `times` requests matching `matcher` get `response` instead of being handled. */
  failNext(matcher: RequestMatcher, response: FaultResponse, times = 1): void {
    this.faults.push({ matcher, response, remaining: times });
  }

  /* ---------------------------------------------------------------- state inspection */

  /** Messages currently in a channel, oldest first (ephemeral interaction replies excluded). */
  messagesIn(channelId: string): APIMessage[] {
    return (this.channelMessageIds.get(channelId) ?? []).flatMap((id) => {
      const m = this.messages.get(id);
      return m ? [clone(m)] : [];
    });
  }

  message(messageId: string): APIMessage | undefined {
    const m = this.messages.get(messageId);
    return m ? clone(m) : undefined;
  }

  /** The interaction's `@original` message (reply, deferred reply, or updated component message). */
  originalMessage(interactionId: string): APIMessage | undefined {
    const id = this.interactions.get(interactionId)?.originalId;
    return id ? this.message(id) : undefined;
  }

  followUpMessages(interactionId: string): APIMessage[] {
    const state = this.interactions.get(interactionId);
    return (state?.followUpIds ?? []).flatMap((id) => {
      const m = this.message(id);
      return m ? [m] : [];
    });
  }

  interactionStatus(interactionId: string): InteractionStatus | undefined {
    const s = this.interactions.get(interactionId);
    if (!s) return undefined;
    return {
      id: s.id,
      acknowledged: s.acknowledged,
      callbackType: s.callbackType,
      expired: s.expired,
      choices: s.choices ? clone(s.choices) : null,
      modal: clone(s.modal),
    };
  }

  /** Commands stored by PUT/POST: global when `guildId` is undefined. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return clone(this.commands.get(guildId ?? '') ?? []);
  }

  /** Adds a guild text channel (dispatching CHANNEL_CREATE to live sessions). Returns it. */
  addChannel(options: { id?: string; name?: string; topic?: string } = {}): APITextChannel {
    const channel: APITextChannel = {
      id: options.id ?? snowflake(),
      type: ChannelType.GuildText,
      guild_id: this.guildId,
      name: options.name ?? `channel-${this.channels.size + 1}`,
      position: this.channels.size,
      permission_overwrites: [],
      parent_id: null,
      topic: options.topic ?? null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      flags: NO_CHANNEL_FLAGS,
    };
    this.channels.set(channel.id, channel);
    if (this.sessions.size > 0) this.dispatch(GatewayDispatchEvents.ChannelCreate, channel);
    return clone(channel);
  }

  /* ---------------------------------------------------------------- lifecycle */

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('FakeDiscord closed'));
    }
    this.waiters.clear();
    for (const state of this.interactions.values()) {
      if (state.deadline) clearTimeout(state.deadline);
    }
    for (const timer of this.heldPosts) clearTimeout(timer);
    this.heldPosts.clear();
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  /* ================================================================ internals: gateway */

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    if (this.closed) {
      ws.terminate();
      return;
    }
    const conn: GatewayConnection = { ws, session: null };
    this.connections.add(conn);
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    ws.on('close', (code) => this.onDisconnect(conn, code));
    ws.on('error', () => undefined);
    if (query.get('v') !== null && query.get('v') !== '10') {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (query.get('encoding') !== null && query.get('encoding') !== 'json') {
      ws.close(GatewayCloseCodes.DecodeError, 'fake-discord only speaks encoding=json');
      return;
    }
    ws.on('message', (data: RawData) => this.onFrame(conn, data));
    this.sendFrame(ws, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private onDisconnect(conn: GatewayConnection, code: number): void {
    this.connections.delete(conn);
    const session = conn.session;
    if (!session || session.ws !== conn.ws) return;
    session.ws = null;
    // Discord invalidates the session on a normal close; other codes leave it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
  }

  private onFrame(conn: GatewayConnection, data: RawData): void {
    let payload: unknown;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text);
    } catch {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (!isObj(payload) || typeof payload.op !== 'number') {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.gatewayReceived.push({ op: payload.op, d: payload.d, at: performance.now() });
    const d = isObj(payload.d) ? payload.d : {};
    switch (payload.op as GatewayOpcodes) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats += 1;
        this.sendFrame(conn.ws, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!conn.session) conn.ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        conn.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: GatewayConnection, d: Obj): void {
    if (conn.session) {
      conn.ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (d.token !== this.token) {
      conn.ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : -1;
    if (intents < 0) {
      conn.ws.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if (!this.privilegedIntents && (intents & PRIVILEGED_INTENTS) !== 0) {
      conn.ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const shard = Array.isArray(d.shard) ? (d.shard as unknown[]) : [0, 1];
    if (shard[0] !== 0 || shard[1] !== 1) {
      conn.ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    this.identifies += 1;
    const session: GatewaySession = { id: randomBytes(16).toString('hex'), ws: conn.ws, seq: 0, backlog: [], intents };
    conn.session = session;
    this.sessions.set(session.id, session);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: {
        id: this.applicationId,
        flags: ApplicationFlags.ApplicationCommandBadge,
        flags_new: String(ApplicationFlags.ApplicationCommandBadge),
      },
    };
    this.dispatchTo(session, GatewayDispatchEvents.Ready, ready);
    this.dispatchTo(session, GatewayDispatchEvents.GuildCreate, this.guildCreatePayload());
    this.readyCount += 1;
    for (const done of this.readyWaiters.splice(0)) done();
  }

  private onResume(conn: GatewayConnection, d: Obj): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || d.token !== this.token) {
      this.sendFrame(conn.ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.ws && session.ws !== conn.ws && session.ws.readyState === WebSocket.OPEN) {
      session.ws.close(4000, 'Session resumed elsewhere');
    }
    session.ws = conn.ws;
    conn.session = session;
    this.resumes += 1;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    for (const entry of session.backlog) {
      if (entry.s > seq) conn.ws.send(entry.frame);
    }
    this.dispatchTo(session, GatewayDispatchEvents.Resumed, null);
  }

  private sendFrame(ws: WebSocket, payload: object): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  private dispatchTo(session: GatewaySession, t: string, d: unknown): boolean {
    session.seq += 1;
    const frame = JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
    session.backlog.push({ s: session.seq, frame });
    if (session.backlog.length > 1000) session.backlog.shift();
    if (session.ws?.readyState === WebSocket.OPEN) {
      session.ws.send(frame);
      return true;
    }
    return false;
  }

  /** Dispatches to every session (live or awaiting resume). Returns how many sessions got it queued. */
  private dispatch(t: string, d: unknown): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      this.dispatchTo(session, t, d);
      count += 1;
    }
    return count;
  }

  private guildCreatePayload(): GatewayGuildCreateDispatchData {
    const everyone: APIRole = {
      id: this.guildId,
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: DEFAULT_MEMBER_PERMISSIONS.toString(),
      managed: false,
      mentionable: false,
      flags: NO_ROLE_FLAGS,
    };
    const botRole: APIRole = {
      ...everyone,
      id: stableSnowflake(`bot-role:${this.guildId}`),
      name: 'letterbot-fake',
      position: 1,
      permissions: DEFAULT_APP_PERMISSIONS.toString(),
      managed: true,
      tags: { bot_id: this.applicationId },
    };
    const botMember: APIGuildMember = {
      user: this.botUser,
      nick: null,
      avatar: null,
      banner: null,
      roles: [botRole.id],
      joined_at: new Date(Date.now() - 86_400_000).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      pending: false,
      communication_disabled_until: null,
    };
    return {
      id: this.guildId,
      name: 'Fake Newsroom',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: FAKE_USER_ID,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.Low,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.AllMembers,
      roles: [everyone, botRole],
      emojis: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: this.guildLocale as Locale,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      max_members: 500000,
      max_video_channel_users: 25,
      joined_at: botMember.joined_at ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [botMember],
      channels: [...this.channels.values()].map((c) => clone(c)),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /* ================================================================ internals: interactions */

  private findCommand(name: string, inGuild: boolean): APIApplicationCommand | undefined {
    const scopes = inGuild ? [this.guildId, ''] : [''];
    for (const scope of scopes) {
      const found = this.commands.get(scope)?.find((c) => c.name === name && c.type === ApplicationCommandType.ChatInput);
      if (found) return found;
    }
    return undefined;
  }

  private userFor(options: InteractionUserOptions): APIUser {
    const id = options.userId ?? FAKE_USER_ID;
    return {
      id,
      username: options.username ?? `user${id.slice(-4)}`,
      discriminator: '0',
      global_name: options.username ?? `User ${id.slice(-4)}`,
      avatar: null,
      public_flags: NO_USER_FLAGS,
      flags: NO_USER_FLAGS,
      primary_guild: null,
      collectibles: null,
      avatar_decoration_data: null,
    };
  }

  private baseInteraction(options: InteractionUserOptions) {
    const id = snowflake();
    const user = this.userFor(options);
    const common = {
      id,
      application_id: this.applicationId,
      token: `fake-interaction-token.${id}.${randomBytes(12).toString('hex')}`,
      version: 1 as const,
      locale: (options.locale ?? Locale.EnglishUS) as Locale,
      app_permissions: permissionString(options.appPermissions, DEFAULT_APP_PERMISSIONS),
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (options.guild === false) {
      let dm = this.dmChannels.get(user.id);
      if (!dm) {
        dm = { id: snowflake(), type: ChannelType.DM, name: null, last_message_id: null, flags: NO_CHANNEL_FLAGS, recipients: [user] };
        this.dmChannels.set(user.id, dm);
      }
      return {
        ...common,
        channel: clone(dm),
        channel_id: dm.id,
        user,
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
        context: InteractionContextType.BotDM,
      };
    }
    const channelId = options.channelId ?? this.channelId;
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${channelId} (use addChannel first)`);
    const memberPermissions = permissionString(options.memberPermissions, DEFAULT_MEMBER_PERMISSIONS);
    const member: APIInteractionGuildMember = {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: NO_MEMBER_FLAGS,
      pending: false,
      communication_disabled_until: null,
      permissions: memberPermissions,
    };
    return {
      ...common,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: (options.guildLocale ?? this.guildLocale) as Locale, features: [] },
      guild_locale: (options.guildLocale ?? this.guildLocale) as Locale,
      channel: { ...clone(channel), permissions: memberPermissions },
      channel_id: channel.id,
      member,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: this.guildId },
      context: InteractionContextType.Guild,
    };
  }

  /* ================================================================ internals: messages */

  private makeMessage(channelId: string, body: Obj, files: RecordedFile[] = [], extra: Partial<APIMessage> = {}): APIMessage {
    const id = typeof body.id === 'string' ? body.id : snowflake();
    const message: APIMessage = {
      id,
      type: MessageType.Default,
      channel_id: channelId,
      author: clone(this.botUser),
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: NO_MESSAGE_FLAGS,
      ...extra,
    };
    this.applyFields(message, body, files);
    message.edited_timestamp = null;
    if (typeof body.nonce === 'string' || typeof body.nonce === 'number') message.nonce = body.nonce;
    return message;
  }

  private applyFields(message: APIMessage, body: Obj, files: RecordedFile[]): void {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      message.embeds = Array.isArray(body.embeds)
        ? (body.embeds as APIEmbed[]).map((e) => ({ type: 'rich' as APIEmbed['type'], ...clone(e) }))
        : [];
    }
    if ('components' in body) {
      message.components = Array.isArray(body.components) ? clone(body.components as APIMessageTopLevelComponent[]) : [];
    }
    if ('attachments' in body || files.length > 0) {
      const keep = Array.isArray(body.attachments) ? (body.attachments as unknown[]) : [];
      const kept = message.attachments.filter((a) => keep.some((k) => isObj(k) && k.id === a.id));
      const added = files.map((f): APIAttachment => {
        const aid = snowflake();
        return {
          id: aid,
          filename: f.filename,
          size: f.size,
          content_type: f.contentType,
          url: `http://127.0.0.1:${this.port}/cdn/attachments/${message.channel_id}/${aid}/${f.filename}`,
          proxy_url: `http://127.0.0.1:${this.port}/cdn/attachments/${message.channel_id}/${aid}/${f.filename}`,
        };
      });
      message.attachments = [...kept, ...added];
    }
    if (typeof body.flags === 'number') {
      const editable = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | IS_COMPONENTS_V2;
      message.flags = ((message.flags ?? 0) & ~editable) | (body.flags & editable);
    }
    message.edited_timestamp = new Date().toISOString();
  }

  private storeMessage(message: APIMessage, listed: boolean): void {
    this.messages.set(message.id, message);
    if (!listed) return;
    const ids = this.channelMessageIds.get(message.channel_id) ?? [];
    ids.push(message.id);
    this.channelMessageIds.set(message.channel_id, ids);
    const channel = this.channels.get(message.channel_id);
    if (channel) channel.last_message_id = message.id;
  }

  private deleteMessage(id: string): void {
    const message = this.messages.get(id);
    if (!message) return;
    this.messages.delete(id);
    const ids = this.channelMessageIds.get(message.channel_id);
    if (ids) {
      const i = ids.indexOf(id);
      if (i >= 0) ids.splice(i, 1);
    }
  }

  private interactionMessage(state: InteractionState, body: Obj, files: RecordedFile[], flags: number): APIMessage {
    const isCommand = state.type === InteractionType.ApplicationCommand;
    const extra: Partial<APIMessage> = {
      type: isCommand ? MessageType.ChatInputCommand : MessageType.Reply,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      flags,
      interaction_metadata: isCommand
        ? {
            id: state.id,
            type: InteractionType.ApplicationCommand,
            user: clone(state.user),
            authorizing_integration_owners: clone(state.authorizingOwners),
          }
        : {
            id: state.id,
            type: InteractionType.MessageComponent,
            user: clone(state.user),
            authorizing_integration_owners: clone(state.authorizingOwners),
            interacted_message_id: state.componentMessageId ?? '0',
          },
    };
    if (isCommand && state.commandName) {
      extra.interaction = { id: state.id, type: InteractionType.ApplicationCommand, name: state.commandName, user: clone(state.user) };
    }
    return this.makeMessage(state.channelId ?? '0', body, files, extra);
  }

  /* ================================================================ internals: HTTP */

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const at: Arrival = { at: performance.now(), wallAt: Date.now() };
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // Discord reads an HTTP interaction's answer before its webhook exists: calls for an interaction whose
      // HTTP response is still on its way wait for it (as they would on Discord, which answers them after).
      const token = /\/webhooks\/\d+\/([^/?]+)/.exec(req.url ?? '')?.[1];
      const pending = token ? this.pendingHttp.get(safeDecode(token)) : undefined;
      if (pending) {
        void pending.then(() => this.onRequestBody(req, res, Buffer.concat(chunks), at));
        return;
      }
      this.onRequestBody(req, res, Buffer.concat(chunks), at);
    });
  }

  private onRequestBody(req: IncomingMessage, res: ServerResponse, raw: Buffer, at: Arrival): void {
    if (this.postLatencyMs > 0 && req.method === 'POST' && /\/channels\/[^/]+\/messages$/.test(req.url ?? '')) {
      const timer = setTimeout(() => {
        this.heldPosts.delete(timer);
        this.answer(req, res, raw, at);
      }, this.postLatencyMs);
      this.heldPosts.add(timer);
      return;
    }
    this.answer(req, res, raw, at);
  }

  private answer(req: IncomingMessage, res: ServerResponse, raw: Buffer, at: Arrival): void {
    {
      try {
        this.handleRequest(req, res, raw, at);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake-discord internal error: ${String(error)}`, code: 0 }));
      }
    }
  }

  private handleRequest(req: IncomingMessage, res: ServerResponse, raw: Buffer, at: Arrival): void {
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = flattenHeaders(req);
    const apiMatch = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const apiVersion = apiMatch?.[1] !== undefined ? Number(apiMatch[1]) : null;
    // Percent-decoded per segment: undici sends `@original` as `%40original`.
    const path = (apiMatch ? (apiMatch[2] ?? '/') : url.pathname).split('/').map(safeDecode).join('/');
    const query = Object.fromEntries(url.searchParams);
    const contentType = headers['content-type'] ?? '';
    let body: unknown = null;
    let files: RecordedFile[] = [];
    let badJson = false;
    const rawBody = raw.toString('utf8');
    if (raw.length > 0) {
      if (contentType.startsWith('multipart/form-data')) {
        ({ body, files } = parseMultipart(raw, contentType));
      } else if (contentType.includes('json')) {
        try {
          body = JSON.parse(rawBody) as unknown;
        } catch {
          body = rawBody;
          badJson = true;
        }
      } else body = rawBody;
    }
    const record: RecordedRequest = {
      method,
      path,
      url: rawUrl,
      apiVersion,
      query,
      headers,
      body,
      rawBody,
      files,
      ...at,
      status: 0,
      response: undefined,
      injected: false,
      connection: this.connectionOf(req),
    };

    let result: RouteResult;
    let rateLimitHeaders = false;
    const fault = this.takeFault(record);
    if (fault) {
      record.injected = true;
      result = faultResult(fault, path);
    } else if (!apiMatch) {
      result = apiError(404, 0, '404: Not Found');
      this.unhandledRequests.push(record);
    } else if (badJson) {
      result = apiError(400, 50109, 'The request body contains invalid JSON.');
    } else {
      const ctx: Ctx = { method, path, query, headers, body, files };
      const found = this.route(ctx);
      if (found === null) {
        result = apiError(404, 0, '404: Not Found');
        this.unhandledRequests.push(record);
      } else if (found === 'method') {
        result = apiError(405, 0, '405: Method Not Allowed');
      } else if (found.route.auth && headers.authorization !== `Bot ${this.token}`) {
        result = apiError(401, 0, '401: Unauthorized');
      } else {
        result = found.route.handle(ctx, found.params);
        rateLimitHeaders = found.route.auth;
      }
    }

    record.status = result.status;
    record.response = result.body;
    this.record(record);
    this.writeResponse(res, result, rateLimitHeaders ? this.rateLimitHeaders(method, path) : {});
  }

  private connectionOf(req: IncomingMessage): number {
    let id = this.httpConnections.get(req.socket);
    if (id === undefined) {
      id = ++this.lastHttpConnection;
      this.httpConnections.set(req.socket, id);
    }
    return id;
  }

  private takeFault(request: RecordedRequest): FaultResponse | null {
    const i = this.faults.findIndex((f) => matcherPredicate(f.matcher)(request));
    if (i < 0) return null;
    const fault = this.faults[i]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(i, 1);
    return fault.response;
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(request)) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  private rateLimitHeaders(method: string, path: string): Record<string, string> {
    const template = path.replace(/\d{17,20}/g, ':id').replace(/\/webhooks\/:id\/[^/]+/, '/webhooks/:id/:token');
    return {
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': '1.000',
      'x-ratelimit-bucket': createHash('sha1').update(`${method} ${template}`).digest('hex').slice(0, 32),
    };
  }

  private writeResponse(res: ServerResponse, result: RouteResult, extraHeaders: Record<string, string>): void {
    const headers: Record<string, string> = { via: '1.1 fake-discord', ...extraHeaders };
    for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = v;
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    const isText = typeof result.body === 'string';
    headers['content-type'] = isText ? 'text/plain; charset=utf-8' : 'application/json';
    res.writeHead(result.status, headers);
    res.end(isText ? (result.body as string) : JSON.stringify(result.body));
  }

  private route(ctx: Ctx): { route: Route; params: string[] } | 'method' | null {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(ctx.path);
      if (!m) continue;
      pathMatched = true;
      if (route.method === ctx.method) return { route, params: m.slice(1).map((p) => p ?? '') };
    }
    return pathMatched ? 'method' : null;
  }

  private buildRoutes(): Route[] {
    const id = '(\\d{1,20})';
    const seg = '([^/]+)';
    const r = (method: string, pattern: string, auth: boolean, handle: Route['handle']): Route => ({
      method,
      pattern: new RegExp(`^${pattern}/?$`),
      auth,
      handle,
    });
    const gatewayBot = (): RouteResult => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    });
    const application = (): RouteResult => ({
      status: 200,
      body: {
        id: this.applicationId,
        name: 'letterbot-fake',
        icon: null,
        description: '',
        summary: '',
        type: null,
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: ApplicationFlags.ApplicationCommandBadge,
        team: null,
        owner: { ...this.userFor({}), flags: 0 },
        bot: clone(this.botUser),
        approximate_guild_count: 1,
        integration_types_config: { 0: {} },
      },
    });
    const cmds = (scope: (p: string[]) => string | RouteResult) => ({
      list: (_ctx: Ctx, p: string[]) => this.withScope(scope(p), p[0]!, (s) => ({ status: 200, body: clone(this.commands.get(s) ?? []) })),
      put: (ctx: Ctx, p: string[]) => this.withScope(scope(p), p[0]!, (s) => this.putCommands(s, ctx.body)),
      post: (ctx: Ctx, p: string[]) => this.withScope(scope(p), p[0]!, (s) => this.postCommand(s, ctx.body)),
      get: (_ctx: Ctx, p: string[]) =>
        this.withScope(scope(p), p[0]!, (s) => {
          const c = this.commands.get(s)?.find((x) => x.id === p[p.length - 1]);
          return c ? { status: 200, body: clone(c) } : apiError(404, 10063, 'Unknown application command');
        }),
      patch: (ctx: Ctx, p: string[]) => this.withScope(scope(p), p[0]!, (s) => this.patchCommand(s, p[p.length - 1]!, ctx.body)),
      del: (_ctx: Ctx, p: string[]) =>
        this.withScope(scope(p), p[0]!, (s) => {
          const list = this.commands.get(s) ?? [];
          const i = list.findIndex((x) => x.id === p[p.length - 1]);
          if (i < 0) return apiError(404, 10063, 'Unknown application command');
          list.splice(i, 1);
          return { status: 204 };
        }),
    });
    const global = cmds(() => '');
    const guild = cmds((p) => (p[1] === this.guildId ? p[1] : apiError(403, 50001, 'Missing Access')));

    return [
      r('GET', '/gateway', false, () => ({ status: 200, body: { url: this.gatewayUrl } })),
      r('GET', '/gateway/bot', true, gatewayBot),
      r('GET', '/users/@me', true, () => ({ status: 200, body: { ...clone(this.botUser), verified: true, mfa_enabled: false } })),
      r('GET', '/applications/@me', true, application),
      r('GET', '/oauth2/applications/@me', true, application),

      r('POST', `/interactions/${id}/${seg}/callback`, false, (ctx, p) => this.interactionCallback(ctx, p[0]!, p[1]!)),
      r('POST', `/webhooks/${id}/${seg}`, false, (ctx, p) => this.webhookExecute(ctx, p[0]!, p[1]!)),
      r('GET', `/webhooks/${id}/${seg}/messages/(@original|\\d+)`, false, (ctx, p) => this.webhookMessage(ctx, p[0]!, p[1]!, p[2]!)),
      r('PATCH', `/webhooks/${id}/${seg}/messages/(@original|\\d+)`, false, (ctx, p) => this.webhookMessage(ctx, p[0]!, p[1]!, p[2]!)),
      r('DELETE', `/webhooks/${id}/${seg}/messages/(@original|\\d+)`, false, (ctx, p) => this.webhookMessage(ctx, p[0]!, p[1]!, p[2]!)),

      r('GET', `/channels/${id}`, true, (_ctx, p) => {
        const channel = this.channels.get(p[0]!) ?? [...this.dmChannels.values()].find((c) => c.id === p[0]);
        return channel ? { status: 200, body: clone(channel) } : apiError(404, 10003, 'Unknown Channel');
      }),
      r('GET', `/channels/${id}/messages`, true, (ctx, p) => this.listMessages(ctx, p[0]!)),
      r('POST', `/channels/${id}/messages`, true, (ctx, p) => this.createChannelMessage(ctx, p[0]!)),
      r('GET', `/channels/${id}/messages/${id}`, true, (ctx, p) => this.channelMessage(ctx, p[0]!, p[1]!)),
      r('PATCH', `/channels/${id}/messages/${id}`, true, (ctx, p) => this.channelMessage(ctx, p[0]!, p[1]!)),
      r('DELETE', `/channels/${id}/messages/${id}`, true, (ctx, p) => this.channelMessage(ctx, p[0]!, p[1]!)),
      r('POST', `/channels/${id}/typing`, true, (_ctx, p) =>
        this.knownChannel(p[0]!) ? { status: 204 } : apiError(404, 10003, 'Unknown Channel'),
      ),

      r('GET', `/guilds/${id}`, true, (_ctx, p) =>
        p[0] === this.guildId ? { status: 200, body: this.guildCreatePayload() } : apiError(403, 50001, 'Missing Access'),
      ),
      r('GET', `/guilds/${id}/channels`, true, (_ctx, p) =>
        p[0] === this.guildId
          ? { status: 200, body: [...this.channels.values()].map((c) => clone(c)) }
          : apiError(403, 50001, 'Missing Access'),
      ),

      r('GET', `/applications/${id}/commands`, true, global.list),
      r('PUT', `/applications/${id}/commands`, true, global.put),
      r('POST', `/applications/${id}/commands`, true, global.post),
      r('GET', `/applications/${id}/commands/${id}`, true, global.get),
      r('PATCH', `/applications/${id}/commands/${id}`, true, global.patch),
      r('DELETE', `/applications/${id}/commands/${id}`, true, global.del),
      r('GET', `/applications/${id}/guilds/${id}/commands`, true, guild.list),
      r('PUT', `/applications/${id}/guilds/${id}/commands`, true, guild.put),
      r('POST', `/applications/${id}/guilds/${id}/commands`, true, guild.post),
      r('GET', `/applications/${id}/guilds/${id}/commands/${id}`, true, guild.get),
      r('PATCH', `/applications/${id}/guilds/${id}/commands/${id}`, true, guild.patch),
      r('DELETE', `/applications/${id}/guilds/${id}/commands/${id}`, true, guild.del),
    ];
  }

  private knownChannel(channelId: string): boolean {
    return this.channels.has(channelId) || [...this.dmChannels.values()].some((c) => c.id === channelId);
  }

  /* ---------------------------------------------------------------- interaction routes */

  private interactionCallback(ctx: Ctx, interactionId: string, token: string): RouteResult {
    const state = this.interactions.get(interactionId);
    if (!state || state.token !== token || state.expired) return apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const body = isObj(ctx.body) ? ctx.body : {};
    const type = body.type;
    const allowed: Record<number, number[]> = {
      [InteractionType.ApplicationCommand]: [4, 5, 9, 12],
      [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
      [InteractionType.ApplicationCommandAutocomplete]: [8],
      [InteractionType.ModalSubmit]: [4, 5, 6, 7],
    };
    if (typeof type !== 'number' || !(allowed[state.type] ?? []).includes(type)) {
      const errors = new FormErrors();
      errors.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Interaction response type ${String(type)} is not valid for interaction type ${state.type}`);
      return errors.result()!;
    }
    const responseType = type as InteractionResponseType;
    const data = isObj(body.data) ? body.data : {};
    const dataFlags = typeof data.flags === 'number' ? data.flags : 0;
    let message: APIMessage | null = null;
    switch (responseType) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = validateMessagePayload(data, ctx.files, 'create');
        if (invalid) return invalid;
        const flags = dataFlags & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | IS_COMPONENTS_V2);
        message = this.interactionMessage(state, data, ctx.files, flags);
        this.storeMessage(message, (flags & MessageFlags.Ephemeral) === 0);
        state.originalId = message.id;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = MessageFlags.Loading | (dataFlags & MessageFlags.Ephemeral);
        message = this.interactionMessage(state, {}, [], flags);
        this.storeMessage(message, (flags & MessageFlags.Ephemeral) === 0);
        state.originalId = message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = state.componentMessageId ? this.messages.get(state.componentMessageId) : undefined;
        if (!target) return apiError(404, 10008, 'Unknown Message');
        if (responseType === InteractionResponseType.UpdateMessage) {
          const invalid = validateMessagePayload(data, ctx.files, 'edit');
          if (invalid) return invalid;
          this.applyFields(target, data, ctx.files);
        }
        message = target;
        state.originalId = target.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const invalid = validateChoices(data);
        if (invalid) return invalid;
        state.choices = clone(data.choices as unknown[]);
        break;
      }
      case InteractionResponseType.Modal: {
        const errors = new FormErrors();
        if (typeof data.custom_id !== 'string' || data.custom_id === '') errors.add(['data', 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
        errors.maxLength(['data', 'custom_id'], data.custom_id, 100);
        if (typeof data.title !== 'string' || data.title === '') errors.add(['data', 'title'], 'BASE_TYPE_REQUIRED', 'This field is required');
        errors.maxLength(['data', 'title'], data.title, 45);
        const invalid = errors.result();
        if (invalid) return invalid;
        state.modal = clone(data);
        break;
      }
      default:
        break;
    }
    state.acknowledged = true;
    state.callbackType = responseType;
    if (state.deadline) {
      clearTimeout(state.deadline);
      state.deadline = null;
    }
    if (ctx.query.with_response !== 'true') return { status: 204 };
    const interaction: Obj = { id: state.id, type: state.type };
    if (message) {
      interaction.response_message_id = message.id;
      interaction.response_message_loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
      interaction.response_message_ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    }
    const resource: Obj = { type };
    if (message) resource.message = clone(message);
    return { status: 200, body: { interaction, resource } };
  }

  private webhookState(applicationId: string, token: string): InteractionState | RouteResult {
    const state = this.interactionsByToken.get(token);
    if (applicationId !== this.applicationId || !state) return apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  private webhookExecute(ctx: Ctx, applicationId: string, token: string): RouteResult {
    const state = this.webhookState(applicationId, token);
    if (!('token' in state)) return state;
    if (!state.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const body = isObj(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, 'create');
    if (invalid) return invalid;
    const original = state.originalId ? this.messages.get(state.originalId) : undefined;
    if (original && state.callbackType === InteractionResponseType.DeferredChannelMessageWithSource && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) {
      // The first follow-up after a deferred reply replaces the "thinking…" message.
      this.applyFields(original, body, ctx.files);
      original.flags = (original.flags ?? 0) & ~MessageFlags.Loading;
      return { status: 200, body: clone(original) };
    }
    const flags = (typeof body.flags === 'number' ? body.flags : 0) & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | IS_COMPONENTS_V2);
    const message = this.interactionMessage(state, body, ctx.files, flags);
    this.storeMessage(message, (flags & MessageFlags.Ephemeral) === 0);
    state.followUpIds.push(message.id);
    return { status: 200, body: clone(message) };
  }

  private webhookMessage(ctx: Ctx, applicationId: string, token: string, messageRef: string): RouteResult {
    const state = this.webhookState(applicationId, token);
    if (!('token' in state)) return state;
    const messageId = messageRef === '@original' ? state.originalId : messageRef;
    const owned = messageId !== null && (messageId === state.originalId || state.followUpIds.includes(messageId));
    const message = owned ? this.messages.get(messageId) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (ctx.method === 'GET') return { status: 200, body: clone(message) };
    if (ctx.method === 'DELETE') {
      this.deleteMessage(message.id);
      return { status: 204 };
    }
    const body = isObj(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, 'edit');
    if (invalid) return invalid;
    this.applyFields(message, body, ctx.files);
    message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    return { status: 200, body: clone(message) };
  }

  /* ---------------------------------------------------------------- channel routes */

  private createChannelMessage(ctx: Ctx, channelId: string): RouteResult {
    if (!this.knownChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const body = isObj(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, 'create');
    if (invalid) return invalid;
    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : null;
    const key = nonce !== null ? `${channelId}\u0000${nonce}` : null;
    const now = Date.now();
    if (key !== null && body.enforce_nonce === true) {
      const previous = this.nonces.get(key);
      const existing = previous && now - previous.at < NONCE_WINDOW_MS ? this.messages.get(previous.messageId) : undefined;
      if (existing) return { status: 200, body: clone(existing) };
    }
    const extra: Partial<APIMessage> = {};
    const ref = isObj(body.message_reference) ? body.message_reference : null;
    if (ref && typeof ref.message_id === 'string') {
      const referenced = this.messages.get(ref.message_id);
      if (!referenced && ref.fail_if_not_exists !== false) {
        const errors = new FormErrors();
        errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
        return errors.result()!;
      }
      extra.type = MessageType.Reply;
      extra.message_reference = { type: 0, message_id: ref.message_id, channel_id: channelId, guild_id: this.guildId };
      extra.referenced_message = referenced ? clone(referenced) : null;
    }
    const flags = typeof body.flags === 'number' ? body.flags & (MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | IS_COMPONENTS_V2) : 0;
    const message = this.makeMessage(channelId, { ...body, flags }, ctx.files, extra);
    this.storeMessage(message, true);
    if (key !== null) this.nonces.set(key, { messageId: message.id, at: now });
    return { status: 200, body: clone(message) };
  }

  private listMessages(ctx: Ctx, channelId: string): RouteResult {
    if (!this.knownChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const limit = ctx.query.limit === undefined ? 50 : Number(ctx.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      const errors = new FormErrors();
      errors.add(['limit'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 100.');
      return errors.result()!;
    }
    let list = this.messagesIn(channelId).reverse(); // newest first
    const before = ctx.query.before;
    const after = ctx.query.after;
    if (before !== undefined) list = list.filter((m) => BigInt(m.id) < BigInt(before));
    if (after !== undefined) list = list.filter((m) => BigInt(m.id) > BigInt(after));
    return { status: 200, body: list.slice(0, limit) };
  }

  private channelMessage(ctx: Ctx, channelId: string, messageId: string): RouteResult {
    if (!this.knownChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const listed = this.channelMessageIds.get(channelId)?.includes(messageId) ?? false;
    const message = listed ? this.messages.get(messageId) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (ctx.method === 'GET') return { status: 200, body: clone(message) };
    if (ctx.method === 'DELETE') {
      this.deleteMessage(messageId);
      return { status: 204 };
    }
    if (message.author.id !== this.botUser.id) return apiError(403, 50005, 'Cannot edit a message authored by another user');
    const body = isObj(ctx.body) ? ctx.body : {};
    const invalid = validateMessagePayload(body, ctx.files, 'edit');
    if (invalid) return invalid;
    this.applyFields(message, body, ctx.files);
    return { status: 200, body: clone(message) };
  }

  /* ---------------------------------------------------------------- application commands */

  private withScope(scope: string | RouteResult, applicationId: string, fn: (scope: string) => RouteResult): RouteResult {
    if (applicationId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    return typeof scope === 'string' ? fn(scope) : scope;
  }

  private materialize(scope: string, input: Obj, existing: APIApplicationCommand | undefined): APIApplicationCommand {
    const type = (typeof input.type === 'number' ? input.type : ApplicationCommandType.ChatInput) as ApplicationCommandType;
    const command: APIApplicationCommand = {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: String(input.name),
      description: typeof input.description === 'string' ? input.description : '',
      default_member_permissions: typeof input.default_member_permissions === 'string' ? input.default_member_permissions : null,
      nsfw: input.nsfw === true,
      contexts: Array.isArray(input.contexts) ? (input.contexts as InteractionContextType[]) : null,
      integration_types: Array.isArray(input.integration_types)
        ? (input.integration_types as ApplicationIntegrationType[])
        : [ApplicationIntegrationType.GuildInstall],
    };
    if (scope !== '') command.guild_id = scope;
    else command.dm_permission = input.dm_permission !== false;
    if (Array.isArray(input.options)) command.options = clone(input.options as APIApplicationCommandOption[]);
    if (isObj(input.name_localizations)) command.name_localizations = clone(input.name_localizations);
    if (isObj(input.description_localizations)) command.description_localizations = clone(input.description_localizations);
    return command;
  }

  private putCommands(scope: string, body: unknown): RouteResult {
    const errors = new FormErrors();
    if (!Array.isArray(body)) {
      errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
      return errors.result()!;
    }
    if (body.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    const seen = new Set<string>();
    body.forEach((command: unknown, i) => {
      validateCommand(command, [i], errors);
      if (isObj(command)) {
        const key = `${typeof command.type === 'number' ? command.type : 1}:${typeof command.name === 'string' ? command.name : ''}`;
        if (seen.has(key)) errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
        seen.add(key);
      }
    });
    const invalid = errors.result();
    if (invalid) return invalid;
    const previous = this.commands.get(scope) ?? [];
    const next = (body as Obj[]).map((input) =>
      this.materialize(
        scope,
        input,
        previous.find((c) => c.name === input.name && c.type === (input.type ?? ApplicationCommandType.ChatInput)),
      ),
    );
    this.commands.set(scope, next);
    return { status: 200, body: clone(next) };
  }

  private postCommand(scope: string, body: unknown): RouteResult {
    const errors = new FormErrors();
    validateCommand(body, [], errors);
    const invalid = errors.result();
    if (invalid || !isObj(body)) return invalid ?? apiError(400, 50035, 'Invalid Form Body');
    const list = this.commands.get(scope) ?? [];
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const i = list.findIndex((c) => c.name === body.name && c.type === type);
    const command = this.materialize(scope, body, i >= 0 ? list[i] : undefined);
    if (i >= 0) list[i] = command;
    else list.push(command);
    this.commands.set(scope, list);
    return { status: i >= 0 ? 200 : 201, body: clone(command) };
  }

  private patchCommand(scope: string, commandId: string, body: unknown): RouteResult {
    const list = this.commands.get(scope) ?? [];
    const i = list.findIndex((c) => c.id === commandId);
    if (i < 0) return apiError(404, 10063, 'Unknown application command');
    const merged = { ...list[i]!, ...(isObj(body) ? body : {}) } as Obj;
    const errors = new FormErrors();
    validateCommand(merged, [], errors);
    const invalid = errors.result();
    if (invalid) return invalid;
    const command = this.materialize(scope, merged, list[i]);
    list[i] = command;
    return { status: 200, body: clone(command) };
  }
}

/* ------------------------------------------------------------------ fault helpers */

function matcherPredicate(matcher: RequestMatcher): RequestPredicate {
  return (r) =>
    (matcher.method === undefined || matcher.method.toUpperCase() === r.method) &&
    (matcher.pathPrefix === undefined || r.path.startsWith(matcher.pathPrefix)) &&
    (matcher.path === undefined || (typeof matcher.path === 'string' ? r.path === matcher.path : matcher.path.test(r.path)));
}

function faultResult(fault: FaultResponse, path: string): RouteResult {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(fault.headers ?? {})) headers[k.toLowerCase()] = v;
  if (fault.status === 429 && headers['retry-after'] === undefined) {
    // discord.js waits on the Retry-After header; default it from the body's retry_after.
    const body = isObj(fault.body) ? fault.body : {};
    const retryAfter = typeof body.retry_after === 'number' ? body.retry_after : 1;
    headers['retry-after'] = String(retryAfter);
    headers['x-ratelimit-scope'] ??= body.global === true ? 'global' : 'user';
    if (body.global === true) headers['x-ratelimit-global'] ??= 'true';
    else {
      headers['x-ratelimit-limit'] ??= '5';
      headers['x-ratelimit-remaining'] ??= '0';
      headers['x-ratelimit-reset-after'] ??= String(retryAfter);
      headers['x-ratelimit-reset'] ??= ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
      headers['x-ratelimit-bucket'] ??= createHash('sha1').update(path).digest('hex').slice(0, 32);
    }
  }
  return { status: fault.status, body: fault.body, headers };
}

/** Ready-made fault responses for `failNext`. */
export const discordFaults = {
  /** 429 with Discord's body and headers (Retry-After = retryAfterSeconds, not rounded up). */
  rateLimited(retryAfterSeconds = 0.2, options: { global?: boolean } = {}): FaultResponse {
    const global = options.global ?? false;
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global },
      headers: global
        ? { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
        : {
            'retry-after': String(retryAfterSeconds),
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(retryAfterSeconds),
            'x-ratelimit-reset': ((Date.now() + retryAfterSeconds * 1000) / 1000).toFixed(3),
            'x-ratelimit-scope': 'user',
          },
    };
  },
  missingPermissions(): FaultResponse {
    return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
  },
  missingAccess(): FaultResponse {
    return { status: 403, body: { message: 'Missing Access', code: 50001 } };
  },
  unknownChannel(): FaultResponse {
    return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
  },
  unknownMessage(): FaultResponse {
    return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  },
  unknownInteraction(): FaultResponse {
    return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
  },
  serverError(status = 500): FaultResponse {
    return { status, body: { message: `${status}: Internal Server Error`, code: 0 } };
  },
};
