import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FactBase } from './core/fact-base';

/** The data folder of this checkout (`data/` beside `src/`, also from `dist/`). */
export const DEFAULT_DATA_DIR = findDataDir(__dirname);

/** The files that make up the fact base, one per top-level key. */
export const DATA_FILES = ['sources', 'letter', 'signatories', 'timeline', 'facts', 'deviations', 'concepts'] as const;

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

/** Read and validate the fact base; throws FactBaseError listing every problem. */
export function loadFactBase(dir = DEFAULT_DATA_DIR): FactBase {
  return FactBase.fromData(readFactFiles(dir));
}
