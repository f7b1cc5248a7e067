import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exampleCommandLine, runCli, SUBCOMMANDS } from '../src/cli';
import { parseWords } from '../src/adapters/command-text';
import { loadCommands } from '../src/command-registry';
import type { FactBase } from '../src/core/fact-base';
import * as factFiles from '../src/fact-files';

const ROOT = path.resolve(__dirname, '..');

// Each in-process run loads the fact base as a CLI process does, but a data folder is read and its /ask engine built
// (seconds) once per file: the data does not change between these runs, so a fresh process would load the same
// immutable fact base. The spawned runs below still load it from scratch, as `letterbot` does.
const loadFactBase = factFiles.loadFactBase;
const loaded = new Map<string, FactBase>();
beforeAll(() => {
  jest.spyOn(factFiles, 'loadFactBase').mockImplementation((dir = factFiles.DEFAULT_DATA_DIR) => {
    const facts = loaded.get(dir) ?? loadFactBase(dir);
    loaded.set(dir, facts);
    return facts;
  });
});
afterAll(() => jest.restoreAllMocks());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({ LETTERBOT_LOG_LEVEL: 'silent' }, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A command line as a POSIX shell splits it (plain words and double-quoted strings, as the help prints them). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!));
}

const COMMANDS = loadCommands();

describe('one-shot CLI with --json', () => {
  it('signatory: the documented shape', async () => {
    const { code, stdout } = await cli('signatory', 'cate blanchet', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ query: 'cate blanchet', verdict: 'signed', match: { name: 'Cate Blanchett', known_for: expect.any(String) }, candidates: [], text: expect.any(String) });
    // `via` (the copy the text was read from) only when the source has one; the link is always `url`.
    const via = json.match.sources[0].via ? { via: { url: expect.stringMatching(/^https?:/), note: expect.any(String) } } : {};
    expect(json.match.sources[0]).toEqual({ publisher: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^https:/), date: expect.any(String), ...via });
  });

  it('signatory: not listed and ambiguous', async () => {
    expect(JSON.parse((await cli('signatory', 'Ben Affleck', '--json')).stdout)).toMatchObject({ verdict: 'not_listed', match: null, candidates: [] });
    const paul = JSON.parse((await cli('signatory', 'Paul', '--json')).stdout);
    expect(paul).toMatchObject({ verdict: 'ambiguous', match: null });
    // Both Pauls are reported by major outlets; either may be listed first.
    expect(paul.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['Paul McCartney', 'Paul Simon']);
    expect(paul.candidates[0].score).toEqual(expect.any(Number));
  });

  it('timeline with --from/--to', async () => {
    const json = JSON.parse((await cli('timeline', '--from', '2025-01-01', '--to', '2025-03-31', '--json')).stdout);
    expect(json.events.length).toBeGreaterThan(3);
    expect(json.events[0]).toEqual({ date: expect.stringMatching(/^2025-0[1-3]-\d\d$/), title: expect.any(String), detail: expect.any(String), sources: expect.any(Array) });
    expect(json.text).toEqual(expect.any(String));
  });

  it('ask, with --lang override', async () => {
    expect(JSON.parse((await cli('ask', 'combien de signataires ?', '--json')).stdout)).toMatchObject({ question: 'combien de signataires ?', verdict: 'answered', lang: 'fr', answer: expect.any(String), sources: expect.any(Array) });
    expect(JSON.parse((await cli('ask', 'how many people signed?', '--lang', 'fr', '--json')).stdout)).toMatchObject({ lang: 'fr' });
    expect(JSON.parse((await cli('ask', 'who won the world cup?', '--json')).stdout)).toMatchObject({ verdict: 'no_answer', answer: null });
  });

  it.each([
    [['signatory', '', '--json']],
    [['signatory', 'x'.repeat(201), '--json']],
    [['signatory', '\u0001\u0002', '--json']],
    [['ask', '--json']],
    [['timeline', '--from', 'soon', '--json']],
    [['nonsense']],
  ])('bad input %j → exit 2, one line on stderr, nothing on stdout', async (args) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^letterbot: /);
  });

  it('the built bin runs as `letterbot` (what npx runs after npm install)', () => {
    const bin = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { letterbot: string } }).bin.letterbot;
    const ok = spawnSync(process.execPath, [path.join(ROOT, bin), 'signatory', 'Stiller', '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ verdict: 'signed', match: { name: 'Ben Stiller' } });
    const bad = spawnSync(process.execPath, [path.join(ROOT, bin), 'signatory', '   '], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('signatory loads neither the /ask engine (stemmers, tinyld, stopword) nor prom-client; ask loads the engine', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-cli-modules-'));
    const probe = path.join(dir, 'probe.js');
    const loaded = path.join(dir, 'loaded.json');
    // Preloaded, so the built CLI stays the main module: every module the process loaded, written at exit.
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const modulesOf = (...args: string[]): string[] => {
      const run = spawnSync(process.execPath, ['-r', probe, path.join(ROOT, 'dist/src/cli.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect(run.status).toBe(0);
      return (JSON.parse(readFileSync(loaded, 'utf8')) as string[]).map((m) => m.split(path.sep).join('/'));
    };
    // commands/ask.ts's wording (src/core/ask/answer.ts, i18n only) loads with the command list; the engine must not.
    const askEngine = /\/node_modules\/(minisearch|tinyld|stopword|@orama)\/|\/src\/core\/ask\/(?!answer\.js$)/;
    try {
      const signatory = modulesOf('signatory', 'Stiller', '--json');
      expect(signatory.some((m) => m.endsWith('/dist/src/core/name-index.js'))).toBe(true);
      expect(signatory.filter((m) => askEngine.test(m) || m.includes('/node_modules/prom-client/'))).toEqual([]);
      const ask = modulesOf('ask', 'who organised the letter?', '--json');
      expect(ask.some((m) => m.includes('/node_modules/@orama/'))).toBe(true);
      expect(ask.some((m) => m.endsWith('/dist/src/core/ask/engine.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI conventions: --help, --version, unknown flags', () => {
  it('--help (and -h) prints the usage, every command a script can run and every subcommand, on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await cli(flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: letterbot <command>/);
      for (const def of COMMANDS.filter((c) => !c.managersOnly)) expect(stdout).toContain(`  ${def.name}`);
      for (const name of Object.keys(SUBCOMMANDS)) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(stdout).toContain('-V, --version');
    }
  });

  it('no arguments: the usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await cli();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: letterbot <command>/);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s --help: usage, every option and every example from its definition, exit 0', async (name) => {
    const def = COMMANDS.find((c) => c.name === name)!;
    const { code, stdout, stderr } = await cli(name, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: letterbot ${name}\\b`));
    expect(stdout).toContain(def.description.en);
    for (const o of def.options) expect(stdout).toContain(o.description.en);
    for (const e of def.examples) expect(stdout).toContain(exampleCommandLine(e, def));
    expect((await cli(name, '-h')).stdout).toBe(stdout);
    expect((await cli('help', name)).stdout).toBe(stdout);
  });

  it.each(Object.keys(SUBCOMMANDS).map((n) => [n]))('subcommand %s --help: usage and examples, exit 0', async (name) => {
    const { code, stdout, stderr } = await cli(name, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Usage: letterbot ${name}\\b`));
    for (const e of SUBCOMMANDS[name]!.examples) expect(stdout).toContain(e);
  });

  it('--help in French with --lang fr', async () => {
    const { stdout } = await cli('signatory', '--help', '--lang', 'fr');
    expect(stdout).toMatch(/^Utilisation: letterbot signatory/);
    expect(stdout).toContain(COMMANDS.find((c) => c.name === 'signatory')!.description.fr);
  });

  it('every example in the help is a command line that means what the chat example means', () => {
    for (const def of COMMANDS) {
      for (const example of def.examples) {
        const chat = parseWords(example.split(/\s+/), (n) => (n === def.name ? def : undefined));
        const line = shellWords(exampleCommandLine(example, def));
        expect(line[0]).toBe('letterbot');
        expect(parseWords(line.slice(1), (n) => (n === def.name ? def : undefined))).toEqual(chat);
      }
    }
  });

  it('the examples of the commands a script can run do run (exit 0)', async () => {
    for (const def of COMMANDS.filter((c) => !c.managersOnly)) {
      for (const example of def.examples) {
        const { code, stderr } = await cli(...shellWords(exampleCommandLine(example, def)).slice(1), '--json');
        expect({ example, code, stderr }).toEqual({ example, code: 0, stderr: '' });
      }
    }
  });

  it('--version (and -V) prints the package version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await cli(flag)).toEqual({ code: 0, stdout: `letterbot ${version}\n`, stderr: '' });
  });

  it.each([
    [['signatory', '--foo'], '--foo'],
    [['signatory', 'Ben', 'Stiller', '--nmae', 'x'], '--nmae'],
    [['signatory', 'cate', '--from=2025'], '--from'],
    [['timeline', '-x'], '-x'],
    [['ask', 'who signed?', '--verbose', '--json'], '--verbose'],
    [['--frob'], '--frob'],
    [['-q', 'signatory', 'cate'], '-q'],
    [['timeline', '--from'], '--from'],
    [['ask', 'who signed?', '--lang', 'de'], 'de'],
  ])('%j → exit 2, one line naming %s, nothing looked up', async (args, named) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^letterbot: /);
    expect(stderr).toContain(named);
    expect(stderr).not.toMatch(/names we have|did you mean/i);
  });

  it('a negative number or a lone dash is text, not a flag', async () => {
    expect((await cli('ask', 'what', 'is', '-1', '--json')).code).toBe(0);
  });

  describe('alert (a subcommand with its own options)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-cli-alert-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('--json prints the queued alert as JSON', async () => {
      const { code, stdout } = await cliWith({ LETTERBOT_LOG_LEVEL: 'silent', LETTERBOT_DB: path.join(dir, 'a.db') }, 'alert', 'Correction at 6pm', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ action: 'send', alertId: expect.any(String), topic: 'editor' });
    });

    it('an unknown option exits 2 and names it on the first line', async () => {
      const { code, stdout, stderr } = await cliWith({ LETTERBOT_LOG_LEVEL: 'silent', LETTERBOT_DB: path.join(dir, 'b.db') }, 'alert', 'text', '--bogus');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')[0]).toMatch(/^letterbot: .*--bogus/);
    });
  });
});
