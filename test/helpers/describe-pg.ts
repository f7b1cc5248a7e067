import { pgReachable, redact, TEST_DATABASE_URL } from './pg';

/** `describe` when PostgreSQL is reachable; otherwise `describe.skip`, with a loud line naming the suite. */
export function describePg(name: string, body: () => void): void {
  if (pgReachable()) {
    describe(name, body);
    return;
  }
  process.stderr.write(`\n*** PostgreSQL is unreachable at ${redact(TEST_DATABASE_URL)}: SKIPPING "${name}" ***\n\n`);
  describe.skip(name, body);
}
