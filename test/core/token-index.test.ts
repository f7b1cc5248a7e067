import { editDistance } from '../../src/core/text';
import { HashTable, Lexicon, Postings, TokenIndex, WordTrie } from '../../src/core/token-index';

/** A small seeded generator so the word lists are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

function randomWords(count: number, random: () => number): string[] {
  const letters = 'aeiounrstlmb';
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(random() * 10);
    let w = '';
    for (let i = 0; i < length; i++) w += letters[Math.floor(random() * letters.length)];
    words.add(w);
  }
  return [...words];
}

/** A typo of a word: a letter dropped, doubled, swapped with the next or replaced. */
function typo(word: string, random: () => number): string {
  const i = Math.floor(random() * word.length);
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + 'x';
    default:
      return word.slice(0, i) + 'z' + word.slice(i + 1);
  }
}

describe('TokenIndex (symmetric delete over hashed variants)', () => {
  const random = seeded(7);
  const words = randomWords(1000, random);
  const lexicon = new Lexicon();
  const ids = words.map((w) => lexicon.intern(w));
  const index = TokenIndex.build(lexicon, ids, ids, 2);

  it('finds exactly the words a full scan finds within the distance, closest first then in string order', () => {
    const queries = [...words.slice(0, 60).map((w) => typo(w, random)), ...words.slice(60, 120).map((w) => typo(typo(w, random), random)), 'a', 'zzzzzzzzzzzz', ''];
    const differences: string[] = [];
    let found = 0;
    for (const query of queries) {
      for (const max of [1, 2]) {
        const expected: string[] = [];
        for (const word of words) {
          const distance = editDistance(query, word, max);
          if (distance <= max) expected.push(`${distance} ${word}`);
        }
        expected.sort();
        const got = index.near(query, max).map(({ word, distance }) => `${distance} ${word}`);
        found += got.length;
        if (got.join() !== expected.join()) differences.push(`${query} (≤ ${max}): ${got.join()} ≠ ${expected.join()}`);
      }
    }
    expect(differences).toEqual([]);
    expect(found).toBeGreaterThan(queries.length); // the typos do find their words
  });

  it('never searches further than it was built for', () => {
    const far = index.near(words[0]! + 'xyz', 3);
    expect(far.every((n) => n.distance <= 2)).toBe(true);
  });

  it('exact gives the payloads of a known word and nothing for an unknown one', () => {
    expect([...index.exact(ids[5]!)]).toEqual([ids[5]]);
    expect([...index.exact(-1)]).toEqual([]);
    expect(lexicon.id('not-a-word')).toBe(-1);
  });
});

describe('WordTrie (the same answers as TokenIndex, by a walk of a trie)', () => {
  const random = seeded(11);
  // Words that share long beginnings, as whole names' sound keys do, and one that is a prefix of others.
  const words = [...randomWords(600, random), ...randomWords(400, random).map((w) => `tarata${w}`), 'tarata', ''];
  const lexicon = new Lexicon();
  const ids = words.map((w) => lexicon.intern(w));
  const trie = WordTrie.build(lexicon, ids, ids, 2);
  const index = TokenIndex.build(lexicon, ids, ids, 2);
  const queries = [...words.slice(0, 40).map((w) => typo(w, random)), ...words.slice(600, 680).map((w) => typo(typo(w, random), random)), 'tarata', 'taraat', 'a', '', 'zzzzzzzzzzzz'];
  const show = (found: { word: string; distance: number }[]): string[] => found.map(({ word, distance }) => `${distance} ${word}`);

  it('finds what the symmetric-delete index finds, in the same order, at every distance', () => {
    const differences: string[] = [];
    for (const query of queries) {
      for (const max of [0, 1, 2, 3]) {
        const got = show(trie.near(query, max));
        const expected = show(index.near(query, max));
        if (got.join() !== expected.join()) differences.push(`${query} (≤ ${max}): ${got.join()} ≠ ${expected.join()}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('nearWithin is near filtered by an allowance that grows with the longer length', () => {
    const allowance = (longer: number): number => (longer < 5 ? 0 : longer < 9 ? 1 : 2);
    const differences: string[] = [];
    for (const query of queries) {
      const got = show(trie.nearWithin(query, allowance));
      const expected = show(index.near(query, 2).filter((n) => n.distance <= allowance(Math.max(query.length, n.word.length))));
      if (got.join() !== expected.join()) differences.push(`${query}: ${got.join()} ≠ ${expected.join()}`);
    }
    expect(differences).toEqual([]);
    expect(trie.nearWithin('taratab', () => 0).map((n) => n.word)).toEqual(words.includes('taratab') ? ['taratab'] : []);
  });

  it('exact gives the payloads of a known word', () => {
    expect([...trie.exact(ids[3]!)]).toEqual([ids[3]]);
    expect([...trie.exact(-1)]).toEqual([]);
  });
});

describe('HashTable', () => {
  it('keeps the values of one hash in insertion order, apart from other hashes in the same bucket, each pair once', () => {
    const table = new HashTable(4);
    // 0, 8 and 16 share their low bits: one probe run.
    for (const [hash, value] of [[0, 5], [8, 1], [0, 3], [16, 9], [0, 5], [0, 4]] as const) table.add(hash, value);
    const of = (hash: number): number[] => {
      const out: number[] = [];
      table.forEach(hash, (v) => out.push(v));
      return out;
    };
    expect(of(0)).toEqual([5, 3, 4]);
    expect(of(8)).toEqual([1]);
    expect(of(16)).toEqual([9]);
    expect(of(24)).toEqual([]);
  });
});

describe('Postings', () => {
  it('lists payloads per word in the order added, a repeat in a row kept once', () => {
    const postings = Postings.build(3, [0, 2, 0, 0, 2, 0], [7, 1, 7, 8, 1, 7]);
    expect([...postings.of(0)]).toEqual([7, 8, 7]);
    expect([...postings.of(1)]).toEqual([]);
    expect([...postings.of(2)]).toEqual([1]);
    expect(postings.has(1)).toBe(false);
  });
});
