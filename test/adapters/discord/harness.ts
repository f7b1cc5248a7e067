import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startDiscord, type DiscordHandle } from '../../../src/adapters/discord';
import { createDispatcher } from '../../../src/app';
import type { Dispatcher } from '../../../src/core/dispatch';
import type { Logger } from '../../../src/logger';
import { realFacts } from '../../helpers/core';
import { FakeDiscord, snowflake, type RecordedRequest } from '../../helpers/fake-discord';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'discord');

/** JSON log lines written by a real pino logger, kept in memory. */
export class LogCapture {
  readonly raw: string[] = [];
  readonly logger: Logger;

  constructor() {
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.raw.push(chunk.toString('utf8'));
        done();
      },
    });
    this.logger = pino({ level: 'info', base: { app: 'letterbot' } }, stream);
  }

  get lines(): Record<string, unknown>[] {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** The first line matching `match`, waiting for it up to `timeoutMs`. */
  async waitFor(match: (line: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find(match);
      if (line) return line;
      if (Date.now() > deadline) throw new Error('no matching log line');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The per-interaction line of `requestId`, once the handler has finished. */
  async interactionLine(requestId: string, timeoutMs = 3000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l) => l.msg === 'discord interaction' && l.requestId === requestId);
      if (line) return line;
      if (Date.now() > deadline) throw new Error(`no log line for interaction ${requestId}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordHandle;
  dispatcher: Dispatcher;
  logs: LogCapture;
  /** Added to Date.now() for button expiry: move time forward without waiting. */
  clock: { offsetMs: number };
  stop(): Promise<void>;
}

/** A loopback fake Discord and letterbot's Discord adapter on it, with the real dispatcher, commands and data. */
export async function startHarness(
  options: { deferAfterMs?: number; admins?: string[]; dispatcher?: (logger: Logger) => Dispatcher } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logs = new LogCapture();
  // The file's one fact base (`realFacts`, immutable): one /ask engine for every harness of the file.
  const dispatcher = options.dispatcher ? options.dispatcher(logs.logger) : createDispatcher({ facts: realFacts(), logger: logs.logger });
  // As main.ts does at start: build the /ask engine before the first interaction, not inside its 3 s window.
  void dispatcher.facts.ask;
  const clock = { offsetMs: 0 };
  try {
    const bot = await startDiscord({
      config: { token: fake.token, appId: fake.applicationId, guildId: undefined, apiUrl: fake.apiUrl },
      dispatcher,
      logger: logs.logger,
      now: () => Date.now() + clock.offsetMs,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      ...(options.admins ? { admins: options.admins } : {}),
    });
    return {
      fake,
      bot,
      dispatcher,
      logs,
      clock,
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** A recorded INTERACTION_CREATE payload from `test/fixtures/discord/`, with a fresh id and token. */
export function interactionFixture(name: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
  const id = snowflake();
  return { ...payload, id, token: `fixture-token.${id}.${randomBytes(12).toString('hex')}` };
}

/** Requests that carry a message: initial callbacks with message data (types 4 and 7), follow-ups and edits. */
export function messageRequests(fake: FakeDiscord): RecordedRequest[] {
  return fake.requests.filter((r) => {
    if (r.method === 'POST' && r.path.startsWith('/interactions/')) {
      const body = r.body as { type?: number } | null;
      return body?.type === 4 || body?.type === 7;
    }
    return (r.method === 'POST' || r.method === 'PATCH') && r.path.startsWith('/webhooks/');
  });
}

/** The message part of a recorded request: `data` of a callback, the body of a webhook call. */
export function messageOf(request: RecordedRequest): Record<string, unknown> {
  const body = request.body as Record<string, unknown>;
  return request.path.startsWith('/interactions/') ? (body.data as Record<string, unknown>) : body;
}
