import type { types } from '@slack/bolt';
import { formatDay, t } from '../../core/i18n';
import type { Locale, Reply, ReplyChoice, ReplyTone, SourceLink } from '../../core/reply';
import { httpUrl } from '../links';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type ContextBlock = types.ContextBlock;
type ActionsBlock = types.ActionsBlock;
type Button = types.Button;

/** Slack's Block Kit limits this renderer keeps to (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** The message's top-level `text` (notifications, screen readers, old clients). */
  fallbackText: 3000,
} as const;

/** `action_id` of a choice button: `letterbot.choice.<command>.<index>` (the value holds the full request). */
export const CHOICE_ACTION_PREFIX = 'letterbot.choice.';
export const SHARE_ACTION_ID = 'letterbot.share';

/** What a button re-runs: a command, its options and the language the answer was in. */
export interface ActionValue {
  command: string;
  options: Record<string, string>;
  locale: Locale;
}

export interface SlackMessage {
  /** Plain fallback for notifications and clients without blocks. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  locale: Locale;
  /**
   * `private`: the asker's ephemeral copy, with choice buttons and (for shareable answers) "Share in channel".
   * `shared`: the copy posted in the channel, without buttons.
   */
  audience: 'private' | 'shared';
  /** The request that produced the reply: what "Share in channel" runs again. */
  request?: ActionValue;
}

/** The adapter's own few words (platform chrome, not answers), from core/i18n. */
const CHROME = {
  share: (locale: Locale): string => t(locale, 'slack.share'),
  more: (locale: Locale, n: number): string => `…${t(locale, 'chrome.more', { count: n })}`,
  moreSources: (locale: Locale, n: number): string => `…${t(locale, 'chrome.more_sources', { count: n })}`,
};

const TONE_EMOJI: Record<ReplyTone, string> = { positive: '✅', negative: '➖', uncertain: '❔', neutral: '', error: '⚠️' };

/**
 * Escape text for Slack: `&`, `<` and `>` become entities, so `<!channel>`, `<@U123>` or a `<url|label>`
 * typed by a user (or found in data) is shown, never executed; `@everyone`/`@here`/`@channel` get a word
 * joiner after the `@` so no client turns them into a ping.
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(everyone|here|channel)\b/gi, '@\u2060$1');
}

/** Cut escaped text to `max` characters without splitting an entity or a surrogate pair; adds `…` when cut. */
export function truncateEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeCut(text, max - 1)}…`;
}

/** Index at or before `at` that splits neither an `&…;` entity nor a surrogate pair. */
function safeCutIndex(text: string, at: number): number {
  let cut = Math.max(0, Math.min(at, text.length));
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp >= cut - 5) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

function safeCut(text: string, max: number): string {
  return text.slice(0, safeCutIndex(text, max));
}

/** Split escaped text into chunks of at most `max` characters, at paragraph, line or word breaks when possible. */
export function splitEscaped(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = safeCutIndex(rest, max);
    if (cut <= 0) cut = max;
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim()) chunks.push(rest);
  return chunks;
}

export function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: truncateEscaped(escapeSlack(text), max) || ' ', emoji: true };
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

/** Only http(s) URLs become links; `|`, `<`, `>` and spaces are percent-encoded and `&` escaped so the markup holds. */
function safeUrl(raw: string): string | null {
  const url = httpUrl(raw);
  if (!url) return null;
  return url.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20').replace(/&/g, '&amp;');
}

/** One source as `<url|publisher> (date)`, escaped; without a link when the URL is not http(s). */
export function sourceMarkup(source: SourceLink, locale: Locale): string {
  const publisher = truncateEscaped(escapeSlack(source.publisher.replace(/\|/g, '/')), 200) || 'source';
  const url = safeUrl(source.url);
  const date = source.date ? ` (${escapeSlack(formatDay(source.date, locale))})` : '';
  return url && url.length <= 1500 ? `<${url}|${publisher}>${date}` : `${publisher}${date}`;
}

/** Sources as one context block of `<url|publisher> (date)` links; what does not fit is counted, not dropped silently. */
function sourcesBlock(sources: readonly SourceLink[], locale: Locale): ContextBlock | null {
  if (sources.length === 0) return null;
  const label = `*${escapeSlack(t(locale, 'sources'))}:*`;
  const elements: string[] = [label];
  let shown = 0;
  for (const source of sources) {
    const part = sourceMarkup(source, locale);
    const last = elements[elements.length - 1]!;
    const joined = `${last}${last === label ? ' ' : ' · '}${part}`;
    if (joined.length <= SLACK_LIMITS.contextText) elements[elements.length - 1] = joined;
    // Keep the last element free for the "…and N more sources" note.
    else if (elements.length < SLACK_LIMITS.contextElements - 1) elements.push(part);
    else break;
    shown += 1;
  }
  const hidden = sources.length - shown;
  if (hidden > 0) {
    const note = `_${escapeSlack(CHROME.moreSources(locale, hidden))}_`;
    const last = elements[elements.length - 1]!;
    if (last.length + note.length + 3 <= SLACK_LIMITS.contextText) elements[elements.length - 1] = `${last} · ${note}`;
    else elements.push(note);
  }
  return { type: 'context', elements: elements.map((text) => ({ type: 'mrkdwn', text })) };
}

/**
 * The JSON a button carries, or null if it would not fit Slack's 2,000 characters. `&`, `<` and `>` are
 * written as JSON `\u` escapes, so even this hidden value never holds mention markup (JSON.parse restores them).
 */
export function encodeActionValue(value: ActionValue): string | null {
  const json = JSON.stringify({ command: value.command, options: value.options, locale: value.locale })
    .replace(/&/g, '\\u0026')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return json.length <= SLACK_LIMITS.buttonValue ? json : null;
}

function choiceButton(choice: ReplyChoice, index: number, locale: Locale): Button | null {
  const value = encodeActionValue({ command: choice.command, options: choice.options, locale });
  const actionId = `${CHOICE_ACTION_PREFIX}${choice.command}.${index}`;
  if (!value || actionId.length > SLACK_LIMITS.actionId) return null;
  return { type: 'button', action_id: actionId, text: plain(choice.label, SLACK_LIMITS.buttonText), value };
}

/** Share only real answers: not errors, not replies the core keeps private (help), not "did you mean" questions. */
export function isShareable(reply: Reply): boolean {
  return reply.tone !== 'error' && !reply.ephemeral && !reply.choices.some((c) => c.kind === 'suggestion');
}

function actionBlocks(reply: Reply, options: RenderOptions, maxBlocks: number): ActionsBlock[] {
  if (options.audience !== 'private') return [];
  const buttons = reply.choices.map((c, i) => choiceButton(c, i, options.locale)).filter((b): b is Button => b !== null);
  const shareValue = options.request && isShareable(reply) ? encodeActionValue(options.request) : null;
  if (shareValue) buttons.push({ type: 'button', action_id: SHARE_ACTION_ID, text: plain(CHROME.share(options.locale), SLACK_LIMITS.buttonText), value: shareValue });
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length && blocks.length < maxBlocks; i += SLACK_LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + SLACK_LIMITS.actionsElements) });
  }
  return blocks;
}

function fieldText(name: string, value: string): string {
  return `*${escapeSlack(name)}*\n${escapeSlack(value)}`;
}

/** Fields: short ones side by side in one section (≤ 10), long ones as a section each. */
function fieldBlocks(reply: Reply): SectionBlock[] {
  const texts = reply.fields.map((f) => fieldText(f.name, f.value));
  if (texts.length === 0) return [];
  const compact = texts.every((text) => text.length <= 200);
  if (compact) {
    const blocks: SectionBlock[] = [];
    for (let i = 0; i < texts.length; i += SLACK_LIMITS.fields) {
      blocks.push({ type: 'section', fields: texts.slice(i, i + SLACK_LIMITS.fields).map((text) => ({ type: 'mrkdwn', text })) });
    }
    return blocks;
  }
  return texts.flatMap((text) => splitEscaped(text, SLACK_LIMITS.sectionText).map(section));
}

function headerText(reply: Reply): string {
  const emoji = TONE_EMOJI[reply.tone];
  const title = reply.title.trim() || 'letterbot';
  return emoji ? `${emoji} ${title}` : title;
}

/**
 * A `Reply` as a Slack message: header (verdict), the answer in mrkdwn sections, fields, sources as links in
 * a context block, choices as buttons and "Share in channel". Every user- or data-derived string is escaped;
 * the only markup left is our own `<url|publisher>` links. Always within Slack's limits (≤ 50 blocks, section
 * text ≤ 3,000 characters, …): what does not fit ends in a "…and N more" line.
 */
export function renderReply(reply: Reply, options: RenderOptions): SlackMessage {
  const header: KnownBlock = { type: 'header', text: plain(headerText(reply), SLACK_LIMITS.headerText) };
  const body: KnownBlock[] = [...splitEscaped(escapeSlack(reply.text), SLACK_LIMITS.sectionText).map(section), ...fieldBlocks(reply)];
  const context = sourcesBlock(reply.sources, options.locale);
  // Header, sources, a possible "…and N more" line and at least one body block come first; buttons get the rest (≤ 2 rows).
  const actions = actionBlocks(reply, options, Math.min(2, SLACK_LIMITS.blocks - 4));
  const tail: KnownBlock[] = [...(context ? [context] : []), ...actions];
  const room = SLACK_LIMITS.blocks - 1 - tail.length;
  let shownBody = body;
  if (body.length > room) {
    const kept = room - 1;
    shownBody = [...body.slice(0, kept), section(`_${escapeSlack(CHROME.more(options.locale, body.length - kept))}_`)];
  }
  return { text: fallbackText(reply), blocks: [header, ...shownBody, ...tail] };
}

function fallbackText(reply: Reply): string {
  const plainText = [headerText(reply), reply.text].filter((s) => s.trim()).join('\n');
  return truncateEscaped(escapeSlack(plainText), SLACK_LIMITS.fallbackText);
}

/** A short notice (fallbacks such as "I can't post in this channel"): one section, escaped. */
export function renderNotice(text: string): SlackMessage {
  const escaped = truncateEscaped(escapeSlack(text), SLACK_LIMITS.sectionText);
  return { text: escaped, blocks: [section(escaped)] };
}
