import type { Dispatcher } from '../../core/dispatch';
import type { Locale, Reply, ReplyChoice } from '../../core/reply';
import { parseLine, type ParsedLine } from '../command-text';
import { plainStyle, renderReply, type TerminalStyle } from './render';

export interface ShellTurn {
  reply: Reply;
  /** What the terminal shows. */
  output: string;
}

/**
 * One local chat: a line in, a reply out (a line without a slash is asked as /ask; a number picks a choice).
 * The interactive shell and the tests both drive it, so the whole command path (parse → dispatch → render)
 * runs in memory exactly as in the terminal.
 */
export class ShellSession {
  private choices: readonly ReplyChoice[] = [];

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly locale: Locale = 'en',
    private readonly style: TerminalStyle = plainStyle,
    private readonly userId = 'shell-user',
  ) {}

  async send(line: string): Promise<ShellTurn> {
    const trimmed = line.trim();
    const picked = /^\d{1,2}$/.test(trimmed) ? this.choices[Number(trimmed) - 1] : undefined;
    const parsed = picked ? { command: picked.command, options: picked.options } : this.parse(trimmed);
    const { reply } = await this.dispatcher.dispatch({
      command: parsed?.command ?? 'help',
      options: parsed?.options ?? {},
      locale: this.locale,
      // The person at the terminal owns the shell "channel".
      user: { id: this.userId, isManager: true },
      channel: { platform: 'shell', id: 'shell' },
      requestId: `shell-${Date.now()}`,
    });
    this.choices = reply.choices;
    return { reply, output: renderReply(reply, this.locale, this.style) };
  }

  /** `/command …` as typed; a bare `help` is /help; any other line without a slash is a question for /ask. */
  private parse(line: string): ParsedLine | null {
    if (line === '' || line.startsWith('/')) return parseLine(line, (n) => this.dispatcher.find(n));
    if (/^(help|aide|\?)$/i.test(line)) return { command: 'help', options: {} };
    return { command: 'ask', options: { question: line } };
  }
}
