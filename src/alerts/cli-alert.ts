import { createDispatcher } from '../app';
import { readConfig } from '../config';
import { createLogger } from '../logger';
import { answerOnce, type CliOutput } from '../one-shot';
import { StoreAlertsService } from './service';
import { openAlertStore } from './runtime';

export const ALERT_USAGE = 'usage: letterbot alert "text" [--link https://…] [--topic editor|signatories|timeline|corrections] [--json]';

/**
 * `letterbot alert "text" [--link URL] [--topic editor]`: queue an editor alert in the database, through
 * `/alerts send` (same validation, same texts). The running bot's worker delivers it within a second; if
 * no bot runs, it waits in the outbox for the next start.
 */
export async function runAlertCli(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  out: CliOutput,
  json: boolean,
): Promise<number> {
  const options: Record<string, string> = { action: 'send' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = /^--(link|topic)(?:=(.*))?$/.exec(args[i]!);
    if (!flag) {
      if (args[i]!.startsWith('--')) {
        out.stderr(`letterbot: unknown option ${args[i]!.slice(0, 40)}\n${ALERT_USAGE}\n`);
        return 2;
      }
      words.push(args[i]!);
      continue;
    }
    const value = flag[2] ?? args[++i];
    if (value === undefined) {
      out.stderr(`letterbot: --${flag[1]} needs a value\n${ALERT_USAGE}\n`);
      return 2;
    }
    options[flag[1] === 'topic' ? 'topics' : 'link'] = value;
  }
  if (words.length > 0) options.text = words.join(' ');
  const config = readConfig(env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const store = await openAlertStore(config.alerts);
  try {
    const dispatcher = createDispatcher({ dataDir: config.dataDir, logger, services: { alerts: new StoreAlertsService(store) } });
    return await answerOnce(dispatcher, { command: 'alerts', options, locale: 'en' }, json, out);
  } finally {
    await store.close();
  }
}
