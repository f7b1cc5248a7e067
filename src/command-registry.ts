import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CommandDefinition } from './core/command';

/** Folder of command definitions, next to `src/` both from source (ts-jest) and compiled (`dist/`). */
export const COMMANDS_DIR = path.resolve(__dirname, '..', 'commands');

function isCommandDefinition(value: unknown): value is CommandDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CommandDefinition>;
  return typeof v.name === 'string' && typeof v.run === 'function' && Array.isArray(v.options) && Array.isArray(v.examples);
}

/**
 * Every command in `commands/`: one file per command, file name = command name. Adding a command is
 * adding a file; adapters, `/help`, the Discord deploy body and the Slack manifest all read this list.
 */
export function loadCommands(dir = COMMANDS_DIR): CommandDefinition[] {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort();
  const commands: CommandDefinition[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as Record<string, unknown>;
    const defs = Object.values(mod).filter(isCommandDefinition);
    if (defs.length !== 1) throw new Error(`${file} must export exactly one command definition (found ${defs.length})`);
    const def = defs[0]!;
    if (def.name !== path.basename(file).replace(/\.(ts|js)$/, '')) throw new Error(`${file} defines /${def.name}: the file name must be the command name`);
    commands.push(def);
  }
  const order = ['signatory', 'timeline', 'ask', 'help'];
  return commands.sort((a, b) => rank(order, a.name) - rank(order, b.name) || a.name.localeCompare(b.name));
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}
