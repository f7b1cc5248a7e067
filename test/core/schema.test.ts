import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FactBase, FactBaseError } from '../../src/core/fact-base';
import { WORD_LISTS } from '../../src/core/schema';
import { readFactFiles } from '../../src/fact-files';

type Raw = Record<string, unknown> & {
  signatories: { sources: string[]; name: string }[];
  timeline: { sources: string[] }[];
  facts: { sources: string[]; quote?: string }[];
  sources: { id: string; url: string }[];
};

const fresh = (): Raw => structuredClone(readFactFiles()) as Raw;
const problems = (raw: unknown): string[] => {
  try {
    FactBase.fromData(raw);
    return [];
  } catch (e) {
    if (e instanceof FactBaseError) return e.issues;
    throw e;
  }
};

describe('the fact base in data/', () => {
  it('validates against the schema', () => {
    expect(problems(readFactFiles())).toEqual([]);
  });

  it('has every name the article gives, spelled as the sources spell them', () => {
    const names = fresh().signatories.map((s) => s.name);
    const article = [
      'Ben Stiller', 'Cate Blanchett', 'Cynthia Erivo', 'Mark Ruffalo', 'Ron Howard', 'Taika Waititi', 'Paul McCartney',
      'Guillermo del Toro', 'Natasha Lyonne', 'Phoebe Waller-Bridge', 'Bette Midler', 'Ava DuVernay', 'Aubrey Plaza', 'Ayo Edebiri',
      'Joseph Gordon-Levitt', 'Lily Gladstone', 'Sam Mendes', 'Janelle Monáe', 'Maggie Gyllenhaal', 'Alfonso Cuarón', 'Olivia Wilde',
      'Judd Apatow', 'Chris Rock', 'Michaela Coel',
    ];
    expect(article).toHaveLength(24);
    expect(names).toEqual(expect.arrayContaining(article));
    expect(names).not.toContain('Maggie Gylenhall');
  });

  it('holds the sourced figures, not the article’s rounding', () => {
    const facts = readFactFiles().facts as { id: string; answer: { en: string; fr: string } }[];
    const stakes = facts.find((f) => f.id === 'economic-stakes')!;
    expect(stakes.answer.en).toMatch(/\$229/);
    expect(stakes.answer.fr).toMatch(/229/);
    expect(`${stakes.answer.en} ${stakes.answer.fr}`).not.toMatch(/230/);
    // The 2023 deals were with writers and actors (the article says actors and directors).
    const strikes = facts.find((f) => f.id === 'strikes-2023')!;
    expect(strikes.answer.en).toMatch(/writers/i);
    expect(strikes.answer.en).toMatch(/actors/i);
  });

  it('every source is https and used at least once', () => {
    const raw = fresh();
    const used = new Set(JSON.stringify({ ...raw, sources: [] }).match(/"[a-z0-9-]+"/g)!.map((s) => s.slice(1, -1)));
    for (const s of raw.sources) {
      expect(s.url.startsWith('https://')).toBe(true);
      expect({ id: s.id, used: used.has(s.id) }).toEqual({ id: s.id, used: true });
    }
  });
});

describe('the schema rejects unsourced or broken data', () => {
  it('a signatory with no source', () => {
    const raw = fresh();
    raw.signatories[0]!.sources = [];
    expect(problems(raw)).toEqual([expect.stringMatching(/^signatories\.0\.sources: every fact needs at least one source/)]);
  });

  it('a timeline event citing a source that does not exist', () => {
    const raw = fresh();
    raw.timeline[3]!.sources = ['no-such-source'];
    expect(problems(raw)).toEqual(['timeline.3.sources.0: unknown source id no-such-source']);
  });

  it('a fact with no source, or a quote id that does not exist', () => {
    const raw = fresh();
    raw.facts[0]!.sources = [];
    raw.facts[1]!.quote = 'missing-quote';
    const found = problems(raw);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\.0\.sources/), 'facts.1.quote: unknown quote id missing-quote']));
  });

  it('a source with a plain-http URL or an unknown field', () => {
    const raw = fresh();
    raw.sources[0]!.url = 'http://example.com/x';
    (raw.sources[1] as Record<string, unknown>).colour = 'red';
    expect(problems(raw).length).toBe(2);
  });

  it('a signatory with no role, or a role outside the list', () => {
    const raw = fresh();
    (raw.signatories[0] as Record<string, unknown>).roles = [];
    (raw.signatories[1] as Record<string, unknown>).roles = ['astronaut'];
    delete (raw.signatories[2] as Record<string, unknown>).roles;
    const found = problems(raw);
    expect(found).toEqual([
      expect.stringMatching(/^signatories\.0\.roles: every signatory needs at least one role/),
      expect.stringMatching(/^signatories\.1\.roles\.0: /),
      expect.stringMatching(/^signatories\.2\.roles: /),
    ]);
  });
});

describe('the premise slots of data/concepts.json are checked at load', () => {
  type Premise = { fact: string; subject: string[] };
  const withPremise = (change: (p: Premise) => void): unknown => {
    const raw = fresh() as Raw & { concepts: { premises: Premise[] } };
    change(raw.concepts.premises[0]!);
    return raw;
  };

  it('a slot whose fact does not exist fails validation', () => {
    expect(problems(withPremise((p) => (p.fact = 'no-such-fact'))).join('\n')).toMatch(/premises\.0\.fact: unknown fact id no-such-fact/);
  });

  it('a slot whose subject is no concept fails validation', () => {
    expect(problems(withPremise((p) => (p.subject = ['no-such-concept']))).join('\n')).toMatch(/premises\.0\.subject\.0: unknown concept id no-such-concept/);
  });
});

describe('the word lists of data/concepts.json are checked at load', () => {
  type Lists = Record<string, { purpose: string; words: string[] }>;
  const withLists = (change: (l: Lists) => void): unknown => {
    const raw = fresh() as Raw & { concepts: { wordLists: Lists } };
    change(raw.concepts.wordLists);
    return raw;
  };

  it('a word typed with an accent (not folded) fails validation', () => {
    expect(problems(withLists((l) => l['added']!.words.push('ajouté'))).join('\n')).toMatch(/wordLists\.added\.words\.\d+/);
  });

  it('each list is declared once and named once in the file (JSON.parse would keep only the last of two same-named lists)', () => {
    expect(new Set(WORD_LISTS).size).toBe(WORD_LISTS.length);
    const text = readFileSync(path.resolve(__dirname, '..', '..', 'data', 'concepts.json'), 'utf8');
    const section = text.slice(text.indexOf('\n  "wordLists": {'), text.indexOf('\n  },', text.indexOf('\n  "wordLists": {')));
    const names = [...section.matchAll(/^ {4}"(\w+)": \{/gm)].map((m) => m[1]!);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.length).toBe(WORD_LISTS.length);
  });

  it('a missing list, or one no parser reads, fails validation', () => {
    expect(problems(withLists((l) => delete l['someone'])).join('\n')).toMatch(/wordLists\.someone/);
    expect(problems(withLists((l) => (l['unused'] = { purpose: 'none', words: ['x'] }))).join('\n')).toMatch(/unused/);
  });
});
