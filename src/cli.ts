#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWords } from './adapters/command-text';
import { loadCommands } from './command-registry';
import type { CommandDefinition, OptionDefinition } from './core/command';
import { t, toLocale, type MessageKey } from './core/i18n';
import type { Locale } from './core/reply';
import type { CliOutput } from './one-shot';

/** What a top-level subcommand gets: the environment (for `readConfig`), where to print, and the global flags. */
export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  out: CliOutput;
  /** `--json` was given (already removed from the arguments). */
  json: boolean;
  /** `--lang`, else English. */
  locale: Locale;
}

/**
 * A top-level subcommand that is not a chat command (those come from `commands/` on their own).
 * `letterbot --help` lists it, `letterbot <name> --help` prints its usage and examples (exit 0), and `run`
 * gets the words after its name (`--json`, `--help` and `--version` already handled). To add one, add an entry
 * to SUBCOMMANDS: an i18n key for the summary (en and fr in src/core/i18n.ts), usage, examples and `run`.
 * Load heavy modules inside `run` and `usage`, so `letterbot --help` stays fast.
 */
export interface Subcommand {
  /** One line for `letterbot --help`: an i18n key. */
  summary: MessageKey;
  /** The syntax line(s), without the leading "usage:". */
  usage: () => string;
  /** Complete command lines, e.g. `letterbot alert "Correction at 6pm"`. */
  examples: readonly string[];
  /** Returns the exit status: 0 done, 2 bad input (one line on stderr), 1 internal fault. */
  run: (args: string[], ctx: CliContext) => Promise<number>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each subcommand loads its module only when it runs */
export const SUBCOMMANDS: Record<string, Subcommand> = {
  alert: {
    summary: 'cli.alert.summary',
    usage: () => (require('./alerts/cli-alert') as typeof import('./alerts/cli-alert')).ALERT_USAGE.replace(/^usage: /, ''),
    examples: ['letterbot alert "Correction coming at 6pm"', 'letterbot alert "The letter now has 500 signatories" --topic signatories --link https://www.example.com/story'],
    run: (args, ctx) => (require('./alerts/cli-alert') as typeof import('./alerts/cli-alert')).runAlertCli(args, ctx.env, ctx.out, ctx.json),
  },
  data: {
    summary: 'cli.data.summary',
    usage: () => (require('./data-editor/cli') as typeof import('./data-editor/cli')).DATA_USAGE.replace(/^usage: /, ''),
    examples: ['letterbot data check', 'letterbot data add signatory --name "Jane Doe" --known-for-en Actress --known-for-fr Actrice --role actor --source the-outlet-2025-03-18'],
    run: (args, ctx) => (require('./data-editor/cli') as typeof import('./data-editor/cli')).runDataCli(args, ctx.env, ctx.out),
  },
  doctor: {
    summary: 'cli.doctor.summary',
    usage: () => 'letterbot doctor',
    examples: ['letterbot doctor'],
    run: (args, ctx) => (require('./doctor') as typeof import('./doctor')).runDoctor([...args, '--lang', ctx.locale], ctx.env, ctx.out),
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Flags every command takes; anything else starting with `-` must be one of the command's own options. */
const GLOBAL_FLAGS = { json: '--json', lang: '--lang en|fr', help: '-h, --help', version: '-V, --version' } as const;

/**
 * One-shot commands for scripts: prints the reply (or its JSON with --json) and exits 0; bad input (including
 * an unknown command, flag or option) exits 2 with one line on stderr; an internal fault exits 1.
 */
export async function runCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, out: CliOutput): Promise<number> {
  const args = [...argv];
  const json = removeFlag(args, '--json');
  const help = removeFlag(args, '--help') || removeFlag(args, '-h');
  const version = removeFlag(args, '--version') || removeFlag(args, '-V');
  const lang = takeLang(args);
  const locale = toLocale(lang.value ?? 'en');
  const fail = (line: string): number => {
    out.stderr(`letterbot: ${line}\n`);
    return 2;
  };

  if (version) {
    out.stdout(`letterbot ${packageVersion()}\n`);
    return 0;
  }
  if (lang.given && lang.value !== 'en' && lang.value !== 'fr') return fail(t(locale, 'cli.bad_lang', { value: clipArg(lang.value ?? '') }));
  const [name, ...rest] = args;
  if (name === undefined) {
    if (help) out.stdout(`${mainHelp(locale)}\n`);
    else out.stderr(`${mainHelp(locale)}\n`);
    return help ? 0 : 2;
  }
  if (name.startsWith('-')) return fail(t(locale, 'cli.unknown_flag', { flag: clipArg(name) }));

  const sub = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (sub) {
    // `letterbot data add event --help`: a subcommand's own action gets the flag back and explains itself.
    if (help && rest.length > 0) return sub.run([...rest, '--help'], { env, out, json, locale });
    if (help) {
      out.stdout(`${subcommandHelp(sub, locale)}\n`);
      return 0;
    }
    return sub.run(rest, { env, out, json, locale });
  }

  const commands = loadCommands();
  const find = (n: string): CommandDefinition | undefined => commands.find((c) => c.name === n.toLowerCase() || c.nameFr === n.toLowerCase());
  // `letterbot help signatory` is `letterbot signatory --help`.
  const asked = name === 'help' && rest[0] !== undefined ? rest[0] : undefined;
  if (asked !== undefined) {
    const target = find(asked);
    if (target) {
      out.stdout(`${commandHelp(target, locale)}\n`);
      return 0;
    }
    if (Object.hasOwn(SUBCOMMANDS, asked)) {
      out.stdout(`${subcommandHelp(SUBCOMMANDS[asked]!, locale)}\n`);
      return 0;
    }
  }
  const def = find(name);
  if (!def) return fail(t(locale, 'cli.unknown_command', { command: clipArg(name), commands: commandNames(commands).join(', ') }));
  if (help) {
    out.stdout(`${commandHelp(def, locale)}\n`);
    return 0;
  }
  const problem = checkFlags(def, rest, locale);
  if (problem) return fail(problem);
  // --lang sets the answer language; for /ask it is also the command's own option.
  if (lang.given && def.options.some((o) => o.name === 'lang')) rest.push('--lang', lang.value ?? '');
  const parsed = parseWords([def.name, ...rest], find)!;
  return answer({ command: parsed.command, options: parsed.options, locale }, env, json, out);
}

/** Load the fact base and run one command: only now are the config (zod) and data loaded. */
async function answer(request: { command: string; options: Record<string, string>; locale: Locale }, env: CliContext['env'], json: boolean, out: CliOutput): Promise<number> {
  /* eslint-disable @typescript-eslint/no-require-imports -- `--help` and `--version` never load them */
  const { readConfig } = require('./config') as typeof import('./config');
  const { createCliLogger } = require('./cli-logger') as typeof import('./cli-logger');
  const { createDispatcher } = require('./app') as typeof import('./app');
  const { answerOnce } = require('./one-shot') as typeof import('./one-shot');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = readConfig(env);
  const dispatcher = createDispatcher({ dataDir: config.dataDir, logger: createCliLogger(config.logLevel, out.stderr), metered: false });
  return answerOnce(dispatcher, request, json, out);
}

/** An unknown `--flag`, `-x` or a flag without its value, as one line; null when every flag is the command's. */
function checkFlags(def: CommandDefinition, args: readonly string[], locale: Locale): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) continue;
    const flag = /^--([\p{L}-]+)(=.*)?$/u.exec(arg);
    const option = flag ? def.options.find((o) => o.name === flag[1]!.toLowerCase() || o.nameFr === flag[1]!.toLowerCase()) : undefined;
    if (!option) return t(locale, 'cli.unknown_option', { command: def.name, option: clipArg(arg.split('=')[0]!) });
    if (flag![2] === undefined) {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) return t(locale, 'cli.missing_value', { option: `--${option.name}` });
      i += 1;
    }
  }
  return null;
}

/** Pull `--lang x` / `--lang=x` out of the arguments (the one global flag with a value). */
function takeLang(args: string[]): { given: boolean; value: string | undefined } {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i === -1) return { given: false, value: undefined };
  const arg = args[i]!;
  const value = arg.includes('=') ? arg.slice('--lang='.length) : args[i + 1];
  args.splice(i, arg.includes('=') || value === undefined ? 1 : 2);
  return { given: true, value: value?.toLowerCase() };
}

function removeFlag(args: string[], flag: string): boolean {
  const i = args.indexOf(flag);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
}

/** Arguments echoed in an error stay short and on one line. */
function clipArg(arg: string): string {
  const flat = arg.replace(/[\p{Cc}\s]+/gu, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function packageVersion(): string {
  // package.json sits beside src/ from source (ts-jest) and one level further up from dist/src.
  for (const dir of [path.resolve(__dirname, '..'), path.resolve(__dirname, '..', '..')]) {
    try {
      return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      continue;
    }
  }
  return 'unknown';
}

// --- help texts, generated from the command definitions (commands/) and SUBCOMMANDS ---

/** Chat commands a one-shot CLI can run (channel-manager commands such as /alerts need the running bot). */
function commandNames(commands: readonly CommandDefinition[]): string[] {
  return [...commands.filter((c) => !c.managersOnly).map((c) => c.name), ...Object.keys(SUBCOMMANDS)];
}

/** The free-text option (`<name>`, `<question>`), filled by the words after the command. */
function textOption(def: CommandDefinition): OptionDefinition | undefined {
  return def.options.find((o) => o.type === 'string' && !o.choices);
}

function optionSyntax(def: CommandDefinition, o: OptionDefinition): string {
  if (o === textOption(def)) return o.required ? `<${o.name}>` : `[${o.name}]`;
  const value = o.choices ? o.choices.join('|') : o.type === 'date' ? '<date>' : o.type === 'integer' ? '<n>' : '<text>';
  return `--${o.name} ${value}`;
}

/** `letterbot signatory <name> [--lang en|fr] [--json]`. */
function commandUsage(def: CommandDefinition): string {
  const parts = def.options.map((o) => {
    const syntax = optionSyntax(def, o);
    return o === textOption(def) || o.required ? syntax : `[${syntax}]`;
  });
  if (!def.options.some((o) => o.name === 'lang')) parts.push(`[${GLOBAL_FLAGS.lang}]`);
  return ['letterbot', def.name, ...parts, `[${GLOBAL_FLAGS.json}]`].join(' ');
}

/** A chat example (`/timeline from:2025-01-01 to:2025-03-31`) as a command line (`letterbot timeline --from 2025-01-01 --to 2025-03-31`). */
export function exampleCommandLine(example: string, def: CommandDefinition): string {
  const parsed = parseWords(example.trim().split(/\s+/), (n) => (n === def.name || n === def.nameFr ? def : undefined));
  const words = ['letterbot', def.name];
  const text = textOption(def);
  def.options.forEach((o, i) => {
    const value = parsed?.options[o.name];
    if (value === undefined) return;
    if (o === text) words.push(quoteArg(value));
    else if (i === 0 && o.choices) words.push(value);
    else words.push(`--${o.name}`, quoteArg(value));
  });
  return words.join(' ');
}

function quoteArg(value: string): string {
  return /^[\w@%+=:,./-]+$/u.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

function section(title: MessageKey, locale: Locale, rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return [`${t(locale, title)}:`, ...rows.map(([left, right]) => (right ? `  ${left.padEnd(width)}  ${right}` : `  ${left}`))].join('\n');
}

function globalRows(locale: Locale, flags: { lang: boolean; version: boolean }): [string, string][] {
  const rows: [string, string][] = [[GLOBAL_FLAGS.json, t(locale, 'cli.option.json')]];
  if (flags.lang) rows.push([GLOBAL_FLAGS.lang, t(locale, 'cli.option.lang')]);
  rows.push([GLOBAL_FLAGS.help, t(locale, 'cli.option.help')]);
  if (flags.version) rows.push([GLOBAL_FLAGS.version, t(locale, 'cli.option.version')]);
  return rows;
}

/** `letterbot --help`: every command a script can run, the global flags, one example per command. */
export function mainHelp(locale: Locale): string {
  const commands = loadCommands().filter((c) => !c.managersOnly);
  const commandRows: [string, string][] = [
    ...commands.map((c): [string, string] => [commandUsage(c).replace(/^letterbot /, '').replace(/ \[--json\]$/, '').replace(/ \[--lang en\|fr\]$/, ''), c.description[locale]]),
    ...Object.entries(SUBCOMMANDS).map(([name, s]): [string, string] => [name, t(locale, s.summary)]),
  ];
  // Per command, its first example that passes something (`/timeline from:… to:…` rather than a bare `/timeline`).
  const examples = [...commands.map((c) => exampleCommandLine(c.examples.find((e) => e.trim().includes(' ')) ?? c.examples[0]!, c)), ...Object.values(SUBCOMMANDS).map((s) => s.examples[0]!)];
  return [
    `${t(locale, 'cli.heading.usage')}: letterbot <command> [text] [--option value] [--json] [--lang en|fr]`,
    '',
    section('cli.heading.commands', locale, commandRows),
    '',
    section('cli.heading.options', locale, globalRows(locale, { lang: true, version: true })),
    '',
    section('cli.heading.examples', locale, examples.map((e) => [e, ''] as const)),
    '',
    t(locale, 'cli.more'),
  ].join('\n');
}

/** `letterbot <command> --help`: usage, description, options and examples, all from the definition. */
export function commandHelp(def: CommandDefinition, locale: Locale): string {
  const optionRows = def.options.map((o): [string, string] => [optionSyntax(def, o), `${o.description[locale]}${o.required ? ` (${t(locale, 'cli.required')})` : ''}`]);
  const globals = globalRows(locale, { lang: !def.options.some((o) => o.name === 'lang'), version: false });
  const lines = [`${t(locale, 'cli.heading.usage')}: ${commandUsage(def)}`, '', def.description[locale]];
  if (def.managersOnly) lines.push('', t(locale, 'error.alerts_unavailable'));
  lines.push('', section('cli.heading.options', locale, [...optionRows, ...globals]), '', section('cli.heading.examples', locale, def.examples.map((e) => [exampleCommandLine(e, def), ''] as const)));
  return lines.join('\n');
}

function subcommandHelp(sub: Subcommand, locale: Locale): string {
  return [
    `${t(locale, 'cli.heading.usage')}: ${sub.usage()}`,
    '',
    t(locale, sub.summary),
    '',
    section('cli.heading.options', locale, globalRows(locale, { lang: false, version: false })),
    '',
    section('cli.heading.examples', locale, sub.examples.map((e) => [e, ''] as const)),
  ].join('\n');
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
