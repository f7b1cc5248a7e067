import { internalErrorReply } from '../core/dispatch';
import type { Locale, Reply } from '../core/reply';

/**
 * What every adapter does with a fault of its own, in one place: secrets scrubbed from anything logged, the
 * error described for the logs, and one apology (the core's short private reply, never a stack trace).
 */

const SECRET_PATTERNS: readonly [RegExp, string][] = [
  // Slack: bot, user, app, refresh, rotating and legacy tokens: xoxb-, xoxp-, xoxa-, xoxo-, xoxs-, xoxr-, xoxe-, xoxe.xoxp-, xapp-.
  [/\b(?:xox[a-z]|xapp)(?:\.xox[a-z])?-[A-Za-z0-9-]+/g, '[redacted]'],
  // Discord: bot and user tokens (`<base64 id>.<timestamp>.<hmac>`) and old `mfa.` user tokens.
  [/\b[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}\b/g, '[redacted]'],
  [/\bmfa\.[\w-]{20,}/g, '[redacted]'],
  // Discord interaction and webhook tokens sit in callback and webhook URLs.
  [/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[^/\s?"]+/g, '$1[redacted]'],
  // Authorization headers, payload `token` fields (Slack's verification token) and `?token=` query strings.
  [/\b((?:Bot|Bearer)\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[redacted]'],
  [/("token"\s*:\s*")[^"]*"/g, '$1[redacted]"'],
  [/([?&]token=)[^&\s"]+/g, '$1[redacted]'],
];

/** Blank every token-shaped string (Slack, Discord, Authorization headers, `token` fields) before it is logged. */
export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), text);
}

/** Longest message or stack kept in a log line. */
const MAX_LOGGED = 4000;

function scrubbed(text: string): string {
  const s = scrubSecrets(text);
  return s.length > MAX_LOGGED ? `${s.slice(0, MAX_LOGGED - 1)}…` : s;
}

/** An error for the logs: name, message, platform code and HTTP status, stack; secrets blanked, length capped. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubbed(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  return {
    name: e.name,
    message: scrubbed(e.message),
    ...(e.code !== undefined ? { code: typeof e.code === 'string' ? scrubbed(e.code) : e.code } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(e.stack ? { stack: scrubbed(e.stack) } : {}),
  };
}

export interface FaultLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The one apology: log the fault with where it happened (platform, command, request id), then hand the core's
 * short apology to `deliver` (which renders and sends it the platform's way). A failed delivery is logged,
 * never thrown; its result is then `undefined`.
 */
export async function apologize<T>(options: {
  logger: FaultLogger;
  /** The log line's message, e.g. `discord interaction failed`. */
  message: string;
  context: Record<string, unknown> & { platform: string; requestId: string };
  error: unknown;
  locale: Locale;
  deliver: (apology: Reply) => Promise<T>;
}): Promise<T | undefined> {
  options.logger.error({ ...options.context, error: describeError(options.error) }, options.message);
  try {
    return await options.deliver(internalErrorReply(options.locale));
  } catch (error) {
    options.logger.error({ platform: options.context.platform, requestId: options.context.requestId, error: describeError(error) }, `${options.context.platform} apology failed`);
    return undefined;
  }
}
