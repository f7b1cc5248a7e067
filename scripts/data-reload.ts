import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { processAlive } from '../src/alerts/runtime';
import { AlertStore } from '../src/alerts/store';
import { readConfig } from '../src/config';
import { factBaseHash } from '../src/core/alerts';
import { FactBaseError } from '../src/core/fact-base';
import { loadFactBase } from '../src/fact-files';

/**
 * `npm run data:reload`: check `data/`, then tell the running letterbot to reload it (SIGHUP) and wait until
 * it has: it answers from the new data and queues an alert for each change.
 *
 * The running process is found through the alerts database, not a pid file: the delivering process keeps a
 * lease there with its pid and a heartbeat every 5 s. A pid file can outlive its process and point at an
 * unrelated one after pid reuse; a fresh heartbeat plus a live pid cannot. The script then waits for the
 * fact-base snapshot in the database to match the data it checked, which proves the reload happened.
 */
const HEARTBEAT_FRESH_MS = 30_000;
const WAIT_MS = 10_000;

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env);
  let hash: string;
  try {
    hash = factBaseHash(loadFactBase(config.dataDir).data);
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    process.stderr.write(`data:reload: the data is invalid; nothing was reloaded:\n${issues.map((i) => `  - ${i}`).join('\n')}\n`);
    return 1;
  }
  if (!existsSync(config.alerts.dbPath)) {
    say(`data/ is valid. No alerts database yet (${config.alerts.dbPath}): start letterbot; its first start records the data and posts nothing.`);
    return 0;
  }
  const store = AlertStore.open(config.alerts.dbPath);
  try {
    if (store.snapshotHash() === hash) {
      say('data/ is valid and unchanged since letterbot last read it: nothing to reload.');
      return 0;
    }
    const holder = store.leaseHolder();
    if (!holder || Date.now() - holder.heartbeatAt > HEARTBEAT_FRESH_MS || !processAlive(holder.pid)) {
      say('data/ is valid. No running letterbot found: the changes will be alerted when it starts.');
      return 0;
    }
    const asked = Date.now();
    try {
      process.kill(holder.pid, 'SIGHUP');
    } catch (error) {
      process.stderr.write(`data:reload: could not signal letterbot (pid ${holder.pid}): ${(error as Error).message}; restart it instead.\n`);
      return 1;
    }
    while (Date.now() - asked < WAIT_MS) {
      if (store.snapshotHash() === hash) {
        const alerts = store.alerts().filter((a) => Date.parse(a.createdAt) >= asked - 1000);
        say(`letterbot (pid ${holder.pid}) reloaded data/: ${alerts.length} alert${alerts.length === 1 ? '' : 's'} queued.`);
        for (const a of alerts) say(`  - [${a.topic}] ${a.text.en.slice(0, 160)}`);
        return 0;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stderr.write(`data:reload: letterbot (pid ${holder.pid}) did not pick up the change within ${WAIT_MS / 1000} s; see its logs.\n`);
    return 1;
  } finally {
    store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`data:reload failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
