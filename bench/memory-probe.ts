/**
 * Where a process's resident memory is: V8 heap per space, external and ArrayBuffer memory, and from /proc the
 * anonymous pages (heap, malloc arenas, stacks) and file-backed ones (node's binary, libraries).
 * `memory-probe-preload.ts` reports it from inside the bot for `npm run bench -- slack --slack-memory-breakdown`.
 */
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

export const MEMORY_PROBE_MARKER = 'letterbot-memory-probe ';

export interface MemoryBreakdown {
  /** MB, from /proc/self/status: all resident pages, anonymous ones (heap, malloc, stacks) and file-backed ones (node's binary, libraries). */
  rss: number;
  rssAnon: number;
  rssFile: number;
  /** MB: V8 heap committed and in use, per space ([used, committed]). */
  heapCommitted: number;
  heapUsed: number;
  spaces: Record<string, [number, number]>;
  /** MB: memory V8 accounts outside its heap (Buffers, ArrayBuffers). */
  external: number;
  arrayBuffers: number;
}

const MB = 1024 * 1024;
const round = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

function statusMb(status: string, field: string): number {
  const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1];
  return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : Number.NaN;
}

export function memoryBreakdown(): MemoryBreakdown {
  const usage = process.memoryUsage();
  const status = readFileSync('/proc/self/status', 'utf8');
  const spaces: Record<string, [number, number]> = {};
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_size > 0) spaces[space.space_name.replace(/_space$/, '')] = [round(space.space_used_size), round(space.space_size)];
  }
  return {
    rss: statusMb(status, 'VmRSS'),
    rssAnon: statusMb(status, 'RssAnon'),
    rssFile: statusMb(status, 'RssFile'),
    heapCommitted: round(usage.heapTotal),
    heapUsed: round(usage.heapUsed),
    spaces,
    external: round(usage.external),
    arrayBuffers: round(usage.arrayBuffers),
  };
}
