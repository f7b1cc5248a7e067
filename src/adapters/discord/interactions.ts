import { performance } from 'node:perf_hooks';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { internalErrorReply, type Dispatched, type Dispatcher, type Outcome } from '../../core/dispatch';
import { toLocale } from '../../core/i18n';
import type { Locale } from '../../core/reply';
import type { Logger } from '../../logger';
import { decodeCustomId, type ButtonStore } from './custom-id';
import { parseAutocomplete, parseButton, parseCommand, type Grants } from './parse';
import { DISCORD_LIMITS, NO_MENTIONS, clip, disableButtons, renderNotice, renderReply, type DiscordMessage } from './render';

export interface InteractionDeps {
  dispatcher: Dispatcher;
  logger: Logger;
  buttons: ButtonStore;
  /** Operator grants (platform-qualified ids): managers besides Manage Channels / Manage Server / Administrator, and editors. */
  grants: Grants;
  /**
   * Answer directly when the dispatcher is done within this many ms, else defer (Discord allows 3 s for the
   * first response). 0 defers every command before dispatching.
   */
  deferAfterMs: number;
  /** Buttons stop working this long after they were rendered. */
  buttonTtlMs: number;
  now: () => number;
}

type InteractionKind = 'command' | 'autocomplete' | 'button';

/** What the per-interaction log line says; filled in as the interaction is handled. */
interface Outcomes {
  kind: InteractionKind;
  command: string;
  outcome: Outcome;
  code?: string;
  deferred?: boolean;
}

const EPHEMERAL = MessageFlags.Ephemeral;

/**
 * The one `interactionCreate` listener: slash commands, autocomplete and buttons, each through the dispatcher.
 * Never throws: a fault becomes a logged error and a short private apology, by reply or follow-up by state.
 * Logs one line per interaction: kind, command, latency, outcome (never a token).
 */
export function createInteractionListener(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    let handle: (result: Outcomes) => Promise<void>;
    let result: Outcomes;
    if (interaction.isChatInputCommand()) {
      result = { kind: 'command', command: interaction.commandName, outcome: 'ok' };
      handle = (r) => onCommand(interaction, deps, r);
    } else if (interaction.isAutocomplete()) {
      result = { kind: 'autocomplete', command: interaction.commandName, outcome: 'ok' };
      handle = () => onAutocomplete(interaction, deps);
    } else if (interaction.isButton()) {
      result = { kind: 'button', command: '', outcome: 'ok' };
      handle = (r) => onButton(interaction, deps, r);
    } else return;
    const started = performance.now();
    try {
      await handle(result);
    } catch (error) {
      result.outcome = 'internal_error';
      deps.logger.error({ platform: 'discord', kind: result.kind, command: result.command, requestId: interaction.id, error: describeError(error) }, 'discord interaction failed');
      await apologise(interaction, toLocale(interaction.locale), deps);
    } finally {
      deps.logger.info(
        {
          platform: 'discord',
          kind: result.kind,
          command: result.command,
          latencyMs: Math.round((performance.now() - started) * 100) / 100,
          outcome: result.outcome,
          ...(result.code ? { code: result.code } : {}),
          ...(result.deferred ? { deferred: true } : {}),
          requestId: interaction.id,
        },
        'discord interaction',
      );
    }
  };
}

/** Dispatch; if the answer is not ready within `deferAfterMs`, run `defer` first (once) and say so. */
async function dispatchInTime(deps: InteractionDeps, request: Parameters<Dispatcher['dispatch']>[0], defer: () => Promise<unknown>): Promise<{ dispatched: Dispatched; deferred: boolean }> {
  if (deps.deferAfterMs <= 0) {
    await defer();
    return { dispatched: await deps.dispatcher.dispatch(request), deferred: true };
  }
  const pending = deps.dispatcher.dispatch(request);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), deps.deferAfterMs);
  });
  try {
    const first = await Promise.race([pending, slow]);
    if (first !== 'slow') return { dispatched: first, deferred: false };
    await defer();
    return { dispatched: await pending, deferred: true };
  } finally {
    clearTimeout(timer);
  }
}

async function onCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps, result: Outcomes): Promise<void> {
  const request = parseCommand(interaction, deps.grants);
  const { dispatched, deferred } = await dispatchInTime(deps, request, () => interaction.deferReply());
  result.outcome = dispatched.outcome;
  result.code = dispatched.code;
  result.deferred = deferred;
  const message = renderReply(dispatched.reply, { locale: request.locale, owner: interaction.user.id, issuedAt: deps.now(), buttons: deps.buttons });
  if (!deferred) {
    await interaction.reply({ ...message, ...(dispatched.reply.ephemeral ? { flags: EPHEMERAL } : {}) });
  } else if (!dispatched.reply.ephemeral) {
    await interaction.editReply(message);
  } else {
    // A deferred reply is public and its flags cannot change: swap the "thinking…" message for a private one.
    await interaction.deleteReply();
    await interaction.followUp({ ...message, flags: EPHEMERAL });
  }
}

async function onAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const suggestions = deps.dispatcher.suggest(parseAutocomplete(interaction, deps.grants));
  const choices = suggestions
    .map((s) => ({ name: clip(s.label.trim(), 100), value: s.value.slice(0, 100) }))
    .filter((c) => c.name !== '' && c.value !== '')
    .slice(0, 25);
  await interaction.respond(choices);
}

async function onButton(interaction: ButtonInteraction, deps: InteractionDeps, result: Outcomes): Promise<void> {
  const clickerLocale = toLocale(interaction.locale);
  const decoded = decodeCustomId(interaction.customId, deps.buttons);
  if (decoded.status === 'foreign') {
    // Not a letterbot id (malformed or from an older format): acknowledge silently, change nothing.
    result.outcome = 'user_error';
    result.code = 'unknown_button';
    await interaction.deferUpdate();
    return;
  }
  const action = decoded.status === 'ok' ? decoded.action : null;
  result.command = action?.command ?? '';
  const commandName = displayName(deps, action?.command, clickerLocale);
  if (!action || deps.now() - action.issuedAt > deps.buttonTtlMs) {
    result.outcome = 'user_error';
    result.code = 'buttons_expired';
    await interaction.update({ components: disableButtons(interaction.message.components.map((row) => row.toJSON())), allowedMentions: NO_MENTIONS });
    await interaction.followUp({ ...renderNotice('expired', clickerLocale, commandName), flags: EPHEMERAL });
    return;
  }
  if (action.kind === 'page' && action.owner !== interaction.user.id) {
    result.outcome = 'user_error';
    result.code = 'not_owner';
    await interaction.reply({ ...renderNotice('notYours', clickerLocale, commandName), flags: EPHEMERAL });
    return;
  }
  const request = parseButton(interaction, action, deps.grants);
  const { dispatched, deferred } = await dispatchInTime(deps, request, () => interaction.deferUpdate());
  result.outcome = dispatched.outcome;
  result.code = dispatched.code;
  result.deferred = deferred;
  const message: DiscordMessage = renderReply(dispatched.reply, { locale: request.locale, owner: interaction.user.id, issuedAt: deps.now(), buttons: deps.buttons });
  if (dispatched.reply.ephemeral) {
    // Errors and private answers go to the presser only; the shared message stays as it was.
    if (deferred) await interaction.followUp({ ...message, flags: EPHEMERAL });
    else await interaction.reply({ ...message, flags: EPHEMERAL });
  } else if (deferred) await interaction.editReply(message);
  else await interaction.update(message);
}

/** The command as the user knows it: `/chronologie` for French clients when it has a French name; null when unknown. */
function displayName(deps: InteractionDeps, command: string | undefined, locale: Locale): string | null {
  const def = command ? deps.dispatcher.find(command) : undefined;
  if (!def) return null;
  return locale === 'fr' && def.nameFr ? def.nameFr : def.name;
}

/** A short private apology, by reply or follow-up depending on what was already sent. Failures are logged, never thrown. */
async function apologise(interaction: Interaction, locale: Locale, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const message = renderReply(internalErrorReply(locale), { locale, owner: interaction.user.id, issuedAt: deps.now(), buttons: deps.buttons });
    if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) {
      // Our own "thinking…" placeholder is public: remove it so the apology stays private.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({ ...message, flags: EPHEMERAL });
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ ...message, flags: EPHEMERAL });
    } else {
      await interaction.reply({ ...message, flags: EPHEMERAL });
    }
  } catch (error) {
    deps.logger.error({ platform: 'discord', requestId: interaction.id, error: describeError(error) }, 'discord apology failed');
  }
}

/** An error for the logs: name, message, Discord code and status, stack; interaction and webhook tokens blanked. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubTokens(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown };
  return {
    name: e.name,
    message: scrubTokens(e.message),
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(e.stack ? { stack: scrubTokens(e.stack) } : {}),
  };
}

/** Interaction tokens sit in callback and webhook URLs; bot tokens look like `xxx.yyy.zzz`. */
export function scrubTokens(text: string): string {
  return clip(
    text
      .replace(/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[^/\s?]+/g, '$1[redacted]')
      .replace(/\b[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}\b/g, '[redacted]'),
    DISCORD_LIMITS.description,
  );
}
