import type { FactBase } from './fact-base';
import type { Locale, Reply } from './reply';

export interface Localized {
  en: string;
  fr: string;
}

export type OptionType = 'string' | 'date' | 'integer';

export interface OptionDefinition {
  /** Lower-case, no spaces (Discord's rule): `name`, `from`, `question`. */
  name: string;
  type: OptionType;
  description: Localized;
  /** French option name where it differs (`de`, `à`…). */
  nameFr?: string;
  required?: boolean;
  /** Strings: maximum length in characters (default 200). */
  maxLength?: number;
  /** Integers: inclusive bounds. */
  min?: number;
  max?: number;
  /** Dates: a partial date (`2025`, `2025-03`) is read as the start or the end of that period. */
  dateBound?: 'start' | 'end';
  /** Strings: the only values accepted (e.g. `en`, `fr`). */
  choices?: readonly string[];
  /** Offer suggestions as the user types (Discord autocomplete). */
  autocomplete?: boolean;
}

/** Who asked. `isManager` is decided by the adapter from platform permissions (Manage Channels, workspace admin…). */
export interface Requester {
  id: string;
  isManager: boolean;
  /**
   * Named by the operator (`LETTERBOT_EDITORS`): may send editor alerts to every newsroom, not only to the
   * channels of the server or workspace they stand in. Decided by the adapter from the platform-qualified id.
   */
  isEditor?: boolean;
}

export interface ChannelRef {
  platform: 'shell' | 'cli' | 'discord' | 'slack';
  id: string;
  /** The workspace the channel belongs to: the Discord guild id, the Slack team id; none in a DM or locally. */
  tenant?: string;
}

/** Parsed, validated option values: strings are trimmed and free of control characters, dates are `YYYY-MM-DD`. */
export type CommandInput = Readonly<Record<string, string | number | undefined>>;

/** Optional capabilities a command may use; the process that runs the bot provides them. */
export interface CommandServices {
  readonly [name: string]: unknown;
}

export interface CommandContext {
  facts: FactBase;
  locale: Locale;
  now: Date;
  user: Requester;
  channel: ChannelRef;
  /** Every command's definition, for `/help`. */
  commands: readonly CommandDefinition[];
  services: CommandServices;
}

export interface SuggestionChoice {
  /** What the user sees (≤ 100 characters). */
  label: string;
  /** The option value filled in when picked (≤ 100 characters). */
  value: string;
}

export interface CommandDefinition {
  name: string;
  description: Localized;
  nameFr?: string;
  options: readonly OptionDefinition[];
  /** Example invocations as typed in chat, e.g. `/signatory cate blanchet`. README and /help show them. */
  examples: readonly string[];
  /** Only channel managers may run it; the dispatcher enforces it. */
  managersOnly?: boolean;
  run(input: CommandInput, ctx: CommandContext): Reply | Promise<Reply>;
  /** Suggestions for an option with `autocomplete: true`, for what the user has typed so far. */
  suggest?(option: string, typed: string, ctx: CommandContext): SuggestionChoice[];
}

export const DEFAULT_MAX_LENGTH = 200;
