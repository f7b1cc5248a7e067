import { loadCommands } from './command-registry';
import type { CommandServices } from './core/command';
import type { Dispatcher, ErrorLogger } from './core/dispatch';
import { loadFactBase } from './fact-files';
import { MeteredDispatcher } from './metrics';

/** The dispatcher with every command and the validated fact base: what each entry point (shell, CLI, Discord, Slack) runs; timed for `/metrics`. */
export function createDispatcher(options: { dataDir?: string; logger: ErrorLogger; services?: CommandServices; clock?: () => Date }): Dispatcher {
  return new MeteredDispatcher({
    commands: loadCommands(),
    facts: loadFactBase(options.dataDir),
    logger: options.logger,
    services: options.services,
    clock: options.clock,
  });
}
