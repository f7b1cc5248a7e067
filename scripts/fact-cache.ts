import { FactBaseError } from '../src/core/fact-base';
import { FACT_CACHE_FILE, writeFactCache } from '../src/fact-cache';
import { DATA_FILES, DEFAULT_DATA_DIR, readFactFiles } from '../src/fact-files';

/**
 * Run by `npm run build`: validate `data/` once and store the result in dist/fact-cache.json, so each start
 * with unchanged data skips the schema (see src/fact-cache.ts). Invalid data writes no cache and fails nothing
 * here: every start then validates and reports it, and `npm test` fails on it.
 */
try {
  writeFactCache(DEFAULT_DATA_DIR, DATA_FILES, readFactFiles);
  process.stdout.write(`fact base validated; cache written to ${FACT_CACHE_FILE}\n`);
} catch (error) {
  const detail = error instanceof FactBaseError ? error.message : (error as Error).message;
  process.stderr.write(`fact cache not written: ${detail}\n`);
}
