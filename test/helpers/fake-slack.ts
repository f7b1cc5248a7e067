/**
 * A fake Slack for end-to-end tests, bound to 127.0.0.1 only.
 *
 * - Serves the Web API methods our Slack adapter uses under `apiUrl`
 *   (`http://127.0.0.1:PORT/api/<method>`), accepting form-encoded bodies (what
 *   @slack/web-api sends: objects such as `blocks`/`metadata` arrive JSON-encoded)
 *   and JSON bodies.
 * - Serves `response_url`s (`http://127.0.0.1:PORT/response/<id>`), with Slack's
 *   limits: at most 5 uses per URL, valid for 30 minutes.
 * - Records every request in `calls`, and can inject faults (`failNext`).
 *
 * - Speaks Socket Mode: `apps.connections.open` (with the app-level token) returns a
 *   `ws://127.0.0.1:PORT/socket` URL; the fake says `hello`, pushes envelopes with
 *   `sendEnvelope` and resolves with the app's ack payload.
 *
 * Also exports helpers to send signed requests TO a Bolt app in HTTP mode.
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type Agent,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from '@slack/bolt';
import { WebSocketServer, type WebSocket } from 'ws';
import { LogLevel } from '@slack/bolt';

/* ------------------------------------------------------------------ types */

export type SlackBody = { [key: string]: unknown };

export interface RecordedCall {
  /** Web API method name (e.g. 'chat.postMessage'), 'response_url', or 'unknown:<path>' for stray paths. */
  method: string;
  /** Parsed request body (form or JSON; JSON-encoded form fields such as blocks/metadata are decoded). */
  body: SlackBody;
  /** The request body exactly as received. */
  rawBody: string;
  headers: IncomingHttpHeaders;
  /** Fake clock time (ms since epoch) at which the request arrived. */
  at: number;
  /** For 'response_url' calls: the <id> in /response/<id>. */
  responseUrlId?: string;
  /** HTTP status the fake answered with. */
  status: number;
  /** What the fake answered (object for JSON, string for text bodies). */
  response: unknown;
  /** True when the answer came from `failNext`. */
  injected: boolean;
}

export interface FaultResponse {
  status: number;
  /** JSON body (object) or raw text. Default: `{ ok: false, error: 'ratelimited' }` for 429, else `{ ok: false, error: 'fake_failure' }`. */
  body?: object | string;
  headers?: Record<string, string>;
}

export interface FakeMessage {
  type: 'message';
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  team?: string;
  blocks?: unknown;
  attachments?: unknown;
  metadata?: unknown;
  thread_ts?: string;
  subtype?: string;
  edited?: { user: string; ts: string };
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text?: string;
  blocks?: unknown;
}

export interface FakeUserOptions {
  isAdmin?: boolean;
  isOwner?: boolean;
  isBot?: boolean;
  deleted?: boolean;
  locale?: string;
  name?: string;
  realName?: string;
  tz?: string;
}

export interface FakeChannelOptions {
  /** false → channel_not_found for post/update/history. Default true. */
  exists?: boolean;
  /** true → is_archived for chat.postMessage/update. Default false. */
  isArchived?: boolean;
  /** false → not_in_channel for chat.postMessage/history. Default true. */
  isMember?: boolean;
}

export interface ResponseUrlOptions {
  /** Channel the interaction came from: `response_type: 'in_channel'` posts land in `messagesIn(channel)`. */
  channel?: string;
  /** Message the interaction is attached to (block actions): enables replace_original / delete_original. */
  messageTs?: string;
  /** User who triggered it (ephemeral responses are stored for this user). */
  user?: string;
}

/* -------------------------------------------------------------- constants */

export const FAKE_TEAM_ID = 'T0FAKETEAM';
export const FAKE_BOT_USER_ID = 'U0FAKEBOT';
export const FAKE_BOT_ID = 'B0FAKEBOT';
export const FAKE_APP_ID = 'A0FAKEAPP';
/** Deliberately short so it never looks like a real token (`xox[abpr]-[0-9A-Za-z-]{10,}`). */
export const FAKE_BOT_TOKEN = 'xoxb-test';
export const FAKE_SIGNING_SECRET = 'fake-slack-signing-secret-for-tests';
/** App-level token for Socket Mode (`apps.connections.open`); short for the same reason as the bot token. */
export const FAKE_APP_TOKEN = 'xapp-test';
/** OAuth app credentials (`oauth.v2.access`). */
export const FAKE_CLIENT_ID = '1111.2222';
export const FAKE_CLIENT_SECRET = 'fake-client-secret';

/** Slack's documented response_url limits. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

/** Form fields that @slack/web-api JSON-encodes and that we decode back into objects. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'payload', 'unfurls', 'user_auth_blocks']);

interface ResponseUrlState extends ResponseUrlOptions {
  uses: number;
  createdAt: number;
}

interface FakeUser extends Required<Omit<FakeUserOptions, 'locale'>> {
  locale: string;
}

type Waiter = {
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
};

type Reply = { status: number; body: object | string; headers?: Record<string, string> };

/* ---------------------------------------------------------------- helpers */

function truthy(v: unknown): boolean {
  return v === true || v === 'true' || v === '1' || v === 1;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function decodeJsonFields(obj: SlackBody): SlackBody {
  for (const [k, v] of Object.entries(obj)) {
    if (JSON_FIELDS.has(k) && typeof v === 'string' && /^\s*[[{]/.test(v)) {
      try {
        obj[k] = JSON.parse(v) as unknown;
      } catch {
        /* leave as string */
      }
    }
  }
  return obj;
}

/** Parse a request body the way Slack would: JSON if it says so (or looks like it), else form-encoded. */
export function parseSlackBody(raw: string, contentType: string | undefined): SlackBody {
  const ct = (contentType ?? '').toLowerCase();
  if (raw.trim() === '') return {};
  if (ct.includes('application/json') || (!ct.includes('form-urlencoded') && /^\s*\{/.test(raw))) {
    const parsed = JSON.parse(raw) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as SlackBody) : { value: parsed };
  }
  const out: SlackBody = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = v;
  return decodeJsonFields(out);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/* ---------------------------------------------------------------- FakeSlack */

export class FakeSlack {
  readonly botToken = FAKE_BOT_TOKEN;
  readonly signingSecret = FAKE_SIGNING_SECRET;
  readonly appToken = FAKE_APP_TOKEN;
  readonly teamId = FAKE_TEAM_ID;
  readonly botUserId = FAKE_BOT_USER_ID;
  readonly botId = FAKE_BOT_ID;
  readonly appId = FAKE_APP_ID;
  readonly clientId = FAKE_CLIENT_ID;
  readonly clientSecret = FAKE_CLIENT_SECRET;
  /** Every request received, in arrival order. */
  readonly calls: RecordedCall[] = [];

  private readonly server: Server;
  private readonly port: number;
  private readonly channels = new Map<string, FakeMessage[]>();
  private readonly channelOptions = new Map<string, FakeChannelOptions>();
  private readonly ephemerals: FakeEphemeral[] = [];
  private readonly users = new Map<string, FakeUserOptions>();
  private readonly responseUrls = new Map<string, ResponseUrlState>();
  private readonly faults = new Map<string, Array<{ response: FaultResponse; remaining: number }>>();
  private readonly waiters = new Set<Waiter>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly socketWaiters = new Set<() => void>();
  private readonly pendingAcks = new Map<string, { resolve: (payload: SlackBody) => void; timer: NodeJS.Timeout }>();
  /** OAuth: codes not yet exchanged → the workspace they install into. */
  private readonly oauthCodes = new Map<string, { teamId: string; teamName: string }>();
  /** OAuth: bot tokens issued by `oauth.v2.access` → their workspace (and whether revoked). */
  private readonly teamTokens = new Map<string, { teamId: string; revoked: boolean }>();
  private issuedTokens = 0;
  private clockOffsetMs = 0;
  /** Time each `chat.postMessage` takes before it is answered (the fan-out benchmark); 0 (default) answers at once. */
  postLatencyMs = 0;
  /** Posts still waiting out `postLatencyMs`: close() cuts their wait short (a client that timed out leaves one here). */
  private readonly heldPosts = new Set<{ timer: NodeJS.Timeout; release: () => void }>();
  private lastTsMicros = 0;
  private closed = false;

  private constructor(server: Server) {
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake-slack internal error: ${String(err)}`);
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
  }

  /** Start on an ephemeral port on 127.0.0.1. */
  static async start(): Promise<FakeSlack> {
    const server = createServer();
    // Longer than undici's 2 s minimum so a pooled client reuses connections; close() ends them all.
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new FakeSlack(server);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Pass as `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** Fake clock (ms). Starts at Date.now(); move it with `advanceClock`. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Move the fake clock forward (e.g. past the 30-minute response_url lifetime). */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  /** A response_url served by this fake. Unknown ids are also accepted (created on first use). */
  responseUrl(id: string = randomBytes(6).toString('hex'), options: ResponseUrlOptions = {}): string {
    const existing = this.responseUrls.get(id);
    this.responseUrls.set(id, { uses: existing?.uses ?? 0, createdAt: existing?.createdAt ?? this.now(), ...options });
    return `${this.baseUrl}/response/${encodeURIComponent(id)}`;
  }

  /** How many times a response_url has been used successfully. */
  responseUrlUses(id: string): number {
    return this.responseUrls.get(id)?.uses ?? 0;
  }

  /**
   * OAuth: the `code` Slack would hand the browser after a user approved the install in `teamId`. Exchanged once
   * by `oauth.v2.access` for a bot token of that workspace (`tokenOf`).
   */
  oauthCode(teamId: string, teamName = `Team ${teamId}`): string {
    const code = `code-${randomBytes(6).toString('hex')}`;
    this.oauthCodes.set(code, { teamId, teamName });
    return code;
  }

  /** OAuth: the latest bot token issued for a workspace (undefined before an install). */
  tokenOf(teamId: string): string | undefined {
    return [...this.teamTokens].filter(([, v]) => v.teamId === teamId).at(-1)?.[0];
  }

  /** OAuth: revoke every bot token of a workspace (what an uninstall does): their calls get `token_revoked`. */
  revokeTokens(teamId: string): void {
    for (const entry of this.teamTokens.values()) if (entry.teamId === teamId) entry.revoked = true;
  }

  setUser(id: string, options: FakeUserOptions): void {
    this.users.set(id, { ...this.users.get(id), ...options });
  }

  setChannel(id: string, options: FakeChannelOptions): void {
    this.channelOptions.set(id, { ...this.channelOptions.get(id), ...options });
  }

  /** Put a message into a channel's history as if someone else had posted it. Returns its ts. */
  seedMessage(channel: string, message: Partial<Omit<FakeMessage, 'type'>> & { text?: string }): string {
    const ts = message.ts ?? this.nextTs();
    const msg: FakeMessage = { type: 'message', user: 'U0SOMEONE', team: this.teamId, ...clone(message), ts };
    this.store(channel, msg);
    return ts;
  }

  /** Messages in a channel, oldest first (copies). */
  messagesIn(channel: string): FakeMessage[] {
    return clone(this.channels.get(channel) ?? []);
  }

  /** Ephemeral messages (chat.postEphemeral and ephemeral response_url posts), oldest first. */
  ephemeralsIn(channel: string): FakeEphemeral[] {
    return clone(this.ephemerals.filter((e) => e.channel === channel));
  }

  /**
   * Make the next `times` requests to `method` ('chat.postMessage', …, or 'response_url')
   * fail with `response`. The call is still recorded (with `injected: true`); no state changes.
   */
  failNext(method: string, response: FaultResponse, times = 1): void {
    const queue = this.faults.get(method) ?? [];
    queue.push({ response, remaining: times });
    this.faults.set(method, queue);
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  /** Calls to one method (convenience). */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolve with the first recorded call (past or future) matching `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const found = this.calls.find(predicate);
    if (found) return Promise.resolve(found);
    if (this.closed) return Promise.reject(new Error('FakeSlack is closed'));
    return new Promise<RecordedCall>((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const seen = this.calls.map((c) => c.method).join(', ') || 'none';
          reject(new Error(`FakeSlack.waitForCall timed out after ${timeoutMs} ms (calls seen: ${seen})`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Sign `body` with this fake's signing secret and POST it to a Bolt app (see `postToApp`). */
  sendToApp(
    url: string,
    body: string,
    options: { timestamp?: number; headers?: Record<string, string> } = {},
  ): Promise<PostResult> {
    return postToApp(url, body, { ...signSlackRequest(this.signingSecret, body, options.timestamp), ...options.headers });
  }

  /** Resolves once a Socket Mode client is connected (immediately if one already is). */
  socketConnected(timeoutMs = 5000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socketWaiters.delete(done);
        reject(new Error(`FakeSlack: no Socket Mode connection after ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.socketWaiters.add(done);
    });
  }

  /**
   * Push a Socket Mode envelope (`slash_commands`, `interactive`, `events_api`) to the connected app and
   * resolve with the payload of its ack (`{}` for an empty ack).
   */
  sendEnvelope(type: string, payload: SlackBody, options: { retryAttempt?: number; timeoutMs?: number } = {}): Promise<SlackBody> {
    const socket = [...this.sockets][0];
    if (!socket) return Promise.reject(new Error('FakeSlack: no Socket Mode client connected'));
    const envelopeId = randomBytes(8).toString('hex');
    return new Promise<SlackBody>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelopeId);
        reject(new Error(`FakeSlack: envelope ${envelopeId} (${type}) not acked within ${options.timeoutMs ?? 5000} ms`));
      }, options.timeoutMs ?? 5000);
      this.pendingAcks.set(envelopeId, { resolve, timer });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(options.retryAttempt !== undefined ? { retry_attempt: options.retryAttempt, retry_reason: 'timeout' } : {}),
        }),
      );
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const pending of this.pendingAcks.values()) clearTimeout(pending.timer);
    this.pendingAcks.clear();
    for (const held of this.heldPosts) {
      clearTimeout(held.timer);
      held.release();
    }
    this.heldPosts.clear();
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
    this.wss.close();
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(new Error('FakeSlack closed while waiting for a call'));
    }
    this.waiters.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /* ------------------------------------------------------------ internals */

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (url.pathname !== '/socket' || this.closed) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (data: Buffer) => {
        let message: { envelope_id?: unknown; payload?: unknown };
        try {
          message = JSON.parse(data.toString('utf8')) as { envelope_id?: unknown; payload?: unknown };
        } catch {
          return;
        }
        const id = typeof message.envelope_id === 'string' ? message.envelope_id : undefined;
        const pending = id ? this.pendingAcks.get(id) : undefined;
        if (!id || !pending) return;
        clearTimeout(pending.timer);
        this.pendingAcks.delete(id);
        const payload = message.payload;
        pending.resolve(payload !== null && typeof payload === 'object' ? (payload as SlackBody) : {});
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: this.appId }, debug_info: { host: 'fake-slack' } }));
      for (const done of [...this.socketWaiters]) done();
      this.socketWaiters.clear();
    });
  }

  private nextTs(): string {
    const micros = Math.max(this.lastTsMicros + 1, this.now() * 1000);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  private store(channel: string, msg: FakeMessage): void {
    const list = this.channels.get(channel) ?? [];
    list.push(msg);
    list.sort((a, b) => Number(a.ts) - Number(b.ts));
    this.channels.set(channel, list);
  }

  private takeFault(method: string): FaultResponse | undefined {
    const queue = this.faults.get(method);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.response;
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      let matched: boolean;
      try {
        matched = w.predicate(call);
      } catch {
        matched = false;
      }
      if (matched) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.resolve(call);
      }
    }
  }

  /** Waits `ms`, or until close(). */
  private holdPost(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const held = {
        timer: setTimeout(() => {
          this.heldPosts.delete(held);
          resolve();
        }, ms),
        release: resolve,
      };
      this.heldPosts.add(held);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const at = this.now();
    const apiMatch = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
    const respMatch = /^\/response\/([^/]+)$/.exec(url.pathname);

    let method: string;
    let responseUrlId: string | undefined;
    if (apiMatch?.[1] === 'chat.postMessage' && this.postLatencyMs > 0) {
      await this.holdPost(this.postLatencyMs);
      if (this.closed) return; // close() ends the connection: nothing to answer.
    }
    if (apiMatch?.[1]) method = apiMatch[1];
    else if (respMatch?.[1]) {
      method = 'response_url';
      responseUrlId = decodeURIComponent(respMatch[1]);
    } else method = `unknown:${url.pathname}`;

    let body: SlackBody = {};
    let parseError = false;
    try {
      body = parseSlackBody(rawBody, req.headers['content-type']);
    } catch {
      parseError = true;
    }
    for (const [k, v] of url.searchParams) if (!(k in body)) body[k] = v;

    let reply: Reply;
    let injected = false;
    const fault = this.takeFault(method);
    if (fault) {
      injected = true;
      reply = {
        status: fault.status,
        body: fault.body ?? (fault.status === 429 ? { ok: false, error: 'ratelimited' } : { ok: false, error: 'fake_failure' }),
        ...(fault.headers ? { headers: fault.headers } : {}),
      };
    } else if (method === 'response_url' && responseUrlId !== undefined) {
      reply = parseError ? { status: 400, body: 'invalid_payload' } : this.handleResponseUrl(responseUrlId, body);
    } else if (apiMatch) {
      reply = parseError ? { status: 200, body: { ok: false, error: 'invalid_json' } } : this.handleApi(method, body, req.headers);
    } else {
      reply = { status: 404, body: 'not_found' };
    }

    const call: RecordedCall = {
      method,
      body,
      rawBody,
      headers: req.headers,
      at,
      status: reply.status,
      response: reply.body,
      injected,
      ...(responseUrlId !== undefined ? { responseUrlId } : {}),
    };
    this.record(call);

    const isText = typeof reply.body === 'string';
    const payload = isText ? (reply.body as string) : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
      ...reply.headers,
    });
    res.end(payload);
  }

  private handleResponseUrl(id: string, body: SlackBody): Reply {
    const state = this.responseUrls.get(id) ?? { uses: 0, createdAt: this.now() };
    this.responseUrls.set(id, state);
    if (this.now() - state.createdAt > RESPONSE_URL_TTL_MS) return { status: 404, body: 'expired_url' };
    if (state.uses >= RESPONSE_URL_MAX_USES) return { status: 404, body: 'used_url' };
    state.uses += 1;

    const { channel, messageTs, user } = state;
    if (channel !== undefined) {
      const existing = messageTs !== undefined ? this.channels.get(channel)?.find((m) => m.ts === messageTs) : undefined;
      if (truthy(body.delete_original) && existing) {
        const list = this.channels.get(channel) ?? [];
        list.splice(list.indexOf(existing), 1);
      } else if (truthy(body.replace_original) && existing) {
        if (body.text !== undefined) existing.text = str(body.text) ?? '';
        if (body.blocks !== undefined) existing.blocks = clone(body.blocks);
        existing.edited = { user: this.botUserId, ts: this.nextTs() };
      } else if (body.response_type === 'in_channel') {
        this.store(channel, this.botMessage(body, this.nextTs()));
      } else {
        this.ephemerals.push({
          channel,
          user: user ?? '',
          message_ts: this.nextTs(),
          ...(body.text !== undefined ? { text: str(body.text) ?? '' } : {}),
          ...(body.blocks !== undefined ? { blocks: clone(body.blocks) } : {}),
        });
      }
    }
    return { status: 200, body: 'ok' };
  }

  private botMessage(body: SlackBody, ts: string): FakeMessage {
    const msg: FakeMessage = {
      type: 'message',
      ts,
      user: this.botUserId,
      bot_id: this.botId,
      app_id: this.appId,
      team: this.teamId,
      text: str(body.text) ?? '',
    };
    if (body.blocks !== undefined) msg.blocks = clone(body.blocks);
    if (body.attachments !== undefined) msg.attachments = clone(body.attachments);
    if (body.metadata !== undefined) msg.metadata = clone(body.metadata);
    const threadTs = str(body.thread_ts);
    if (threadTs) msg.thread_ts = threadTs;
    return msg;
  }

  private channelError(channel: string | undefined, needMember: boolean, forWrite: boolean): string | undefined {
    if (!channel) return 'channel_not_found';
    const opts = this.channelOptions.get(channel) ?? {};
    if (opts.exists === false) return 'channel_not_found';
    if (forWrite && opts.isArchived) return 'is_archived';
    if (needMember && opts.isMember === false) return 'not_in_channel';
    return undefined;
  }

  private user(id: string): FakeUser {
    const o = this.users.get(id) ?? {};
    return {
      isAdmin: o.isAdmin ?? false,
      isOwner: o.isOwner ?? false,
      isBot: o.isBot ?? id === this.botUserId,
      deleted: o.deleted ?? false,
      locale: o.locale ?? 'en-US',
      name: o.name ?? id.toLowerCase(),
      realName: o.realName ?? `User ${id}`,
      tz: o.tz ?? 'America/Los_Angeles',
    };
  }

  /** `oauth.v2.access`: the app's credentials (form fields or HTTP Basic) and a fresh code → a bot token of the code's workspace. */
  private oauthAccess(body: SlackBody, headers: IncomingHttpHeaders): Reply {
    const err = (error: string): Reply => ({ status: 200, body: { ok: false, error } });
    const basic = headers.authorization?.startsWith('Basic ') ? Buffer.from(headers.authorization.slice(6), 'base64').toString('utf8').split(':') : [];
    const clientId = str(body.client_id) ?? basic[0];
    const clientSecret = str(body.client_secret) ?? basic[1];
    if (clientId !== this.clientId) return err('invalid_client_id');
    if (clientSecret !== this.clientSecret) return err('bad_client_secret');
    const code = str(body.code);
    const grant = code ? this.oauthCodes.get(code) : undefined;
    if (!code || !grant) return err('invalid_code');
    this.oauthCodes.delete(code);
    this.issuedTokens += 1;
    const token = `xoxb-w${this.issuedTokens}`;
    this.teamTokens.set(token, { teamId: grant.teamId, revoked: false });
    return {
      status: 200,
      body: {
        ok: true,
        app_id: this.appId,
        authed_user: { id: 'U0INSTALLER' },
        scope: 'channels:history,chat:write,chat:write.public,commands,groups:history,users:read',
        token_type: 'bot',
        access_token: token,
        bot_user_id: this.botUserId,
        team: { id: grant.teamId, name: grant.teamName },
        enterprise: null,
        is_enterprise_install: false,
      },
    };
  }

  private handleApi(method: string, body: SlackBody, headers: IncomingHttpHeaders): Reply {
    const ok = (extra: object): Reply => ({ status: 200, body: { ok: true, ...extra } });
    const err = (error: string): Reply => ({ status: 200, body: { ok: false, error } });

    const known = [
      'api.test',
      'apps.connections.open',
      'auth.test',
      'chat.postMessage',
      'chat.postEphemeral',
      'chat.update',
      'conversations.history',
      'oauth.v2.access',
      'users.info',
    ];
    if (!known.includes(method)) return err('unknown_method');
    if (method === 'api.test') return ok({ args: body });
    if (method === 'oauth.v2.access') return this.oauthAccess(body, headers);

    const auth = headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : str(body.token);
    if (!token) return err('not_authed');
    if (method === 'apps.connections.open') {
      if (token !== this.appToken) return err(token === this.botToken ? 'not_allowed_token_type' : 'invalid_auth');
      return ok({ url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomBytes(6).toString('hex')}` });
    }
    const issued = this.teamTokens.get(token);
    if (issued?.revoked) return err('token_revoked');
    if (token !== this.botToken && !issued) return err('invalid_auth');
    const tokenTeam = issued?.teamId ?? this.teamId;

    switch (method) {
      case 'auth.test':
        return ok({
          url: 'https://fake-team.slack.com/',
          team: 'Fake Team',
          user: 'letterbot',
          team_id: tokenTeam,
          user_id: this.botUserId,
          bot_id: this.botId,
          is_enterprise_install: false,
        });

      case 'chat.postMessage': {
        const channel = str(body.channel);
        const e = this.channelError(channel, true, true);
        if (e || !channel) return err(e ?? 'channel_not_found');
        if (body.text === undefined && body.blocks === undefined && body.attachments === undefined) return err('no_text');
        if (body.metadata !== undefined && (typeof body.metadata !== 'object' || body.metadata === null)) {
          return err('invalid_metadata_format');
        }
        const msg = this.botMessage(body, this.nextTs());
        this.store(channel, msg);
        return ok({ channel, ts: msg.ts, message: clone(msg) });
      }

      case 'chat.postEphemeral': {
        const channel = str(body.channel);
        const user = str(body.user);
        const e = this.channelError(channel, true, true);
        if (e || !channel) return err(e ?? 'channel_not_found');
        if (!user) return err('user_not_found');
        if (body.text === undefined && body.blocks === undefined && body.attachments === undefined) return err('no_text');
        const messageTs = this.nextTs();
        this.ephemerals.push({
          channel,
          user,
          message_ts: messageTs,
          ...(body.text !== undefined ? { text: str(body.text) ?? '' } : {}),
          ...(body.blocks !== undefined ? { blocks: clone(body.blocks) } : {}),
        });
        return ok({ message_ts: messageTs });
      }

      case 'chat.update': {
        const channel = str(body.channel);
        const ts = str(body.ts);
        const e = this.channelError(channel, false, true);
        if (e || !channel) return err(e ?? 'channel_not_found');
        const msg = this.channels.get(channel)?.find((m) => m.ts === ts);
        if (!msg || !ts) return err('message_not_found');
        if (msg.bot_id !== this.botId) return err('cant_update_message');
        if (body.text !== undefined) msg.text = str(body.text) ?? '';
        if (body.blocks !== undefined) msg.blocks = clone(body.blocks);
        if (body.attachments !== undefined) msg.attachments = clone(body.attachments);
        if (body.metadata !== undefined) msg.metadata = clone(body.metadata);
        msg.edited = { user: this.botUserId, ts: this.nextTs() };
        return ok({ channel, ts, text: msg.text ?? '', message: clone(msg) });
      }

      case 'conversations.history': {
        const channel = str(body.channel);
        const e = this.channelError(channel, true, false);
        if (e || !channel) return err(e ?? 'channel_not_found');
        const limitRaw = Number(str(body.limit) ?? 100);
        const limit = Math.min(999, Math.max(1, Number.isFinite(limitRaw) && limitRaw > 0 ? Math.floor(limitRaw) : 100));
        const inclusive = truthy(body.inclusive);
        const latest = str(body.latest);
        const oldest = str(body.oldest);
        let list = [...(this.channels.get(channel) ?? [])].reverse(); // newest first
        if (latest) list = list.filter((m) => (inclusive ? Number(m.ts) <= Number(latest) : Number(m.ts) < Number(latest)));
        if (oldest) list = list.filter((m) => (inclusive ? Number(m.ts) >= Number(oldest) : Number(m.ts) > Number(oldest)));
        const cursor = str(body.cursor);
        const offset = cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace(/^offset:/, '')) || 0 : 0;
        const page = list.slice(offset, offset + limit);
        const hasMore = offset + limit < list.length;
        const includeMeta = truthy(body.include_all_metadata);
        const messages = page.map((m) => {
          const copy = clone(m);
          if (!includeMeta) delete copy.metadata;
          return copy;
        });
        return ok({
          messages,
          has_more: hasMore,
          pin_count: 0,
          channel_actions_ts: null,
          channel_actions_count: 0,
          ...(hasMore
            ? { response_metadata: { next_cursor: Buffer.from(`offset:${offset + limit}`).toString('base64') } }
            : {}),
        });
      }

      case 'users.info': {
        const id = str(body.user);
        if (!id) return err('user_not_found');
        const u = this.user(id);
        return ok({
          user: {
            id,
            team_id: this.teamId,
            name: u.name,
            real_name: u.realName,
            deleted: u.deleted,
            tz: u.tz,
            is_admin: u.isAdmin,
            is_owner: u.isOwner,
            is_bot: u.isBot,
            is_app_user: false,
            profile: { real_name: u.realName, display_name: u.name, team: this.teamId },
            ...(truthy(body.include_locale) ? { locale: u.locale } : {}),
          },
        });
      }

      default:
        return err('unknown_method');
    }
  }
}

/* ------------------------------------------- sending requests TO a Bolt app */

/** Slack's v0 request signature: HMAC-SHA256 of `v0:${timestamp}:${body}`. */
export function signSlackRequest(
  signingSecret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): { 'x-slack-signature': string; 'x-slack-request-timestamp': string } {
  const hash = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${hash}`, 'x-slack-request-timestamp': String(timestamp) };
}

export interface SlashCommandInput {
  command: string;
  text?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  responseUrl: string;
  teamId?: string;
  teamDomain?: string;
  triggerId?: string;
  apiAppId?: string;
  /** Not part of Slack's standard slash-command payload; included only when given. */
  locale?: string;
}

/** The application/x-www-form-urlencoded body Slack POSTs for a slash command. */
export function slashCommandBody(input: SlashCommandInput): string {
  const params = new URLSearchParams({
    token: 'fake-verification-token',
    team_id: input.teamId ?? FAKE_TEAM_ID,
    team_domain: input.teamDomain ?? 'fake-team',
    channel_id: input.channelId ?? 'C0FAKECHAN',
    channel_name: input.channelName ?? 'general',
    user_id: input.userId ?? 'U0FAKEUSER',
    user_name: input.userName ?? 'fake.user',
    command: input.command,
    text: input.text ?? '',
    api_app_id: input.apiAppId ?? FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? `${Date.now()}.${randomBytes(4).readUInt32BE(0)}.${randomBytes(8).toString('hex')}`,
  });
  if (input.locale !== undefined) params.set('locale', input.locale);
  return params.toString();
}

export interface BlockActionsInput {
  actionId: string;
  value?: string;
  blockId?: string;
  userId?: string;
  channelId?: string;
  responseUrl: string;
  messageTs?: string;
  blocks?: unknown[];
  teamId?: string;
  triggerId?: string;
  locale?: string;
}

/** The form body (`payload=<json>`) Slack POSTs when a button is clicked. */
export function blockActionsBody(input: BlockActionsInput): string {
  const teamId = input.teamId ?? FAKE_TEAM_ID;
  const userId = input.userId ?? 'U0FAKEUSER';
  const channelId = input.channelId ?? 'C0FAKECHAN';
  const messageTs = input.messageTs ?? `${Math.floor(Date.now() / 1000)}.000100`;
  const actionTs = `${(Date.now() / 1000).toFixed(6)}`;
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: 'fake.user', name: 'fake.user', team_id: teamId },
    api_app_id: FAKE_APP_ID,
    token: 'fake-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
    trigger_id: input.triggerId ?? `${Date.now()}.${randomBytes(8).toString('hex')}`,
    team: { id: teamId, domain: 'fake-team' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: 'general' },
    message: {
      type: 'message',
      ts: messageTs,
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      text: '',
      blocks: input.blocks ?? [],
    },
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: input.blockId ?? 'fake_block',
        text: { type: 'plain_text', text: input.value ?? input.actionId, emoji: true },
        ...(input.value !== undefined ? { value: input.value } : {}),
        action_ts: actionTs,
      },
    ],
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** JSON body of an Events API `event_callback`. */
export function eventCallbackBody(event: SlackBody, options: { teamId?: string; eventId?: string } = {}): string {
  const teamId = options.teamId ?? FAKE_TEAM_ID;
  return JSON.stringify({
    token: 'fake-verification-token',
    team_id: teamId,
    api_app_id: FAKE_APP_ID,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export interface PostResult {
  status: number;
  text: string;
  json?: unknown;
  headers: IncomingHttpHeaders;
}

/**
 * POST `body` to a Bolt app. Content-Type defaults to exactly `application/x-www-form-urlencoded`
 * (or `application/json` if the body starts with `{`): Bolt compares the header by string
 * equality, so a `; charset=…` suffix would make it JSON.parse a form body.
 * Uses a fresh connection (no keep-alive) unless `agent` is given, so nothing stays open.
 */
export function postToApp(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  options: { agent?: Agent; timeoutMs?: number } = {},
): Promise<PostResult> {
  const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  const contentType = body.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
  const allHeaders: Record<string, string> = {
    ...(hasContentType ? {} : { 'content-type': contentType }),
    ...headers,
    'content-length': String(Buffer.byteLength(body)),
  };
  return new Promise<PostResult>((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: allHeaders, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const result: PostResult = { status: res.statusCode ?? 0, text, headers: res.headers };
        if ((res.headers['content-type'] ?? '').includes('json') || /^\s*[[{]/.test(text)) {
          try {
            result.json = JSON.parse(text) as unknown;
          } catch {
            /* not JSON */
          }
        }
        resolve(result);
      });
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error(`postToApp: timeout for ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/* ---------------------------------------------------------------- logging */

export interface CapturingLogger extends Logger {
  lines: Array<{ level: 'debug' | 'info' | 'warn' | 'error'; message: string }>;
}

/** A Bolt/web-api Logger that prints nothing and keeps what it was told (for assertions). */
export function captureLogger(): CapturingLogger {
  let level: LogLevel = LogLevel.DEBUG;
  const lines: CapturingLogger['lines'] = [];
  const push = (lvl: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    lines.push({ level: lvl, message: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ') });
  };
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
