#!/usr/bin/env node
import { createDispatcher } from './app';
import { parseWords } from './adapters/shell/parse';
import { renderReply } from './adapters/shell/render';
import { toLocale } from './core/i18n';
import { t } from './core/i18n';
import { readConfig } from './config';
import { createLogger } from './logger';

const USAGE = `usage: letterbot <command> [text] [--option value] [--json] [--lang en|fr]
  letterbot signatory "cate blanchet" --json
  letterbot timeline --from 2025-01-01 --to 2025-03-31 --json
  letterbot ask "how many people signed?" --lang fr --json
  letterbot help`;

/**
 * One-shot commands for scripts: prints the reply (or its JSON with --json) and exits 0; bad input exits 2
 * with one line on stderr; an internal fault exits 1.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const args = [...argv];
  const json = removeFlag(args, '--json');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    (args.length === 0 ? out.stderr : out.stdout)(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
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
  const { reply, outcome } = await dispatcher.dispatch({
    command: parsed.command,
    options: parsed.options,
    locale,
    user: { id: 'cli', isManager: true },
    channel: { platform: 'cli', id: 'cli' },
    requestId: `cli-${process.pid}`,
  });
  if (outcome !== 'ok') {
    out.stderr(`letterbot: ${reply.text.replace(/\s+/g, ' ')}\n`);
    return outcome === 'user_error' ? 2 : 1;
  }
  out.stdout(json ? `${JSON.stringify(reply.data ?? {}, null, 2)}\n` : `${renderReply(reply, locale)}\n`);
  return 0;
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
