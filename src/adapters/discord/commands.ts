import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DEFAULT_MAX_LENGTH, type CommandDefinition, type OptionDefinition } from '../../core/command';

export type DiscordCommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's rules for chat-input command and option names and descriptions. */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DESCRIPTION_MAX = 100;

function checkName(name: string, where: string): string {
  if (!NAME.test(name) || name !== name.toLowerCase()) throw new Error(`${where}: "${name}" is not a valid Discord name (1–32 lower-case letters, digits, - or _)`);
  return name;
}

function checkDescription(text: string, where: string): string {
  if (text.length < 1 || text.length > DESCRIPTION_MAX) throw new Error(`${where}: description must be 1–${DESCRIPTION_MAX} characters (is ${text.length})`);
  return text;
}

function toOption(def: CommandDefinition, option: OptionDefinition): APIApplicationCommandOption {
  const where = `/${def.name} option ${option.name}`;
  const common = {
    name: checkName(option.name, where),
    ...(option.nameFr ? { name_localizations: { fr: checkName(option.nameFr, `${where} (fr)`) } } : {}),
    description: checkDescription(option.description.en, where),
    description_localizations: { fr: checkDescription(option.description.fr, `${where} (fr)`) },
    required: option.required ?? false,
  };
  if (option.type === 'integer') {
    return {
      ...common,
      type: ApplicationCommandOptionType.Integer,
      ...(option.min !== undefined ? { min_value: option.min } : {}),
      ...(option.max !== undefined ? { max_value: option.max } : {}),
    };
  }
  // Dates are typed as text (YYYY-MM-DD, YYYY-MM or YYYY); the core parses them.
  const maxLength = Math.min(option.maxLength ?? DEFAULT_MAX_LENGTH, 6000);
  if (option.choices) {
    return { ...common, type: ApplicationCommandOptionType.String, max_length: maxLength, choices: option.choices.map((c) => ({ name: c, value: c })) };
  }
  return { ...common, type: ApplicationCommandOptionType.String, max_length: maxLength, ...(option.autocomplete ? { autocomplete: true } : {}) };
}

/**
 * A command definition as Discord's JSON: names and descriptions with French localizations, typed options
 * (required ones first, as Discord demands), and for managers-only commands `default_member_permissions` =
 * Manage Channels and guild-only contexts. Throws on a name or description Discord would refuse.
 */
export function toDiscordCommand(def: CommandDefinition): DiscordCommandBody {
  const where = `/${def.name}`;
  const options = [...def.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map((o) => toOption(def, o));
  return {
    type: ApplicationCommandType.ChatInput,
    name: checkName(def.name, where),
    ...(def.nameFr ? { name_localizations: { fr: checkName(def.nameFr, `${where} (fr)`) } } : {}),
    description: checkDescription(def.description.en, where),
    description_localizations: { fr: checkDescription(def.description.fr, `${where} (fr)`) },
    options,
    default_member_permissions: def.managersOnly ? PermissionFlagsBits.ManageChannels.toString() : null,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: def.managersOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/**
 * The whole deploy body: every definition of `commands/`, in their order. Guild commands take no
 * `integration_types`/`contexts` (they exist in that one server only), so those are left out for a guild.
 */
export function buildCommandBodies(defs: readonly CommandDefinition[], scope: 'guild' | 'global' = 'global'): DiscordCommandBody[] {
  if (defs.length > 100) throw new Error(`Discord allows 100 chat-input commands; there are ${defs.length}`);
  return defs.map((def) => {
    const body = toDiscordCommand(def);
    if (scope === 'global') return body;
    const { integration_types: _types, contexts: _contexts, ...guildBody } = body;
    return guildBody;
  });
}

/* ------------------------------------------------------------------ diff */

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty → absent, so a field Discord leaves out and one it returns as `{}`/`null` compare equal. */
function nonEmptyRecord(v: unknown): Plain | undefined {
  if (!isRecord(v)) return undefined;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined && v[k] !== null).sort();
  return keys.length === 0 ? undefined : Object.fromEntries(keys.map((k) => [k, v[k] as Plain]));
}

function canonicalOption(o: Record<string, unknown>): Plain {
  const out: Record<string, Plain> = { type: o.type as number, name: o.name as string, description: o.description as string };
  const nameL = nonEmptyRecord(o.name_localizations);
  const descL = nonEmptyRecord(o.description_localizations);
  if (nameL) out.name_localizations = nameL;
  if (descL) out.description_localizations = descL;
  out.required = o.required === true;
  out.autocomplete = o.autocomplete === true;
  for (const key of ['min_value', 'max_value', 'min_length', 'max_length'] as const) {
    if (typeof o[key] === 'number') out[key] = o[key];
  }
  if (Array.isArray(o.choices) && o.choices.length > 0) {
    out.choices = o.choices.filter(isRecord).map((c) => {
      const choice: Record<string, Plain> = { name: c.name as string, value: c.value as string | number };
      const l = nonEmptyRecord(c.name_localizations);
      if (l) choice.name_localizations = l;
      return choice;
    });
  }
  if (Array.isArray(o.channel_types) && o.channel_types.length > 0) out.channel_types = [...(o.channel_types as number[])].sort();
  if (Array.isArray(o.options) && o.options.length > 0) out.options = o.options.filter(isRecord).map(canonicalOption);
  return out;
}

/** The fields we manage, normalised the same way for what we send and what Discord returns. */
export function canonicalCommand(c: DiscordCommandBody | APIApplicationCommand, scope: 'guild' | 'global' = 'global'): Record<string, Plain> {
  const raw: Record<string, unknown> = { ...c };
  const out: Record<string, Plain> = {
    type: typeof raw.type === 'number' ? raw.type : ApplicationCommandType.ChatInput,
    name: raw.name as string,
    description: (raw.description as string | undefined) ?? '',
  };
  const nameL = nonEmptyRecord(raw.name_localizations);
  const descL = nonEmptyRecord(raw.description_localizations);
  if (nameL) out.name_localizations = nameL;
  if (descL) out.description_localizations = descL;
  out.options = Array.isArray(raw.options) ? raw.options.filter(isRecord).map(canonicalOption) : [];
  out.default_member_permissions = typeof raw.default_member_permissions === 'string' ? raw.default_member_permissions : null;
  out.nsfw = raw.nsfw === true;
  if (scope === 'global') {
    // Guild commands have no install types or contexts: they exist in that one server only.
    out.integration_types = Array.isArray(raw.integration_types) ? [...(raw.integration_types as number[])].sort() : [ApplicationIntegrationType.GuildInstall];
    out.contexts = Array.isArray(raw.contexts) ? [...(raw.contexts as number[])].sort() : null;
  }
  return out;
}

export interface FieldChange {
  /** e.g. `description`, `options[page].max_value`, `name_localizations.fr`. */
  path: string;
  before: Plain | undefined;
  after: Plain | undefined;
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: { name: string; changes: FieldChange[] }[];
  unchanged: string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffValues(before: Plain | undefined, after: Plain | undefined, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) diffValues(before[k] as Plain | undefined, after[k] as Plain | undefined, path ? `${path}.${k}` : k, out);
    return;
  }
  const names = (list: Plain[]): string[] | null => (list.every((x) => isRecord(x) && typeof x.name === 'string') ? list.map((x) => (x as { name: string }).name) : null);
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = names(before);
    const b = names(after);
    if (a && b && same(a, b)) {
      before.forEach((item, i) => diffValues(item, after[i], `${path}[${a[i]}]`, out));
      return;
    }
  }
  out.push({ path, before, after });
}

/** What a PUT of `desired` would change in `registered` (chat-input and other types alike: a PUT replaces them all). */
export function diffCommands(registered: readonly APIApplicationCommand[], desired: readonly DiscordCommandBody[], scope: 'guild' | 'global' = 'global'): CommandDiff {
  const diff: CommandDiff = { added: [], removed: [], changed: [], unchanged: [] };
  const key = (c: { name: string; type?: number }): string => `${c.type ?? ApplicationCommandType.ChatInput}:${c.name}`;
  const current = new Map(registered.map((c) => [key(c), c]));
  for (const body of desired) {
    const existing = current.get(key(body));
    current.delete(key(body));
    if (!existing) {
      diff.added.push(body.name);
      continue;
    }
    const changes: FieldChange[] = [];
    diffValues(canonicalCommand(existing, scope), canonicalCommand(body, scope), '', changes);
    if (changes.length > 0) diff.changed.push({ name: body.name, changes });
    else diff.unchanged.push(body.name);
  }
  diff.removed.push(...[...current.values()].map((c) => c.name));
  return diff;
}

export function hasChanges(diff: CommandDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length > 0;
}

function show(value: Plain | undefined): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The diff as lines a person reads: `+ /name`, `- /name`, `~ /name` with each changed field, `= /name`. */
export function formatDiff(diff: CommandDiff): string[] {
  const lines: string[] = [];
  for (const name of diff.added) lines.push(`  + /${name}  (new)`);
  for (const { name, changes } of diff.changed) {
    lines.push(`  ~ /${name}`);
    for (const c of changes) lines.push(`      ${c.path}: ${show(c.before)} → ${show(c.after)}`);
  }
  for (const name of diff.removed) lines.push(`  - /${name}  (removed)`);
  for (const name of diff.unchanged) lines.push(`  = /${name}`);
  return lines;
}

/* ------------------------------------------------------------------ deploy */

export interface DeployOptions {
  rest: REST;
  appId: string;
  /** Register in this guild only (instant); global otherwise (may take a while to reach every client). */
  guildId?: string;
  commands: readonly CommandDefinition[];
  dryRun?: boolean;
  /** Register nothing in this scope (removes stale copies, e.g. the test guild's once global is deployed). */
  clear?: boolean;
  write: (line: string) => void;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  diff: CommandDiff;
  /** True when a PUT was sent. */
  written: boolean;
}

/**
 * Register the command set idempotently: fetch what is registered in the scope, print the scope and the diff,
 * PUT the whole set only when something changed (never with `dryRun`). In guild scope, warns when the same
 * names are also registered globally (members would see both copies).
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const { rest, appId, guildId, write } = options;
  const scope = guildId ? 'guild' : 'global';
  const desired = options.clear ? [] : buildCommandBodies(options.commands, scope);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  write(guildId ? `Scope: guild ${guildId} (DISCORD_GUILD_ID is set: this server only, updates at once)` : 'Scope: global (every server and DM; clients may take up to an hour to update)');
  const registered = (await rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) })) as APIApplicationCommand[];
  const diff = diffCommands(registered, desired, scope);
  const orderChanged = !hasChanges(diff) && !same(registered.map((c) => c.name), desired.map((c) => c.name));
  for (const line of formatDiff(diff)) write(line);
  if (guildId && !options.clear) {
    const global = (await rest.get(Routes.applicationCommands(appId))) as APIApplicationCommand[];
    const both = global.filter((g) => desired.some((d) => d.name === g.name)).map((g) => `/${g.name}`);
    if (both.length > 0) write(`Note: ${both.join(', ')} also registered globally: members of this server see both copies. Once global is deployed, run with --clear and DISCORD_GUILD_ID set to remove the guild copies.`);
  }
  if (!hasChanges(diff) && !orderChanged) {
    write(options.clear ? `No changes: no commands registered (${scope}). Nothing written.` : `No changes: ${desired.length} commands already registered (${scope}). Nothing written.`);
    return { scope, diff, written: false };
  }
  const summary = `${diff.added.length} new, ${diff.changed.length} changed, ${diff.removed.length} removed${orderChanged ? ', order changed' : ''}`;
  if (options.dryRun) {
    write(`Dry run: would write ${desired.length} commands (${summary}). Nothing written.`);
    return { scope, diff, written: false };
  }
  await rest.put(route, { body: desired });
  write(`Wrote ${desired.length} commands (${summary}) to the ${scope} scope.`);
  return { scope, diff, written: true };
}
