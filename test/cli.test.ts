import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli';

const ROOT = path.resolve(__dirname, '..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { LETTERBOT_LOG_LEVEL: 'silent' }, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

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
});
