import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AskEngine } from '../src/core/ask/engine';
import type { Reading } from '../src/core/ask/lexicon';
import type { Locale } from '../src/core/reply';
import { loadStoredReadings, readingsKey, writeStoredReadings } from '../src/reading-cache';
import { realFacts } from './helpers/core';

/** A map that keeps nothing: an engine given it reads every text anew, as one did before readings were kept. */
class KeepsNothing extends Map<string, Reading> {
  override set(): this {
    return this;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('stored readings (src/reading-cache.ts): an engine built from them answers as one that reads every text anew', () => {
  const facts = realFacts();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'letterbot-readings-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('same verdict, fact, mode, confidence and choices on 200 evaluation questions; no reading is changed once made', () => {
    const file = path.join(dir, 'readings.json');
    const made = new Map<string, Reading>();
    new AskEngine(facts.data, facts.names, undefined, made);
    // Every example is read (twice by the build: kept once), and the facts' texts.
    expect(made.size).toBeGreaterThan(facts.data.examples.examples.length);
    expect(writeStoredReadings(facts.data, made, file)).toBe(true);
    const stored = loadStoredReadings(facts.data, file)!;
    expect(stored.size).toBe(made.size);
    // Frozen: an engine that changed a stored reading (shared by every text read the same) would throw here.
    for (const reading of stored.values()) deepFreeze(reading);
    const fromStore = new AskEngine(facts.data, facts.names, undefined, stored);
    const anew = new AskEngine(facts.data, facts.names, undefined, new KeepsNothing());
    const dev = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'ask', 'dev.json'), 'utf8')) as { q: string; lang: Locale }[];
    const sample = dev.filter((_, i) => i % Math.floor(dev.length / 200) === 0).slice(0, 200);
    expect(sample).toHaveLength(200);
    const shape = (engine: AskEngine, q: string, lang: Locale): string => JSON.stringify(engine.ask(q, lang));
    const differ = sample.filter(({ q, lang }) => shape(fromStore, q, lang) !== shape(anew, q, lang)).map(({ q }) => q);
    expect(differ).toEqual([]);
  });

  it('is used only for the data and code it was made from: other data, a missing or broken file read anew (null)', () => {
    const file = path.join(dir, 'small.json');
    const made = new Map<string, Reading>();
    const data = structuredClone(facts.data);
    data.examples.examples = data.examples.examples.slice(0, 50);
    new AskEngine(data, facts.names, undefined, made);
    expect(writeStoredReadings(data, made, file)).toBe(true);
    expect(loadStoredReadings(data, file)?.size).toBe(made.size);
    const edited = structuredClone(data);
    edited.examples.examples[0]!.q += ' ?';
    expect(readingsKey(edited)).not.toBe(readingsKey(data));
    expect(loadStoredReadings(edited, file)).toBeNull();
    expect(loadStoredReadings(data, path.join(dir, 'none.json'))).toBeNull();
    writeFileSync(file, '{"key": 1');
    expect(loadStoredReadings(data, file)).toBeNull();
  });
});
