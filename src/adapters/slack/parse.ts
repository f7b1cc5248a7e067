import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { CommandDefinition } from '../../core/command';
import type { CommandRequest } from '../../core/dispatch';
import { toLocale } from '../../core/i18n';
import { detectLanguage } from '../../core/ask/language';
import type { Locale } from '../../core/reply';
import { parseWords } from '../command-text';
import { ExpiringCache } from './expiring-cache';
import type { ActionValue } from './render';

/** Slack sends `&`, `<` and `>` in command text as entities; the core wants the text as typed (and checks it for mentions). */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What we know about the person who asked, from `users.info` (empty when Slack would not tell us). */
export interface SlackProfile {
  locale?: Locale;
  isAdmin: boolean;
}

/**
 * The answer language: a sentence's own language (`/ask combien de signataires ?`) wins; for short text such as
 * a name ("Chloé Zhao" is not French) the user's Slack locale comes first; English by default.
 */
export function resolveLocale(text: string, profileLocale: Locale | undefined): Locale {
  const detected = text.trim() ? detectLanguage(text) : null;
  const sentence = text.trim().split(/\s+/).length >= 3;
  return (sentence ? detected : null) ?? profileLocale ?? detected ?? 'en';
}

/** `/timeline from:2025-01-01 to:2025-03` → `{ command: 'timeline', options: { from, to } }`, with the shell's word rules. */
export function parseSlashCommand(
  payload: { command: string; text?: string },
  find: (name: string) => CommandDefinition | undefined,
): { command: string; options: Record<string, string>; text: string } {
  const text = decodeSlackText(payload.text ?? '');
  const command = payload.command.replace(/^\//, '').toLowerCase();
  const parsed = parseWords([command, ...text.split(/\s+/).filter(Boolean)], find);
  return { command, options: parsed?.options ?? {}, text };
}

/** Operator grants by platform-qualified id (`slack:<team id>/<user id>`): `LETTERBOT_ALERT_ADMINS`, `LETTERBOT_EDITORS`. */
export interface SlackGrants {
  admins: ReadonlySet<string>;
  editors: ReadonlySet<string>;
}

export function toCommandRequest(input: {
  command: string;
  options: Readonly<Record<string, string>>;
  locale: Locale;
  userId: string;
  channelId: string;
  requestId: string;
  /** The workspace (team id) the request came from. */
  teamId: string | undefined;
  profile: SlackProfile;
  grants: SlackGrants;
}): CommandRequest {
  // Operator grants name a user in a workspace (`slack:T1/U2`), so a Slack id can never match another workspace's or Discord's.
  const qualified = `slack:${input.teamId ?? ''}/${input.userId}`;
  const isEditor = input.teamId !== undefined && input.grants.editors.has(qualified);
  const isAdmin = input.teamId !== undefined && input.grants.admins.has(qualified);
  return {
    command: input.command,
    options: input.options,
    locale: input.locale,
    user: { id: input.userId, isManager: isEditor || isAdmin || input.profile.isAdmin, ...(isEditor ? { isEditor } : {}) },
    channel: { platform: 'slack', id: input.channelId, ...(input.teamId ? { tenant: input.teamId } : {}) },
    requestId: input.requestId,
  };
}

const actionValueSchema = z.object({
  command: z.string().min(1).max(32),
  options: z.record(z.string().max(100), z.string().max(1000)),
  locale: z.enum(['en', 'fr']),
});

/** A button's value back into the request it stands for; null when it is not one of ours. */
export function parseActionValue(raw: unknown): ActionValue | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = actionValueSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Minimal logger shape (pino's). */
export interface WarnLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * `users.info` answers (admin flag, locale) cached per user for 10 minutes; concurrent lookups share one call.
 * A failure (missing `users:read`, network) means "not an admin, locale unknown" for a minute.
 */
export class UserDirectory {
  private readonly cache: ExpiringCache<Promise<SlackProfile>>;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: WarnLogger,
    options: { ttlMs?: number; maxEntries?: number } = {},
  ) {
    this.cache = new ExpiringCache({ ttlMs: options.ttlMs ?? 10 * 60 * 1000, maxEntries: options.maxEntries ?? 5000 });
  }

  /**
   * `via`: the request's own client and workspace (OAuth installs: each workspace's token), cached per workspace
   * and user; without it, the directory's client (one workspace).
   */
  profile(userId: string, via?: { client: webApi.WebClient; teamId?: string | undefined }): Promise<SlackProfile> {
    const key = `${via?.teamId ?? ''}/${userId}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const lookup = this.fetch(userId, key, via?.client ?? this.client);
    this.cache.set(key, lookup);
    return lookup;
  }

  private async fetch(userId: string, key: string, client: webApi.WebClient): Promise<SlackProfile> {
    try {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      return { isAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner), ...(user?.locale ? { locale: toLocale(user.locale) } : {}) };
    } catch (error) {
      this.logger.warn({ platform: 'slack', userId, error: slackErrorCode(error) }, 'users.info failed; treating the user as a non-admin with no locale');
      this.cache.set(key, Promise.resolve({ isAdmin: false }), 60 * 1000);
      return { isAdmin: false };
    }
  }
}

/** A short, secret-free description of a Slack client error (never the error object: it can carry request headers). */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; status?: unknown; message?: unknown };
  const parts = [e.code, e.data?.error, e.statusCode ?? e.status].filter((p) => typeof p === 'string' || typeof p === 'number');
  if (parts.length > 0) return parts.join(' ');
  return typeof e.message === 'string' ? e.message.slice(0, 200) : 'unknown';
}
