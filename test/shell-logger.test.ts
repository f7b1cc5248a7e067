import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createShellLogger } from '../src/shell-logger';

describe('the shell logger', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-shell-logger-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lines = (file: string): Record<string, unknown>[] => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('JSON lines in the file (errors with type, message and stack; token fields and token shapes blanked); warnings also shown as one line', () => {
    const file = path.join(dir, 'var', 'letterbot.log');
    const shown: string[] = [];
    const logger = createShellLogger('info', file, (l) => shown.push(l));
    logger.debug({}, 'not at info');
    logger.info({ platforms: ['shell'] }, 'alerts worker started');
    logger.error({ command: 'ask', err: new Error('boom'), token: 'abc', note: 'xoxb-1-2-secretsecret' }, 'command failed');
    const [info, error] = lines(file);
    expect(info).toMatchObject({ level: 30, app: 'letterbot', platforms: ['shell'], msg: 'alerts worker started', time: expect.any(Number) });
    expect(error).toMatchObject({ level: 50, command: 'ask', err: { type: 'Error', message: 'boom', stack: expect.stringContaining('Error: boom') }, token: '[redacted]', note: '[redacted]' });
    expect(lines(file)).toHaveLength(2);
    expect(shown).toEqual([`letterbot error: command failed (details in ${file})`]);
  });

  it('LETTERBOT_LOG_LEVEL=error: warnings are neither written nor shown', () => {
    const file = path.join(dir, 'a.log');
    const shown: string[] = [];
    const logger = createShellLogger('error', file, (l) => shown.push(l));
    logger.warn({}, 'slow');
    logger.fatal({}, 'gone');
    expect(lines(file).map((l) => l.msg)).toEqual(['gone']);
    expect(shown).toEqual([`letterbot fatal: gone (details in ${file})`]);
  });

  it('a log file that cannot be written: one warning on screen, warnings still shown, no crash', () => {
    const shown: string[] = [];
    const logger = createShellLogger('info', path.join(dir, 'missing\0dir', 'x.log'), (l) => shown.push(l));
    logger.info({}, 'a');
    logger.warn({}, 'b');
    expect(shown[0]).toMatch(/^letterbot warning: cannot write /);
    expect(shown.slice(1)).toEqual([expect.stringMatching(/^letterbot warning: b /)]);
  });
});
