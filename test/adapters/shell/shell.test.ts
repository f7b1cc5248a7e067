import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ShellSession } from '../../../src/adapters/shell/session';
import { PROMPT, runShell, ShellNotices } from '../../../src/adapters/shell/shell';
import { loadCommands } from '../../../src/command-registry';
import { createShellLogger } from '../../../src/shell-logger';
import { realDispatcher } from '../../helpers/core';

/** A chat over in-memory streams: what is typed goes in, everything the terminal would show comes out in order. */
function chat(options: { terminal?: boolean; notices?: ShellNotices; dispatcher?: ReturnType<typeof realDispatcher> } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runShell(options.dispatcher ?? realDispatcher(), { input, output, color: false, terminal: options.terminal ?? false, notices: options.notices });
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 50));
  return { input, done, settle, text: () => text };
}

describe('shell: free text is a question', () => {
  it('a line without a slash is answered as /ask would answer it', async () => {
    const session = new ShellSession(realDispatcher());
    const free = await session.send('how many people signed?');
    const asked = await session.send('/ask how many people signed?');
    expect(free.reply.title).toBe('Answer');
    expect(free.output).toBe(asked.output);
    expect(free.output).toContain('400');
  });

  it('a French question without a slash gets a French answer', async () => {
    const { reply } = await new ShellSession(realDispatcher()).send('combien de signataires ?');
    expect(reply.title).toBe('Réponse');
  });

  it('a question about a person without a slash gets the careful signatory answer, never a guess', async () => {
    const { reply } = await new ShellSession(realDispatcher()).send('did Ben Affleck sign?');
    expect(reply.title).toMatch(/^Not among the \d+ names we have from sources$/);
  });

  it('a line starting with a slash that is not a command still says so (not asked as a question)', async () => {
    const { output } = await new ShellSession(realDispatcher()).send('/hello');
    expect(output).toContain('There is no /hello command. Try /help.');
  });
});

describe('shell: /help', () => {
  it.each(['/help', 'help'])('%s lists every command with its examples', async (line) => {
    const { output } = await new ShellSession(realDispatcher()).send(line);
    for (const def of loadCommands()) {
      expect(output).toContain(`/${def.name}: ${def.description.en}`);
      expect(output).toContain(def.examples[0]!);
    }
  });
});

describe('shell: logs stay out of the conversation', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-shell-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an error logged while answering: no JSON in the chat, the answer right after the prompt, one warning line after it', async () => {
    const notices = new ShellNotices();
    const file = path.join(dir, 'letterbot.log');
    const logger = createShellLogger('info', file, (line) => notices.warn(line));
    const dispatcher = realDispatcher(logger);
    dispatcher.find('signatory')!.run = () => {
      throw new Error('boom');
    };
    logger.info({ platforms: ['shell'] }, 'alerts worker started');
    const c = chat({ notices, dispatcher });
    c.input.write('/signatory cate\n');
    c.input.end('/quit\n');
    await c.done;
    const text = c.text();
    expect(text).not.toContain('{');
    expect(text).not.toContain('alerts worker started');
    const asked = text.indexOf(`${PROMPT}\nSorry, I could not do that`);
    const warning = text.indexOf(`letterbot error: command failed (details in ${file})\n`);
    expect(asked).toBeGreaterThan(-1);
    expect(warning).toBeGreaterThan(asked);
    expect(text.slice(warning).split('\n')[1]).toBe(PROMPT);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['alerts worker started', 'command failed']);
  });

  it('at the default level an info line goes to the file only; silent writes nothing', () => {
    const shown: string[] = [];
    const file = path.join(dir, 'a.log');
    createShellLogger('info', file, (l) => shown.push(l)).info({}, 'hello');
    expect(shown).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('"msg":"hello"');
    const silent = path.join(dir, 'silent.log');
    createShellLogger('silent', silent, (l) => shown.push(l)).error({}, 'nothing');
    expect(shown).toEqual([]);
    expect(() => readFileSync(silent)).toThrow();
  });
});

describe('shell: keys', () => {
  it('Ctrl-C drops the line being typed; Ctrl-D on an empty line leaves', async () => {
    const c = chat({ terminal: true });
    c.input.write('how many');
    await c.settle();
    c.input.write('\x03');
    await c.settle();
    c.input.write('/timeline from:2025-03-17 to:2025-03-17\r');
    await c.settle();
    c.input.write('\x04');
    await c.done;
    expect(c.text()).toContain('Timeline: 17 March 2025 to 17 March 2025');
    expect(c.text()).not.toContain('Answer');
  });

  it('arrow up brings back the previous line', async () => {
    const c = chat({ terminal: true });
    c.input.write('/timeline from:2025-03-17 to:2025-03-17\r');
    await c.settle();
    const before = c.text().split('Timeline: 17 March 2025').length;
    c.input.write('\x1b[A\r');
    await c.settle();
    c.input.write('\x04');
    await c.done;
    expect(c.text().split('Timeline: 17 March 2025').length).toBe(before + 1);
  });
});
