import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCommands } from '../src/command-registry';

describe('command registry', () => {
  const commands = loadCommands();

  it('loads every file of commands/, in a stable order', () => {
    expect(commands.map((c) => c.name)).toEqual(['signatory', 'timeline', 'ask', 'help', 'alerts']);
  });

  it('definitions respect Discord and Slack naming limits and carry FR/EN texts and examples', () => {
    for (const c of commands) {
      expect(c.name).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
      if (c.nameFr) expect(c.nameFr).toMatch(/^[\p{Ll}0-9-]{1,32}$/u);
      expect(c.description.en.length).toBeLessThanOrEqual(100);
      expect(c.description.fr.length).toBeLessThanOrEqual(100);
      expect(c.examples.length).toBeGreaterThan(0);
      for (const o of c.options) {
        expect(o.name).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
        expect(o.description.en.length).toBeLessThanOrEqual(100);
        expect(o.description.fr.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('the README shows every example of every command', () => {
    const readme = readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
    for (const c of commands) for (const e of c.examples) expect(readme).toContain(`\`${e}\``);
  });

  it('a file must be named after its command and export exactly one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'commands-'));
    writeFileSync(path.join(dir, 'ping.js'), "exports.pong = { name: 'pong', options: [], examples: ['/pong'], run() {} };");
    expect(() => loadCommands(dir)).toThrow('ping.js defines /pong: the file name must be the command name');
  });
});
