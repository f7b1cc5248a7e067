/**
 * `npm run bench -- startup`: how long a new user waits. Each figure is the median of several fresh processes,
 * beside `node -e ''` measured in the same run (the floor no Node program can beat on this machine):
 * - shell: `npm start` with no tokens, from spawn to the prompt on stdout ("ready to type"), and its RSS then;
 * - the same shell's first /ask (free text), from the line sent to the next prompt, and its RSS then: the /ask
 *   engine is built on first use, so this is where its cost went;
 * - CLI: `letterbot signatory Stiller --json`, from spawn to exit, and its peak RSS (`node -e ''`: its peak RSS).
 * CPU time is reported beside wall time: on a shared machine it shows the work itself, without the wait for a core.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatNumber, markdownTable, rssMb, startScriptFlags, write } from './measure';

const DIST = path.resolve(__dirname, '..');
const ROOT = path.resolve(DIST, '..');
const MAIN = path.join(DIST, 'src', 'main.js');
const CLI = path.join(DIST, 'src', 'cli.js');
const PROMPT = 'letterbot> ';
/** The first question typed into a fresh shell (answered by /ask). */
const FIRST_QUESTION = 'who organised the letter?';

export const STARTUP_GOALS = { shellMs: 400, shellRssMb: 80, cliMs: 300 };

export interface StartupResult {
  node: { ms: number; cpuMs: number; rssMb: number };
  shell: { ms: number; cpuMs: number; rssMb: number };
  /** The shell's first /ask: from the question sent to the answer's prompt; CPU and RSS of the process then. */
  firstAsk: { ms: number; cpuMs: number; rssMb: number };
  cli: { ms: number; cpuMs: number; rssMb: number };
  runs: number;
}


/** CPU time (user + system) a running process has used so far, from /proc (Linux, 10 ms ticks); NaN elsewhere. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // After "pid (comm) ", utime and stime are the 12th and 13th fields, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Run a process to its end. */
function timeToExit(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ ms: performance.now() - started, code, stdout }));
  });
}

type Sample = { ms: number; cpuMs: number; rssMb: number };

/** Spawn the shell, wait for its prompt, read its RSS; then type a question, wait for the next prompt, read them again, and type /quit. */
function timeShellReady(env: NodeJS.ProcessEnv, cwd: string): Promise<{ ready: Sample; firstAsk: Sample }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // As `npm start` runs it: with the node flags of package.json's start script.
    const child = spawn(process.execPath, [...startScriptFlags(), MAIN], { cwd, env, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    let ready: Sample | null = null;
    let asked = 0;
    let firstAsk: Sample | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes(PROMPT)) {
        ready = { ms: performance.now() - started, cpuMs: cpuMs(child.pid!), rssMb: rssMb(child.pid!) };
        stdout = '';
        asked = performance.now();
        child.stdin.write(`${FIRST_QUESTION}\n`);
      } else if (ready && !firstAsk && stdout.includes(PROMPT)) {
        firstAsk = { ms: performance.now() - asked, cpuMs: cpuMs(child.pid!) - ready.cpuMs, rssMb: rssMb(child.pid!) };
        child.stdin.end('/quit\n');
      }
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      ready && firstAsk && code === 0 ? resolve({ ready, firstAsk }) : reject(new Error(`shell exited with ${code} before its prompt and first answer:\n${stdout}`)),
    );
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchStartup(runs = 9, options: { print?: (line?: string) => void } = {}): Promise<StartupResult> {
  const print = options.print ?? write;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterbot-startup-'));
  // No tokens (the shell), a fresh alerts database in a temporary folder, the repository's data.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LETTERBOT_DB: path.join(dir, 'var', 'letterbot.db'), LETTERBOT_DATA_DIR: path.join(ROOT, 'data') };
  try {
    // One untimed run of each: the first shell start records the fact base in the new database; disk caches warm up.
    await timeShellReady(env, dir);
    await timeToExit([CLI, 'signatory', 'Stiller', '--json'], env, dir);
    const samples = { node: [] as number[], nodeRss: [] as number[], nodeCpu: [] as number[], shell: [] as number[], shellRss: [] as number[], shellCpu: [] as number[], ask: [] as number[], askRss: [] as number[], askCpu: [] as number[], cli: [] as number[], cliRss: [] as number[], cliCpu: [] as number[] };
    // Peak RSS as the process itself reports it at exit, through a preloaded file (so the CLI stays the main module).
    const reportRss = path.join(dir, 'report-rss.js');
    writeFileSync(reportRss, "process.on('exit', () => { const u = process.resourceUsage(); process.stdout.write('\\nmaxrss ' + u.maxRSS + ' cpu ' + (u.userCPUTime + u.systemCPUTime)); });\n");
    const peakMb = (stdout: string): number => Number(/maxrss (\d+)/.exec(stdout)?.[1]) / 1024;
    const cpuOf = (stdout: string): number => Number(/ cpu (\d+)/.exec(stdout)?.[1]) / 1000;
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a busy moment on the machine weighs on all three alike.
      samples.node.push((await timeToExit(['-e', ''], env, dir)).ms);
      const nodeUsage = (await timeToExit(['-r', reportRss, '-e', ''], env, dir)).stdout;
      samples.nodeRss.push(peakMb(nodeUsage));
      samples.nodeCpu.push(cpuOf(nodeUsage));
      const { ready: shell, firstAsk } = await timeShellReady(env, dir);
      samples.shell.push(shell.ms);
      samples.shellRss.push(shell.rssMb);
      samples.shellCpu.push(shell.cpuMs);
      samples.ask.push(firstAsk.ms);
      samples.askRss.push(firstAsk.rssMb);
      samples.askCpu.push(firstAsk.cpuMs);
      const cli = await timeToExit([CLI, 'signatory', 'Stiller', '--json'], env, dir);
      if (cli.code !== 0) throw new Error(`letterbot signatory exited with ${cli.code}`);
      samples.cli.push(cli.ms);
      const cliUsage = (await timeToExit(['-r', reportRss, CLI, 'signatory', 'Stiller', '--json'], env, dir)).stdout;
      samples.cliRss.push(peakMb(cliUsage));
      samples.cliCpu.push(cpuOf(cliUsage));
    }
    const result: StartupResult = {
      node: { ms: median(samples.node), cpuMs: median(samples.nodeCpu), rssMb: median(samples.nodeRss) },
      shell: { ms: median(samples.shell), cpuMs: median(samples.shellCpu), rssMb: median(samples.shellRss) },
      firstAsk: { ms: median(samples.ask), cpuMs: median(samples.askCpu), rssMb: median(samples.askRss) },
      cli: { ms: median(samples.cli), cpuMs: median(samples.cliCpu), rssMb: median(samples.cliRss) },
      runs,
    };
    report(result, print);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(r: StartupResult, print: (line?: string) => void): void {
  const ms = (v: number): string => `${formatNumber(v, 0)} ms`;
  const mb = (v: number): string => `${formatNumber(v, 0)} MB`;
  const ratio = (v: number, base: number): string => `${formatNumber(v / base, 1)}×`;
  const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const g = STARTUP_GOALS;
  print();
  print(`Start-up (issue 13): median of ${r.runs} fresh processes each, beside \`node -e ''\` in the same run`);
  print();
  print(
    markdownTable(
      ['process', 'wall time', '× node -e', 'CPU time', '× node -e', 'RSS', '× node -e', 'goal'],
      [
        ["`node -e ''`", ms(r.node.ms), '1.0×', ms(r.node.cpuMs), '1.0×', mb(r.node.rssMb), '1.0×', ''],
        ['shell: spawn → prompt', ms(r.shell.ms), ratio(r.shell.ms, r.node.ms), ms(r.shell.cpuMs), ratio(r.shell.cpuMs, r.node.cpuMs), mb(r.shell.rssMb), ratio(r.shell.rssMb, r.node.rssMb), `< ${g.shellMs} ms, < ${g.shellRssMb} MB: ${met(r.shell.ms < g.shellMs && r.shell.rssMb < g.shellRssMb)}`],
        ['shell: first /ask, typed → answer', ms(r.firstAsk.ms), '', ms(r.firstAsk.cpuMs), '', mb(r.firstAsk.rssMb), ratio(r.firstAsk.rssMb, r.node.rssMb), `no goal of its own; RSS ${r.firstAsk.rssMb < g.shellRssMb ? 'still <' : 'now ≥'} ${g.shellRssMb} MB`],
        ['CLI: `signatory Stiller --json`', ms(r.cli.ms), ratio(r.cli.ms, r.node.ms), ms(r.cli.cpuMs), ratio(r.cli.cpuMs, r.node.cpuMs), mb(r.cli.rssMb), ratio(r.cli.rssMb, r.node.rssMb), `< ${g.cliMs} ms: ${met(r.cli.ms < g.cliMs)}`],
      ],
    ),
  );
  print();
  print(`letterbot's own start-up cost over bare node: shell +${ms(r.shell.ms - r.node.ms)}, CLI +${ms(r.cli.ms - r.node.ms)} (wall).`);
  print('Goals are wall times; CPU time (shell: at the prompt, 10 ms ticks; others: at exit) shows the work itself when the machine is busy.');
  print(`The first /ask ("${FIRST_QUESTION}") builds the /ask engine in that shell (its CPU time: spent between the prompt and the answer; RSS: at the answer).`);
}
