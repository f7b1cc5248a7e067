import { dictionaryText } from '../src/core/ask/dictionary';
import { DICTIONARY_CACHE_FILE, writeStoredDictionary } from '../src/fact-cache';

/**
 * Run by `npm run build`: stores the dictionary of common words as /ask reads it (folded, sorted, one per line, an
 * English word marked common or uncommon) in dist/dictionary.txt, so the first question of a process reads one file
 * instead of folding and sorting the word-list packages (~400 ms). Derived from the installed packages only; rebuilt
 * by every build, and used (from dist/ or by the tests) only while dist/dictionary.key matches the code and lockfile.
 */
writeStoredDictionary(dictionaryText());
process.stdout.write(`dictionary written to ${DICTIONARY_CACHE_FILE}\n`);
