/**
 * The real letterbot Slack adapter (real Bolt, real dispatcher and data) against FakeSlack on 127.0.0.1,
 * with the logs captured. Shared by the Slack end-to-end tests.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { SeenRequests } from '../../../src/adapters/slack/dedupe';
import { startSlack, type SlackHandle } from '../../../src/adapters/slack/index';
import { loadCommands } from '../../../src/command-registry';
import type { SlackConfig } from '../../../src/config';
import type { CommandDefinition } from '../../../src/core/command';
import { Dispatcher } from '../../../src/core/dispatch';
import { makeReply } from '../../../src/core/reply';
import type { Logger } from '../../../src/logger';
import { realFacts } from '../../helpers/core';
import { FakeSlack, slashCommandBody, type PostResult, type RecordedCall, type SlackBody } from '../../helpers/fake-slack';

/** A command that always fails inside `run`: the internal-fault path. */
export const faultyCommand: CommandDefinition = {
  name: 'boom',
  description: { en: 'Always fails (tests only)', fr: 'Échoue toujours (tests)' },
  options: [],
  examples: ['/boom'],
  run() {
    throw new Error('kaboom: database password is hunter2');
  },
};

/** A managers-only command: `/help` lists it for workspace admins and listed admins only. */
export const managersCommand: CommandDefinition = {
  name: 'audit',
  description: { en: 'Managers only (tests only)', fr: 'Gestionnaires seulement (tests)' },
  options: [],
  examples: ['/audit'],
  managersOnly: true,
  run: () => makeReply({ title: 'Audit', text: 'ok' }),
};

export interface CapturedLogs {
  /** Raw JSON lines, as they would reach stderr. */
  raw: string[];
  /** Parsed lines. */
  lines: Array<Record<string, unknown>>;
  /** The one-per-request lines. */
  requests(): Array<Record<string, unknown>>;
  /** The request line of a request id, once written (it follows the answer). */
  waitForRequest(requestId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

export function captureLogs(level = 'debug'): { logger: Logger; logs: CapturedLogs } {
  const raw: string[] = [];
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      callback();
    },
  });
  const logger = pino({ level, base: { app: 'letterbot' } }, stream);
  const requests = (): Array<Record<string, unknown>> => lines.filter((l) => l.msg === 'slack request');
  const waitForRequest = async (requestId: string, timeoutMs = 3000): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = requests().find((l) => l.requestId === requestId);
      if (line) return line;
      if (Date.now() > deadline) throw new Error(`no request log line for ${requestId}`);
      await sleep(10);
    }
  };
  return { logger, logs: { raw, lines, requests, waitForRequest } };
}

export interface SlackTestApp {
  fake: FakeSlack;
  url: string;
  handle: SlackHandle;
  logs: CapturedLogs;
  stop(): Promise<void>;
}

/** `fake`: share one FakeSlack between several apps (instances behind a load balancer; the caller closes it). */
export async function startTestSlack(options: { mode?: 'http' | 'socket'; admins?: string[]; fake?: FakeSlack; seenRequests?: SeenRequests } = {}): Promise<SlackTestApp> {
  const fake = options.fake ?? (await FakeSlack.start());
  const { logger, logs } = captureLogs();
  // Every app of a test file shares the file's one fact base (`realFacts`): several instances behind a load balancer
  // are several processes with the same data, and the fact base is immutable, so one /ask engine serves them all
  // rather than one built per app (seconds each).
  const dispatcher = new Dispatcher({ commands: [...loadCommands(), faultyCommand, managersCommand], facts: realFacts(), logger });
  // The bot builds the /ask engine right after it starts (main.ts); so does the harness, so that the first question's
  // ack and answer are not timed against the engine's first build (~1.4 s quiet, more beside other test files).
  void dispatcher.facts.ask;
  const config: SlackConfig =
    options.mode === 'socket'
      ? { mode: 'socket', botToken: fake.botToken, appToken: fake.appToken, apiUrl: fake.apiUrl }
      : { mode: 'http', botToken: fake.botToken, signingSecret: fake.signingSecret, port: 0, apiUrl: fake.apiUrl };
  const handle = await startSlack({ config, dispatcher, logger, host: '127.0.0.1', retries: 0, ...(options.admins ? { admins: options.admins } : {}), ...(options.seenRequests ? { seenRequests: options.seenRequests } : {}) });
  return {
    fake,
    url: `http://127.0.0.1:${handle.port ?? 0}/slack/events`,
    handle,
    logs,
    async stop() {
      await handle.stop();
      if (!options.fake) await fake.close();
    },
  };
}

export interface SlashResult {
  res: PostResult;
  /** Resolves with what the app posted to this command's response_url. */
  answer(): Promise<RecordedCall>;
  responseUrlId: string;
  triggerId: string;
  body: string;
}

/** Send a signed slash command and expect the empty 200 ack. */
export async function slash(
  app: SlackTestApp,
  command: string,
  text: string,
  options: { userId?: string; channelId?: string; teamId?: string; headers?: Record<string, string>; timestamp?: number; triggerId?: string } = {},
): Promise<SlashResult> {
  const responseUrlId = `r-${randomBytes(5).toString('hex')}`;
  const channelId = options.channelId ?? 'C0FAKECHAN';
  const userId = options.userId ?? 'U0FAKEUSER';
  const triggerId = options.triggerId ?? `t-${randomBytes(6).toString('hex')}`;
  const body = slashCommandBody({ command, text, userId, channelId, triggerId, ...(options.teamId ? { teamId: options.teamId } : {}), responseUrl: app.fake.responseUrl(responseUrlId, { channel: channelId, user: userId }) });
  const res = await app.fake.sendToApp(app.url, body, { ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}), ...(options.headers ? { headers: options.headers } : {}) });
  return {
    res,
    responseUrlId,
    triggerId,
    body,
    answer: () => app.fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === responseUrlId),
  };
}

/** Every string anywhere in a payload. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

interface Block {
  type: string;
  text?: { text: string };
  elements?: Array<{ type: string; action_id?: string; value?: string; text?: { text: string } }>;
}

export function blocksOf(body: SlackBody): Block[] {
  return (body.blocks ?? []) as Block[];
}

export function headerOf(body: SlackBody): string {
  return blocksOf(body).find((b) => b.type === 'header')?.text?.text ?? '';
}

export function buttonsOf(body: SlackBody): Array<{ action_id: string; value: string; label: string }> {
  return blocksOf(body)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', label: e.text?.text ?? '' }));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
