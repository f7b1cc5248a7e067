import type { AlertPlatform } from '../core/alerts';

/** At most `limit` sends per `windowMs` (a sliding window). */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface PlatformLimits {
  perChannel?: RateWindow;
  global?: RateWindow;
}

export type RateLimits = Partial<Record<AlertPlatform, PlatformLimits>>;

/**
 * The platforms' published limits, with a little headroom:
 * - Discord: 5 messages per 5 s per channel, 50 requests per second per bot.
 * - Slack `chat.postMessage`: about 1 message per second per channel; the workspace-wide limit is only
 *   described as "several hundred messages per minute", so 300 per minute.
 * Platforms' 429 answers are honoured on top of these, whatever the settings.
 */
export const PUBLISHED_LIMITS: RateLimits = {
  discord: { perChannel: { limit: 5, windowMs: 5000 }, global: { limit: 50, windowMs: 1000 } },
  slack: { perChannel: { limit: 1, windowMs: 1000 }, global: { limit: 300, windowMs: 60_000 } },
};

/** The limits slowed to a share of themselves (0.5 = the same number of messages in twice the time). */
export function scaleLimits(limits: RateLimits, share: number): RateLimits {
  const scale = (w: RateWindow | undefined): RateWindow | undefined => (w ? { limit: w.limit, windowMs: Math.ceil(w.windowMs / share) } : undefined);
  const scaled: RateLimits = {};
  for (const [platform, l] of Object.entries(limits) as [AlertPlatform, PlatformLimits][]) scaled[platform] = { perChannel: scale(l.perChannel), global: scale(l.global) };
  return scaled;
}

export type Take = { ok: true } | { ok: false; retryAt: number; scope: 'channel' | 'global' };

/**
 * Sliding-window limits per channel and per platform, plus blocks set from 429 answers (`retry_after`):
 * nothing is sent to a blocked channel or platform before its retry time, even with the limits off.
 */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly blocked = new Map<string, number>();

  /** `limits: null` turns the published limits off (benchmarks); 429 blocks still apply. */
  constructor(private limits: RateLimits | null) {}

  /** New limits (PostgreSQL: the number of instances sharing the platforms' budget changed); the windows already filled stay. */
  get current(): RateLimits | null {
    return this.limits;
  }

  setLimits(limits: RateLimits | null): void {
    this.limits = limits;
  }

  /** Take a slot to send now, or learn when to try again. */
  take(platform: AlertPlatform, channelId: string, now: number): Take {
    const globalKey = platform;
    const channelKey = `${platform}:${channelId}`;
    const globalBlock = this.blocked.get(globalKey) ?? 0;
    if (globalBlock > now) return { ok: false, retryAt: globalBlock, scope: 'global' };
    const channelBlock = this.blocked.get(channelKey) ?? 0;
    if (channelBlock > now) return { ok: false, retryAt: channelBlock, scope: 'channel' };
    const limits = this.limits?.[platform];
    if (limits?.global) {
      const at = this.freeAt(globalKey, limits.global, now);
      if (at > now) return { ok: false, retryAt: at, scope: 'global' };
    }
    if (limits?.perChannel) {
      const at = this.freeAt(channelKey, limits.perChannel, now);
      if (at > now) return { ok: false, retryAt: at, scope: 'channel' };
    }
    if (limits?.global) this.record(globalKey, now);
    if (limits?.perChannel) this.record(channelKey, now);
    return { ok: true };
  }

  /** The platform said "not before `until`" for a channel, or for everything (`channelId` null). */
  block(platform: AlertPlatform, channelId: string | null, until: number): void {
    this.learn(RateLimiter.blockScope(platform, channelId), until);
  }

  /**
   * Start from what the database remembers (a restart, a takeover): blocks from 429s not yet over, and the
   * recent hand-offs to senders, so the windows are as full as a killed process left them.
   */
  seed(state: { blocks: readonly { scope: string; until: number }[]; attempts: readonly { platform: AlertPlatform; channelId: string; at: number }[] }): void {
    for (const b of state.blocks) this.learn(b.scope, b.until);
    for (const a of state.attempts) {
      const limits = this.limits?.[a.platform];
      if (limits?.global) this.record(a.platform, a.at);
      if (limits?.perChannel) this.record(`${a.platform}:${a.channelId}`, a.at);
    }
  }

  /** The longest window of any limit (how far back `seed` needs hand-offs). */
  get longestWindowMs(): number {
    return Math.max(0, ...Object.values(this.limits ?? {}).flatMap((l) => [l?.perChannel?.windowMs ?? 0, l?.global?.windowMs ?? 0]));
  }

  /** A block read back by its stored key (`blockScope`), from the database or another instance. */
  learn(scope: string, until: number): void {
    this.blocked.set(scope, Math.max(this.blocked.get(scope) ?? 0, until));
  }

  /** Until when nothing may go to this channel (a block on it or on its whole platform); 0 when not blocked. */
  blockedUntil(platform: AlertPlatform, channelId: string): number {
    return Math.max(this.blocked.get(platform) ?? 0, this.blocked.get(RateLimiter.blockScope(platform, channelId)) ?? 0);
  }

  /** The key a block is stored under: the platform (global) or `platform:channel`. */
  static blockScope(platform: AlertPlatform, channelId: string | null): string {
    return channelId === null ? platform : `${platform}:${channelId}`;
  }

  /** Forget windows and blocks that no longer matter (keeps memory flat over days). */
  prune(now: number): void {
    for (const [key, until] of this.blocked) if (until <= now) this.blocked.delete(key);
    const longest = Math.max(0, ...Object.values(this.limits ?? {}).flatMap((l) => [l?.perChannel?.windowMs ?? 0, l?.global?.windowMs ?? 0]));
    for (const [key, times] of this.sent) if ((times[times.length - 1] ?? 0) <= now - longest) this.sent.delete(key);
  }

  private freeAt(key: string, window: RateWindow, now: number): number {
    const times = this.sent.get(key);
    if (!times) return now;
    while (times.length > 0 && times[0]! <= now - window.windowMs) times.shift();
    return times.length < window.limit ? now : times[times.length - window.limit]! + window.windowMs;
  }

  private record(key: string, now: number): void {
    const times = this.sent.get(key) ?? [];
    times.push(now);
    this.sent.set(key, times);
  }
}
