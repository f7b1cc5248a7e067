import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devExamples, EXAMPLES_FILE, examplesFrom, examplesText, foldedWording } from '../../scripts/learn-ask';
import { loadSplit } from '../../scripts/eval-ask';

/** `data/examples.json` is what `npm run learn:ask` makes of the dev split: nothing else, and nothing of the test split. */
describe('the examples /ask learns from', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'ask');

  it('data/examples.json is up to date with the dev split (run `npm run learn:ask` after changing it)', () => {
    expect(readFileSync(EXAMPLES_FILE, 'utf8')).toBe(examplesText(devExamples()));
  });

  it('holds no question of the test split, by id or by wording', () => {
    const test = loadSplit(path.join(fixtures, 'test.json'));
    const ids = new Set(test.map((t) => t.id));
    const wordings = new Set(test.map((t) => foldedWording(t.q)));
    const examples = devExamples();
    expect(examples.length).toBeGreaterThan(500);
    expect(examples.filter((x) => ids.has(x.id) || wordings.has(foldedWording(x.q)))).toEqual([]);
  });

  it('takes fact, number and quote questions with their first fact, and questions no fact answers as null; no other mode', () => {
    const base = { lang: 'en' as const, kind: 'fact', note: '' };
    const examples = examplesFrom([
      { ...base, id: 'b', q: 'who wrote it?', expect: { type: 'fact', facts: ['organisers', 'asteria-film'] } },
      { ...base, id: 'a', q: 'hello', expect: { type: 'none' } },
      { ...base, id: 'c', q: 'did Ruffalo sign?', expect: { type: 'signatory', id: 'mark-ruffalo', verdict: 'signed' } },
      { ...base, id: 'd', q: 'quote it', expect: { type: 'quote', facts: ['demands'] } },
    ]);
    expect(examplesFrom([{ ...base, id: 'e', q: 'Hw many ppl signd?', expect: { type: 'fact', facts: ['signatory-count'] } }], new Set(['hw many ppl signd']))).toEqual([]);
    expect(examples).toEqual([
      { id: 'a', lang: 'en', q: 'hello', fact: null },
      { id: 'b', lang: 'en', q: 'who wrote it?', fact: 'organisers' },
      { id: 'd', lang: 'en', q: 'quote it', fact: 'demands' },
    ]);
  });
});
