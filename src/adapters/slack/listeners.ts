import type { AllMiddlewareArgs, BlockButtonAction, RespondArguments, RespondFn, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import type { Dispatcher, Outcome } from '../../core/dispatch';
import { t } from '../../core/i18n';
import { apologize } from '../faults';
import type { Locale, Reply } from '../../core/reply';
import type { Logger } from '../../logger';
import type { RequestDedupe } from './dedupe';
import type { ResponseUrlBudget } from './expiring-cache';
import type { SlackInstallationStore } from './installations';
import { parseActionValue, parseSlashCommand, resolveLocale, slackErrorCode, toCommandRequest, type SlackGrants, type UserDirectory } from './parse';
import { renderNotice, renderReply, type ActionValue, type SlackMessage } from './render';

export interface SlackListenerDeps {
  dispatcher: Dispatcher;
  logger: Logger;
  users: UserDirectory;
  /** Which requests to answer (a Slack retry of one already taken is not): in memory, or in PostgreSQL across instances. */
  handled: RequestDedupe;
  responseUrls: ResponseUrlBudget;
  /** Operator grants (`slack:<team>/<user>`): managers besides workspace admins and owners, and editors. */
  grants: SlackGrants;
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** How the answer reached Slack: the interaction's response_url, a Web API fallback, or not at all. */
type Delivery = 'response_url' | 'chat.postEphemeral' | 'chat.postMessage' | 'none';

/** Where a reply goes and through what. */
interface Target {
  respond: RespondFn;
  responseUrl: string;
  client: webApi.WebClient;
  channelId: string;
  userId: string;
}

/** `/signatory`, `/timeline`…: ack at once (empty), then answer privately through the response_url. */
export function commandListener(deps: SlackListenerDeps): (args: CommandArgs) => Promise<void> {
  return async ({ ack, command, respond, client, context }) => {
    const started = performance.now();
    await ack();
    const name = command.command.replace(/^\//, '');
    const log = requestLog(deps, { kind: 'command', command: name, requestId: command.trigger_id, retryNum: context.retryNum, started });
    if (!(await deps.handled.claim(`command:${command.trigger_id || `${command.user_id}:${command.response_url}`}`))) return log('duplicate', 'none');
    const target: Target = { respond, responseUrl: command.response_url, client, channelId: command.channel_id, userId: command.user_id };
    let locale: Locale = 'en';
    try {
      const parsed = parseSlashCommand(command, (n) => deps.dispatcher.find(n));
      const profile = await deps.users.profile(command.user_id, { client, teamId: command.team_id || undefined });
      locale = resolveLocale(parsed.text, profile.locale);
      const request = toCommandRequest({ ...parsed, locale, userId: command.user_id, channelId: command.channel_id, requestId: command.trigger_id, teamId: command.team_id || undefined, profile, grants: deps.grants });
      const { reply, outcome } = await deps.dispatcher.dispatch(request);
      const message = renderReply(reply, { locale, audience: 'private', request: { command: parsed.command, options: parsed.options, locale } });
      log(outcome, await answerPrivately(deps, target, message, false));
    } catch (error) {
      log('internal_error', await apologizeTo(deps, target, locale, error, name, command.trigger_id));
    }
  };
}

/** A "did you mean" name or a page button: run that command and replace the private answer in place. */
export function choiceListener(deps: SlackListenerDeps): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await handleButton(deps, args, 'choice', async (value, target, reply) => {
      const message = renderReply(reply, { locale: value.locale, audience: 'private', request: value });
      return answerPrivately(deps, target, message, true);
    });
  };
}

/** "Share in channel": post the same answer visibly, once, without buttons. */
export function shareListener(deps: SlackListenerDeps): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await handleButton(deps, args, 'share', async (value, target, reply) => {
      const message = renderReply(reply, { locale: value.locale, audience: 'shared' });
      if (await viaResponseUrl(deps, target, { response_type: 'in_channel', replace_original: false, ...message })) return 'response_url';
      try {
        await target.client.chat.postMessage({ channel: target.channelId, ...message });
        return 'chat.postMessage';
      } catch (error) {
        deps.logger.warn({ platform: 'slack', action: 'share', error: slackErrorCode(error) }, 'chat.postMessage failed');
      }
      await answerPrivately(deps, target, renderNotice(t(value.locale, 'slack.share_failed', { share: t(value.locale, 'slack.share') })), false);
      return 'none';
    });
  };
}

async function handleButton(
  deps: SlackListenerDeps,
  { ack, action, body, respond, client, context }: ButtonArgs,
  kind: 'choice' | 'share',
  deliver: (value: ActionValue, target: Target, reply: Reply) => Promise<Delivery>,
): Promise<void> {
  const started = performance.now();
  await ack();
  const value = parseActionValue(action.value);
  const log = requestLog(deps, { kind, command: value?.command ?? 'unknown', requestId: body.trigger_id, retryNum: context.retryNum, started });
  if (!(await deps.handled.claim(`action:${body.trigger_id}:${action.action_id}:${action.action_ts}`))) return log('duplicate', 'none');
  if (!value || !deps.dispatcher.find(value.command)) return log('bad_action', 'none');
  const channelId = body.channel?.id ?? String(body.container.channel_id ?? '');
  const target: Target = { respond, responseUrl: body.response_url, client, channelId, userId: body.user.id };
  try {
    const teamId = body.team?.id ?? body.user.team_id ?? undefined;
    const profile = await deps.users.profile(body.user.id, { client, teamId });
    const request = toCommandRequest({ ...value, userId: body.user.id, channelId, requestId: body.trigger_id, teamId, profile, grants: deps.grants });
    const { reply, outcome } = await deps.dispatcher.dispatch(request);
    log(outcome, await deliver(value, target, reply));
  } catch (error) {
    log('internal_error', await apologizeTo(deps, target, value.locale, error, value.command, body.trigger_id));
  }
}

/**
 * The asker's private copy: through the response_url (replacing the message for buttons), or, when that url
 * is spent (5 uses, 30 minutes) or refused, as a new ephemeral message through the Web API.
 */
async function answerPrivately(deps: SlackListenerDeps, target: Target, message: SlackMessage, replace: boolean): Promise<Delivery> {
  const args: RespondArguments = replace ? { replace_original: true, ...message } : { response_type: 'ephemeral', ...message };
  if (await viaResponseUrl(deps, target, args)) return 'response_url';
  try {
    await target.client.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...message });
    return 'chat.postEphemeral';
  } catch (error) {
    deps.logger.warn({ platform: 'slack', error: slackErrorCode(error) }, 'chat.postEphemeral failed; the answer was not delivered');
    return 'none';
  }
}

async function viaResponseUrl(deps: SlackListenerDeps, target: Target, args: RespondArguments): Promise<boolean> {
  if (!target.responseUrl || !deps.responseUrls.take(target.responseUrl)) return false;
  try {
    await target.respond(args);
    return true;
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === 404 || status === 410) deps.responseUrls.spend(target.responseUrl);
    deps.logger.warn({ platform: 'slack', error: slackErrorCode(error) }, 'response_url refused; falling back to the Web API');
    return false;
  }
}

/** A fault in the adapter itself: logged with command and request id; the user gets the core's short apology, privately. */
async function apologizeTo(deps: SlackListenerDeps, target: Target, locale: Locale, error: unknown, command: string, requestId: string): Promise<Delivery> {
  const delivered = await apologize({
    logger: deps.logger,
    message: 'slack request failed',
    context: { platform: 'slack', command, requestId },
    error,
    locale,
    deliver: (apology) => answerPrivately(deps, target, renderReply(apology, { locale, audience: 'private' }), false),
  });
  return delivered ?? 'none';
}

/** One structured line per request: what ran, how long it took, how it ended and how the answer went out. */
function requestLog(
  deps: SlackListenerDeps,
  fields: { kind: 'command' | 'choice' | 'share'; command: string; requestId: string; retryNum: number | undefined; started: number },
): (outcome: Outcome | 'duplicate' | 'bad_action', delivery: Delivery) => void {
  return (outcome, delivery) => {
    const { started, retryNum, ...rest } = fields;
    const line = { platform: 'slack', ...rest, outcome, delivery, latencyMs: Math.round(performance.now() - started), ...(retryNum !== undefined ? { retryNum } : {}) };
    const undelivered = delivery === 'none' && outcome !== 'duplicate' && outcome !== 'bad_action';
    if (outcome === 'internal_error' || undelivered) deps.logger.warn(line, 'slack request');
    else deps.logger.info(line, 'slack request');
  };
}

type RemovalArgs = SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs;

/**
 * `app_uninstalled`, and `tokens_revoked` naming a bot token: the workspace's installation is forgotten and its
 * alert subscriptions paused (installing again resumes them). Revoked user tokens are not ours: ignored.
 */
export function removalListener(installations: Pick<SlackInstallationStore, 'remove'>, logger: Logger): (args: RemovalArgs) => Promise<void> {
  return async ({ event, context }) => {
    if (event.type === 'tokens_revoked' && (event.tokens.bot ?? []).length === 0) return;
    const isEnterpriseInstall = context.isEnterpriseInstall === true;
    const { removed, paused } = await installations.remove(
      isEnterpriseInstall
        ? { teamId: undefined, enterpriseId: context.enterpriseId ?? '', isEnterpriseInstall: true }
        : { teamId: context.teamId ?? '', enterpriseId: context.enterpriseId, isEnterpriseInstall: false },
      event.type,
    );
    logger.info({ platform: 'slack', event: event.type, team: context.teamId, enterprise: context.enterpriseId, removed, paused }, 'letterbot removed from a Slack workspace; its alert subscriptions are paused');
  };
}
