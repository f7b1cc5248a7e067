import { LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import { alertMessage, type AlertDelivery, type AlertSender, type SendOutcome } from '../../core/alerts';
import { createKeepAliveFetch } from './keep-alive-fetch';
import { escapeSlack, plain, sourceMarkup, truncateEscaped } from './render';

export interface SlackAlertSenderOptions {
  /** One workspace (`SLACK_BOT_TOKEN`): every alert is posted with it. */
  botToken?: string;
  /**
   * Many workspaces (OAuth installs): the bot token of a subscription's workspace (`slack:<team id>`), or undefined
   * when letterbot is not installed there. Used instead of `botToken`.
   */
  tokenFor?: (tenant: string | null | undefined) => Promise<string | undefined>;
  /** `SLACK_API_URL` (default https://slack.com/api/). */
  apiUrl?: string;
  timeoutMs?: number;
  /** How far back (ms) before the first attempt reconciliation looks in the channel's history. Default 60 s. */
  historySlackMs?: number;
}

/** `metadata.event_type` of our alert messages. */
export const ALERT_EVENT_TYPE = 'letterbot_alert';
/** The channel is gone or closed to us: stop delivering there. */
const CHANNEL_GONE = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
/** The token is wrong: nothing wrong with the channel, retry later (and say so in the logs). */
const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'missing_scope']);
/** Pages of 200 messages read at most when reconciling. */
const HISTORY_PAGES = 5;

/** Message text (notification fallback) and blocks for one delivery. */
export function alertPayload(delivery: AlertDelivery): { text: string; blocks: webApi.KnownBlock[] } {
  // Same escaping, cutting and source links as every other Slack message (render.ts): nothing in an alert can ping.
  const m = alertMessage(delivery);
  const sources = m.sources.slice(0, 5).map((s) => sourceMarkup(s, delivery.locale));
  const blocks: webApi.KnownBlock[] = [
    { type: 'header', text: plain(m.title, 150) },
    { type: 'section', text: { type: 'mrkdwn', text: truncateEscaped(escapeSlack(m.text), 3000) } },
  ];
  if (sources.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncateEscaped(sources.join(' · '), 3000) }] });
  blocks.push({ type: 'context', elements: [plain(m.footer, 2000)] });
  return { text: truncateEscaped(`${escapeSlack(m.title)}: ${escapeSlack(m.text)}`, 3000), blocks };
}

/**
 * Posts alert deliveries to Slack channels with the Web API client. Each message carries the delivery id
 * in its `metadata`; a delivery that may already have been posted (crash, timeout) is first looked for in
 * the channel's history (`include_all_metadata`) and only posted when absent. Text is escaped, so nothing
 * in an alert can ping. Returns what Slack said; the worker decides the rest.
 */
export class SlackAlertSender implements AlertSender {
  readonly platform = 'slack' as const;
  /** One client per token (one per workspace with OAuth installs). */
  private readonly clients = new Map<string, webApi.WebClient>();
  private readonly historySlackMs: number;
  /** Every client's HTTP: node:http(s) with keep-alive (0.77 ms of CPU per post against 1.1–1.2 ms through the built-in fetch). */
  private readonly transport = createKeepAliveFetch();

  constructor(private readonly options: SlackAlertSenderOptions) {
    this.historySlackMs = options.historySlackMs ?? 60_000;
    if (!options.botToken && !options.tokenFor) throw new Error('SlackAlertSender needs a bot token or a token per workspace');
  }

  /** The client posting to this delivery's workspace; undefined when letterbot is not installed there. */
  private async clientFor(delivery: AlertDelivery): Promise<webApi.WebClient | undefined> {
    const token = this.options.tokenFor ? await this.options.tokenFor(delivery.tenant) : this.options.botToken;
    if (!token) return undefined;
    let client = this.clients.get(token);
    if (!client) {
      // A token replaced by a reinstall leaves its client behind: start over now and then.
      if (this.clients.size >= 1000) this.clients.clear();
      client = new webApi.WebClient(token, {
        ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
        // Retries and 429 waits are the worker's: the sender reports, it does not wait.
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: this.options.timeoutMs ?? 10_000,
        logger: quietLogger(),
        fetch: this.transport.fetch,
      });
      this.clients.set(token, client);
    }
    return client;
  }

  async send(delivery: AlertDelivery): Promise<SendOutcome> {
    const client = await this.clientFor(delivery);
    // Uninstalled (its subscriptions are paused, and resume on reinstall) or a workspace never recorded.
    if (!client) return { kind: 'permanent', scope: 'delivery', reason: 'letterbot is not installed in this Slack workspace' };
    try {
      if (delivery.maybeSent) {
        const existing = await this.findPosted(client, delivery).catch((error: unknown) => {
          // Without a history scope (channels:history, groups:history) the check cannot run: post, as before it.
          if (error instanceof webApi.WebAPIPlatformError && error.data.error === 'missing_scope') return undefined;
          throw error;
        });
        if (existing) return { kind: 'sent', messageId: existing, reconciled: true };
      }
      const { text, blocks } = alertPayload(delivery);
      const result = await client.chat.postMessage({
        channel: delivery.channelId,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: ALERT_EVENT_TYPE, event_payload: { delivery_id: delivery.id, alert_id: delivery.alert.id } },
      });
      return { kind: 'sent', messageId: result.ts ?? '' };
    } catch (error) {
      return slackOutcome(error);
    }
  }

  /** Our message for this delivery in the channel's history since (shortly before) the first attempt. */
  private async findPosted(client: webApi.WebClient, delivery: AlertDelivery): Promise<string | undefined> {
    const oldest = delivery.firstAttemptAt === null ? undefined : ((delivery.firstAttemptAt - this.historySlackMs) / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const result = await client.conversations.history({
        channel: delivery.channelId,
        limit: 200,
        include_all_metadata: true,
        ...(oldest ? { oldest } : {}),
        ...(cursor ? { cursor } : {}),
      });
      const found = result.messages?.find((m) => (m.metadata?.event_payload as { delivery_id?: unknown } | undefined)?.delivery_id === delivery.id);
      if (found?.ts) return found.ts;
      cursor = result.response_metadata?.next_cursor;
      if (!result.has_more || !cursor) return undefined;
    }
    return undefined;
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** A Slack answer (or failure to get one) as a send outcome. */
export function slackOutcome(error: unknown): SendOutcome {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { kind: 'retry', reason: 'rate limited', afterMs: Math.max(1, error.retryAfter) * 1000, rateLimited: 'channel', uncertain: false };
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    if (CHANNEL_GONE.has(code)) return { kind: 'permanent', scope: 'subscription', reason: `Slack ${code}` };
    if (AUTH_ERRORS.has(code)) return { kind: 'retry', reason: `Slack ${code} (check SLACK_BOT_TOKEN or the workspace's installation, and the scopes)`, uncertain: false };
    if (code === 'ratelimited') return { kind: 'retry', reason: 'rate limited', afterMs: 1000, rateLimited: 'channel', uncertain: false };
    if (code === 'internal_error' || code === 'fatal_error' || code === 'service_unavailable' || code === 'request_timeout') return { kind: 'retry', reason: `Slack ${code}`, uncertain: true };
    return { kind: 'permanent', scope: 'delivery', reason: `Slack ${code}` };
  }
  if (error instanceof webApi.WebAPIHTTPError) return { kind: 'retry', reason: `Slack HTTP ${error.statusCode}`, uncertain: error.statusCode >= 500 };
  const message = (error as Error).message ?? String(error);
  // A 429 without a usable Retry-After header.
  if (/rate limit|retry header/i.test(message)) return { kind: 'retry', reason: 'rate limited', afterMs: 1000, rateLimited: 'channel', uncertain: false };
  return { kind: 'retry', reason: `Slack request failed: ${message}`, uncertain: true };
}

/** The Web API client's own logging is dropped: outcomes are logged once, by the worker. */
function quietLogger(): BoltLogger {
  let level = LogLevel.ERROR;
  const none = (): void => undefined;
  return { debug: none, info: none, warn: none, error: none, setLevel: (l) => (level = l), getLevel: () => level, setName: none };
}
