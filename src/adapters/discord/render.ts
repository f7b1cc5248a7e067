import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APIMessageTopLevelComponent,
} from 'discord.js';
import { formatDay, t } from '../../core/i18n';
import type { Locale, Reply, ReplyTone, SourceLink } from '../../core/reply';
import { encodeCustomId } from './custom-id';
import { httpUrl } from '../links';

/** Discord's message limits this renderer keeps to (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author, summed over every embed of a message. */
  total: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  content: 2000,
} as const;

/** At most this many "Sources" fields; the rest is counted in a "…and N more sources" line. */
const MAX_SOURCE_FIELDS = 3;
/** The description keeps at least this much before fields are dropped to make room. */
const DESCRIPTION_FLOOR = 1024;
const ZWSP = '\u200b';
const ELLIPSIS = '…';

/** Nothing a reply says may ping anyone, whatever the text; the client default says the same. */
export const NO_MENTIONS = { parse: [] as [] };

const TONE_COLOURS: Record<ReplyTone, number> = {
  positive: 0x2ecc71,
  negative: 0x95a5a6,
  uncertain: 0xf1c40f,
  neutral: 0x3498db,
  error: 0xe74c3c,
};

/** The adapter's own few words (platform chrome, not answers), from core/i18n. */
const CHROME = {
  more: (locale: Locale, n: number): string => `${ELLIPSIS}${t(locale, 'chrome.more', { count: n })}`,
  moreSources: (locale: Locale, n: number): string => `${ELLIPSIS}${t(locale, 'chrome.more_sources', { count: n })}`,
  expired: (locale: Locale, c: string | null): string => t(locale, 'discord.expired', { command: c ? `/${c}` : t(locale, 'chrome.the_command') }),
  notYours: (locale: Locale, c: string | null): string => t(locale, 'discord.not_yours', { command: c ? `/${c}` : t(locale, 'chrome.the_command') }),
};

export type NoticeKind = 'expired' | 'notYours';

/** A message discord.js sends as is: embeds, buttons and no pings. Ephemerality is the caller's (it cannot change on edit). */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderOptions {
  /** Language of the adapter's own words ("Sources", "…and 3 more"). */
  locale: Locale;
  /** Who the buttons are for (the only one who may turn pages). */
  owner: string;
  /** Epoch ms: when the buttons start their life. */
  issuedAt: number;
}

/**
 * `@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>` stay readable but inert: a zero-width space after the
 * `@`/`#`. `allowedMentions` already stops the ping; this also stops the client from highlighting them.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(@[!&]?|#)(?=\d)/g, `<$1${ZWSP}`);
}

const URL_IN_TEXT = /https?:\/\/[^\s<>]+/g;

function escapePlain(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^([ \t]*(?:>+ )?)(#{1,3} |-# )/gm, '$1\\$2');
}

/**
 * Markdown shown literally: `* _ ~ ` | [ ] \` and line-leading headings are escaped, so text cannot fake a
 * link, a heading or a spoiler; bare URLs are left whole (they still link) and `>` quote lines stay quotes.
 * Linear time (discord.js's `escapeMarkdown` is quadratic: seconds on a 20,000-character text).
 */
export function escapeMarkdownText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    out += escapePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/** User- or data-derived text for an embed, cut to `max`: markdown shown literally, mentions inert. */
export function safeText(text: string, max: number = DISCORD_LIMITS.total): string {
  // Escaping only lengthens text: cut first so the work stays proportional to what can be shown.
  return clip(defuseMentions(escapeMarkdownText(clip(text, max))), max);
}

/** Cut to `max` UTF-16 units with a trailing `…`, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/** Only http(s) URLs become links; characters that would end the markdown link are percent-encoded. */
export function linkUrl(raw: string): string | null {
  return httpUrl(raw)?.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20') ?? null;
}

/** `[publisher](url) · date`; a source without a usable URL is listed without a link. */
export function sourceLine(source: SourceLink, locale: Locale): string {
  const publisher = safeText(source.publisher.replace(/[[\]]/g, ''), 200) || 'source';
  const url = linkUrl(source.url);
  const date = source.date ? ` · ${safeText(formatDay(source.date, locale), 40)}` : '';
  return url && url.length <= 700 ? `[${publisher}](${url})${date}` : `${publisher}${date}`;
}

/** Source lines packed into at most `maxFields` fields of ≤ 1,024 characters; what does not fit is counted. */
function sourceFields(sources: readonly SourceLink[], locale: Locale, maxFields: number): APIEmbedField[] {
  if (sources.length === 0 || maxFields <= 0) return [];
  const seen = new Set<string>();
  const lines = sources
    .filter((s) => {
      const key = `${s.url}\u0000${s.publisher}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => clip(sourceLine(s, locale), DISCORD_LIMITS.fieldValue));
  const values: string[] = [];
  let shown = 0;
  for (const line of lines) {
    const last = values[values.length - 1];
    if (last !== undefined && last.length + 1 + line.length <= DISCORD_LIMITS.fieldValue) values[values.length - 1] = `${last}\n${line}`;
    else if (values.length < maxFields) values.push(line);
    else break;
    shown += 1;
  }
  const hidden = lines.length - shown;
  if (hidden > 0) {
    const note = CHROME.moreSources(locale, hidden);
    const last = values.length - 1;
    // The note must show: it replaces trailing lines of the last field if needed.
    while (values[last]!.length + 1 + note.length > DISCORD_LIMITS.fieldValue && values[last]!.includes('\n')) {
      values[last] = values[last]!.slice(0, values[last]!.lastIndexOf('\n'));
    }
    values[last] = clip(`${values[last]}\n${note}`, DISCORD_LIMITS.fieldValue);
  }
  const label = safeText(t(locale, 'sources'), DISCORD_LIMITS.fieldName);
  return values.map((value, i) => ({ name: i === 0 ? label : ZWSP, value }));
}

function embedSize(embed: APIEmbed): number {
  let n = (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Total counted against Discord's 6,000 characters, over every embed of a message. */
export function messageEmbedSize(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedSize(e), 0);
}

/**
 * The reply as one embed inside every Discord limit, however long the data. When the 6,000-character total is
 * exceeded, in this order: the description beyond its first 1,024 characters, extra source fields, the
 * reply's fields from the last one (counted in a "…and N more" field), then the rest of the description.
 * The title (verdict) and the first sources field always stay.
 */
export function renderEmbed(reply: Reply, locale: Locale): APIEmbed {
  const title = safeText(reply.title.trim(), DISCORD_LIMITS.title);
  let description = safeText(reply.text.trim(), DISCORD_LIMITS.description);
  let sources = sourceFields(reply.sources, locale, MAX_SOURCE_FIELDS);
  const all = reply.fields.map((f) => ({
    name: safeText(f.name.trim(), DISCORD_LIMITS.fieldName) || ZWSP,
    value: safeText(f.value.trim(), DISCORD_LIMITS.fieldValue) || ZWSP,
  }));
  // Keep room for the sources and a "…and N more" field within 25 fields.
  let kept = Math.min(all.length, DISCORD_LIMITS.fields - sources.length - (all.length + sources.length > DISCORD_LIMITS.fields ? 1 : 0));
  const moreField = (): APIEmbedField[] => (kept < all.length ? [{ name: ELLIPSIS, value: CHROME.more(locale, all.length - kept) }] : []);
  const build = (): APIEmbed => {
    const embed: APIEmbed = { color: TONE_COLOURS[reply.tone] };
    if (title) embed.title = title;
    if (description) embed.description = description;
    const fields = [...all.slice(0, kept), ...moreField(), ...sources];
    if (fields.length > 0) embed.fields = fields;
    return embed;
  };
  let embed = build();
  const excess = (): number => embedSize(embed) - DISCORD_LIMITS.total;
  if (excess() > 0 && description.length > DESCRIPTION_FLOOR) {
    description = clip(description, Math.max(DESCRIPTION_FLOOR, description.length - excess()));
    embed = build();
  }
  if (excess() > 0 && sources.length > 1) {
    sources = sourceFields(reply.sources, locale, 1);
    embed = build();
  }
  while (excess() > 0 && kept > 0) {
    kept -= 1;
    embed = build();
  }
  if (excess() > 0) {
    description = clip(description, Math.max(0, description.length - excess()));
    embed = build();
  }
  return embed;
}

/**
 * Choices as buttons: suggestions grey, pages blue; ≤ 5 per row, ≤ 5 rows, labels ≤ 80, custom ids ≤ 100 and
 * unique. Each id carries its whole action (see `encodeCustomId`), so any instance answers the press; a choice
 * whose action cannot be carried is not drawn (none can today: options are short or are the label itself).
 */
export function renderButtons(reply: Reply, options: RenderOptions): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const max = DISCORD_LIMITS.rows * DISCORD_LIMITS.buttonsPerRow;
  const buttons: APIButtonComponentWithCustomId[] = [];
  reply.choices.slice(0, max).forEach((choice, index) => {
    const label = clip(defuseMentions(choice.label.trim()), DISCORD_LIMITS.buttonLabel) || String(index + 1);
    const customId = encodeCustomId({ kind: choice.kind, index, locale: options.locale, owner: options.owner, issuedAt: options.issuedAt, command: choice.command, options: choice.options }, label);
    if (customId === null) return;
    buttons.push({ type: ComponentType.Button, style: choice.kind === 'page' ? ButtonStyle.Primary : ButtonStyle.Secondary, label, custom_id: customId });
  });
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** A `Reply` as a Discord message: verdict in the embed title, the answer as description, sources as links, choices as buttons. */
export function renderReply(reply: Reply, options: RenderOptions): DiscordMessage {
  return { embeds: [renderEmbed(reply, options.locale)], components: renderButtons(reply, options), allowedMentions: NO_MENTIONS };
}

/** A short note of the adapter's own (expired buttons, someone else's pages), as plain content. */
export function renderNotice(kind: NoticeKind, locale: Locale, command: string | null): { content: string; allowedMentions: typeof NO_MENTIONS } {
  return { content: clip(defuseMentions(CHROME[kind](locale, command)), DISCORD_LIMITS.content), allowedMentions: NO_MENTIONS };
}

/** The same rows with every button disabled (expired buttons stay visible but inert). */
export function disableButtons(rows: readonly APIMessageTopLevelComponent[]): APIMessageTopLevelComponent[] {
  return rows.map((row) => {
    if (row.type !== ComponentType.ActionRow) return row;
    const components = row.components.map((c): APIComponentInMessageActionRow => (c.type === ComponentType.Button ? { ...c, disabled: true } : c));
    return { ...row, components };
  });
}
