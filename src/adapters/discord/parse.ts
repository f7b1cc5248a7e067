import {
  InteractionType,
  PermissionFlagsBits,
  type APIInteraction,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { ChannelRef, Requester } from '../../core/command';
import type { CommandRequest } from '../../core/dispatch';
import { toLocale } from '../../core/i18n';
import type { ButtonAction } from './custom-id';

/** An option as both discord.js (`interaction.options.data`) and the raw API (`data.options`) give it. */
export interface OptionData {
  readonly name: string;
  readonly value?: unknown;
  readonly focused?: boolean;
  readonly options?: readonly OptionData[];
}

/**
 * What parsing needs from an interaction, whichever way it came: a discord.js object (gateway mode) or the
 * signed JSON Discord POSTs to `/discord/interactions` (HTTP mode). One set of parse functions reads both.
 */
export interface InteractionFacts {
  id: string;
  userId: string;
  /** The user's client locale as Discord sent it (`en-US`, `fr`, …). */
  locale: string | undefined;
  channelId: string | null;
  guildId: string | null;
  /** The member's permissions in this channel; null in DMs. */
  permissions: bigint | null;
  /** The slash command's name ('' for a button). */
  commandName: string;
  options: readonly OptionData[];
}

/** Manage Channels, Manage Server or Administrator (which implies both) make a channel manager. */
const MANAGER_PERMISSIONS = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

/** A discord.js interaction (gateway mode) as facts. */
export function gatewayFacts(interaction: ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction): InteractionFacts {
  return {
    id: interaction.id,
    userId: interaction.user.id,
    locale: interaction.locale,
    channelId: interaction.channelId,
    guildId: interaction.guildId,
    permissions: interaction.memberPermissions?.bitfield ?? null,
    commandName: interaction.isButton() ? '' : interaction.commandName,
    options: interaction.isButton() ? [] : interaction.options.data,
  };
}

/** A raw interaction as Discord POSTs it (HTTP mode) as facts. */
export function apiFacts(interaction: APIInteraction): InteractionFacts {
  const user = interaction.member?.user ?? interaction.user;
  const data = interaction.type === InteractionType.ApplicationCommand || interaction.type === InteractionType.ApplicationCommandAutocomplete ? interaction.data : undefined;
  let permissions: bigint | null = null;
  if (interaction.member?.permissions !== undefined) {
    try {
      permissions = BigInt(interaction.member.permissions);
    } catch {
      permissions = 0n;
    }
  }
  return {
    id: interaction.id,
    userId: user?.id ?? '',
    locale: 'locale' in interaction ? interaction.locale : undefined,
    channelId: interaction.channel?.id ?? interaction.channel_id ?? null,
    guildId: interaction.guild_id ?? null,
    permissions,
    commandName: data?.name ?? '',
    options: data && 'options' in data ? ((data.options ?? []) as readonly OptionData[]) : [],
  };
}

/** Operator grants, by platform-qualified user id (`discord:<user id>`): `LETTERBOT_ALERT_ADMINS`, `LETTERBOT_EDITORS`. */
export interface Grants {
  admins: ReadonlySet<string>;
  editors: ReadonlySet<string>;
}

export const NO_GRANTS: Grants = { admins: new Set(), editors: new Set() };

/**
 * Who asked: the user id, and whether they are a manager: their permissions in this channel (never in DMs),
 * or an operator grant (`discord:<id>` in `LETTERBOT_ALERT_ADMINS` or `LETTERBOT_EDITORS`); and whether the
 * operator named them an editor (alerts to every newsroom).
 */
export function parseRequester(facts: InteractionFacts, grants: Grants = NO_GRANTS): Requester {
  const id = facts.userId;
  const qualified = `discord:${id}`;
  const isEditor = grants.editors.has(qualified);
  const hasPermission = facts.permissions !== null && (facts.permissions & MANAGER_PERMISSIONS) !== 0n;
  return { id, isManager: isEditor || grants.admins.has(qualified) || hasPermission, ...(isEditor ? { isEditor } : {}) };
}

/** The channel, and its guild as the tenant (none in DMs). */
export function parseChannel(facts: InteractionFacts): ChannelRef {
  return {
    platform: 'discord',
    id: facts.channelId ?? (facts.guildId ? facts.guildId : `dm:${facts.userId}`),
    ...(facts.guildId ? { tenant: facts.guildId } : {}),
  };
}

/** Option values by name (subcommand options flattened), as Discord sent them: the core validates. */
export function parseOptions(data: readonly OptionData[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const option of data) {
    if (option.options) Object.assign(out, parseOptions(option.options));
    else if (option.value !== undefined && option.value !== null) out[option.name] = option.value;
  }
  return out;
}

function findFocused(data: readonly OptionData[]): OptionData | undefined {
  for (const option of data) {
    if (option.focused) return option;
    const inner = option.options ? findFocused(option.options) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** A slash command (or an autocomplete request, minus the focused option's meaning) as a `CommandRequest`. */
export function parseCommand(facts: InteractionFacts, grants?: Grants): CommandRequest {
  return {
    command: facts.commandName,
    options: parseOptions(facts.options),
    locale: toLocale(facts.locale),
    user: parseRequester(facts, grants),
    channel: parseChannel(facts),
    requestId: facts.id,
  };
}

/** Autocomplete: the request, which option is being typed and what has been typed so far. */
export function parseAutocomplete(facts: InteractionFacts, grants?: Grants): CommandRequest & { option: string; typed: string } {
  const focused = findFocused(facts.options);
  return { ...parseCommand(facts, grants), option: focused?.name ?? '', typed: String(focused?.value ?? '') };
}

/** A button press: the command the button carries, run as whoever pressed it, in the answer's language. */
export function parseButton(facts: InteractionFacts, action: ButtonAction, grants?: Grants): CommandRequest {
  return {
    command: action.command,
    options: { ...action.options },
    locale: action.locale,
    user: parseRequester(facts, grants),
    channel: parseChannel(facts),
    requestId: facts.id,
  };
}
