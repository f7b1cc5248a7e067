import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { config as loadDotenv } from 'dotenv';
import { openAlertStore } from '../src/alerts/runtime';
import { readConfig } from '../src/config';
import { factBaseHash } from '../src/core/alerts';
import { FactBaseError } from '../src/core/fact-base';
import { loadFactBase } from '../src/fact-files';

/**
 * `npm run data:reload`: check `data/`, then ask the running letterbot to reload it and wait until it has: it
 * answers from the new data and queues an alert for each change.
 *
 * The request goes through the alerts database: a row in `requests` that every running letterbot polls at each
 * heartbeat, wherever it runs (another container, another host). No pid is read or signalled: a pid means nothing
 * outside its own PID namespace (every container's bot is PID 1). A bot is running when its lease has not expired;
 * the script then waits for the bot to answer the request and for the fact-base snapshot to match the data it
 * checked, which proves the reload happened.
 */
const WAIT_MS = 15_000;

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
  if (!config.alerts.databaseUrl && !existsSync(config.alerts.dbPath)) {
    say(`data/ is valid. No alerts database yet (${config.alerts.dbPath}): start letterbot; its first start records the data and posts nothing.`);
    return 0;
  }
  const store = await openAlertStore(config.alerts);
  try {
    if ((await store.snapshotHash()) === hash) {
      say('data/ is valid and unchanged since letterbot last read it: nothing to reload.');
      return 0;
    }
    const holder = await store.leaseHolder();
    if (!holder || holder.expiresAt <= Date.now()) {
      say('data/ is valid. No running letterbot found: the changes will be alerted when it starts.');
      return 0;
    }
    const asked = Date.now();
    const id = await store.requestReload(`data:reload@${hostname()}`, asked);
    while (Date.now() - asked < WAIT_MS) {
      const request = (await store.reloadRequests(id - 1)).find((r) => r.id === id);
      if (request?.result?.startsWith('refused')) {
        process.stderr.write(`data:reload: letterbot (${request.doneBy}) refused the new data; see its log.\n`);
        return 1;
      }
      if (request?.doneAt && (await store.snapshotHash()) === hash) {
        const alerts = (await store.alerts()).filter((a) => Date.parse(a.createdAt) >= asked - 1000);
        say(`letterbot (${request.doneBy}) reloaded data/: ${alerts.length} alert${alerts.length === 1 ? '' : 's'} queued.`);
        for (const a of alerts) say(`  - [${a.topic}] ${a.text.en.slice(0, 160)}`);
        return 0;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stderr.write(`data:reload: letterbot (${holder.owner}) did not pick up the change within ${WAIT_MS / 1000} s; see its logs.\n`);
    return 1;
  } finally {
    await store.close();
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
