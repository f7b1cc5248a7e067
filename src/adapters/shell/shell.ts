import { createInterface } from 'node:readline';
import type { Dispatcher } from '../../core/dispatch';
import type { Locale } from '../../core/reply';
import { ansiStyle, plainStyle } from './render';
import { ShellSession } from './session';

const BANNER = [
  'letterbot — local chat (no Discord or Slack tokens set).',
  'Try: /signatory cate blanchet · /timeline from:2025-01-01 to:2025-03-31 · /ask how many people signed? · /help',
  'Ctrl-D or /quit to leave.',
].join('\n');

/** Lets text printed from elsewhere (alerts arriving) put the prompt back under it. */
export interface ShellPrompt {
  show: () => void;
}

/** The terminal chat: reads lines from stdin until end of input or /quit. */
export async function runShell(
  dispatcher: Dispatcher,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; color: boolean; locale?: Locale; prompt?: ShellPrompt },
): Promise<void> {
  const session = new ShellSession(dispatcher, io.locale ?? 'en', io.color ? ansiStyle : plainStyle);
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.color, prompt: 'letterbot> ' });
  if (io.prompt) io.prompt.show = () => rl.prompt(true);
  io.output.write(`${BANNER}\n\n`);
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === '/quit' || trimmed === '/exit') break;
    if (trimmed !== '') {
      const { output } = await session.send(trimmed);
      io.output.write(`\n${output}\n\n`);
    }
    rl.prompt();
  }
  rl.close();
}
