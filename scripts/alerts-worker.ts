import { config as loadDotenv } from 'dotenv';
import { AlertsRuntime, type FactSync } from '../src/alerts/runtime';
import { createAlertSenders } from '../src/alerts/wiring';
import { readConfig } from '../src/config';
import { loadFactBase } from '../src/fact-files';
import { createLogger } from '../src/logger';

/**
 * `node dist/scripts/alerts-worker.js [--exit-when-idle] [--concurrency N] [--heartbeat-ms N] [--poll-ms N]`: the alerts runtime alone, without
 * serving commands: diff `data/`, reconcile and deliver to the platforms configured in the environment.
 * Operators can use it to drain the outbox; the crash test and the benchmark run it as the process they kill.
 * Prints one JSON line when started (`{"event":"started",…}`) and one when idle (`{"event":"idle"}`). On SIGUSR2 it
 * prints what it has used so far (`{"event":"stats","cpuMs":…,"statements":…}`: CPU time of the process, statements
 * sent to PostgreSQL), for the fan-out benchmark.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const exitWhenIdle = args.includes('--exit-when-idle');
  const concurrencyArg = args.indexOf('--concurrency');
  const concurrency = concurrencyArg === -1 ? undefined : Number(args[concurrencyArg + 1]);
  const heartbeatArg = args.indexOf('--heartbeat-ms');
  const heartbeatMs = heartbeatArg === -1 ? undefined : Number(args[heartbeatArg + 1]);
  const pollArg = args.indexOf('--poll-ms');
  const pollMs = pollArg === -1 ? undefined : Number(args[pollArg + 1]);
  const config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  const facts = loadFactBase(config.dataDir);
  const reload = async (): Promise<FactSync | undefined> => {
    try {
      return await runtime.reload(loadFactBase(config.dataDir).data);
    } catch (error) {
      logger.error({ err: error }, 'data reload refused: the new data is invalid');
      return undefined;
    }
  };
  const runtime: AlertsRuntime = await AlertsRuntime.open({ dbPath: config.alerts.dbPath, databaseUrl: config.alerts.databaseUrl, logger, rateLimits: config.alerts.rateLimits, retentionDays: config.alerts.retentionDays, concurrency, heartbeatMs, pollMs, onReload: reload });
  const senders = createAlertSenders(config);
  // Listening before "started" is printed: SIGUSR2's default action would end the process.
  process.on('SIGUSR2', () => {
    const cpu = process.cpuUsage();
    const statements = 'statements' in runtime.store && typeof runtime.store.statements === 'number' ? runtime.store.statements : null;
    process.stdout.write(`${JSON.stringify({ event: 'stats', cpuMs: (cpu.user + cpu.system) / 1000, statements })}\n`);
  });
  const sync = await runtime.start(facts.data, senders);
  process.stdout.write(`${JSON.stringify({ event: 'started', pid: process.pid, instance: runtime.instance, firstRun: sync.firstRun, alerts: sync.queued.filter((q) => !q.duplicate).length, delivering: runtime.delivering })}\n`);
  const stop = async (): Promise<void> => runtime.stop({ senders });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  process.on('SIGHUP', () => void reload());
  if (exitWhenIdle) {
    await runtime.whenIdle();
    await stop();
    process.stdout.write(`${JSON.stringify({ event: 'idle' })}\n`);
    process.exit(0);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`alerts worker failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
