import { loadCommands } from './command-registry';
import type { CommandServices } from './core/command';
import { Dispatcher, type ErrorLogger } from './core/dispatch';
import { loadFactBase } from './fact-files';

/** The dispatcher with every command and the validated fact base: what each entry point (shell, CLI, Discord, Slack) runs. */
export function createDispatcher(options: { dataDir?: string; logger: ErrorLogger; services?: CommandServices; clock?: () => Date }): Dispatcher {
  return new Dispatcher({
    commands: loadCommands(),
    facts: loadFactBase(options.dataDir),
    logger: options.logger,
    services: options.services,
    clock: options.clock,
  });
}
