import { loadCommands } from './command-registry';
import type { CommandServices } from './core/command';
import { Dispatcher, type DispatcherOptions, type ErrorLogger } from './core/dispatch';
import type { FactBase } from './core/fact-base';
import { loadFactBase } from './fact-files';

/**
 * The dispatcher with every command and the validated fact base: what each entry point (shell, CLI, Discord, Slack)
 * runs. Timed for `/metrics` unless `metered` is false: the shell and the one-shot CLI serve no `/metrics`, and
 * skip loading prom-client (~15–25 ms of a CLI run).
 */
export function createDispatcher(options: { dataDir?: string; facts?: FactBase; logger: ErrorLogger; services?: CommandServices; clock?: () => Date; metered?: boolean }): Dispatcher {
  const dispatcherOptions: DispatcherOptions = {
    commands: loadCommands(),
    facts: options.facts ?? loadFactBase(options.dataDir),
    logger: options.logger,
    services: options.services,
    clock: options.clock,
  };
  if (options.metered === false) return new Dispatcher(dispatcherOptions);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MeteredDispatcher } = require('./metrics') as typeof import('./metrics');
  return new MeteredDispatcher(dispatcherOptions);
}
