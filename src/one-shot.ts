import { renderReply } from './adapters/shell/render';
import type { Dispatcher } from './core/dispatch';
import type { Locale } from './core/reply';

export interface CliOutput {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * Run one command for the CLI, as whoever runs commands on the bot's host (a manager), and print the reply:
 * its JSON with `json`, else terminal text. Returns the exit status: 0, 2 for bad input (one line on stderr), 1 for a fault.
 */
export async function answerOnce(dispatcher: Dispatcher, request: { command: string; options: Record<string, string>; locale: Locale }, json: boolean, out: CliOutput): Promise<number> {
  const { reply, outcome } = await dispatcher.dispatch({
    ...request,
    user: { id: 'cli', isManager: true },
    channel: { platform: 'cli', id: 'cli' },
    requestId: `cli-${process.pid}`,
  });
  if (outcome !== 'ok') {
    out.stderr(`letterbot: ${reply.text.replace(/\s+/g, ' ')}\n`);
    return outcome === 'user_error' ? 2 : 1;
  }
  out.stdout(json ? `${JSON.stringify(reply.data ?? {}, null, 2)}\n` : `${renderReply(reply, request.locale)}\n`);
  return 0;
}
