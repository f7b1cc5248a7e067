import {
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from 'discord.js';
import type { ChannelRef, Requester } from '../../core/command';
import type { CommandRequest } from '../../core/dispatch';
import { toLocale } from '../../core/i18n';
import type { ButtonAction } from './custom-id';

type AnyInteraction = ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction;

/** Manage Channels, Manage Server or Administrator (which implies both) make a channel manager. */
const MANAGER_PERMISSIONS = [PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild, PermissionFlagsBits.Administrator];

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
export function parseRequester(interaction: AnyInteraction, grants: Grants = NO_GRANTS): Requester {
  const id = interaction.user.id;
  const qualified = `discord:${id}`;
  const isEditor = grants.editors.has(qualified);
  return { id, isManager: isEditor || grants.admins.has(qualified) || (interaction.memberPermissions?.any(MANAGER_PERMISSIONS) ?? false), ...(isEditor ? { isEditor } : {}) };
}

/** The channel, and its guild as the tenant (none in DMs). */
export function parseChannel(interaction: AnyInteraction): ChannelRef {
  return {
    platform: 'discord',
    id: interaction.channelId ?? (interaction.guildId ? interaction.guildId : `dm:${interaction.user.id}`),
    ...(interaction.guildId ? { tenant: interaction.guildId } : {}),
  };
}

/** Option values by name (subcommand options flattened), as Discord sent them: the core validates. */
export function parseOptions(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const option of data) {
    if (option.options) Object.assign(out, parseOptions(option.options));
    else if (option.value !== undefined && option.value !== null) out[option.name] = option.value;
  }
  return out;
}

/** A slash command (or an autocomplete request, minus the focused option's meaning) as a `CommandRequest`. */
export function parseCommand(interaction: ChatInputCommandInteraction | AutocompleteInteraction, grants?: Grants): CommandRequest {
  return {
    command: interaction.commandName,
    options: parseOptions(interaction.options.data),
    locale: toLocale(interaction.locale),
    user: parseRequester(interaction, grants),
    channel: parseChannel(interaction),
    requestId: interaction.id,
  };
}

/** Autocomplete: the request, which option is being typed and what has been typed so far. */
export function parseAutocomplete(interaction: AutocompleteInteraction, grants?: Grants): CommandRequest & { option: string; typed: string } {
  const focused = interaction.options.getFocused(true);
  return { ...parseCommand(interaction, grants), option: focused.name, typed: String(focused.value) };
}

/** A button press: the command the button carries, run as whoever pressed it, in the answer's language. */
export function parseButton(interaction: ButtonInteraction, action: ButtonAction, grants?: Grants): CommandRequest {
  return {
    command: action.command,
    options: { ...action.options },
    locale: action.locale,
    user: parseRequester(interaction, grants),
    channel: parseChannel(interaction),
    requestId: interaction.id,
  };
}
