import { execFile } from 'node:child_process';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { knockPostgres, postgresTarget } from '../../scripts/check-postgres';

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', '..', 'dist', 'scripts', 'check-postgres.js');

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('check-postgres (.ci/run, before the tests)', () => {
  it('the URL gives host and port; no URL → 127.0.0.1:5432; the label never shows the password', () => {
    expect(postgresTarget(undefined)).toEqual({ host: '127.0.0.1', port: 5432, label: '127.0.0.1:5432' });
    const target = postgresTarget('postgres://bot:hunter2@db.internal:6543/letterbot');
    expect(target).toMatchObject({ host: 'db.internal', port: 6543 });
    expect(target.label).not.toContain('hunter2');
    expect(postgresTarget('postgresql://localhost/test')).toMatchObject({ host: 'localhost', port: 5432 });
    expect(() => postgresTarget('mysql://localhost/test')).toThrow('must start with postgres://');
  });

  it('the machine\'s PostgreSQL at 127.0.0.1:5432 answers', async () => {
    await expect(knockPostgres('127.0.0.1', 5432)).resolves.toBeNull();
  });

  it('a closed port → refused; a server that is not PostgreSQL → named as such', async () => {
    await expect(knockPostgres('127.0.0.1', await closedPort())).resolves.toBe('ECONNREFUSED');
    const sockets: Socket[] = [];
    const other: Server = createServer((socket) => {
      sockets.push(socket.on('error', () => undefined));
      socket.write('SSH-2.0-OpenSSH\r\n');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      await expect(knockPostgres('127.0.0.1', (other.address() as AddressInfo).port)).resolves.toBe('something answered, but not PostgreSQL');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('unreachable → exit 1 and one line saying what, where and how to fix it, without the password', async () => {
    const port = await closedPort();
    const env = { ...process.env, LETTERBOT_TEST_DATABASE_URL: `postgres://ci:s3cret@127.0.0.1:${port}/test` };
    const failure = await run(process.execPath, [SCRIPT], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^PostgreSQL is not reachable at 127\\.0\\.0\\.1:${port} \\(LETTERBOT_TEST_DATABASE_URL\\): ECONNREFUSED\\. .*start it.*LETTERBOT_TEST_DATABASE_URL`));
    expect(failure!.stderr).not.toContain('s3cret');
  });
});
