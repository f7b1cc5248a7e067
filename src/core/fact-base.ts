import { NameIndex } from './name-index';
import { withInitials } from './names';
import type { AskEngine } from './ask/engine';
import type { Reading } from './ask/lexicon';
import type { SourceLink } from './reply';
import type { Deviation, Fact, FactBaseData, Signatory, Source, TimelineEvent } from './schema';

/** The fact base failed validation: each issue names the path and what is wrong. */
export class FactBaseError extends Error {
  override readonly name = 'FactBaseError';
  constructor(readonly issues: string[]) {
    super(`invalid fact base:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

/**
 * The validated fact base and the indexes built on it once (names at construction, /ask on first use).
 * Immutable; a data reload builds a new one.
 */
export class FactBase {
  readonly sources: ReadonlyMap<string, Source>;
  readonly letter: FactBaseData['letter'];
  readonly signatories: readonly Signatory[];
  /** Oldest first. */
  readonly timeline: readonly TimelineEvent[];
  readonly facts: readonly Fact[];
  readonly deviations: readonly Deviation[];
  readonly names: NameIndex;
  private askEngine: AskEngine | undefined;
  /**
   * Where the build stored /ask's dictionary of common words (set by the loader in src/fact-files.ts, outside core,
   * which reads no file); handed to the dictionary when the first /ask engine is built. Null: the word-list packages.
   */
  static storedDictionary: (() => string | null) | null = null;
  /**
   * The readings of the data's texts the build stored for exactly this data and this code (set by the loader in
   * src/fact-files.ts, see src/reading-cache.ts), asked for when the /ask engine is built; null or a miss: read anew.
   */
  static storedReadings: ((data: FactBaseData) => Map<string, Reading> | null) | null = null;
  private readonly signatoriesById: ReadonlyMap<string, Signatory>;

  private constructor(readonly data: FactBaseData) {
    this.sources = new Map(data.sources.map((s) => [s.id, s]));
    this.letter = data.letter;
    this.signatories = data.signatories;
    this.timeline = [...data.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.facts = data.facts;
    this.deviations = data.deviations;
    this.signatoriesById = new Map(data.signatories.map((s) => [s.id, s]));
    this.names = new NameIndex(withInitials(data.signatories), new Set(data.concepts.wordLists.givenNames.words));
  }

  /**
   * The /ask engine: question parsing, retrieval and calibrated answers. Built on first use, with its modules
   * (the stemmers, tinyld, stopword) and its indexes: loading and indexing them is most of a start-up's work
   * (~60 % of a CLI run's CPU), which `/signatory`, `/timeline` and the shell's prompt never need.
   */
  get ask(): AskEngine {
    if (!this.askEngine) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { AskEngine } = require('./ask/engine') as typeof import('./ask/engine');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (FactBase.storedDictionary) (require('./ask/dictionary') as typeof import('./ask/dictionary')).useStoredDictionary(FactBase.storedDictionary);
      this.askEngine = new AskEngine(this.data, this.names, undefined, FactBase.storedReadings?.(this.data) ?? new Map());
    }
    return this.askEngine;
  }

  /** Validate raw data (the parsed JSON files) and build the indexes. Throws FactBaseError listing every problem. */
  static fromData(raw: unknown): FactBase {
    // Loaded here, not at the top: zod costs tens of ms at start-up, which a cached fact base skips (src/fact-cache.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { factBaseSchema } = require('./schema') as typeof import('./schema');
    const parsed = factBaseSchema.safeParse(raw);
    if (!parsed.success) {
      throw new FactBaseError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
    }
    return new FactBase(parsed.data);
  }

  /** Data that already passed `fromData` (the build-time cache): builds the indexes without validating again. */
  static fromValidated(data: FactBaseData): FactBase {
    return new FactBase(data);
  }

  signatory(id: string): Signatory | undefined {
    return this.signatoriesById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }

  /** Links for source ids, major outlets first, each once. */
  sourceLinks(ids: readonly string[]): SourceLink[] {
    return pickSourceLinks(this.sources, ids);
  }
}

/** Links for source ids, major outlets first, each once; unknown ids are skipped. */
export function pickSourceLinks(sources: ReadonlyMap<string, Source>, ids: readonly string[]): SourceLink[] {
  const seen = new Set<string>();
  const list: Source[] = [];
  for (const id of ids) {
    const s = sources.get(id);
    if (s && !seen.has(s.id)) {
      seen.add(s.id);
      list.push(s);
    }
  }
  return list
    .sort((a, b) => (a.tier === b.tier ? 0 : a.tier === 'major' ? -1 : 1))
    .map(({ publisher, title, url, date, via }) => ({ publisher, title, url, date, ...(via ? { via: { url: via.url, note: via.note } } : {}) }));
}
