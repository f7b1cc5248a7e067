import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editorAlert, type Alert, type AlertTopic } from '../../src/core/alerts';
import type { AlertLogger } from '../../src/alerts/worker';
import { DEFAULT_DATA_DIR } from '../../src/fact-files';

/** A fresh folder under the OS temp dir; `cleanup()` removes every folder made so far. */
const made: string[] = [];
export function tempDir(prefix = 'letterbot-alerts-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let counter = 0;
/** A distinct editor alert (ids depend on the text and time). */
export function testAlert(options: { text?: string; topic?: AlertTopic } = {}): Alert {
  counter += 1;
  return editorAlert({ text: options.text ?? `Test alert ${counter}`, topic: options.topic, now: new Date(Date.UTC(2026, 10, 26, 12, 0, counter)), by: 'test' });
}

/** Keeps every log line, for asserting that outcomes are logged. */
export class RecordingAlertLogger implements AlertLogger {
  readonly lines: { level: 'info' | 'warn' | 'error'; details: Record<string, unknown>; message: string }[] = [];
  info(details: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'info', details, message });
  }
  warn(details: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'warn', details, message });
  }
  error(details: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'error', details, message });
  }
  outcomes(outcome: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.details.outcome === outcome).map((l) => l.details);
  }
}

/** A copy of the real `data/` in `dir/data`, to edit freely. */
export function copyData(dir: string): string {
  const target = path.join(dir, 'data');
  cpSync(DEFAULT_DATA_DIR, target, { recursive: true });
  return target;
}

/** Add a signatory to a data folder (as an editor would), citing two existing sources. */
export function addSignatory(dataDir: string, id: string, name: string): void {
  const file = path.join(dataDir, 'signatories.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }[];
  list.push({ id, name, aliases: [], knownFor: { en: 'Actress', fr: 'Actrice' }, roles: ['actor'], sources: list[0]!.sources.slice(0, 2), confidence: 'major' } as never);
  writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
}

/** Edit one JSON file of a data folder. */
export function editData<T>(dataDir: string, name: string, edit: (value: T) => void): void {
  const file = path.join(dataDir, `${name}.json`);
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `check()` is true (or fail after `timeoutMs`). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

const ROOT = path.resolve(__dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const info = path.join(ROOT, 'dist', '.tsbuildinfo');
  const built = existsSync(path.join(ROOT, 'dist', 'scripts', 'alerts-worker.js')) && existsSync(info) ? statSync(info).mtimeMs : 0;
  return built >= Math.max(...['src', 'scripts', 'commands'].map((d) => newestSource(path.join(ROOT, d))));
}

/**
 * Tests that run the compiled scripts in a child process need `dist/` to match the sources: `npm test` builds
 * first; when run alone and stale, build once (a lock file keeps parallel test files from building together).
 */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = path.join(os.tmpdir(), 'letterbot-test-build.lock');
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      if (Date.now() - started > 120_000) rmSync(lock, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (isBuilt()) return;
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
    // tsc leaves its build info untouched when no output changed (a file only touched): mark the build as current.
    const now = new Date();
    utimesSync(path.join(ROOT, 'dist', '.tsbuildinfo'), now, now);
  } finally {
    rmSync(lock, { force: true });
  }
}
