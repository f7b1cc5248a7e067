/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  // Jest's default is the cores less one: on CI's 2 cores, one, in band, and the suites wait on child processes,
  // loopback fakes, PostgreSQL and timers one after the other. Two workers overlap that waiting. Suites stay
  // independent: ports are 0, temp dirs are mkdtemp, PostgreSQL schemas are named per process, dist/ is built once.
  maxWorkers: 2,
};
