import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT = { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'botToken', 'appToken', 'signingSecret'], censor: '[redacted]' };

/** Structured JSON logs on stderr (stdout stays for the shell chat and `--json`); token-like fields are redacted. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'letterbot' }, redact: REDACT }, pino.destination(2));
}

const LEVEL_NAMES: Readonly<Record<number, string>> = { 40: 'warning', 50: 'error', 60: 'fatal' };

/**
 * The local shell's logger: every line at `level` goes to `file` (JSON, as on a server), and only warnings and
 * errors reach the person at the terminal, as one short human line handed to `warn` (the shell prints it above
 * the prompt, never between a question and its answer). Nothing else is written to the terminal.
 */
export function createShellLogger(level: string, file: string, warn: (line: string) => void): Logger {
  if (level === 'silent') return pino({ level: 'silent' });
  const atLeastWarn = pino.levels.values[level]! > pino.levels.values.warn! ? (level as pino.Level) : 'warn';
  const streams: pino.StreamEntry[] = [
    { level: level as pino.Level, stream: pino.destination({ dest: file, mkdir: true, sync: true }) },
    { level: atLeastWarn, stream: { write: (json: string): void => warn(humanLine(json, file)) } },
  ];
  return pino({ level, base: { app: 'letterbot' }, redact: REDACT }, pino.multistream(streams));
}

function humanLine(json: string, file: string): string {
  try {
    const entry = JSON.parse(json) as { level?: number; msg?: string };
    return `letterbot ${LEVEL_NAMES[entry.level ?? 40] ?? 'warning'}: ${entry.msg ?? ''} (details in ${file})`;
  } catch {
    return `letterbot warning: ${json.trim()}`;
  }
}
