import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FactBase } from './core/fact-base';
import type { FactBaseData } from './core/schema';
import { hashOfCode, ROOT } from './reading-cache';

/**
 * The fact base as validated at build time, so a start with unchanged data skips the zod schema (building it
 * and parsing the data cost ~50 ms of CPU, a fifth of a CLI run). Written by `npm run build`
 * (`scripts/fact-cache.ts`), used only when its key matches: a hash of the data files' exact bytes and of the
 * compiled schema. Any edit to `data/` or to the schema, or another data folder with other content, misses
 * the cache and is validated as usual; the cache only ever holds data that passed validation.
 */
export const FACT_CACHE_FILE = path.resolve(__dirname, '..', 'fact-cache.json');

/**
 * /ask's dictionary of common words as the build stores it (see `useStoredDictionary` in src/core/ask/dictionary.ts),
 * in dist/ whether run from there or from the sources (the tests), with the key of the code and packages it was made
 * from beside it (`hashOfCode`, src/reading-cache.ts): used only while that key matches.
 */
export const DICTIONARY_CACHE_FILE = path.join(ROOT, 'dist', 'dictionary.txt');
const DICTIONARY_KEY_FILE = path.join(ROOT, 'dist', 'dictionary.key');

/** Store the dictionary's text and the key it was made with. */
export function writeStoredDictionary(text: string, file = DICTIONARY_CACHE_FILE, keyFile = DICTIONARY_KEY_FILE): void {
  writeFileSync(file, text);
  writeFileSync(keyFile, hashOfCode() ?? '');
}

/** The stored dictionary's text when made by this code from these packages; null otherwise (the packages are read). */
export function readStoredDictionary(file = DICTIONARY_CACHE_FILE, keyFile = DICTIONARY_KEY_FILE): string | null {
  try {
    const key = hashOfCode();
    return key !== null && readFileSync(keyFile, 'utf8') === key ? readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

interface FactCacheFile {
  key: string;
  data: FactBaseData;
}

/** The schema's own source (compiled JS from dist/, TS under ts-jest): a schema change must invalidate the cache. */
function schemaSource(): string {
  return readFileSync(require.resolve('./core/schema'), 'utf8');
}

/** Hash of the schema and of each data file's exact bytes (a missing file makes the key unusable: null). */
export function factCacheKey(dir: string, files: readonly string[]): string | null {
  const hash = createHash('sha256').update(schemaSource());
  for (const name of files) {
    try {
      hash.update(`\0${name}\0`).update(readFileSync(path.join(dir, `${name}.json`)));
    } catch {
      return null;
    }
  }
  return hash.digest('hex');
}

/** The fact base from the cache when it was built from exactly these files and this schema; null otherwise. */
export function loadCachedFactBase(dir: string, files: readonly string[], cacheFile = FACT_CACHE_FILE): FactBase | null {
  let cache: FactCacheFile;
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as FactCacheFile;
  } catch {
    return null;
  }
  if (typeof cache.key !== 'string' || cache.key !== factCacheKey(dir, files)) return null;
  return FactBase.fromValidated(cache.data);
}

/** Validate a data folder and write the cache for it. Throws FactBaseError (and writes nothing) when the data is invalid. */
export function writeFactCache(dir: string, files: readonly string[], read: (dir: string) => unknown, cacheFile = FACT_CACHE_FILE): void {
  const key = factCacheKey(dir, files);
  if (!key) throw new Error(`cannot read the data files in ${dir}`);
  const facts = FactBase.fromData(read(dir));
  writeFileSync(cacheFile, JSON.stringify({ key, data: facts.data } satisfies FactCacheFile));
}
