import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { factBaseHash } from '../src/core/alerts';
import { FactBase, FactBaseError } from '../src/core/fact-base';
import { factCacheKey, loadCachedFactBase, readStoredDictionary, writeFactCache, writeStoredDictionary } from '../src/fact-cache';
import { DATA_FILES, DEFAULT_DATA_DIR, readFactFiles } from '../src/fact-files';

describe('build-time fact cache', () => {
  let dir: string;
  let data: string;
  let cacheFile: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-fact-cache-'));
    data = path.join(dir, 'data');
    cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
    cacheFile = path.join(dir, 'fact-cache.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('unchanged data → the cached fact base equals the validated one (same data, same alerts snapshot hash, same answers)', () => {
    writeFactCache(data, DATA_FILES, readFactFiles, cacheFile);
    const cached = loadCachedFactBase(data, DATA_FILES, cacheFile);
    const validated = FactBase.fromData(readFactFiles(data));
    expect(cached).not.toBeNull();
    expect(cached!.data).toEqual(validated.data);
    expect(factBaseHash(cached!.data)).toBe(factBaseHash(validated.data));
    expect(cached!.names.match('cate blanchet')).toEqual(validated.names.match('cate blanchet'));
  });

  it('one byte changed in a data file → cache miss, so the data is validated again', () => {
    writeFactCache(data, DATA_FILES, readFactFiles, cacheFile);
    const file = path.join(data, 'signatories.json');
    writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    expect(loadCachedFactBase(data, DATA_FILES, cacheFile)).toBeNull();
  });

  it('invalid data behind a cache of valid data is never served from the cache', () => {
    writeFactCache(data, DATA_FILES, readFactFiles, cacheFile);
    const file = path.join(data, 'signatories.json');
    const people = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }[];
    people[0]!.sources = [];
    writeFileSync(file, JSON.stringify(people));
    expect(loadCachedFactBase(data, DATA_FILES, cacheFile)).toBeNull();
    expect(() => FactBase.fromData(readFactFiles(data))).toThrow(FactBaseError);
  });

  it('invalid data → no cache written', () => {
    writeFileSync(path.join(data, 'timeline.json'), '[{"id":"x"}]');
    expect(() => writeFactCache(data, DATA_FILES, readFactFiles, cacheFile)).toThrow(FactBaseError);
    expect(existsSync(cacheFile)).toBe(false);
  });

  it('no cache, a corrupt cache or a missing data file → a miss, never a crash', () => {
    expect(loadCachedFactBase(data, DATA_FILES, cacheFile)).toBeNull();
    writeFileSync(cacheFile, '{not json');
    expect(loadCachedFactBase(data, DATA_FILES, cacheFile)).toBeNull();
    rmSync(path.join(data, 'facts.json'));
    expect(factCacheKey(data, DATA_FILES)).toBeNull();
  });
});

describe('build-time dictionary (dist/dictionary.txt and its key)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-dictionary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is read only with the key of the code and lockfile it was made with; another key or a missing file reads the packages (null)', () => {
    const [text, key] = [path.join(dir, 'dictionary.txt'), path.join(dir, 'dictionary.key')];
    writeStoredDictionary('abbey\nabbot +\n', text, key);
    expect(readStoredDictionary(text, key)).toBe('abbey\nabbot +\n');
    writeFileSync(key, 'a key of other sources');
    expect(readStoredDictionary(text, key)).toBeNull();
    rmSync(key);
    expect(readStoredDictionary(text, key)).toBeNull();
  });
});
