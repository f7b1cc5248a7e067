import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Measuring helpers shared by the benchmarks: garbage collection on demand, heap use, latency
 * percentiles, a seeded random generator and plain-text tables. No console (lint rule): output goes
 * through `write`.
 */

/** Force a full garbage collection. `npm run bench` starts node without `--expose-gc`, so the flag is set at run time. */
export const collectGarbage: () => void = (() => {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** Heap in use after a full collection, in bytes. */
export function settledHeap(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Build something and report how long it took and how much heap it keeps alive. */
export function measureBuild<T>(build: () => T): { value: T; ms: number; heapBytes: number } {
  const before = settledHeap();
  const t0 = process.hrtime.bigint();
  const value = build();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapBytes = settledHeap() - before;
  return { value, ms, heapBytes };
}

/** Nearest-rank percentile (p in 0–1) of nanosecond samples; the array is sorted in place. */
export function percentile(sortedNs: readonly number[], p: number): number {
  if (sortedNs.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(p * sortedNs.length));
  return sortedNs[Math.min(rank, sortedNs.length) - 1]!;
}

export interface Latency {
  p50Us: number;
  p99Us: number;
  samples: number;
}

export function summarise(samplesNs: number[]): Latency {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  return { p50Us: percentile(sorted, 0.5) / 1000, p99Us: percentile(sorted, 0.99) / 1000, samples: sorted.length };
}

/** mulberry32: small, fast, seeded; the benchmarks never use Math.random so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function write(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** A Markdown table, columns padded so it also reads well in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Resident memory of a running process, from /proc (Linux); NaN elsewhere. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Clock ticks per second of /proc's CPU times (100 on Linux almost everywhere). */
export const CLOCK_TICKS = ((): number => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** CPU time (user + system) of a process so far, from /proc (Linux); NaN when it cannot be read. */
export function procCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * The node flags `npm start` runs the bot with: those between `node` and `dist/src/main.js` in package.json's
 * `start` script, so this bench measures what a user gets.
 */
export function startScriptFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const match = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js$/.exec(scripts.start ?? '');
  if (!match) throw new Error(`package.json's start script is not "node [--flags] dist/src/main.js": ${scripts.start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}
