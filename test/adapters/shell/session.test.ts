import { PassThrough } from 'node:stream';
import { ShellSession } from '../../../src/adapters/shell/session';
import { runShell } from '../../../src/adapters/shell/shell';
import { RecordingLogger, realDispatcher } from '../../helpers/core';

describe('shell session (the in-memory harness)', () => {
  it('/signatory cate blanchet → yes, with numbered sources and their URLs', async () => {
    const session = new ShellSession(realDispatcher());
    const { output } = await session.send('/signatory cate blanchet');
    expect(output.split('\n')[0]).toBe('Yes: Cate Blanchett is among the signatories');
    expect(output).toMatch(/Sources:\n {2}\[1\] .+\n {6}https:\/\//);
  });

  it('did-you-mean choices are a numbered list; typing the number runs that choice', async () => {
    const session = new ShellSession(realDispatcher());
    const first = await session.send('/signatory Paul');
    expect(first.output).toContain('  1) Paul McCartney\n  2) Paul Simon');
    const picked = await session.send('1');
    expect(picked.reply.title).toBe('Yes: Paul McCartney is among the signatories');
  });

  it('/ask "did you mean" questions are a numbered list; typing a number answers exactly that question', async () => {
    const session = new ShellSession(realDispatcher());
    const first = await session.send('/ask which companies does the letter go after?');
    expect(first.reply.title).toBe('Did you mean…?');
    const labels = first.reply.choices.map((c) => c.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(first.output).toContain(`  1) ${labels[0]}\n  2) ${labels[1]}`);
    const picked = await session.send('2');
    expect(picked.reply.title).toBe('Answer');
    expect(picked.reply.data).toMatchObject({ verdict: 'answered', fact: first.reply.data?.candidates && (first.reply.data.candidates as { fact: string }[])[1]!.fact });
  });

  it('timeline pages: Next is a numbered choice', async () => {
    const session = new ShellSession(realDispatcher());
    await session.send('/timeline from:2023 to:2025');
    const second = await session.send('1');
    expect(second.reply.text).toMatch(/^Page 2 of \d+/);
  });

  it('key:value and --key value options, French option names too', async () => {
    const session = new ShellSession(realDispatcher());
    const a = await session.send('/timeline from:2025-03-15 to:2025-03-15');
    const b = await session.send('/timeline --from 2025-03-15 --to=2025-03-15');
    const c = await session.send('/timeline depuis:2025-03-15 jusqua:2025-03-15');
    expect(a.reply.data).toEqual(b.reply.data);
    expect(a.reply.data).toEqual(c.reply.data);
  });

  it('unknown command and empty input give a hint, not a crash', async () => {
    const session = new ShellSession(realDispatcher());
    expect((await session.send('/weather paris')).output).toContain('There is no /weather command. Try /help.');
    expect((await session.send('')).reply.title).toMatch(/^letterbot/);
    expect((await session.send('/signatory')).output).toContain('Please give me something to look up (e.g. /signatory cate blanchet).');
  });

  it('a command that throws → short apology, logged with the command, no stack trace', async () => {
    const logger = new RecordingLogger();
    const dispatcher = realDispatcher(logger);
    const signatory = dispatcher.find('signatory')!;
    const original = signatory.run;
    signatory.run = () => {
      throw new Error('boom');
    };
    try {
      const { output } = await new ShellSession(dispatcher).send('/signatory cate');
      expect(output).toContain('Something went wrong on our side');
      expect(output).not.toMatch(/boom|at .+\(/);
      expect(logger.errors).toEqual([{ details: expect.objectContaining({ command: 'signatory', err: expect.any(Error) }), message: 'command failed' }]);
    } finally {
      signatory.run = original;
    }
  });
});

describe('interactive shell', () => {
  it('reads lines until /quit and prints replies', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runShell(realDispatcher(), { input, output, color: false });
    input.write('/signatory Ben Affleck\n');
    input.write('/quit\n');
    input.write('/signatory cate blanchett\n');
    await done;
    expect(text).toContain('letterbot — local chat');
    expect(text).toMatch(/Not among the \d+ names we have from sources/);
    expect(text).not.toContain('Yes: Cate Blanchett');
  });

  it('text printed from elsewhere (an alert) can put the prompt back', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const prompt = { show: (): void => undefined };
    const done = runShell(realDispatcher(), { input, output, color: false, prompt });
    await new Promise((r) => setImmediate(r));
    const before = text.split('letterbot> ').length;
    output.write('\n🔔 an alert\n');
    prompt.show();
    expect(text.split('letterbot> ').length).toBe(before + 1);
    input.end('/quit\n');
    await done;
  });
});

