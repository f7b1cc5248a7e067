import { performance } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChannelRef } from './core/command';
import { Dispatcher, type CommandRequest, type Dispatched } from './core/dispatch';

/**
 * Every Prometheus metric letterbot exposes at `/metrics`, as named objects in one registry.
 *
 * Labels only ever take values from fixed sets (platforms, outcomes, states, command names from
 * `commands/`): never a token, a user id or anything a user typed. The helpers below map anything
 * else to `other`/`unknown`, so a new caller cannot put free text into a label by mistake.
 */
export const registry = new Registry();

export type MetricPlatform = ChannelRef['platform'];
const PLATFORMS: readonly MetricPlatform[] = ['shell', 'cli', 'discord', 'slack'];

/** States a delivery passes through (for the alerts worker to count). */
export type DeliveryState = 'queued' | 'claimed' | 'sent' | 'retried' | 'failed' | 'expired' | 'reconciled';
const DELIVERY_STATES: readonly DeliveryState[] = ['queued', 'claimed', 'sent', 'retried', 'failed', 'expired', 'reconciled'];
/** What happens to a delivery claim (lease). */
export type LeaseEvent = 'claimed' | 'released' | 'expired' | 'renewed';
const LEASE_EVENTS: readonly LeaseEvent[] = ['claimed', 'released', 'expired', 'renewed'];
/** Why the Discord interactions endpoint turned a request away. */
export type RejectReason = 'signature' | 'body' | 'type';
const REJECT_REASONS: readonly RejectReason[] = ['signature', 'body', 'type'];

/** Seconds: most answers take a few ms; Discord defers after 1 s and gives up at 3 s. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const metrics = {
  /** Time inside the dispatcher per command (validation, search, wording), by command and platform. */
  commandDuration: new Histogram({
    name: 'letterbot_command_duration_seconds',
    help: 'Time to answer a command (dispatch: validation, search, wording), by command and platform',
    labelNames: ['command', 'platform'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  /** Commands answered, by command, platform and outcome (ok, user_error, internal_error). */
  commands: new Counter({
    name: 'letterbot_commands_total',
    help: 'Commands answered, by command, platform and outcome',
    labelNames: ['command', 'platform', 'outcome'] as const,
    registers: [registry],
  }),
  /** Autocomplete lists served. */
  suggestions: new Counter({
    name: 'letterbot_suggestions_total',
    help: 'Autocomplete suggestion lists served, by command and platform',
    labelNames: ['command', 'platform'] as const,
    registers: [registry],
  }),
  /** Requests `/discord/interactions` refused (bad signature → 401, unreadable body → 400, unknown type → 400). */
  interactionsRejected: new Counter({
    name: 'letterbot_discord_interactions_rejected_total',
    help: 'Requests to /discord/interactions refused, by reason (signature, body, type)',
    labelNames: ['reason'] as const,
    registers: [registry],
  }),
  /** Requests on the HTTP server received and not yet answered (a graceful stop waits for them). */
  httpInProgress: new Gauge({
    name: 'letterbot_http_requests_in_progress',
    help: 'Requests on the HTTP server received and not yet answered',
    registers: [registry],
  }),
  /** Hook for the alerts worker: deliveries by platform and state. */
  deliveries: new Counter({
    name: 'letterbot_alert_deliveries_total',
    help: 'Alert deliveries by platform and state (queued, claimed, sent, retried, failed, expired, reconciled)',
    labelNames: ['platform', 'state'] as const,
    registers: [registry],
  }),
  /** Hook for the alerts worker: deliveries waiting to be sent, by platform. */
  queueDepth: new Gauge({
    name: 'letterbot_alert_queue_depth',
    help: 'Alert deliveries waiting to be sent, by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  /** 429 answers from a platform API (commands or alerts). */
  rateLimited: new Counter({
    name: 'letterbot_rate_limited_total',
    help: 'HTTP 429 answers received from a platform API, by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  /** Hook for the alerts worker: delivery claims (leases) taken, released, expired or renewed. */
  leases: new Counter({
    name: 'letterbot_alert_leases_total',
    help: 'Alert delivery claims (leases), by event (claimed, released, expired, renewed)',
    labelNames: ['event'] as const,
    registers: [registry],
  }),
  /** Hook for the alerts worker: claims this instance holds now. */
  leasesHeld: new Gauge({
    name: 'letterbot_alert_leases_held',
    help: 'Alert delivery claims this instance holds now',
    registers: [registry],
  }),
};

const oneOf = <T extends string>(allowed: readonly T[], value: string, fallback: T): T => ((allowed as readonly string[]).includes(value) ? (value as T) : fallback);

/** A platform label from a fixed set. */
export function platformLabel(platform: string): MetricPlatform | 'other' {
  return oneOf<MetricPlatform | 'other'>(PLATFORMS, platform, 'other');
}

/** Record a delivery changing state (for the alerts worker). */
export function recordDelivery(platform: string, state: DeliveryState): void {
  metrics.deliveries.inc({ platform: platformLabel(platform), state: oneOf<DeliveryState | 'other'>(DELIVERY_STATES, state, 'other') });
}

/** Set how many deliveries wait for a platform (for the alerts worker). */
export function setQueueDepth(platform: string, depth: number): void {
  metrics.queueDepth.set({ platform: platformLabel(platform) }, depth);
}

/** Count a 429 from a platform API. */
export function recordRateLimited(platform: string): void {
  metrics.rateLimited.inc({ platform: platformLabel(platform) });
}

/** Count a claim event (for the alerts worker). */
export function recordLease(event: LeaseEvent): void {
  metrics.leases.inc({ event: oneOf<LeaseEvent | 'other'>(LEASE_EVENTS, event, 'other') });
}

export function recordRejected(reason: RejectReason): void {
  metrics.interactionsRejected.inc({ reason: oneOf<RejectReason | 'other'>(REJECT_REASONS, reason, 'other') });
}

let defaultsCollected = false;
/** Node's own process metrics (CPU, memory, event loop lag), once per process: only where `/metrics` is served. */
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: registry, prefix: 'letterbot_' });
}

/**
 * The dispatcher, timing each command into `metrics`. The command label is the definition's name (any
 * unknown name becomes `unknown`); the platform label comes from the adapter, never from user text.
 */
export class MeteredDispatcher extends Dispatcher {
  override async dispatch(request: CommandRequest): Promise<Dispatched> {
    const started = performance.now();
    const dispatched = await super.dispatch(request);
    const labels = { command: this.find(request.command)?.name ?? 'unknown', platform: platformLabel(request.channel.platform) };
    metrics.commandDuration.observe(labels, (performance.now() - started) / 1000);
    // Not `{ ...labels, outcome }`: a spread followed by a new key outlives the young generation (src/core/reply.ts).
    metrics.commands.inc({ command: labels.command, platform: labels.platform, outcome: dispatched.outcome });
    return dispatched;
  }

  override suggest(request: CommandRequest & { option: string; typed: string }): { label: string; value: string }[] {
    const suggestions = super.suggest(request);
    metrics.suggestions.inc({ command: this.find(request.command)?.name ?? 'unknown', platform: platformLabel(request.channel.platform) });
    return suggestions;
  }
}
