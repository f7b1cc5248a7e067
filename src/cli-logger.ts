/** What the one-shot CLI logs: faults only. */
export interface CliLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The one-shot CLI's logger: a fault as one human line on stderr (with its stack at `debug`/`trace`), nothing
 * at `fatal`/`silent`. No pino: a script calling `letterbot` should not pay for it at every run.
 */
export function createCliLogger(level: string, write: (line: string) => void): CliLogger {
  const quiet = level === 'fatal' || level === 'silent';
  const verbose = level === 'debug' || level === 'trace';
  return {
    error(details, message) {
      if (quiet) return;
      const err = [details.err, details.error].find((e): e is Error => e instanceof Error);
      const command = typeof details.command === 'string' ? ` (/${details.command})` : '';
      const cause = err ? `: ${err.message.split('\n')[0]}` : '';
      write(`letterbot: ${message}${command}${cause}\n${verbose && err?.stack ? `${err.stack}\n` : ''}`);
    },
  };
}
