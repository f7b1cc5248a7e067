import { createCliLogger } from '../src/cli-logger';

describe('the one-shot CLI logger', () => {
  const lines = (level: string): string[] => {
    const out: string[] = [];
    createCliLogger(level, (s) => out.push(s)).error({ command: 'ask', err: new Error('disk full\nmore') }, 'command failed');
    return out;
  };

  it('a fault is one human line on stderr, no JSON', () => {
    expect(lines('info')).toEqual(['letterbot: command failed (/ask): disk full\n']);
    expect(lines('error')).toEqual(['letterbot: command failed (/ask): disk full\n']);
  });

  it('debug adds the stack; fatal and silent print nothing', () => {
    expect(lines('debug')[0]).toMatch(/^letterbot: command failed \(\/ask\): disk full\nError: disk full\n.*\n\s+at /s);
    expect(lines('fatal')).toEqual([]);
    expect(lines('silent')).toEqual([]);
  });
});
