import { describeAlertStore } from './alerts/runtime';
import { SqliteAlertStore } from './alerts/store';
import { ConfigError, readConfig, type Config } from './config';
import { FactBaseError } from './core/fact-base';
import { t, toLocale, type MessageKey } from './core/i18n';
import type { Locale } from './core/reply';
import { loadFactBase } from './fact-files';
import type { CliOutput } from './one-shot';

interface Finding {
  ok: boolean;
  key: MessageKey;
  params?: Record<string, string | number>;
  /** What to do about it (problems only). */
  fix?: MessageKey;
  fixParams?: Record<string, string | number>;
}

/**
 * `npx letterbot doctor [--lang fr]`: checks the settings, the data and the alerts database, read-only, and says
 * what to fix. Exit 0 when everything is usable, 1 otherwise. Safe while the bot runs.
 */
export async function runDoctor(args: readonly string[], env: Readonly<Record<string, string | undefined>>, out: CliOutput): Promise<number> {
  const langAt = args.indexOf('--lang');
  const locale: Locale = toLocale(langAt === -1 ? 'en' : args[langAt + 1]);
  const findings: Finding[] = [];
  let config: Config | undefined;
  try {
    config = readConfig(env);
    const serves = [config.discord ? 'Discord' : '', config.slack ? `Slack (${config.slack.mode})` : ''].filter(Boolean).join(', ') || t(locale, 'doctor.shell');
    findings.push({ ok: true, key: 'doctor.settings.ok', params: { serves } });
  } catch (error) {
    findings.push({ ok: false, key: 'doctor.settings.bad', params: { error: error instanceof ConfigError ? error.message : String(error) }, fix: 'doctor.settings.fix' });
  }
  if (config) {
    findings.push(checkData(config));
    findings.push(...(config.alerts.databaseUrl ? await checkPostgres(config) : checkDatabase(config.alerts.dbPath)));
  }
  for (const f of findings) {
    out.stdout(`${f.ok ? '✓' : '✗'} ${t(locale, f.key, f.params)}\n`);
    if (!f.ok && f.fix) out.stdout(`  → ${t(locale, f.fix, f.fixParams ?? f.params)}\n`);
  }
  const problems = findings.filter((f) => !f.ok).length;
  out.stdout(`${problems === 0 ? t(locale, 'doctor.all_ok') : t(locale, 'doctor.problems', { count: problems })}\n`);
  return problems === 0 ? 0 : 1;
}

function checkData(config: Config): Finding {
  try {
    const facts = loadFactBase(config.dataDir);
    return { ok: true, key: 'doctor.data.ok', params: { signatories: facts.data.signatories.length, events: facts.data.timeline.length, sources: facts.data.sources.length } };
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    return { ok: false, key: 'doctor.data.bad', params: { issues: issues.slice(0, 5).join('; ') }, fix: 'doctor.data.fix' };
  }
}

/** PostgreSQL (`LETTERBOT_DATABASE_URL`): reachable, schema version, who prunes, what waits. Never the URL's user or password. */
async function checkPostgres(config: Config): Promise<Finding[]> {
  const file = describeAlertStore(config.alerts);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- pg is loaded only when PostgreSQL is configured
  const { PostgresAlertStore } = require('./alerts/pg-store') as typeof import('./alerts/pg-store');
  const health = await PostgresAlertStore.inspect(config.alerts.databaseUrl!, Date.now());
  if ('error' in health) return [{ ok: false, key: 'doctor.db.unreadable', params: { file, error: health.error.slice(0, 200) }, fix: 'doctor.db.unreadable_fix' }];
  const findings: Finding[] = [];
  if (health.version > health.latest) findings.push({ ok: false, key: 'doctor.db.newer', params: { file, version: health.version, latest: health.latest }, fix: 'doctor.db.newer_fix' });
  else findings.push({ ok: true, key: health.version < health.latest ? 'doctor.db.old' : 'doctor.db.ok', params: { file, version: health.version, latest: health.latest } });
  findings.push(...leaseAndQueue(health));
  return findings;
}

/** Who delivers, how many instances share the work (PostgreSQL) and what waits or failed: the same findings for both backends. */
function leaseAndQueue(health: { holder?: { owner: string; generation: number; renewedMsAgo: number } | null; instances?: number; open: number; failedSubscriptions: number }): Finding[] {
  return [
    health.holder
      ? { ok: true, key: 'doctor.lease.held', params: { owner: health.holder.owner, generation: health.holder.generation, seconds: Math.round(health.holder.renewedMsAgo / 1000) } }
      : { ok: true, key: 'doctor.lease.none' },
    ...(health.instances === undefined ? [] : [health.instances > 0 ? ({ ok: true, key: 'doctor.instances', params: { count: health.instances } } as const) : ({ ok: true, key: 'doctor.instances.none' } as const)]),
    { ok: health.failedSubscriptions === 0, key: 'doctor.queue', params: { open: health.open, failed: health.failedSubscriptions }, fix: 'doctor.queue_fix' },
  ];
}

function checkDatabase(file: string): Finding[] {
  const health = SqliteAlertStore.inspect(file, Date.now());
  if (!health.exists) {
    return health.folderWritable
      ? [{ ok: true, key: 'doctor.db.missing', params: { file: health.file } }]
      : [{ ok: false, key: 'doctor.db.folder', params: { file: health.file, folder: health.folder }, fix: 'doctor.db.folder_fix' }];
  }
  if ('error' in health) {
    const corrupt = /NOTADB|CORRUPT/.test(health.error);
    return [{ ok: false, key: 'doctor.db.unreadable', params: { file: health.file, error: health.error }, fix: corrupt ? 'doctor.db.corrupt_fix' : 'doctor.db.unreadable_fix' }];
  }
  const findings: Finding[] = [];
  if (health.integrity !== 'ok') findings.push({ ok: false, key: 'doctor.db.integrity', params: { file: health.file, error: health.integrity.slice(0, 200) }, fix: 'doctor.db.corrupt_fix' });
  else if (health.version > health.latest) findings.push({ ok: false, key: 'doctor.db.newer', params: { file: health.file, version: health.version, latest: health.latest }, fix: 'doctor.db.newer_fix' });
  else if (!health.writable) findings.push({ ok: false, key: 'doctor.db.readonly', params: { file: health.file }, fix: 'doctor.db.folder_fix', fixParams: { folder: health.file } });
  else findings.push({ ok: true, key: health.version < health.latest ? 'doctor.db.old' : 'doctor.db.ok', params: { file: health.file, version: health.version, latest: health.latest } });
  findings.push(...leaseAndQueue(health));
  return findings;
}
