import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT = { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'botToken', 'appToken', 'signingSecret'], censor: '[redacted]' };

/** Structured JSON logs on stderr (stdout stays for the shell chat and `--json`); token-like fields are redacted. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'letterbot' }, redact: REDACT }, pino.destination(2));
}
