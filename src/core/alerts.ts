import { createHash } from 'node:crypto';
import type { ChannelRef, Localized } from './command';
import { UserError } from './errors';
import { pickSourceLinks } from './fact-base';
import { formatDay, t, type MessageKey } from './i18n';
import type { Locale, SourceLink } from './reply';
import type { FactBaseData, Signatory, TimelineEvent } from './schema';

/**
 * Newsroom alerts, the pure part: what changed between two fact bases, as alerts with their sources and
 * EN/FR text; deterministic ids; the contract between the alert worker and the platform senders; and the
 * service interface `/alerts` calls. No I/O here: the SQLite outbox and the worker live in `src/alerts/`.
 */

export const ALERT_TOPICS = ['signatories', 'timeline', 'corrections', 'editor'] as const;
export type AlertTopic = (typeof ALERT_TOPICS)[number];

/** Where alerts can be delivered: the chat platforms and the local shell. */
export const ALERT_PLATFORMS = ['discord', 'slack', 'shell'] as const;
export type AlertPlatform = (typeof ALERT_PLATFORMS)[number];

export type AlertKind =
  | 'signatory_added'
  | 'signatory_removed'
  | 'signatory_renamed'
  | 'signatory_confidence'
  | 'event_added'
  | 'event_changed'
  | 'event_removed'
  | 'count_corrected'
  | 'date_corrected'
  | 'fact_corrected'
  | 'deviation_noted'
  | 'editor';

/** One thing to tell subscribed channels, in both languages, with its sources. Immutable once queued. */
export interface Alert {
  /** Deterministic: a hash of the change (see `alertId`). */
  id: string;
  topic: AlertTopic;
  kind: AlertKind;
  /** What the alert is about (a signatory id, an event id, `letter.count`…): for logs and status. */
  subject: string;
  title: Localized;
  text: Localized;
  sources: SourceLink[];
  /** Editor alerts: an optional https link. */
  link?: string;
  /**
   * Editor alerts sent from a server or workspace: only its channels get it (`discord:<guild id>`,
   * `slack:<team id>`, see `tenantKey`). Absent: every subscriber of the topic (data changes, operators).
   */
  audience?: string;
  /** ISO time the alert was made. */
  createdAt: string;
}

/** How many source links an alert message shows at most. */
export const ALERT_MAX_SOURCES = 5;
/** Longest alert text kept (a corrected answer can be long; chat messages stay readable). */
export const ALERT_MAX_TEXT = 1000;
/** Longest editor alert a manager can send. */
export const EDITOR_TEXT_MAX = 1000;

/* ------------------------------------------------------------------ ids and hashing */

/** JSON with object keys sorted, so equal data always hashes the same. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

function sha256(parts: readonly unknown[]): string {
  return createHash('sha256').update(stableStringify(parts)).digest('hex');
}

/** Fingerprint of a whole fact base: equal data → equal hash. */
export function factBaseHash(data: FactBaseData): string {
  return sha256(['factbase', data]).slice(0, 32);
}

/** Id of an alert: a hash of the change (the state it changes, what changed and how), 20 hex characters. */
export function alertId(parts: readonly unknown[]): string {
  return sha256(['alert', ...parts]).slice(0, 20);
}

/**
 * Id of one delivery of an alert to one channel: 24 hex characters, so it also fits Discord's 25-character
 * `nonce` and is the key Slack reconciliation looks for in message metadata.
 */
export function deliveryId(alertIdValue: string, platform: AlertPlatform, channelId: string): string {
  return sha256(['delivery', alertIdValue, platform, channelId]).slice(0, 24);
}

/* ------------------------------------------------------------------ the diff */

/** Source links for ids, major outlets first, each once (same order as `FactBase.sourceLinks`). */
export function sourceLinksOf(data: FactBaseData, ids: readonly string[]): SourceLink[] {
  return pickSourceLinks(new Map(data.sources.map((s) => [s.id, s])), ids);
}

/** "Variety, 2025-03-17": the first (most authoritative) source, as alert texts cite it. */
export function attribution(sources: readonly SourceLink[]): string {
  const first = sources[0];
  return first ? `${first.publisher}, ${first.date}` : '';
}

function clip(text: string, max = ALERT_MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function both(key: MessageKey, params: (locale: Locale) => Record<string, string | number>): Localized {
  return { en: clip(t('en', key, params('en'))), fr: clip(t('fr', key, params('fr'))) };
}

/** Text + " — Publisher, date" in both languages. */
function cited(key: MessageKey, params: (locale: Locale) => Record<string, string | number>, sources: readonly SourceLink[]): Localized {
  const by = attribution(sources);
  const text = both(key, params);
  return by ? { en: `${text.en} — ${by}`, fr: `${text.fr} — ${by}` } : text;
}

function titleOf(topic: AlertTopic): Localized {
  return { en: t('en', `alert.title.${topic}`), fr: t('fr', `alert.title.${topic}`) };
}

interface DiffContext {
  baseHash: string;
  version: number;
  createdAt: string;
}

function makeAlert(ctx: DiffContext, topic: AlertTopic, kind: AlertKind, subject: string, change: unknown, text: Localized, sources: SourceLink[]): Alert {
  return {
    id: alertId([ctx.version, ctx.baseHash, kind, subject, change]),
    topic,
    kind,
    subject,
    title: titleOf(topic),
    text,
    sources: sources.slice(0, ALERT_MAX_SOURCES),
    createdAt: ctx.createdAt,
  };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

function signatoryAlerts(ctx: DiffContext, before: FactBaseData, after: FactBaseData): Alert[] {
  const old = byId(before.signatories);
  const now = byId(after.signatories);
  const alerts: Alert[] = [];
  for (const s of after.signatories) {
    const previous = old.get(s.id);
    const sources = sourceLinksOf(after, s.sources);
    if (!previous) {
      const text = cited('alert.signatory_added', (l) => ({ name: s.name, knownFor: s.knownFor[l] }), sources);
      alerts.push(makeAlert(ctx, 'signatories', 'signatory_added', s.id, signatoryKey(s), text, sources));
    } else if (previous.name !== s.name) {
      const text = cited('alert.signatory_renamed', () => ({ name: s.name, old: previous.name }), sources);
      alerts.push(makeAlert(ctx, 'corrections', 'signatory_renamed', s.id, { from: previous.name, to: s.name }, text, sources));
    } else if (previous.confidence !== s.confidence) {
      // A name now confirmed by a major outlet (or left resting on smaller sites only) changes the answer /signatory gives.
      const key = s.confidence === 'major' ? 'alert.signatory_confirmed' : 'alert.signatory_unconfirmed';
      const text = cited(key, () => ({ name: s.name }), sources);
      alerts.push(makeAlert(ctx, 'corrections', 'signatory_confidence', s.id, { name: s.name, from: previous.confidence, to: s.confidence }, text, sources));
    }
  }
  for (const s of before.signatories) {
    if (now.has(s.id)) continue;
    const text = both('alert.signatory_removed', () => ({ name: s.name }));
    alerts.push(makeAlert(ctx, 'corrections', 'signatory_removed', s.id, { removed: s.name }, text, []));
  }
  return alerts;
}

function signatoryKey(s: Signatory): unknown {
  return { name: s.name, knownFor: s.knownFor };
}

function eventKey(e: TimelineEvent): unknown {
  return { date: e.date, title: e.title, detail: e.detail };
}

function timelineAlerts(ctx: DiffContext, before: FactBaseData, after: FactBaseData): Alert[] {
  const old = byId(before.timeline);
  const now = byId(after.timeline);
  const alerts: Alert[] = [];
  for (const e of [...after.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const previous = old.get(e.id);
    const sources = sourceLinksOf(after, e.sources);
    if (!previous) {
      const text = cited('alert.event_added', (l) => ({ date: formatDay(e.date, l), title: e.title[l], detail: e.detail[l] }), sources);
      alerts.push(makeAlert(ctx, 'timeline', 'event_added', e.id, eventKey(e), text, sources));
    } else if (stableStringify(eventKey(previous)) !== stableStringify(eventKey(e))) {
      const text = cited('alert.event_changed', (l) => ({ date: formatDay(e.date, l), title: e.title[l], detail: e.detail[l] }), sources);
      alerts.push(makeAlert(ctx, 'timeline', 'event_changed', e.id, eventKey(e), text, sources));
    }
  }
  for (const e of before.timeline) {
    if (now.has(e.id)) continue;
    const text = both('alert.event_removed', (l) => ({ date: formatDay(e.date, l), title: e.title[l] }));
    alerts.push(makeAlert(ctx, 'corrections', 'event_removed', e.id, { removed: e.id }, text, []));
  }
  return alerts;
}

function correctionAlerts(ctx: DiffContext, before: FactBaseData, after: FactBaseData): Alert[] {
  const alerts: Alert[] = [];
  const count = after.letter.reportedSignatories;
  if (before.letter.reportedSignatories.label !== count.label) {
    const sources = sourceLinksOf(after, count.sources);
    const text = cited('alert.count_corrected', () => ({ label: count.label, old: before.letter.reportedSignatories.label }), sources);
    alerts.push(makeAlert(ctx, 'corrections', 'count_corrected', 'letter.count', { label: count.label }, text, sources));
  }
  const submitted = after.letter.submitted;
  if (before.letter.submitted.date !== submitted.date) {
    const sources = sourceLinksOf(after, submitted.sources);
    const text = cited('alert.date_corrected', (l) => ({ date: formatDay(submitted.date, l), old: formatDay(before.letter.submitted.date, l) }), sources);
    alerts.push(makeAlert(ctx, 'corrections', 'date_corrected', 'letter.submitted', { date: submitted.date }, text, sources));
  }
  // A changed answer is a corrected fact; a new question/answer pair is not news, so it makes no alert.
  const oldFacts = byId(before.facts);
  for (const f of after.facts) {
    const previous = oldFacts.get(f.id);
    if (!previous || (previous.answer.en === f.answer.en && previous.answer.fr === f.answer.fr)) continue;
    const sources = sourceLinksOf(after, f.sources);
    const text = cited('alert.fact_corrected', (l) => ({ answer: f.answer[l] }), sources);
    alerts.push(makeAlert(ctx, 'corrections', 'fact_corrected', f.id, f.answer, text, sources));
  }
  const oldDeviations = byId(before.deviations);
  for (const d of after.deviations) {
    const previous = oldDeviations.get(d.id);
    if (previous && stableStringify(previous.sourcesSay) === stableStringify(d.sourcesSay) && previous.articleSays === d.articleSays) continue;
    const sources = sourceLinksOf(after, d.sources);
    const text = cited('alert.deviation_noted', (l) => ({ text: d.sourcesSay[l] }), sources);
    alerts.push(makeAlert(ctx, 'corrections', 'deviation_noted', d.id, { articleSays: d.articleSays, sourcesSay: d.sourcesSay }, text, sources));
  }
  return alerts;
}

/**
 * What changed from `before` to `after`, as alerts: new signatories (topic `signatories`); new or changed
 * dated events (`timeline`); corrected figures, dates, answers, names and removals (`corrections`).
 * Source-only edits (one more outlet for a known fact) are not news and make no alert.
 *
 * Ids are a hash of the change and of the snapshot it starts from (`snapshotVersion`, which the store bumps at
 * each recorded change): replaying the same diff gives the same ids, while a change undone and later redone
 * (a signatory removed, then added back) is a new alert.
 */
export function diffFactBases(before: FactBaseData, after: FactBaseData, options: { now: Date; snapshotVersion?: number }): Alert[] {
  const ctx: DiffContext = { baseHash: factBaseHash(before), version: options.snapshotVersion ?? 0, createdAt: options.now.toISOString() };
  if (ctx.baseHash === factBaseHash(after)) return [];
  return [...signatoryAlerts(ctx, before, after), ...timelineAlerts(ctx, before, after), ...correctionAlerts(ctx, before, after)];
}

/** An alert typed by an editor (`/alerts send`, `letterbot alert`). */
export function editorAlert(input: { text: string; link?: string; topic?: AlertTopic; now: Date; by: string; audience?: string }): Alert {
  const topic = input.topic ?? 'editor';
  const createdAt = input.now.toISOString();
  const text = clip(input.text, EDITOR_TEXT_MAX);
  return {
    id: alertId(['editor', topic, text, input.link ?? null, input.by, createdAt, input.audience ?? null]),
    topic,
    kind: 'editor',
    subject: `editor:${input.by}`,
    // Typed by a person, whatever its topic: titled as a newsroom alert.
    title: titleOf('editor'),
    text: { en: text, fr: text },
    sources: input.link ? [{ publisher: hostOf(input.link), title: input.link, url: input.link, date: createdAt.slice(0, 10) }] : [],
    ...(input.link ? { link: input.link } : {}),
    ...(input.audience ? { audience: input.audience } : {}),
    createdAt,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** A full https link, as editor alerts accept; `undefined` when it is not one. */
export function parseAlertLink(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/* ------------------------------------------------------------------ topics */

/** Topic words people type, English and French. */
const TOPIC_WORDS: Record<string, AlertTopic | 'all'> = {
  signatories: 'signatories',
  signatory: 'signatories',
  signataires: 'signatories',
  signataire: 'signatories',
  timeline: 'timeline',
  chronologie: 'timeline',
  corrections: 'corrections',
  correction: 'corrections',
  editor: 'editor',
  editors: 'editor',
  redaction: 'editor',
  rédaction: 'editor',
  all: 'all',
  tout: 'all',
  tous: 'all',
};

/** `signatories timeline` / `timeline,corrections` / `all` / nothing (= all) → topics, in canonical order. */
export function parseTopics(raw: string | undefined): AlertTopic[] {
  const words = (raw ?? '')
    .toLowerCase()
    .split(/[\s,;+]+/)
    .filter(Boolean);
  if (words.length === 0) return [...ALERT_TOPICS];
  const picked = new Set<AlertTopic>();
  for (const word of words) {
    const topic = TOPIC_WORDS[word];
    if (!topic) throw new UserError('input_choice', { value: word.slice(0, 40), choices: ALERT_TOPICS.join(', ') });
    if (topic === 'all') ALERT_TOPICS.forEach((x) => picked.add(x));
    else picked.add(topic);
  }
  return ALERT_TOPICS.filter((x) => picked.has(x));
}

export function topicLabel(topic: AlertTopic, locale: Locale): string {
  return t(locale, `alerts.topic.${topic}`);
}

/* ------------------------------------------------------------------ delivery contract */

/** What the worker hands a sender: one alert for one channel. */
export interface AlertDelivery {
  /** Deterministic delivery id: Discord `nonce`, Slack metadata `delivery_id`. */
  id: string;
  alert: Alert;
  platform: AlertPlatform;
  channelId: string;
  /** Language of the subscription. */
  locale: Locale;
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * A previous attempt may have reached the platform (the process died while it was in flight, or the
   * request timed out): the sender must check before posting again.
   */
  maybeSent: boolean;
  /** When the first attempt started (ms since epoch), for history look-ups; null before any. */
  firstAttemptAt: number | null;
  /** The subscribed channel's workspace (`slack:<team>`), when known: whose token posts it (Slack OAuth). */
  tenant?: string | null;
}

/** What a sender says happened. Senders translate platform answers into this; the worker decides what follows. */
export type SendOutcome =
  | { kind: 'sent'; messageId: string; /** Found already posted (reconciliation), not posted now. */ reconciled?: boolean }
  | {
      kind: 'retry';
      reason: string;
      /** The platform said when (429 `retry_after` / `Retry-After`); otherwise the worker backs off. */
      afterMs?: number;
      /** A rate limit: blocks the channel (or the whole platform with scope `global`) until `afterMs`. */
      rateLimited?: 'channel' | 'global';
      /** The request may have been posted (timeout, 5xx, connection reset): reconcile before the next try. */
      uncertain: boolean;
    }
  | {
      kind: 'permanent';
      reason: string;
      /** `subscription`: the channel is gone or closed to us, stop delivering there; `delivery`: only this message. */
      scope: 'subscription' | 'delivery';
    };

/** Posts alert deliveries to one platform. Translation only: no retries, no rules. */
export interface AlertSender {
  readonly platform: AlertPlatform;
  send(delivery: AlertDelivery): Promise<SendOutcome>;
  close?(): Promise<void>;
}

/** What an alert looks like in a channel, platform-neutral; senders format it. */
export interface AlertMessage {
  title: string;
  text: string;
  sources: SourceLink[];
  link?: string;
  /** Small print: the delivery reference, which reconciliation can find again. */
  footer: string;
}

export function alertMessage(delivery: Pick<AlertDelivery, 'alert' | 'locale' | 'id'>): AlertMessage {
  const { alert, locale } = delivery;
  return {
    title: alert.title[locale],
    text: alert.text[locale],
    sources: alert.sources,
    ...(alert.link ? { link: alert.link } : {}),
    footer: t(locale, 'alert.footer', { id: delivery.id }),
  };
}

/* ------------------------------------------------------------------ the service `/alerts` calls */

export interface AlertChannel {
  platform: AlertPlatform;
  id: string;
  /** Platform-qualified workspace (`tenantKey`); undefined when the platform did not say (a DM). */
  tenant?: string;
}

/** The local shell's one workspace: the operator's terminal on the host. */
export const LOCAL_TENANT = 'shell:local';

/**
 * A channel's workspace as alerts store it, qualified by platform so a Slack id can never equal a Discord one:
 * `discord:<guild id>`, `slack:<team id>`, `shell:local`; undefined when unknown (a Discord DM).
 */
export function tenantKey(channel: ChannelRef): string | undefined {
  if (channel.platform === 'shell') return LOCAL_TENANT;
  if (channel.platform === 'cli' || !channel.tenant) return undefined;
  return `${channel.platform}:${channel.tenant}`;
}

export function toAlertChannel(channel: ChannelRef): AlertChannel | undefined {
  if (channel.platform === 'cli') return undefined;
  const tenant = tenantKey(channel);
  return { platform: channel.platform, id: channel.id, ...(tenant ? { tenant } : {}) };
}

/**
 * Where an editor alert sent by this person from this channel may go: `everywhere` for editors named by the
 * operator and for the host (the one-shot CLI, the local shell); otherwise the sender's own workspace, or
 * nowhere when the platform gave none (a DM).
 */
export function sendScope(user: { isEditor?: boolean }, channel: ChannelRef): { everywhere: true } | { everywhere: false; tenant: string | undefined } {
  if (user.isEditor === true || channel.platform === 'cli' || channel.platform === 'shell') return { everywhere: true };
  return { everywhere: false, tenant: tenantKey(channel) };
}

export interface SubscriptionView {
  topics: AlertTopic[];
  locale: Locale;
  /** `paused`: the workspace uninstalled the app (Slack OAuth); installing it again resumes delivery. */
  state: 'active' | 'failed' | 'paused';
  /** Why delivery stopped (state `failed`). */
  failure?: string;
  since: string;
  failedAt?: string;
  /** When and why delivery was paused (state `paused`): `app_uninstalled` or `tokens_revoked`. */
  pausedAt?: string;
  pausedReason?: string;
}

export interface ChannelAlertStatus {
  subscription: SubscriptionView | null;
  lastDelivery: { at: string; title: string } | null;
  /** Deliveries to this channel waiting or in flight. */
  pending: number;
  /** Deliveries to this channel that failed for good, and the latest reason. */
  failed: number;
  lastError?: string;
  /** Active subscriptions in this channel's workspace, and in all (who may send where). */
  reach?: { tenant: number; all: number };
  /** Local shell only: every subscription, for the operator. */
  overview?: { subscriptions: number; pending: number; failedSubscriptions: { platform: AlertPlatform; channelId: string; reason: string }[] };
}

/** Alerts as the running bot offers them to commands (`ctx.services.alerts`). */
export interface AlertsService {
  subscribe(request: { channel: AlertChannel; topics: readonly AlertTopic[]; userId: string; locale: Locale }): Promise<SubscriptionView>;
  /** False when the channel was not subscribed. */
  unsubscribe(channel: AlertChannel): Promise<boolean>;
  status(channel: AlertChannel): Promise<ChannelAlertStatus>;
  /**
   * Queue an alert for every active subscription of its topic (one transaction), only in its `audience`'s
   * workspace when it has one. `from`: the channel it was sent from, when there is one.
   */
  queue(alert: Alert, from?: AlertChannel): Promise<{ alertId: string; channels: number }>;
}

/** The alerts service when the running process offers one. */
export function alertsServiceOf(services: Readonly<Record<string, unknown>>): AlertsService | undefined {
  const s = services.alerts as Partial<AlertsService> | undefined;
  return s && typeof s.subscribe === 'function' && typeof s.queue === 'function' ? (s as AlertsService) : undefined;
}
