import { PassThrough } from 'node:stream';
import { ShellSession } from '../../../src/adapters/shell/session';
import { PROMPT, runShell, ShellNotices } from '../../../src/adapters/shell/shell';
import { RecordingLogger, dispatcherWith, makeWeak, realDispatcher } from '../../helpers/core';

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
    // Both Pauls are reported by major outlets; the closer match to "Paul" is listed first.
    const listed = / {2}1\) (Paul \w+)\n {2}2\) (Paul \w+)/.exec(first.output);
    expect(listed && [listed[1], listed[2]].sort()).toEqual(['Paul McCartney', 'Paul Simon']);
    const picked = await session.send('1');
    expect(picked.reply.title).toBe(`Yes: ${listed![1]} is among the signatories`);
  });

  it('/ask "did you mean" questions are a numbered list; typing a number answers exactly that question', async () => {
    const session = new ShellSession(realDispatcher());
    const first = await session.send('/ask what did they argue?');
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

  it('an alert arriving while idle is printed above a fresh prompt', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const notices = new ShellNotices();
    const done = runShell(realDispatcher(), { input, output, color: false, notices });
    await new Promise((r) => setImmediate(r));
    const before = text.split(PROMPT).length;
    notices.print('🔔 an alert\n');
    expect(text.endsWith(`🔔 an alert\n${PROMPT}`)).toBe(true);
    expect(text.split(PROMPT).length).toBe(before + 1);
    input.end('/quit\n');
    await done;
  });
});

describe('shell: via copies and names only smaller sites report', () => {
  it('shows the outlet’s own URL, never the via copy; the first line is the hedged verdict, not "Yes"', async () => {
    const dispatcher = dispatcherWith((data) => {
      makeWeak(data, 'cate-blanchett');
      const first = data.sources.find((s) => s.id === data.signatories.find((p) => p.id === 'cate-blanchett')!.sources[0])!;
      first.via = { url: 'https://mirror.example.net/copy-of-the-story', note: 'read on a mirror' };
    });
    const { output, reply } = await new ShellSession(dispatcher).send('/signatory Cate Blanchett');
    expect(output.split('\n')[0]).toBe('Smaller sites only: Cate Blanchett is reported as a signatory, not confirmed by a major outlet');
    expect(output).not.toContain('mirror.example.net');
    for (const s of reply.sources) expect(output).toContain(s.url);
  });
});
