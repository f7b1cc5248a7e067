import { createInterface, type Interface } from 'node:readline';
import type { Dispatcher } from '../../core/dispatch';
import { t } from '../../core/i18n';
import type { Locale } from '../../core/reply';
import { ansiStyle, plainStyle } from './render';
import { ShellSession } from './session';

export const PROMPT = 'letterbot> ';

/**
 * Text from outside the conversation (alerts arriving, warnings from the logs): printed above the prompt,
 * never between a question and its answer. Outside the chat (before it starts, after it ends) they go to
 * `direct` when given, else they are held until a chat starts.
 */
export class ShellNotices {
  private held: { text: string; toError: boolean }[] = [];
  private sink: ((text: string, toError: boolean) => void) | null = null;

  constructor(private readonly direct: { out: (text: string) => void; err: (text: string) => void } | null = null) {}

  /** A block of chat text (an alert), on stdout. */
  print(text: string): void {
    this.emit(text, false);
  }

  /** A one-line warning for the person at the terminal, on stderr. */
  warn(line: string): void {
    this.emit(`${line.trimEnd()}\n`, true);
  }

  /** For `runShell`: where notices go while the chat runs (null when it ends). */
  attach(sink: ((text: string, toError: boolean) => void) | null): void {
    this.sink = sink;
    if (!sink) return;
    const held = this.held;
    this.held = [];
    for (const h of held) sink(h.text, h.toError);
  }

  private emit(text: string, toError: boolean): void {
    if (this.sink) this.sink(text, toError);
    else if (this.direct) (toError ? this.direct.err : this.direct.out)(text);
    else this.held.push({ text, toError });
  }
}

export interface ShellIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where warnings go (stderr); the chat output by default. */
  errorOutput?: NodeJS.WritableStream;
  /** ANSI colours (off when stdout is not a terminal or NO_COLOR is set). */
  color: boolean;
  /** Line editing, arrow-key history, Ctrl-C clears the line: on when input and output are a terminal. Default: `color`. */
  terminal?: boolean;
  locale?: Locale;
  notices?: ShellNotices;
}

/** `rl.clearLine()` exists on node's readline Interface (the REPL uses it) but is not in its typings. */
interface ClearableInterface extends Interface {
  clearLine?: () => void;
}

/**
 * The terminal chat: reads lines until end of input (Ctrl-D), /quit or /exit. A line without a slash is asked
 * as /ask; Ctrl-C clears the line being typed; notices wait while an answer is being worked out.
 */
export async function runShell(dispatcher: Dispatcher, io: ShellIo): Promise<void> {
  const locale = io.locale ?? 'en';
  const session = new ShellSession(dispatcher, locale, io.color ? ansiStyle : plainStyle);
  const terminal = io.terminal ?? io.color;
  const rl: ClearableInterface = createInterface({ input: io.input, output: io.output, terminal, prompt: PROMPT, historySize: 200 });
  const errorOutput = io.errorOutput ?? io.output;
  let busy = false;
  const waiting: { text: string; toError: boolean }[] = [];
  const write = (text: string, toError: boolean): void => {
    (toError ? errorOutput : io.output).write(text);
  };
  io.notices?.attach((text, toError) => {
    if (busy) {
      waiting.push({ text, toError });
      return;
    }
    // Clear the prompt line (keeping what was typed), print the notice, then draw the prompt again under it.
    if (terminal) io.output.write('\r\x1b[K');
    else io.output.write('\n');
    write(text.endsWith('\n') ? text : `${text}\n`, toError);
    rl.prompt(true);
  });
  rl.on('SIGINT', () => {
    // Ctrl-C: drop the line being typed and start a fresh one, as in a shell; Ctrl-D (or /quit) leaves.
    // While an answer is being worked out there is no prompt to redraw (the answer is a few ms away).
    if (busy) return;
    if (rl.clearLine) rl.clearLine();
    else io.output.write('\n');
    rl.prompt();
  });

  io.output.write(`${t(locale, 'shell.banner')}\n\n`);
  rl.prompt();
  try {
    for await (const line of rl) {
      const trimmed = line.trim();
      if (/^\/?(quit|exit)$/i.test(trimmed)) break;
      if (trimmed !== '') {
        busy = true;
        try {
          const { output } = await session.send(trimmed);
          io.output.write(`\n${output}\n\n`);
        } finally {
          busy = false;
          for (const w of waiting.splice(0)) write(w.text.endsWith('\n') ? w.text : `${w.text}\n`, w.toError);
        }
      }
      rl.prompt();
    }
  } finally {
    io.notices?.attach(null);
    rl.close();
  }
}
