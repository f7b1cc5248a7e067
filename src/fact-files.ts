import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mirrorHostsSchema, type MirrorHost } from './core/data-check';
import { FactBase, FactBaseError } from './core/fact-base';
import { loadCachedFactBase, readStoredDictionary } from './fact-cache';
import { loadStoredReadings } from './reading-cache';

/** The data folder of this checkout (`data/` beside `src/`, also from `dist/`). */
export const DEFAULT_DATA_DIR = findDataDir(__dirname);

/** The files that make up the fact base, one per top-level key. */
export const DATA_FILES = ['sources', 'letter', 'signatories', 'timeline', 'facts', 'deviations', 'concepts', 'examples'] as const;

function findDataDir(start: string): string {
  let dir = start;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'data');
    if (existsSync(path.join(candidate, 'letter.json'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(start, '..', 'data');
}

/** Read the JSON files of a data folder as one raw object (not yet validated). */
export function readFactFiles(dir = DEFAULT_DATA_DIR): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of DATA_FILES) {
    const file = path.join(dir, `${name}.json`);
    try {
      raw[name] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return raw;
}

// /ask's dictionary from the build's file when made by this code from these packages (read on the first question that needs it, if ever).
FactBase.storedDictionary = () => readStoredDictionary();

// /ask's readings of the data's texts from the build's file, when made from the same data and code (src/reading-cache.ts).
FactBase.storedReadings = loadStoredReadings;

/** Read and validate the fact base (or take it from the build-time cache when the files are unchanged); throws FactBaseError listing every problem. */
export function loadFactBase(dir = DEFAULT_DATA_DIR): FactBase {
  return loadCachedFactBase(dir, DATA_FILES) ?? FactBase.fromData(readFactFiles(dir));
}

/** `mirror-hosts.json` of a data folder: the hosts the data check treats as mirrors, aggregators or reposts. */
export function readMirrorHosts(dir = DEFAULT_DATA_DIR): MirrorHost[] {
  const file = path.join(dir, 'mirror-hosts.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = mirrorHostsSchema.safeParse(raw);
  if (!parsed.success) throw new FactBaseError(parsed.error.issues.map((i) => `mirror-hosts.${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}
