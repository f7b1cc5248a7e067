import type { Alert, AlertChannel, AlertPlatform, AlertsService, AlertTopic, ChannelAlertStatus, SubscriptionView } from '../core/alerts';
import { UserError } from '../core/errors';
import type { Locale } from '../core/reply';
import { StoreVersionError, type AlertStore, type SubscriptionRow } from './store';

const iso = (ms: number): string => new Date(ms).toISOString();

function view(row: SubscriptionRow): SubscriptionView {
  return {
    topics: row.topics,
    locale: row.locale,
    state: row.pausedAt !== null && row.state === 'active' ? 'paused' : row.state,
    ...(row.failure ? { failure: row.failure } : {}),
    since: iso(row.createdAt),
    ...(row.failedAt ? { failedAt: iso(row.failedAt) } : {}),
    ...(row.pausedAt !== null ? { pausedAt: iso(row.pausedAt), pausedReason: row.pausedReason ?? '' } : {}),
  };
}

/**
 * `/alerts` on top of the alerts store (SQLite or PostgreSQL): what `ctx.services.alerts` is in the running bot, and in
 * `letterbot alert` (which only queues; the running bot's worker delivers).
 */
export class StoreAlertsService implements AlertsService {
  constructor(
    private readonly store: AlertStore,
    private readonly options: { clock?: () => number; onQueued?: () => void } = {},
  ) {}

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  async subscribe(request: { channel: AlertChannel; topics: readonly AlertTopic[]; userId: string; locale: Locale }): Promise<SubscriptionView> {
    const row = await this.store.subscribe({
      platform: request.channel.platform,
      channelId: request.channel.id,
      topics: request.topics,
      locale: request.locale,
      userId: request.userId,
      now: this.now(),
      ...(request.channel.tenant ? { tenant: request.channel.tenant } : {}),
    });
    return view(row);
  }

  async unsubscribe(channel: AlertChannel): Promise<boolean> {
    return this.store.unsubscribe(channel.platform, channel.id);
  }

  async status(channel: AlertChannel): Promise<ChannelAlertStatus> {
    if (channel.tenant) await this.store.learnTenant(channel.platform, channel.id, channel.tenant);
    const s = await this.store.channelStatus(channel.platform, channel.id);
    const lastAlert = s.lastSent ? await this.store.alert(s.lastSent.alertId) : undefined;
    const locale = s.subscription?.locale ?? 'en';
    const status: ChannelAlertStatus = {
      subscription: s.subscription ? view(s.subscription) : null,
      lastDelivery: s.lastSent && lastAlert ? { at: iso(s.lastSent.at), title: `${lastAlert.title[locale]}: ${lastAlert.text[locale]}` } : null,
      pending: s.open,
      failed: s.failed,
      ...(s.lastError ? { lastError: s.lastError } : {}),
      reach: await this.store.reach(channel.tenant),
    };
    // The local shell is the operator's console: it also sees every subscription that stopped.
    if (channel.platform === 'shell') {
      const all = await this.store.subscriptions();
      status.overview = {
        subscriptions: all.length,
        pending: await this.store.openTotal(),
        failedSubscriptions: all
          .filter((x) => x.state === 'failed' || x.pausedAt !== null)
          .map((x) => ({ platform: x.platform as AlertPlatform, channelId: x.channelId, reason: x.state === 'failed' ? (x.failure ?? '') : `paused: ${x.pausedReason ?? ''}` })),
      };
    }
    return status;
  }

  async queue(alert: Alert, from?: AlertChannel): Promise<{ alertId: string; channels: number }> {
    if (from?.tenant) await this.store.learnTenant(from.platform, from.id, from.tenant);
    const [result] = await this.store.queue([alert], { now: this.now() });
    this.options.onQueued?.();
    return { alertId: alert.id, channels: result?.channels ?? 0 };
  }
}

/** Why the alerts database could not be opened, in words for managers (the file and full cause go to the log only). */
export type AlertsBrokenReason = 'corrupt' | 'unwritable' | 'newer' | 'other';

/** Sort an open failure into what a manager is told and the operator can act on. */
export function brokenReason(error: unknown): AlertsBrokenReason {
  if (error instanceof StoreVersionError) return 'newer';
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (['ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOENT'].includes(code) || /^SQLITE_(CANTOPEN|READONLY|PERM|FULL|IOERR)/.test(code)) return 'unwritable';
  return 'other';
}

/**
 * `/alerts` when the alerts database could not be opened: every action says alerts are unavailable and why
 * (the dispatcher shows it to channel managers only); the other commands are untouched.
 */
export class UnavailableAlertsService implements AlertsService {
  constructor(readonly reason: AlertsBrokenReason) {}

  private refuse(): never {
    throw new UserError(`alerts_broken_${this.reason}`);
  }

  async subscribe(): Promise<SubscriptionView> {
    return this.refuse();
  }

  async unsubscribe(): Promise<boolean> {
    return this.refuse();
  }

  async status(): Promise<ChannelAlertStatus> {
    return this.refuse();
  }

  async queue(): Promise<{ alertId: string; channels: number }> {
    return this.refuse();
  }
}
