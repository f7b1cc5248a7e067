import { config as loadDotenv } from 'dotenv';
import { createDispatcher } from './app';
import { runShell } from './adapters/shell/shell';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';

/** `npm start`: Discord and/or Slack when their tokens are set, otherwise the local shell chat. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  const dispatcher = createDispatcher({ dataDir: config.dataDir, logger });
  if (!config.discord && !config.slack) {
    await runShell(dispatcher, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) });
    return;
  }
  logger.info({ discord: Boolean(config.discord), slack: config.slack?.mode ?? false }, 'platform adapters are not available in this build yet');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`letterbot: ${error.message}\n`);
  else process.stderr.write(`letterbot: could not start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
