import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIEmbed, type APIMessage, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { alertMessage, type AlertDelivery, type AlertSender, type AlertTopic, type SendOutcome } from '../../core/alerts';
import { parseAlertLink } from '../../core/alerts';
import { clip, linkUrl, safeText } from './render';

export interface DiscordAlertSenderOptions {
  token: string;
  /** `DISCORD_API_URL` (default https://discord.com/api). */
  apiUrl?: string;
  /** @discordjs/rest's own global cap; raised only when our rate limits are off (benchmarks). Default 50. */
  globalRequestsPerSecond?: number;
  timeoutMs?: number;
  clock?: () => number;
}

/** Discord dedupes `enforce_nonce` messages for "a few minutes"; past this we look in the channel first. */
export const NONCE_TRUST_MS = 2 * 60 * 1000;
/** Missing Access, Missing Permissions, Unknown Channel: the channel is closed to us. */
const CHANNEL_GONE_CODES = new Set([50001, 50013, 10003]);

const TOPIC_COLOURS: Record<AlertTopic, number> = { signatories: 0x2e7d32, timeline: 0x1565c0, corrections: 0xef6c00, editor: 0x6a1b9a };

/**
 * The embed for one delivery; its footer carries the delivery reference that reconciliation looks for. Text is
 * escaped like every other reply (an editor's `[nytimes.com](http://evil…)` is shown, not followed); the only
 * links are the alert's https `link` and its https sources.
 */
export function alertEmbed(delivery: AlertDelivery): APIEmbed {
  const m = alertMessage(delivery);
  const link = m.link ? parseAlertLink(m.link) : undefined;
  return {
    title: safeText(m.title, 256),
    description: safeText(m.text, 4096),
    ...(link ? { url: link } : {}),
    color: TOPIC_COLOURS[delivery.alert.topic],
    fields: m.sources.slice(0, 5).map((s) => {
      // Sources typed by an editor (their `link`) must be https; the fact base's own sources are checked at load.
      const url = delivery.alert.kind !== 'editor' || parseAlertLink(s.url) ? linkUrl(s.url) : null;
      const title = safeText(s.title.replace(/[[\]]/g, ''), 900);
      const linked = url ? `[${title}](${url})` : title;
      return { name: safeText(`${s.publisher} (${s.date})`, 256), value: linked.length <= 1024 ? linked : title };
    }),
    footer: { text: clip(m.footer, 2048) },
    timestamp: delivery.alert.createdAt,
  };
}

/**
 * Posts alert deliveries to Discord channels with @discordjs/rest. Every post carries the delivery id as
 * `nonce` with `enforce_nonce`, so a resend within Discord's window returns the message already posted; a
 * delivery that may have been posted longer ago is first looked for in the channel's recent messages.
 * Never pings (`allowed_mentions: { parse: [] }`). Returns what Discord said; the worker decides the rest.
 */
export class DiscordAlertSender implements AlertSender {
  readonly platform = 'discord' as const;
  private readonly rest: REST;
  private readonly clock: () => number;

  constructor(options: DiscordAlertSenderOptions) {
    this.clock = options.clock ?? Date.now;
    this.rest = new REST({
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      // Retries, backoff and 429 waits are the worker's: the sender reports, it does not wait.
      retries: 0,
      rejectOnRateLimit: () => true,
      timeout: options.timeoutMs ?? 10_000,
      globalRequestsPerSecond: options.globalRequestsPerSecond ?? 50,
    }).setToken(options.token);
  }

  async send(delivery: AlertDelivery): Promise<SendOutcome> {
    try {
      if (delivery.maybeSent && delivery.firstAttemptAt !== null && this.clock() - delivery.firstAttemptAt > NONCE_TRUST_MS) {
        const existing = await this.findPosted(delivery).catch((error: unknown) => {
          // No Read Message History here: the nonce is then the only guard; posting may still be allowed.
          if (error instanceof DiscordAPIError && error.status === 403) return undefined;
          throw error;
        });
        if (existing) return { kind: 'sent', messageId: existing, reconciled: true };
      }
      const body: RESTPostAPIChannelMessageJSONBody = {
        nonce: delivery.id,
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
        embeds: [alertEmbed(delivery)],
      };
      const message = (await this.rest.post(Routes.channelMessages(delivery.channelId), { body })) as APIMessage;
      return { kind: 'sent', messageId: message.id };
    } catch (error) {
      return discordOutcome(error);
    }
  }

  /** Our message for this delivery among the channel's latest 100, found by its footer reference. */
  private async findPosted(delivery: AlertDelivery): Promise<string | undefined> {
    const messages = (await this.rest.get(Routes.channelMessages(delivery.channelId), { query: new URLSearchParams({ limit: '100' }) })) as APIMessage[];
    return messages.find((m) => m.nonce === delivery.id || m.embeds.some((e) => e.footer?.text.includes(delivery.id)))?.id;
  }

  async close(): Promise<void> {
    this.rest.clearHashSweeper();
    this.rest.clearHandlerSweeper();
  }
}

/** A Discord answer (or failure to get one) as a send outcome. */
export function discordOutcome(error: unknown): SendOutcome {
  if (error instanceof RateLimitError) {
    return { kind: 'retry', reason: `rate limited (${error.global ? 'global' : error.route})`, afterMs: Math.max(error.retryAfter, error.timeToReset, 0), rateLimited: error.global ? 'global' : 'channel', uncertain: false };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const reason = `Discord ${error.status} ${code}: ${error.message}`;
    if (error.status === 403 || CHANNEL_GONE_CODES.has(code)) return { kind: 'permanent', scope: 'subscription', reason };
    // Any other 404 (code 0) is a wrong route or API URL, not a closed channel: keep the subscription, retry.
    if (error.status === 404) return { kind: 'retry', reason: `${reason} (check DISCORD_API_URL)`, uncertain: false };
    if (error.status === 401) return { kind: 'retry', reason: `${reason} (check DISCORD_TOKEN)`, uncertain: false };
    if (error.status >= 500) return { kind: 'retry', reason, uncertain: true };
    return { kind: 'permanent', scope: 'delivery', reason };
  }
  if (error instanceof HTTPError) return { kind: 'retry', reason: `Discord HTTP ${error.status}`, uncertain: error.status >= 500 };
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  const notSent = cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN';
  return { kind: 'retry', reason: `Discord request failed: ${cause ?? (error as Error).message ?? String(error)}`, uncertain: !notSent };
}
