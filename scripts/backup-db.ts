import { config as loadDotenv } from 'dotenv';
import { SqliteAlertStore } from '../src/alerts/store';
import { readConfig } from '../src/config';

/**
 * `node dist/scripts/backup-db.js [destination]`: an online copy of the alerts database (SQLite's backup
 * API through better-sqlite3), consistent even while the bot is running and writing. Default destination:
 * `var/backup/letterbot-<UTC time>.db`.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env);
  if (config.alerts.databaseUrl) {
    process.stderr.write('the alerts state is in PostgreSQL (LETTERBOT_DATABASE_URL): back it up with pg_dump (README, "Running several instances")\n');
    process.exitCode = 2;
    return;
  }
  const destination = process.argv[2] ?? `var/backup/letterbot-${new Date().toISOString().replace(/[:.]/g, '-')}.db`;
  const store = SqliteAlertStore.open(config.alerts.dbPath);
  try {
    await store.backup(destination);
  } finally {
    await store.close();
  }
  process.stdout.write(`backed up ${config.alerts.dbPath} to ${destination}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`backup failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
