import { t } from '../../core/i18n';
import type { Locale, Reply, ReplyChoice } from '../../core/reply';

export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  tone(reply: Reply, s: string): string;
}

export const plainStyle: TerminalStyle = { bold: (s) => s, dim: (s) => s, tone: (_r, s) => s };

const TONE_COLOURS: Record<Reply['tone'], number> = { positive: 32, negative: 33, uncertain: 36, neutral: 37, error: 31 };

export const ansiStyle: TerminalStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  tone: (reply, s) => `\x1b[${TONE_COLOURS[reply.tone]}m${s}\x1b[39m`,
};

/** A reply as terminal text; choices become a numbered list the user answers by typing the number. */
export function renderReply(reply: Reply, locale: Locale, style: TerminalStyle = plainStyle): string {
  const lines: string[] = [style.tone(reply, style.bold(reply.title)), ''];
  if (reply.text) lines.push(reply.text);
  for (const f of reply.fields) lines.push('', style.bold(f.name), `  ${f.value.replace(/\n/g, '\n  ')}`);
  if (reply.sources.length > 0) {
    lines.push('', style.bold(`${t(locale, 'sources')}:`));
    reply.sources.forEach((s, i) => lines.push(`  [${i + 1}] ${s.publisher}, “${s.title}” (${s.date})`, style.dim(`      ${s.url}`)));
  }
  if (reply.choices.length > 0) lines.push('', renderChoices(reply.choices, locale, style));
  return lines.join('\n');
}

function renderChoices(choices: readonly ReplyChoice[], locale: Locale, style: TerminalStyle): string {
  return choices.map((c, i) => `  ${style.bold(`${i + 1})`)} ${c.label}`).join('\n') + '\n' + style.dim(`  ${t(locale, 'shell.pick')}`);
}
