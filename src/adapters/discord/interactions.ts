import { performance } from 'node:perf_hooks';
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIMessageTopLevelComponent,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Dispatched, Dispatcher, Outcome } from '../../core/dispatch';
import { toLocale } from '../../core/i18n';
import type { Locale, Reply } from '../../core/reply';
import { apologize } from '../faults';
import type { Logger } from '../../logger';
import { decodeCustomId, labelOf } from './custom-id';
import { gatewayFacts, parseAutocomplete, parseButton, parseCommand, type Grants, type InteractionFacts } from './parse';
import { NO_MENTIONS, clip, disableButtons, renderNotice, renderReply } from './render';

export interface InteractionDeps {
  dispatcher: Dispatcher;
  logger: Logger;
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

export type InteractionKind = 'command' | 'autocomplete' | 'button';

/** What we send: a rendered reply, a notice, or only new components; never a ping. */
export interface OutgoingMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[] | APIMessageTopLevelComponent[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * One interaction and the ways to answer it, whichever transport brought it: the gateway (discord.js
 * methods, REST callbacks) or HTTP (the first answer is the HTTP response, later ones go through the
 * interaction webhook). The handling below is written once against this.
 */
export interface InteractionPort {
  kind: InteractionKind;
  facts: InteractionFacts;
  /** Buttons: the pressed button's custom id. */
  customId: string;
  /** Buttons: the components of the message the button is on. */
  messageComponents: readonly APIMessageTopLevelComponent[];
  /** An initial "thinking…" or update deferral was sent. */
  readonly deferred: boolean;
  /** A reply (or, for autocomplete, the choices) was sent. */
  readonly replied: boolean;
  reply(message: OutgoingMessage, ephemeral: boolean): Promise<void>;
  deferReply(): Promise<void>;
  editReply(message: OutgoingMessage): Promise<void>;
  deleteReply(): Promise<void>;
  followUp(message: OutgoingMessage, ephemeral: boolean): Promise<void>;
  update(message: OutgoingMessage): Promise<void>;
  deferUpdate(): Promise<void>;
  respond(choices: AutocompleteChoice[]): Promise<void>;
}

/** What the per-interaction log line says; filled in as the interaction is handled. */
interface Outcomes {
  kind: InteractionKind;
  command: string;
  outcome: Outcome;
  code?: string;
  deferred?: boolean;
}

const EPHEMERAL = MessageFlags.Ephemeral;

/** A discord.js interaction as a port: every answer through discord.js's own methods. Null for kinds we do not serve. */
export function gatewayPort(interaction: Interaction): InteractionPort | null {
  const kind: InteractionKind | null = interaction.isChatInputCommand() ? 'command' : interaction.isAutocomplete() ? 'autocomplete' : interaction.isButton() ? 'button' : null;
  if (!kind || !(interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isButton())) return null;
  const flags = (ephemeral: boolean): { flags?: typeof EPHEMERAL } => (ephemeral ? { flags: EPHEMERAL } : {});
  const repliable = (): ChatInputCommandInteraction | ButtonInteraction => {
    if (interaction.isAutocomplete()) throw new Error('autocomplete interactions cannot be replied to');
    return interaction;
  };
  const button = () => {
    if (!interaction.isButton()) throw new Error('only a button interaction can update its message');
    return interaction;
  };
  return {
    kind,
    facts: gatewayFacts(interaction),
    customId: interaction.isButton() ? interaction.customId : '',
    messageComponents: interaction.isButton() ? interaction.message.components.map((row) => row.toJSON()) : [],
    get deferred() {
      return interaction.isAutocomplete() ? false : interaction.deferred;
    },
    get replied() {
      return interaction.isAutocomplete() ? interaction.responded : interaction.replied;
    },
    reply: async (message, ephemeral) => void (await repliable().reply({ ...message, ...flags(ephemeral) })),
    deferReply: async () => void (await repliable().deferReply()),
    editReply: async (message) => void (await repliable().editReply(message)),
    deleteReply: async () => void (await repliable().deleteReply()),
    followUp: async (message, ephemeral) => void (await repliable().followUp({ ...message, ...flags(ephemeral) })),
    update: async (message) => void (await button().update(message)),
    deferUpdate: async () => void (await button().deferUpdate()),
    respond: async (choices) => {
      if (!interaction.isAutocomplete()) throw new Error('only an autocomplete interaction takes choices');
      await interaction.respond(choices);
    },
  };
}

/**
 * The one `interactionCreate` listener (gateway mode): slash commands, autocomplete and buttons, each through
 * the dispatcher. Never throws. See `handleInteraction`.
 */
export function createInteractionListener(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const port = gatewayPort(interaction);
    if (port) await handleInteraction(port, deps);
  };
}

/**
 * Slash commands, autocomplete and buttons, each through the dispatcher, for either transport.
 * Never throws: a fault becomes a logged error and a short private apology, by reply or follow-up by state.
 * Logs one line per interaction: kind, command, latency, outcome (never a token).
 */
export async function handleInteraction(port: InteractionPort, deps: InteractionDeps): Promise<void> {
  const result: Outcomes = { kind: port.kind, command: port.kind === 'button' ? '' : port.facts.commandName, outcome: 'ok' };
  const started = performance.now();
  try {
    if (port.kind === 'command') await onCommand(port, deps, result);
    else if (port.kind === 'autocomplete') await onAutocomplete(port, deps);
    else await onButton(port, deps, result);
  } catch (error) {
    result.outcome = 'internal_error';
    const locale = toLocale(port.facts.locale);
    await apologize({
      logger: deps.logger,
      message: 'discord interaction failed',
      context: { platform: 'discord', kind: result.kind, command: result.command, requestId: port.facts.id },
      error,
      locale,
      deliver: (apology) => sendApology(port, apology, locale, deps),
    });
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
        requestId: port.facts.id,
      },
      'discord interaction',
    );
  }
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

async function onCommand(port: InteractionPort, deps: InteractionDeps, result: Outcomes): Promise<void> {
  const request = parseCommand(port.facts, deps.grants);
  const { dispatched, deferred } = await dispatchInTime(deps, request, () => port.deferReply());
  result.outcome = dispatched.outcome;
  result.code = dispatched.code;
  result.deferred = deferred;
  const message = renderReply(dispatched.reply, { locale: request.locale, owner: port.facts.userId, issuedAt: deps.now() });
  if (!deferred) {
    await port.reply(message, Boolean(dispatched.reply.ephemeral));
  } else if (!dispatched.reply.ephemeral) {
    await port.editReply(message);
  } else {
    // A deferred reply is public and its flags cannot change: swap the "thinking…" message for a private one.
    await port.deleteReply();
    await port.followUp(message, true);
  }
}

async function onAutocomplete(port: InteractionPort, deps: InteractionDeps): Promise<void> {
  const suggestions = deps.dispatcher.suggest(parseAutocomplete(port.facts, deps.grants));
  const choices = suggestions
    .map((s) => ({ name: clip(s.label.trim(), 100), value: s.value.slice(0, 100) }))
    .filter((c) => c.name !== '' && c.value !== '')
    .slice(0, 25);
  await port.respond(choices);
}

async function onButton(port: InteractionPort, deps: InteractionDeps, result: Outcomes): Promise<void> {
  const clickerLocale = toLocale(port.facts.locale);
  // Stateless: the id and the pressed button's label (sent back with its message) are the whole action.
  const decoded = decodeCustomId(port.customId, labelOf(port.messageComponents, port.customId));
  if (decoded.status === 'foreign') {
    // Not a letterbot id (malformed or from an older format): acknowledge silently, change nothing.
    result.outcome = 'user_error';
    result.code = 'unknown_button';
    await port.deferUpdate();
    return;
  }
  const action = decoded.status === 'ok' ? decoded.action : null;
  result.command = action?.command ?? '';
  const commandName = displayName(deps, action?.command, clickerLocale);
  if (!action || deps.now() - action.issuedAt > deps.buttonTtlMs) {
    result.outcome = 'user_error';
    result.code = 'buttons_expired';
    await port.update({ components: disableButtons(port.messageComponents), allowedMentions: NO_MENTIONS });
    await port.followUp(renderNotice('expired', clickerLocale, commandName), true);
    return;
  }
  if (action.kind === 'page' && action.owner !== port.facts.userId) {
    result.outcome = 'user_error';
    result.code = 'not_owner';
    await port.reply(renderNotice('notYours', clickerLocale, commandName), true);
    return;
  }
  const request = parseButton(port.facts, action, deps.grants);
  const { dispatched, deferred } = await dispatchInTime(deps, request, () => port.deferUpdate());
  result.outcome = dispatched.outcome;
  result.code = dispatched.code;
  result.deferred = deferred;
  const message = renderReply(dispatched.reply, { locale: request.locale, owner: port.facts.userId, issuedAt: deps.now() });
  if (dispatched.reply.ephemeral) {
    // Errors and private answers go to the presser only; the shared message stays as it was.
    if (deferred) await port.followUp(message, true);
    else await port.reply(message, true);
  } else if (deferred) await port.editReply(message);
  else await port.update(message);
}

/** The command as the user knows it: `/chronologie` for French clients when it has a French name; null when unknown. */
function displayName(deps: InteractionDeps, command: string | undefined, locale: Locale): string | null {
  const def = command ? deps.dispatcher.find(command) : undefined;
  if (!def) return null;
  return locale === 'fr' && def.nameFr ? def.nameFr : def.name;
}

/** The apology, privately, by reply or follow-up depending on what was already sent (autocomplete: no suggestions). */
async function sendApology(port: InteractionPort, apology: Reply, locale: Locale, deps: InteractionDeps): Promise<void> {
  if (port.kind === 'autocomplete') {
    if (!port.replied) await port.respond([]);
    return;
  }
  const message = renderReply(apology, { locale, owner: port.facts.userId, issuedAt: deps.now() });
  if (port.deferred && !port.replied && port.kind === 'command') {
    // Our own "thinking…" placeholder is public: remove it so the apology stays private.
    await port.deleteReply().catch(() => undefined);
    await port.followUp(message, true);
  } else if (port.deferred || port.replied) {
    await port.followUp(message, true);
  } else {
    await port.reply(message, true);
  }
}
