import { Socket } from 'node:net';

/**
 * `node dist/scripts/check-postgres.js`: run by `.ci/run` before the tests. Checks that a PostgreSQL server
 * answers at `LETTERBOT_TEST_DATABASE_URL` (default 127.0.0.1:5432, what the PostgreSQL tests use) and, if
 * not, prints one line saying what is missing, where, and how to fix it, and exits 1. Node's own `net`, no
 * driver: it sends PostgreSQL's 8-byte SSLRequest and expects the one-byte answer only a PostgreSQL server
 * gives ('S' or 'N', alone), so a port held by something else does not pass. No credentials are sent or printed.
 *
 * `LETTERBOT_TEST_DATABASE_URL` is a test-suite setting, not the bot's, so it is read here and not in
 * `src/config.ts`.
 */

/** Where to look: host and port of a `postgres://` URL (user, password and database are not needed to knock). */
export function postgresTarget(url: string | undefined): { host: string; port: number; label: string } {
  if (!url) return { host: '127.0.0.1', port: 5432, label: '127.0.0.1:5432' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('LETTERBOT_TEST_DATABASE_URL is not a URL (expected postgres://user@host:port/database)');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error('LETTERBOT_TEST_DATABASE_URL must start with postgres:// or postgresql://');
  }
  const host = decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, '')) || '127.0.0.1';
  const port = parsed.port ? Number(parsed.port) : 5432;
  // The label never repeats the user or the password.
  return { host, port, label: `${host}:${port} (LETTERBOT_TEST_DATABASE_URL)` };
}

/** PostgreSQL's SSLRequest: length 8, code 80877103. A server answers one byte, 'S' or 'N'. */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** Resolves null when a PostgreSQL server answers at host:port, else the reason (refused, timeout, not PostgreSQL). */
export function knockPostgres(host: string, port: number, timeoutMs = 3000): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let settled = false;
    const done = (reason: string | null): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs / 1000} s`));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    // Exactly one byte: an SSH banner also starts with 'S'.
    socket.once('data', (chunk: Buffer) => done(chunk.length === 1 && (chunk[0] === 0x53 || chunk[0] === 0x4e) ? null : 'something answered, but not PostgreSQL'));
    socket.once('close', () => done('connection closed without an answer'));
    socket.connect(port, host, () => socket.write(SSL_REQUEST));
  });
}

async function main(): Promise<void> {
  const target = postgresTarget(process.env['LETTERBOT_TEST_DATABASE_URL']);
  const reason = await knockPostgres(target.host, target.port);
  if (reason === null) {
    process.stdout.write(`PostgreSQL answers at ${target.label}\n`);
    return;
  }
  process.stderr.write(
    `PostgreSQL is not reachable at ${target.label}: ${reason}. The tests need it: start it (e.g. \`sudo service postgresql start\` or ` +
      `\`docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16\`) or point LETTERBOT_TEST_DATABASE_URL at one (postgres://user@host:port/database).\n`,
  );
  process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`PostgreSQL check failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
