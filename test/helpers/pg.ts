import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL for tests: the server the machine runs (127.0.0.1:5432, trust auth, database `test`), or
 * `LETTERBOT_TEST_DATABASE_URL`. Each store gets a uniquely named schema (the pool's `search_path`, through the
 * URL), dropped by `dropTestSchemas()` at the end. When the server cannot be reached, PostgreSQL suites skip and
 * say so loudly on stderr (CI's own check fails the run before that).
 */
export const TEST_DATABASE_URL = process.env.LETTERBOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: boolean | undefined;

/** Whether PostgreSQL answers, checked once per test file (synchronously: jest declares suites synchronously). */
export function pgReachable(): boolean {
  if (reachable === undefined) {
    const script = `const pg = require('pg'); const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
      c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
    reachable = spawnSync(process.execPath, ['-e', script, TEST_DATABASE_URL], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  }
  return reachable;
}

const made: string[] = [];

/** A fresh, empty schema; the URL that puts it first on the search path (what `LETTERBOT_DATABASE_URL` would be). */
export async function createTestSchema(): Promise<{ schema: string; url: string }> {
  const schema = `letterbot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  made.push(schema);
  return { schema, url: withSearchPath(TEST_DATABASE_URL, schema) };
}

/** The URL with `options=-c search_path=<schema>`: every pooled connection starts in that schema. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Drop every schema made by this test file (afterAll). */
export async function dropTestSchemas(): Promise<void> {
  const schemas = made.splice(0);
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** One query on a schema, outside any store (what a test checks behind the store's back). */
export async function queryIn<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
