import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reading, Term } from './core/ask/lexicon';
import type { Cue, FactBaseData } from './core/schema';

/**
 * /ask's readings of the data's own texts (every fact phrasing, answer and example, ~16,000), as the build made them,
 * so an engine starts without reading them again: reading them is most of an engine's build (about 1 s of a CLI
 * run's 2.4 s, and of every test file that asks). Written by `npm run build` (`scripts/reading-cache.ts`) and used
 * only when its key matches: a hash of the data as loaded, of every source file under src/core/ (the code that reads
 * them: the TypeScript, so a run from the sources and one from dist/ agree, and an edit not yet built misses) and of
 * the lockfile (the stemmers and word lists). Anything else reads anew; a stored reading is the reading the same code
 * would make.
 */
/** The checkout: the folder holding package.json and src/core/ (from src/ under the tests, from dist/src/ when built). */
export const ROOT = findRoot(__dirname);
export const READING_CACHE_FILE = path.join(ROOT, 'dist', 'readings.json');

function findRoot(start: string): string {
  let dir = start;
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'src', 'core'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(start, '..');
}

/** The code the readings depend on: each .ts file under src/core/ (sorted by path) and the lockfile; null when missing. */
let codeHash: string | null | undefined;
export function hashOfCode(): string | null {
  if (codeHash !== undefined) return codeHash;
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push(full);
    }
  };
  try {
    walk(path.join(ROOT, 'src', 'core'));
    const hash = createHash('sha256');
    for (const file of files.sort()) hash.update(`\0${path.relative(ROOT, file)}\0`).update(readFileSync(file));
    codeHash = hash.update('\0package-lock.json\0').update(readFileSync(path.join(ROOT, 'package-lock.json'))).digest('hex');
  } catch {
    codeHash = null;
  }
  return codeHash;
}

/** The key of a data set's readings with this code; null when the sources are not there to hash. */
export function readingsKey(data: FactBaseData): string | null {
  const code = hashOfCode();
  return code === null ? null : createHash('sha256').update(code).update(JSON.stringify(data)).digest('hex');
}

const KINDS: readonly Term['kind'][] = ['word', 'concept', 'role', 'number'];

/** A term as stored: term, weight, kind (its index in `KINDS`), at, span (0: none). */
type StoredTerm = [string, number, number, number, number];
/** A reading as stored: key, words, shown (0: the words), corrected (0: the words), terms, cues, stop hits. */
type StoredReading = [string, string[], string[] | 0, string[] | 0, StoredTerm[], [Cue, number, number][], number, number];

interface ReadingCacheFile {
  key: string;
  readings: StoredReading[];
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

function encode(key: string, r: Reading): StoredReading {
  return [
    key,
    r.words,
    same(r.shown, r.words) ? 0 : r.shown,
    same(r.corrected, r.words) ? 0 : r.corrected,
    r.terms.map((t) => [t.term, t.weight, KINDS.indexOf(t.kind), t.at, t.span ?? 0]),
    r.cues.map((c) => [c.cue, c.at, c.length]),
    r.stopHits.en,
    r.stopHits.fr,
  ];
}

function decode([, words, shown, corrected, terms, cues, en, fr]: StoredReading): Reading {
  return {
    words,
    shown: shown === 0 ? words : shown,
    corrected: corrected === 0 ? words : corrected,
    terms: terms.map(([term, weight, kind, at, span]) => (span === 0 ? { term, weight, kind: KINDS[kind]!, at } : { term, weight, kind: KINDS[kind]!, at, span })),
    cues: cues.map(([cue, at, length]) => ({ cue, at, length })),
    stopHits: { en, fr },
  };
}

/** The stored readings when they were made from exactly this data with this code; null otherwise. */
export function loadStoredReadings(data: FactBaseData, file = READING_CACHE_FILE): Map<string, Reading> | null {
  let stored: ReadingCacheFile;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as ReadingCacheFile;
  } catch {
    return null;
  }
  if (typeof stored.key !== 'string' || stored.key !== readingsKey(data) || !Array.isArray(stored.readings)) return null;
  return new Map(stored.readings.map((r) => [r[0], decode(r)]));
}

/** Store the readings an engine's build made of `data` (see `AskEngine`'s `readings`). False when the key cannot be made. */
export function writeStoredReadings(data: FactBaseData, readings: ReadonlyMap<string, Reading>, file = READING_CACHE_FILE): boolean {
  const key = readingsKey(data);
  if (key === null) return false;
  writeFileSync(file, JSON.stringify({ key, readings: [...readings].map(([k, r]) => encode(k, r)) } satisfies ReadingCacheFile));
  return true;
}
