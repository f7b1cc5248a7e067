import { randomBytes } from 'node:crypto';
import type { Locale, ReplyChoice } from '../../core/reply';

/** Discord's limit on a component's `custom_id`. */
export const CUSTOM_ID_MAX = 100;

/** What a button re-runs, and the facts needed to refuse it politely (who may page, since when it is live). */
export interface ButtonAction {
  kind: ReplyChoice['kind'];
  /** Position among the message's buttons: keeps custom ids unique when two choices are alike. */
  index: number;
  /** The language the answer was in: a re-run keeps it, whoever presses. */
  locale: Locale;
  /** User id of whoever the buttons were rendered for (the only one who may turn pages). */
  owner: string;
  /** Epoch ms when the buttons were rendered; they stop working `ttlMs` later. */
  issuedAt: number;
  command: string;
  options: Record<string, string>;
}

const PREFIX = 'lb1';
const SEP = '|';
const STORED = '#';

/** Percent-encode only the characters the format uses, so accents and spaces stay one character each. */
function escapePart(text: string): string {
  return text.replace(/[%|&=]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function unescapePart(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function encodeInline(action: ButtonAction): string {
  const options = Object.entries(action.options)
    .map(([name, value]) => `${escapePart(name)}=${escapePart(value)}`)
    .join('&');
  const head = `${action.kind === 'page' ? 'p' : 's'}${action.index.toString(36)}${action.locale === 'fr' ? 'f' : 'e'}`;
  return [PREFIX, head, action.owner, Math.floor(action.issuedAt / 1000).toString(36), action.command, options].join(SEP);
}

function decodeInline(parts: string[]): ButtonAction | null {
  const [, head, owner, issued, command, options] = parts;
  const m = /^([ps])([0-9a-z]{1,2})([ef])$/.exec(head ?? '');
  if (!m || parts.length !== 6 || !/^\d{1,20}$/.test(owner ?? '') || !/^[0-9a-z]{1,10}$/.test(issued ?? '') || !/^[\w-]{1,32}$/.test(command ?? '')) return null;
  const decoded: Record<string, string> = {};
  for (const pair of (options ?? '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return null;
    decoded[unescapePart(pair.slice(0, eq))] = unescapePart(pair.slice(eq + 1));
  }
  return {
    kind: m[1] === 'p' ? 'page' : 'suggestion',
    index: parseInt(m[2]!, 36),
    locale: m[3] === 'f' ? 'fr' : 'en',
    owner: owner!,
    issuedAt: parseInt(issued!, 36) * 1000,
    command: command!,
    options: decoded,
  };
}

/**
 * Button actions that do not fit in 100 characters (a long name, many options), kept in memory under a
 * short random key for as long as the buttons live. Bounded: the oldest entries go first. A key that is
 * gone (expired, evicted, process restarted) reads as an expired button.
 */
export class ButtonStore {
  private readonly entries = new Map<string, ButtonAction>();

  constructor(private readonly options: { ttlMs: number; maxEntries?: number; now: () => number }) {}

  get size(): number {
    return this.entries.size;
  }

  put(action: ButtonAction): string {
    this.sweep();
    let key = randomBytes(9).toString('base64url');
    while (this.entries.has(key)) key = randomBytes(9).toString('base64url');
    this.entries.set(key, action);
    const max = this.options.maxEntries ?? 10_000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return key;
  }

  get(key: string): ButtonAction | undefined {
    const action = this.entries.get(key);
    if (action && this.options.now() - action.issuedAt > this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return action;
  }

  /** Drop expired entries from the front (they were added in time order). */
  private sweep(): void {
    const now = this.options.now();
    for (const [key, action] of this.entries) {
      if (now - action.issuedAt <= this.options.ttlMs) break;
      this.entries.delete(key);
    }
  }
}

/** The `custom_id` for a button: inline when it fits in 100 characters, otherwise a key into `store`. */
export function encodeCustomId(action: ButtonAction, store: ButtonStore): string {
  const inline = encodeInline(action);
  return inline.length <= CUSTOM_ID_MAX ? inline : [PREFIX, STORED, store.put(action)].join(SEP);
}

export type DecodedCustomId = { status: 'ok'; action: ButtonAction } | { status: 'gone' } | { status: 'foreign' };

/** Reads a `custom_id` back: `gone` when it was ours but its stored action no longer exists, `foreign` when it is not ours. */
export function decodeCustomId(customId: string, store: ButtonStore): DecodedCustomId {
  const parts = customId.split(SEP);
  if (parts[0] !== PREFIX) return { status: 'foreign' };
  if (parts[1] === STORED) {
    const action = parts.length === 3 ? store.get(parts[2]!) : undefined;
    return action ? { status: 'ok', action } : { status: 'gone' };
  }
  const action = decodeInline(parts);
  return action ? { status: 'ok', action } : { status: 'foreign' };
}
