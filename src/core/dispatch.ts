import type { CommandContext, CommandDefinition, ChannelRef, Requester } from './command';
import { UserError } from './errors';
import type { FactBase } from './fact-base';
import { t } from './i18n';
import { makeReply, type Locale, type Reply } from './reply';
import { validateInput } from './validate';

/** What an adapter hands to the core: the command and its raw options, and who asked where. */
export interface CommandRequest {
  command: string;
  options: Readonly<Record<string, unknown>>;
  locale: Locale;
  user: Requester;
  channel: ChannelRef;
  /** For logs: the platform's interaction or request id. */
  requestId?: string;
}

export type Outcome = 'ok' | 'user_error' | 'internal_error';

export interface Dispatched {
  reply: Reply;
  outcome: Outcome;
  /** Set for user errors: the stable code. */
  code?: string;
}

/** Minimal logger the dispatcher needs (pino's shape). */
export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

export interface DispatcherOptions {
  commands: readonly CommandDefinition[];
  facts: FactBase;
  logger: ErrorLogger;
  services?: CommandContext['services'];
  clock?: () => Date;
}

/**
 * Runs commands for every adapter: finds the definition, checks permissions, validates input (one gate),
 * runs it, and turns every failure into a reply: user errors into polite text, anything else into a logged
 * fault and a short private apology (no stack trace ever reaches a chat).
 */
export class Dispatcher {
  readonly commands: readonly CommandDefinition[];
  private readonly byName: Map<string, CommandDefinition>;
  private currentFacts: FactBase;

  constructor(private readonly options: DispatcherOptions) {
    this.commands = options.commands;
    this.byName = new Map(options.commands.map((c) => [c.name, c]));
    this.currentFacts = options.facts;
  }

  /** The fact base commands answer from. */
  get facts(): FactBase {
    return this.currentFacts;
  }

  /** Swap in a reloaded fact base (data reload): requests already running keep the one they started with. */
  setFacts(facts: FactBase): void {
    this.currentFacts = facts;
  }

  find(name: string): CommandDefinition | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  async dispatch(request: CommandRequest): Promise<Dispatched> {
    const def = this.find(request.command);
    try {
      if (!def) throw new UserError('unknown_command', { command: request.command.replace(/^\//, '').slice(0, 40) });
      if (def.managersOnly && !request.user.isManager) throw new UserError('not_allowed');
      const input = validateInput(def, request.options);
      if (!input.ok) throw input.error;
      const reply = await def.run(input.value, this.context(request));
      return { reply, outcome: 'ok' };
    } catch (error) {
      if (error instanceof UserError) return { reply: userErrorReply(error, request.locale), outcome: 'user_error', code: error.code };
      this.options.logger.error({ err: error, command: request.command, requestId: request.requestId, platform: request.channel.platform }, 'command failed');
      return { reply: internalErrorReply(request.locale), outcome: 'internal_error' };
    }
  }

  /** Autocomplete suggestions; never throws (a failing suggestion list is an empty one). */
  suggest(request: CommandRequest & { option: string; typed: string }): { label: string; value: string }[] {
    const def = this.find(request.command);
    if (!def?.suggest) return [];
    try {
      return def
        .suggest(request.option, request.typed.slice(0, 100), this.context(request))
        .slice(0, 25)
        .map((c) => ({ label: c.label.slice(0, 100), value: c.value.slice(0, 100) }));
    } catch (error) {
      this.options.logger.error({ err: error, command: request.command, requestId: request.requestId }, 'suggest failed');
      return [];
    }
  }

  private context(request: CommandRequest): CommandContext {
    return {
      facts: this.currentFacts,
      locale: request.locale,
      now: (this.options.clock ?? (() => new Date()))(),
      user: request.user,
      channel: request.channel,
      commands: this.commands,
      services: this.options.services ?? {},
    };
  }
}

export function userErrorReply(error: UserError, locale: Locale): Reply {
  return makeReply({
    title: t(locale, 'error.title'),
    text: t(locale, error.messageKey, error.params),
    tone: 'error',
    ephemeral: true,
    data: { error: error.code },
  });
}

export function internalErrorReply(locale: Locale): Reply {
  return makeReply({ title: t(locale, 'error.title'), text: t(locale, 'error.internal'), tone: 'error', ephemeral: true, data: { error: 'internal' } });
}
