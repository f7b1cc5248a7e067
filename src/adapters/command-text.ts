import type { CommandDefinition } from '../core/command';
import { parseDateBound } from '../core/validate';

export interface ParsedLine {
  command: string;
  options: Record<string, string>;
}

/**
 * Text typed after a command (shell, CLI, Slack) → command and options.
 * `/timeline from:2025-01-01 to:2025-03` · `/signatory cate blanchet` · `/ask --lang fr who signed?`.
 * `name:value` / `--name value` are options only when `name` is one of the command's options; other words
 * are free text: a leading word that is an allowed value of an option fills it (`/alerts subscribe`), the rest
 * fills the first text option, or the options in order when the command has no text option; a lone date fills both
 * ends of a command's date range (`/timeline 2025-03`: March 2025).
 */
export function parseWords(words: readonly string[], find: (name: string) => CommandDefinition | undefined): ParsedLine | null {
  const [head, ...rest] = words;
  if (!head) return null;
  const command = head.replace(/^\//, '').toLowerCase();
  const def = find(command);
  const options: Record<string, string> = {};
  const free: string[] = [];
  const optionName = (raw: string): string | undefined => {
    const key = raw.toLowerCase();
    return def?.options.find((o) => o.name === key || o.nameFr === key)?.name;
  };
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const flag = /^--([\p{L}-]+)(?:=(.*))?$/u.exec(word);
    if (flag) {
      const name = optionName(flag[1]!);
      if (name) {
        const value = flag[2] ?? rest[i + 1];
        if (flag[2] === undefined) i += 1;
        options[name] = value ?? '';
        continue;
      }
    }
    const pair = /^([\p{L}]+):(.*)$/u.exec(word);
    if (pair && !word.startsWith('<')) {
      const name = optionName(pair[1]!);
      if (name) {
        options[name] = pair[2]!;
        continue;
      }
    }
    free.push(word);
  }
  // A leading word that is one of an option's allowed values fills that option: `/alerts subscribe …`.
  while (free.length > 0 && def) {
    const word = free[0]!.toLowerCase();
    const choice = def.options.find((o) => o.choices?.includes(word) && options[o.name] === undefined);
    if (!choice) break;
    options[choice.name] = word;
    free.shift();
  }
  if (free.length > 0 && def) {
    const textOption = def.options.find((o) => o.type === 'string' && !o.choices && options[o.name] === undefined);
    if (textOption) options[textOption.name] = free.join(' ');
    else {
      const open = def.options.filter((o) => options[o.name] === undefined);
      // A lone date typed without a name is the period it names: `/timeline 2025-03` is March 2025, from its first day
      // to its last (each date option takes its own end of the period).
      const start = open.find((o) => o.type === 'date' && o.dateBound === 'start');
      const end = open.find((o) => o.type === 'date' && o.dateBound === 'end');
      if (free.length === 1 && start && end && parseDateBound(free[0]!, 'start').ok) {
        options[start.name] = free[0]!;
        options[end.name] = free[0]!;
        return { command, options };
      }
      free.forEach((w, i) => {
        const target = open[i];
        if (target) options[target.name] = w;
      });
    }
  }
  return { command, options };
}

export function parseLine(line: string, find: (name: string) => CommandDefinition | undefined): ParsedLine | null {
  return parseWords(line.trim().split(/\s+/).filter(Boolean), find);
}
