import { benchAlerts, benchAlertsAtScale } from './alerts';
import { benchAsk, timeLetterbotChild } from './ask';
import { benchDiscord } from './discord';
import { benchDiscordHttp } from './discord-http';
import { benchFanout } from './fanout';
import { benchHttpInstances } from './http-instances';
import { write } from './measure';
import { benchNames } from './names';
import { benchSlack } from './slack';
import { benchSlackMemory, DEFAULT_SLACK_MEMORY_REQUESTS } from './slack-memory';
import { benchStartup } from './startup';

/**
 * `npm run bench`: every benchmark in turn, each printing its own table. Results are informative:
 * a missed goal is reported in the output, never as a failing exit status.
 */
const BENCHES: Record<string, () => Promise<unknown>> = {
  names: () => benchNames(),
  discord: () => benchDiscord(),
  slack: async () => {
    await benchSlack(2000, { print: write });
    write();
    await benchSlackMemory(slackMemoryRequests(), write, { extraFlags: slackNodeFlags(), breakdown: process.argv.includes('--slack-memory-breakdown') });
  },
  alerts: () => benchAlerts(),
  'discord-http': () => benchDiscordHttp(),
  instances: () => benchHttpInstances(),
  startup: () => benchStartup(),
  // `--ask-child`: the third row's child process (bench/ask.ts), which times letterbot and prints JSON only.
  ask: () => (process.argv.includes('--ask-child') ? timeLetterbotChild() : benchAsk()),
  'alerts-scale': () => benchAlertsAtScale(),
  fanout: () => benchFanout({ nodeFlags: flagList('--fanout-node-flags='), concurrencies: fanoutConcurrencies() }),
};

/** `npm run bench -- slack --slack-requests=80000`: how many commands the Slack memory run sends. */
function slackMemoryRequests(): number {
  const flag = process.argv.find((a) => a.startsWith('--slack-requests='));
  if (!flag) return DEFAULT_SLACK_MEMORY_REQUESTS;
  const n = Number(flag.slice('--slack-requests='.length));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--slack-requests wants a positive whole number, not ${flag}`);
  return n;
}

/** `npm run bench -- slack --slack-node-flags="--max-semi-space-size=1"`: a third bot with these node flags, beside npm start's and none. */
function slackNodeFlags(): string[] {
  const flag = process.argv.find((a) => a.startsWith('--slack-node-flags='));
  return flag ? flag.slice('--slack-node-flags='.length).split(/\s+/).filter(Boolean) : [];
}

/** `npm run bench -- fanout --fanout-node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof"`: node flags for the worker processes. */
function flagList(prefix: string): string[] {
  const flag = process.argv.find((a) => a.startsWith(prefix));
  return flag ? flag.slice(prefix.length).split(/\s+/).filter(Boolean) : [];
}

/** `npm run bench -- fanout --fanout-concurrency=16`: only these sends-in-flight settings (default 16 and 4). */
function fanoutConcurrencies(): number[] | undefined {
  const flag = process.argv.find((a) => a.startsWith('--fanout-concurrency='));
  if (!flag) return undefined;
  const values = flag.slice('--fanout-concurrency='.length).split(',').map(Number);
  if (values.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--fanout-concurrency wants positive whole numbers, not ${flag}`);
  return values;
}

/** `npm run bench` runs them all; `npm run bench -- names slack` only those. */
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const picked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const unknown = picked.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  for (const [name, run] of Object.entries(BENCHES)) if (picked.length === 0 || picked.includes(name)) await run();
  write();
  write(`bench done in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
