import type { Reading } from '../src/core/ask/lexicon';
import { FactBase } from '../src/core/fact-base';
import { loadFactBase } from '../src/fact-files';
import { READING_CACHE_FILE, writeStoredReadings } from '../src/reading-cache';

/**
 * Run by `npm run build`, after the fact cache: builds the /ask engine once over `data/` and stores every reading
 * it made (src/reading-cache.ts), so each later start with the same data and code skips them. Invalid data writes
 * nothing and fails nothing here: every start then reports it, and `npm test` fails on it.
 */
try {
  const facts = loadFactBase();
  const readings = new Map<string, Reading>();
  FactBase.storedReadings = () => readings;
  void facts.ask;
  if (writeStoredReadings(facts.data, readings)) process.stdout.write(`${readings.size} readings written to ${READING_CACHE_FILE}\n`);
  else process.stderr.write('readings not written: the sources under src/core/ are not there to key them\n');
} catch (error) {
  process.stderr.write(`readings not written: ${(error as Error).message}\n`);
}
