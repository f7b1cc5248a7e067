import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { scrubSecrets } from './adapters/faults';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
type LevelName = keyof typeof LEVELS;
const LEVEL_WORDS: Readonly<Record<number, string>> = { 40: 'warning', 50: 'error', 60: 'fatal' };
const SECRET_KEYS = new Set(['token', 'botToken', 'appToken', 'signingSecret', 'authorization']);

type LogMethod = (details: Record<string, unknown>, message: string) => void;
export type ShellLogger = Record<LevelName, LogMethod>;

/**
 * The local shell's logger: every line at `level` goes to `file` as JSON (the same shape as pino's: level,
 * time, msg, errors as `{type, message, stack}`), and only warnings and errors reach the person at the
 * terminal, as one short human line handed to `warn` (the shell prints it above the prompt, never between a
 * question and its answer). Nothing else is written to the terminal. No pino: the shell starts faster without it.
 */
export function createShellLogger(level: string, file: string, warn: (line: string) => void): ShellLogger {
  const threshold = level === 'silent' ? Infinity : (LEVELS[level as LevelName] ?? LEVELS.info);
  let dirReady = false;
  let fileFailed = false;
  const write = (value: number, details: Record<string, unknown>, message: string): void => {
    if (value < threshold) return;
    const line = scrubSecrets(JSON.stringify({ level: value, time: Date.now(), app: 'letterbot', ...serialise(details), msg: message }));
    try {
      if (!dirReady) mkdirSync(path.dirname(file), { recursive: true });
      dirReady = true;
      appendFileSync(file, `${line}\n`);
    } catch (error) {
      if (!fileFailed) warn(`letterbot warning: cannot write ${file} (${(error as Error).message}); warnings are still shown here`);
      fileFailed = true;
    }
    if (value >= LEVELS.warn) warn(`letterbot ${LEVEL_WORDS[value]}: ${message} (details in ${file})`);
  };
  const method = (name: LevelName): LogMethod => (details, message) => write(LEVELS[name], details, message);
  return { trace: method('trace'), debug: method('debug'), info: method('info'), warn: method('warn'), error: method('error'), fatal: method('fatal') };
}

/** Errors as `{type, message, stack}` (they have no enumerable fields); token-named fields blanked. */
function serialise(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (SECRET_KEYS.has(key)) out[key] = '[redacted]';
    else if (value instanceof Error) out[key] = { type: value.name, message: value.message, stack: value.stack };
    else out[key] = value;
  }
  return out;
}
