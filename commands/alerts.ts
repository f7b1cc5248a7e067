import {
  ALERT_TOPICS,
  EDITOR_TEXT_MAX,
  alertsServiceOf,
  editorAlert,
  parseAlertLink,
  parseTopics,
  sendScope,
  toAlertChannel,
  topicLabel,
  type AlertTopic,
  type ChannelAlertStatus,
} from '../src/core/alerts';
import type { CommandDefinition } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDay, t } from '../src/core/i18n';
import { makeReply, type Locale, type Reply, type ReplyField } from '../src/core/reply';

export const ALERT_ACTIONS = ['subscribe', 'unsubscribe', 'status', 'send'] as const;

/** "26 November 2026, 12:00 UTC" / "26 novembre 2026, 12:00 UTC". */
function when(iso: string, locale: Locale): string {
  return `${formatDay(iso.slice(0, 10), locale)}, ${iso.slice(11, 16)} UTC`;
}

const topicList = (topics: readonly AlertTopic[], locale: Locale): string => topics.map((x) => topicLabel(x, locale)).join(', ');

function statusReply(status: ChannelAlertStatus, locale: Locale, everywhere: boolean): Reply {
  const sub = status.subscription;
  const text = !sub
    ? t(locale, 'alerts.status.off')
    : sub.state === 'failed'
      ? t(locale, 'alerts.status.failed', { at: when(sub.failedAt ?? sub.since, locale), reason: sub.failure ?? '?' })
      : sub.state === 'paused'
        ? t(locale, 'alerts.status.paused', { at: when(sub.pausedAt ?? sub.since, locale), topics: topicList(sub.topics, locale) })
        : t(locale, 'alerts.status.on', { topics: topicList(sub.topics, locale), since: formatDay(sub.since.slice(0, 10), locale) });
  const fields: ReplyField[] = [];
  if (sub || status.lastDelivery) {
    fields.push({ name: t(locale, 'alerts.field.last'), value: status.lastDelivery ? `${when(status.lastDelivery.at, locale)}: ${status.lastDelivery.title}`.slice(0, 300) : t(locale, 'alerts.field.none') });
  }
  if (status.pending > 0) fields.push({ name: t(locale, 'alerts.field.pending'), value: String(status.pending) });
  if (status.failed > 0) fields.push({ name: t(locale, 'alerts.field.failed'), value: status.lastError ? `${status.failed} (${status.lastError})` : String(status.failed) });
  if (status.reach) {
    // Who may send where: this workspace's managers reach its channels; operators reach every one.
    fields.push({
      name: t(locale, 'alerts.field.senders'),
      value: everywhere ? t(locale, 'alerts.senders.everywhere', { count: status.reach.all }) : t(locale, 'alerts.senders.tenant', { count: status.reach.tenant }),
    });
  }
  if (status.overview) {
    const failed = status.overview.failedSubscriptions.map((f) => `${f.platform} ${f.channelId}: ${f.reason}`).slice(0, 10);
    fields.push({
      name: t(locale, 'alerts.field.overview'),
      value: t(locale, 'alerts.overview', { count: status.overview.subscriptions, pending: status.overview.pending, failed: failed.length > 0 ? failed.join('; ') : '0' }),
    });
  }
  return makeReply({
    title: t(locale, 'alerts.status.title'),
    text,
    fields,
    tone: sub?.state === 'failed' || sub?.state === 'paused' || status.failed > 0 ? 'negative' : 'neutral',
    ephemeral: true,
    data: { action: 'status', ...status },
  });
}

/**
 * `/alerts`: a channel's subscription to newsroom alerts (new signatories, timeline events, corrections,
 * editor alerts), its status, and editor alerts. Channel managers only. The running bot provides the
 * service (`ctx.services.alerts`); the one-shot CLI does not, and says so.
 */
export const alertsCommand: CommandDefinition = {
  name: 'alerts',
  nameFr: 'alertes',
  description: { en: 'Newsroom alerts in this channel: subscribe, unsubscribe, status, send', fr: 'Alertes de la rédaction dans ce salon : abonner, désabonner, état, envoyer' },
  managersOnly: true,
  options: [
    {
      name: 'action',
      type: 'string',
      choices: ALERT_ACTIONS,
      maxLength: 11,
      description: { en: 'subscribe, unsubscribe, status (default) or send', fr: 'subscribe (abonner), unsubscribe, status (par défaut) ou send (envoyer)' },
    },
    {
      name: 'topics',
      nameFr: 'sujets',
      type: 'string',
      // In the shell, the words after `send` land here (the first free-text option): up to an alert's length.
      maxLength: EDITOR_TEXT_MAX,
      description: { en: 'signatories, timeline, corrections, editor (default: all); send: one topic', fr: 'signatories, timeline, corrections, editor (tous par défaut) ; send : un sujet' },
    },
    { name: 'text', nameFr: 'texte', type: 'string', maxLength: EDITOR_TEXT_MAX, description: { en: 'send: the alert text', fr: 'send : le texte de l’alerte' } },
    { name: 'link', nameFr: 'lien', type: 'string', maxLength: 500, description: { en: 'send: an https link to the story', fr: 'send : un lien https vers l’article' } },
  ],
  examples: ['/alerts subscribe', '/alerts subscribe signatories timeline', '/alerts status', '/alerts unsubscribe', '/alerts send The letter now has 500 signatories'],

  async run(input, ctx): Promise<Reply> {
    const { locale } = ctx;
    const service = alertsServiceOf(ctx.services);
    const channel = toAlertChannel(ctx.channel);
    const action = (input.action as (typeof ALERT_ACTIONS)[number] | undefined) ?? 'status';
    // Sending needs only the service (`letterbot alert` has one); the rest is about a channel of the running bot.
    if (!service || (!channel && action !== 'send')) throw new UserError('alerts_unavailable');
    switch (action) {
      case 'subscribe': {
        if (!channel) throw new UserError('alerts_unavailable');
        const topics = parseTopics(input.topics as string | undefined);
        const sub = await service.subscribe({ channel, topics, userId: ctx.user.id, locale });
        return makeReply({
          title: t(locale, 'alerts.subscribed.title'),
          text: t(locale, 'alerts.subscribed.text', { topics: topicList(sub.topics, locale) }),
          tone: 'positive',
          ephemeral: true,
          data: { action, subscription: sub },
        });
      }
      case 'unsubscribe': {
        if (!channel) throw new UserError('alerts_unavailable');
        const removed = await service.unsubscribe(channel);
        return makeReply({
          title: t(locale, removed ? 'alerts.unsubscribed.title' : 'alerts.not_subscribed.title'),
          text: t(locale, removed ? 'alerts.unsubscribed.text' : 'alerts.not_subscribed.text'),
          ephemeral: true,
          data: { action, removed },
        });
      }
      case 'status':
        if (!channel) throw new UserError('alerts_unavailable');
        return statusReply(await service.status(channel), locale, sendScope(ctx.user, ctx.channel).everywhere);
      case 'send': {
        // `/alerts send <words>` in the shell puts the words in `topics`: with no `text`, they are the text.
        const explicit = input.text as string | undefined;
        const text = explicit ?? (input.topics as string | undefined);
        if (!text) throw new UserError('alert_text_missing');
        const topics = explicit && input.topics ? parseTopics(input.topics as string) : (['editor'] as AlertTopic[]);
        if (topics.length !== 1) throw new UserError('input_choice', { value: String(input.topics).slice(0, 40), choices: ALERT_TOPICS.join(', ') });
        const rawLink = input.link as string | undefined;
        const link = rawLink === undefined ? undefined : parseAlertLink(rawLink);
        if (rawLink !== undefined && !link) throw new UserError('link_invalid');
        // Managers reach their own server or workspace; editors named by the operator and the host reach every one.
        const scope = sendScope(ctx.user, ctx.channel);
        if (!scope.everywhere && !scope.tenant) throw new UserError('alert_send_where');
        const audience = scope.everywhere ? undefined : scope.tenant;
        const alert = editorAlert({ text, link, topic: topics[0], now: ctx.now, by: `${ctx.channel.platform}:${ctx.user.id}`, ...(audience ? { audience } : {}) });
        const { alertId, channels } = await service.queue(alert, channel);
        const topic = topicLabel(alert.topic, locale);
        return makeReply({
          title: t(locale, 'alerts.queued.title'),
          text: channels > 0 ? t(locale, 'alerts.queued.text', { count: channels, topic }) : t(locale, 'alerts.queued.none', { topic }),
          sources: alert.sources,
          tone: channels > 0 ? 'positive' : 'uncertain',
          ephemeral: true,
          data: { action, alertId, channels, topic: alert.topic },
        });
      }
    }
  },
};
