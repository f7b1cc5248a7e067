import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli';
import { trackingParams } from '../../src/core/data-check';
import { runDataCli } from '../../src/data-editor/cli';
import { lineDiff } from '../../src/data-editor/diff';
import { DEFAULT_DATA_DIR, loadFactBase } from '../../src/fact-files';

const NOW = new Date('2026-11-30T12:00:00Z');
let dir: string;
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'letterbot-data-'));
  dir = path.join(root, 'data');
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function data(args: string[], io: { input?: NodeJS.ReadableStream; interactive?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runDataCli(args, { LETTERBOT_DATA_DIR: dir, LETTERBOT_LOG_LEVEL: 'silent' }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { now: () => NOW, interactive: false, ...io });
  return { code, stdout, stderr };
}

/** Every file of the data folder, as text: a refusal must leave all of them as they were. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

function read<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as T;
}

interface RawSource {
  id: string;
  url: string;
  tier: string;
  date: string;
}
const sourceOf = (tier: 'major' | 'minor'): RawSource => read<RawSource[]>('sources').find((s) => s.tier === tier && s.date !== 'n.d.')!;

/** The changed lines of a file: what `-` and `+` lines the unified diff holds. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const body = lineDiff(before, after, 'f', 0).split('\n').slice(3);
  return { removed: body.filter((l) => l.startsWith('-')).map((l) => l.slice(1)), added: body.filter((l) => l.startsWith('+')).map((l) => l.slice(1)) };
}

/** The lines JSON.stringify(…, null, 2) gives an entry inside a top-level array. */
function entryLines(entry: unknown): string[] {
  return JSON.stringify(entry, null, 2)
    .split('\n')
    .map((l) => `  ${l}`);
}

describe('letterbot data add', () => {
  it('source → appended to sources.json; the file differs only by the added lines; no alert', async () => {
    const before = readFileSync(path.join(dir, 'sources.json'), 'utf8');
    const run = await data(['add', 'source', '--publisher', 'Example Weekly', '--title', 'Stars sign an open letter', '--url', 'https://www.example-weekly.com/music/stars-sign-open-letter', '--date', '2025-03-18', '--tier', 'major']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const after = readFileSync(path.join(dir, 'sources.json'), 'utf8');
    const entry = { id: 'example-weekly-2025-03-18', publisher: 'Example Weekly', title: 'Stars sign an open letter', url: 'https://www.example-weekly.com/music/stars-sign-open-letter', date: '2025-03-18', lang: 'en', tier: 'major' };
    expect(read<unknown[]>('sources').at(-1)).toEqual(entry);
    // Round trip: nothing removed or changed; the lines of the new entry (and the comma that joins it) are inserted.
    expect(changedLines(before, after)).toEqual({ removed: [], added: ['  },', ...entryLines(entry).slice(0, -1)] });
    expect(after).toBe(`${JSON.stringify(JSON.parse(after), null, 2)}\n`);
    expect(run.stdout).toContain('--- data/sources.json');
    expect(run.stdout).toContain('+    "id": "example-weekly-2025-03-18",');
    expect(run.stdout).toMatch(/Alerts once the bot reloads: none/);
    expect(run.stdout).toContain('Wrote data/sources.json.');
  });

  it('source read through a copy: the outlet URL is the url, the copy goes to via with its note', async () => {
    const run = await data(['add', 'source', '--id', 'variety-copy-test', '--publisher', 'Variety', '--title', 'A story', '--url', 'https://variety.com/2025/x/a-story-1234/', '--date', '2025-03', '--tier', 'major', '--via-url', 'https://vuink.com/post/inevrgl-d-dpbz/2025/x/a-story-1234', '--via-note', 'read on the vuink.com mirror']);
    expect(run.code).toBe(0);
    expect(read<Record<string, unknown>[]>('sources').at(-1)).toMatchObject({ url: 'https://variety.com/2025/x/a-story-1234/', via: { url: 'https://vuink.com/post/inevrgl-d-dpbz/2025/x/a-story-1234', note: 'read on the vuink.com mirror' } });
  });

  it('signatory → appended with its id, roles and a confidence from its sources; the bot finds the name; a "new signatory" alert is listed', async () => {
    const minor = sourceOf('minor');
    const before = readFileSync(path.join(dir, 'signatories.json'), 'utf8');
    const run = await data(['add', 'signatory', '--name', 'Jane Testperson', '--known-for-en', 'Actress', '--known-for-fr', 'Actrice', '--role', 'actor,producer', '--source', minor.id, '--alias', 'Jane Test-Person']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const entry = { id: 'jane-testperson', name: 'Jane Testperson', aliases: ['Jane Test-Person'], knownFor: { en: 'Actress', fr: 'Actrice' }, roles: ['actor', 'producer'], sources: [minor.id], confidence: 'weak' };
    expect(read<unknown[]>('signatories').at(-1)).toEqual(entry);
    expect(changedLines(before, readFileSync(path.join(dir, 'signatories.json'), 'utf8'))).toEqual({ removed: [], added: ['  },', ...entryLines(entry).slice(0, -1)] });
    expect(loadFactBase(dir).names.match('jane testperson')).toMatchObject({ verdict: 'signed', match: { id: 'jane-testperson' } });
    expect(run.stdout).toMatch(/Alerts once the bot reloads \(1\):\n {2}\[signatories\] New signatory reported: Jane Testperson \(Actress\)/);
    expect(run.stdout).toContain('fr: ');
  });

  it('event → inserted in date order (the file stays sorted by date), only added lines; a timeline alert in EN and FR', async () => {
    const source = sourceOf('major');
    const before = readFileSync(path.join(dir, 'timeline.json'), 'utf8');
    const run = await data(['add', 'event', '--date', '2025-03-16', '--title-en', 'A test event happens', '--title-fr', 'Un événement de test', '--detail-en', 'Something happened.', '--detail-fr', 'Il s’est passé quelque chose.', '--source', source.id]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const timeline = read<{ id: string; date: string }[]>('timeline');
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const entry = timeline.find((e) => e.id === '2025-03-16-a-test-event-happens')!;
    expect(entry).toEqual({ id: '2025-03-16-a-test-event-happens', date: '2025-03-16', title: { en: 'A test event happens', fr: 'Un événement de test' }, detail: { en: 'Something happened.', fr: 'Il s’est passé quelque chose.' }, sources: [source.id] });
    // Inserted between two entries: nothing removed, the entry and its comma added.
    const { removed, added } = changedLines(before, readFileSync(path.join(dir, 'timeline.json'), 'utf8'));
    expect(removed).toEqual([]);
    expect(added.join('\n')).toContain(entryLines(entry).slice(1, -1).join('\n'));
    expect(run.stdout).toMatch(/\[timeline\] New in the timeline: 16 March 2025, A test event happens\. Something happened\./);
    expect(run.stdout).toMatch(/fr: .*16 mars 2025.*Un événement de test/);
  });

  it('fact → appended with its questions and keywords; no alert (a new Q&A entry is not news)', async () => {
    const source = sourceOf('major');
    const run = await data([
      'add', 'fact', '--id', 'test-fact', '--topic', 'A test topic', '--answer-en', 'The answer.', '--answer-fr', 'La réponse.',
      '--question-en', 'what is the test?', '--question-en', 'tell me about the test', '--question-fr', 'quel est le test ?', '--question-fr', 'parle-moi du test',
      '--keyword-en', 'test', '--keyword-fr', 'test', '--source', source.id,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(read<unknown[]>('facts').at(-1)).toEqual({
      id: 'test-fact', topic: 'A test topic', answer: { en: 'The answer.', fr: 'La réponse.' },
      questions: { en: ['what is the test?', 'tell me about the test'], fr: ['quel est le test ?', 'parle-moi du test'] },
      keywords: { en: ['test'], fr: ['test'] }, sources: [source.id],
    });
    expect(loadFactBase(dir).facts.some((f) => f.id === 'test-fact')).toBe(true);
    expect(run.stdout).toMatch(/Alerts once the bot reloads: none/);
  });

  it('--dry-run shows the diff and the alerts but writes nothing', async () => {
    const files = snapshot();
    const run = await data(['add', 'event', '--date', '2025-03-16', '--title-en', 'A', '--title-fr', 'A', '--detail-en', 'B', '--detail-fr', 'B', '--source', sourceOf('major').id, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+    "date": "2025-03-16",');
    expect(run.stdout).toContain('[timeline]');
    expect(run.stdout).toContain('Nothing written (--dry-run)');
    expect(snapshot()).toEqual(files);
  });
});

describe('letterbot data add refuses, in one line, and writes nothing', () => {
  const signatory = ['--known-for-en', 'Actress', '--known-for-fr', 'Actrice', '--role', 'actor'];
  const event = ['--title-en', 'T', '--title-fr', 'T', '--detail-en', 'D', '--detail-fr', 'D'];
  const cases: [string, () => string[], RegExp][] = [
    ['a signatory without a source', () => ['add', 'signatory', '--name', 'Jane Testperson', ...signatory], /at least one source is needed: --source <id>/],
    ['an unknown source id', () => ['add', 'signatory', '--name', 'Jane Testperson', ...signatory, '--source', 'no-such-source'], /unknown source id "no-such-source"/],
    ['an event dated after today', () => ['add', 'event', '--date', '2026-12-01', ...event, '--source', sourceOf('major').id], /the date 2026-12-01 is in the future \(today is 2026-11-30\)/],
    ['a source dated after today', () => ['add', 'source', '--publisher', 'X', '--title', 'Y', '--url', 'https://example.org/future', '--date', '2027', '--tier', 'minor'], /the date 2027 is in the future/],
    ['an impossible date', () => ['add', 'event', '--date', '2025-02-30', ...event, '--source', sourceOf('major').id], /"2025-02-30" is not a date/],
    ['a name already listed (other case, no accent)', () => ['add', 'signatory', '--name', 'cate BLANCHETT', ...signatory, '--source', sourceOf('major').id], /Cate Blanchett is already listed \(id cate-blanchett\)/],
    ['an event id already used', () => ['add', 'event', '--id', read<{ id: string }[]>('timeline')[0]!.id, '--date', '2023-05-02', ...event, '--source', sourceOf('major').id], /there is already an event with id "2023-05-02-/],
    ['a fact id already used', () => ['add', 'fact', '--id', 'signatory-count', '--topic', 'T', '--answer-en', 'A', '--answer-fr', 'A', '--question-en', 'a', '--question-en', 'b', '--question-fr', 'a', '--question-fr', 'b', '--keyword-en', 'k', '--keyword-fr', 'k', '--source', sourceOf('major').id], /there is already a fact with id "signatory-count"/],
    ['a URL on a mirror host without a note', () => ['add', 'source', '--publisher', 'Variety', '--title', 'Y', '--url', 'https://vuink.com/post/inevrgl-d-dpbz/2025/new-story', '--date', '2025-03', '--tier', 'minor'], /vuink\.com is a mirror\/aggregator host/],
    ['a URL with a tracking parameter', () => ['add', 'source', '--publisher', 'X', '--title', 'Y', '--url', 'https://example.org/story?utm_source=newsletter', '--date', '2025-03', '--tier', 'minor'], /tracking parameter utm_source/],
    ['a URL already cited', () => ['add', 'source', '--publisher', 'X', '--title', 'Y', '--url', sourceOf('major').url, '--date', '2025-03', '--tier', 'major'], /duplicate URL, already cited at sources\./],
    ['a role outside the list', () => ['add', 'signatory', '--name', 'Jane Testperson', '--known-for-en', 'A', '--known-for-fr', 'A', '--role', 'astronaut', '--source', sourceOf('major').id], /"astronaut" is not a role/],
    ['a via copy without its note', () => ['add', 'source', '--publisher', 'X', '--title', 'Y', '--url', 'https://example.org/own', '--date', '2025-03', '--tier', 'major', '--via-url', 'https://copy.example.net/own'], /a --via-url needs a --via-note/],
    ['an unknown option', () => ['add', 'event', '--colour', 'red'], /unknown option --colour for event/],
    ['a fact with one question per language', () => ['add', 'fact', '--id', 'x-fact', '--topic', 'T', '--answer-en', 'A', '--answer-fr', 'A', '--question-en', 'a', '--question-fr', 'a', '--question-fr', 'b', '--keyword-en', 'k', '--keyword-fr', 'k', '--source', sourceOf('major').id], /--question-en is needed at least 2 times/],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const files = snapshot();
    const run = await data(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^letterbot data add \w+: refused: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Nothing was written\.\n$/);
    expect(snapshot()).toEqual(files);
  });
});

describe('letterbot data add, asking in a terminal', () => {
  it('asks for each missing field one by one; a bad answer is explained and asked again', async () => {
    const minor = sourceOf('minor');
    const input = new PassThrough();
    // name, known for en/fr, roles, sources (first unknown, then right), confidence (Enter = computed), alias (none), note (skip), id (Enter = default)
    input.end(['Jane Testperson', 'Actress', 'Actrice', 'actor', 'nope', minor.id, '', '', '', ''].join('\n') + '\n');
    const run = await data(['add', 'signatory'], { input, interactive: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Name, as the sources spell it: ');
    expect(run.stdout).toContain('✗ unknown source id "nope"');
    expect(run.stdout).toContain('Confidence (major: a major outlet names them; weak: only smaller sites) (major/weak) [weak]: ');
    expect(run.stdout).toContain('Id [jane-testperson]: ');
    expect(read<unknown[]>('signatories').at(-1)).toMatchObject({ id: 'jane-testperson', name: 'Jane Testperson', roles: ['actor'], sources: [minor.id], confidence: 'weak' });
  });

  it('every needed field given as flags → no question asked, even in a terminal', async () => {
    const input = new PassThrough();
    const run = await data(['add', 'signatory', '--name', 'Jane Testperson', '--known-for-en', 'Actress', '--known-for-fr', 'Actrice', '--role', 'actor', '--source', sourceOf('major').id], { input, interactive: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--- data\/signatories\.json/);
    expect(read<unknown[]>('signatories').at(-1)).toMatchObject({ id: 'jane-testperson', confidence: 'major' });
  });

  it('flags given are not asked again; input that ends early is refused and nothing is written', async () => {
    const files = snapshot();
    const input = new PassThrough();
    input.end('Actress\n');
    const run = await data(['add', 'signatory', '--name', 'Jane Testperson'], { input, interactive: true });
    expect(run.stdout).not.toContain('Name, as the sources spell it');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refused: input ended before known-for-fr was given/);
    expect(snapshot()).toEqual(files);
  });
});

describe('letterbot data check', () => {
  /** The data copy with tracking parameters stripped and no mirror host listed, so it has no errors. */
  function cleanCopy(): void {
    const sources = read<RawSource[]>('sources');
    for (const s of sources) {
      const url = new URL(s.url);
      for (const p of trackingParams(s.url)) url.searchParams.delete(p);
      s.url = url.toString();
    }
    writeFileSync(path.join(dir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
    writeFileSync(path.join(dir, 'mirror-hosts.json'), '[]\n');
  }

  it('clean data → exit 0, a summary and the warnings listed', async () => {
    cleanCopy();
    const run = await data(['check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^data check: 0 errors, \d+ warnings?/);
  });

  it('a mirror URL without a note → exit 1, the source named', async () => {
    cleanCopy();
    writeFileSync(path.join(dir, 'mirror-hosts.json'), '[{ "host": "vuink.com", "reason": "ROT13 mirror" }]\n');
    const sources = read<Record<string, unknown>[]>('sources');
    sources.push({ id: 'mirror-copy', publisher: 'Variety', title: 'T', url: 'https://vuink.com/post/x', date: '2025-03', lang: 'en', tier: 'minor' });
    writeFileSync(path.join(dir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
    const run = await data(['check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data check: 1 error/);
    expect(run.stderr).toContain('error    sources.mirror-copy.url: vuink.com is a mirror/aggregator host');
  });

  it('data that fails the schema → exit 1 with the problems', async () => {
    writeFileSync(path.join(dir, 'signatories.json'), '[{ "id": "broken" }]\n');
    const run = await data(['check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is invalid:\n {2}error {4}signatories\.0\./);
  });

  it('--help lists the fields of a kind, with what is required', async () => {
    const run = await data(['add', 'event', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: letterbot data add event/);
    expect(run.stdout).toMatch(/--date +Date \(YYYY-MM-DD\) \(required\)/);
    expect(run.stdout).toMatch(/--source +.+\(required, comma-separated\)/);
    expect(run.stdout).toMatch(/--id +Id \(default given\)/);
  });

  it('is reached from the letterbot CLI; an unknown data command → exit 2 with the usage', async () => {
    let stderr = '';
    const code = await runCli(['data', 'frobnicate'], { LETTERBOT_DATA_DIR: dir, LETTERBOT_LOG_LEVEL: 'silent' }, { stdout: () => undefined, stderr: (s) => (stderr += s) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^letterbot data: unknown data command "frobnicate"\nusage: letterbot data check/);
  });
});
