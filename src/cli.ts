#!/usr/bin/env node
import { createDispatcher } from './app';
import { runAlertCli } from './alerts/cli-alert';
import { parseWords } from './adapters/command-text';
import { toLocale } from './core/i18n';
import { t } from './core/i18n';
import { readConfig } from './config';
import { runDoctor } from './doctor';
import { createLogger } from './logger';
import { answerOnce, type CliOutput } from './one-shot';

const USAGE = `usage: letterbot <command> [text] [--option value] [--json] [--lang en|fr]
  letterbot signatory "cate blanchet" --json
  letterbot timeline --from 2025-01-01 --to 2025-03-31 --json
  letterbot ask "how many people signed?" --lang fr --json
  letterbot help
  letterbot alert "text" [--link URL] [--topic editor]   (queue a newsroom alert for the running bot)`;

/**
 * One-shot commands for scripts: prints the reply (or its JSON with --json) and exits 0; bad input exits 2
 * with one line on stderr; an internal fault exits 1.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  const args = [...argv];
  const json = removeFlag(args, '--json');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    (args.length === 0 ? out.stderr : out.stdout)(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === 'alert') return runAlertCli(args.slice(1), env, out, json);
  if (args[0] === 'doctor') return runDoctor(args.slice(1), env, out);
  const config = readConfig(env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const dispatcher = createDispatcher({ dataDir: config.dataDir, logger });
  const def = dispatcher.find(args[0]!);
  // --lang sets the answer language; for /ask it is also the command's own option.
  const langIndex = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langIndex === -1 ? undefined : args[langIndex]!.includes('=') ? args[langIndex]!.split('=')[1] : args[langIndex + 1];
  if (langIndex !== -1 && !def?.options.some((o) => o.name === 'lang')) args.splice(langIndex, args[langIndex]!.includes('=') ? 1 : 2);
  const parsed = parseWords(args, (n) => dispatcher.find(n))!;
  const locale = toLocale(langValue ?? 'en');
  return answerOnce(dispatcher, { command: parsed.command, options: parsed.options, locale }, json, out);
}

function removeFlag(args: string[], flag: string): boolean {
  const i = args.indexOf(flag);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
}

if (require.main === module) {
  runCli(process.argv.slice(2), process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`letterbot: ${t('en', 'error.internal')} (${(error as Error).message.split('\n')[0]})\n`);
      process.exitCode = 1;
    });
}
