import { createHash } from 'node:crypto';
import type { Logger } from '../../logger';
import { HandledRequests } from './expiring-cache';

/**
 * Requests seen by any instance (PostgreSQL, `LETTERBOT_DATABASE_URL`): `firstSeen` is true for exactly one caller
 * per key within `ttlMs`, whichever instance it runs in. The alerts store implements it.
 */
export interface SeenRequests {
  firstSeen(key: string, now: number, ttlMs: number): Promise<boolean>;
}

export function isSeenRequests(value: unknown): value is SeenRequests {
  return typeof (value as Partial<SeenRequests> | null)?.firstSeen === 'function';
}

/** Which requests to answer: the first delivery of each; a retry (`X-Slack-Retry-Num`) of one already taken is not. */
export interface RequestDedupe {
  claim(key: string): boolean | Promise<boolean>;
}

/** Seen keys are kept an hour in the database (Slack's last retry comes about 5 minutes after the first try). */
export const SEEN_REQUEST_TTL_MS = 60 * 60 * 1000;

/**
 * Several instances behind a load balancer: a retry may land on another instance than the first try, so the
 * database decides (INSERT … ON CONFLICT DO NOTHING). This instance's own memory answers repeats it saw itself
 * without a round trip. Keys are stored hashed (they can hold a response_url). If the database cannot answer, the
 * request is answered (a possible second answer beats none) and the log says so.
 */
export class SharedRequestDedupe implements RequestDedupe {
  private readonly local = new HandledRequests();

  constructor(
    private readonly seen: SeenRequests,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  async claim(key: string): Promise<boolean> {
    if (!this.local.claim(key)) return false;
    try {
      return await this.seen.firstSeen(`slack:${createHash('sha256').update(key).digest('base64url')}`, this.clock(), SEEN_REQUEST_TTL_MS);
    } catch (error) {
      this.logger.error({ platform: 'slack', err: String((error as { code?: string }).code ?? (error as Error).message) }, 'could not check a Slack request against the database; answering it (a retry on another instance may be answered too)');
      return true;
    }
  }
}
