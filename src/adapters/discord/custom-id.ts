import { ComponentType, type APIMessageTopLevelComponent } from 'discord.js';
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
/** Ids of earlier versions that pointed into an in-memory store: answered as expired. */
const STORED = '#';

/** Percent-encode only the characters the format uses, so accents and spaces stay one character each. */
function escapePart(text: string): string {
  return text.replace(/[%|&=]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function unescapePart(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The inline id. Options named in `fromLabel` are written as their bare name (no `=`): their value is the
 * button's own label, which Discord sends back with the message the button is on.
 */
function encodeInline(action: ButtonAction, fromLabel: ReadonlySet<string> = new Set()): string {
  const options = Object.entries(action.options)
    .map(([name, value]) => (fromLabel.has(name) ? escapePart(name) : `${escapePart(name)}=${escapePart(value)}`))
    .join('&');
  const head = `${action.kind === 'page' ? 'p' : 's'}${action.index.toString(36)}${action.locale === 'fr' ? 'f' : 'e'}`;
  return [PREFIX, head, action.owner, Math.floor(action.issuedAt / 1000).toString(36), action.command, options].join(SEP);
}

function decodeInline(parts: string[], label: string | undefined): DecodedCustomId {
  const [, head, owner, issued, command, options] = parts;
  const m = /^([ps])([0-9a-z]{1,2})([ef])$/.exec(head ?? '');
  if (!m || parts.length !== 6 || !/^\d{1,20}$/.test(owner ?? '') || !/^[0-9a-z]{1,10}$/.test(issued ?? '') || !/^[\w-]{1,32}$/.test(command ?? '')) return { status: 'foreign' };
  const decoded: Record<string, string> = {};
  let needsLabel = false;
  for (const pair of (options ?? '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq === 0) return { status: 'foreign' };
    if (eq < 0) {
      // The value is the pressed button's label.
      needsLabel = true;
      if (label === undefined) continue;
      decoded[unescapePart(pair)] = label;
    } else decoded[unescapePart(pair.slice(0, eq))] = unescapePart(pair.slice(eq + 1));
  }
  // Ours, but the message it was on did not come with it: nothing to run, read as expired.
  if (needsLabel && label === undefined) return { status: 'gone' };
  return {
    status: 'ok',
    action: {
      kind: m[1] === 'p' ? 'page' : 'suggestion',
      index: parseInt(m[2]!, 36),
      locale: m[3] === 'f' ? 'fr' : 'en',
      owner: owner!,
      issuedAt: parseInt(issued!, 36) * 1000,
      command: command!,
      options: decoded,
    },
  };
}

/**
 * The `custom_id` for a button showing `label`, or null when the action cannot be carried (then the button is
 * not drawn). Everything the press needs is in the id, so any instance can answer it, with no state shared
 * between instances: inline when it fits in 100 characters; otherwise the options whose value is the label
 * itself (a "did you mean" name, an /ask question) are taken from the label Discord sends back with the press.
 */
export function encodeCustomId(action: ButtonAction, label: string): string | null {
  const inline = encodeInline(action);
  if (inline.length <= CUSTOM_ID_MAX) return inline;
  const fromLabel = new Set(Object.entries(action.options).filter(([, value]) => value === label && value !== '').map(([name]) => name));
  if (fromLabel.size === 0) return null;
  const short = encodeInline(action, fromLabel);
  return short.length <= CUSTOM_ID_MAX ? short : null;
}

export type DecodedCustomId = { status: 'ok'; action: ButtonAction } | { status: 'gone' } | { status: 'foreign' };

/**
 * Reads a `custom_id` back, with the pressed button's label (from the interaction's message): `gone` when it
 * was ours but cannot be run any more (the label is missing; or a key into the in-memory store of earlier
 * versions, which no longer exists), `foreign` when it is not ours.
 */
export function decodeCustomId(customId: string, label?: string): DecodedCustomId {
  const parts = customId.split(SEP);
  if (parts[0] !== PREFIX) return { status: 'foreign' };
  if (parts[1] === STORED) return parts.length === 3 ? { status: 'gone' } : { status: 'foreign' };
  return decodeInline(parts, label);
}

/** The label of the button whose custom id is `customId` among a message's components (null when absent). */
export function labelOf(components: readonly APIMessageTopLevelComponent[], customId: string): string | undefined {
  for (const row of components) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const c of row.components) {
      if (c.type === ComponentType.Button && 'custom_id' in c && c.custom_id === customId) return c.label;
    }
  }
  return undefined;
}
