import { benchNames } from './names';
import { write } from './measure';

/**
 * `npm run bench`: every benchmark in turn, each printing its own table. Results are informative:
 * a missed goal is reported in the output, never as a failing exit status.
 */
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  await benchNames();
  // Further benchmarks go here, one call each, e.g. `await benchSlack();` and `await benchDiscord();`
  // from bench/slack.ts and bench/discord.ts once they exist.
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
