/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // fast-check with its seed (pinned in CI or by FC_SEED, random otherwise) and, under FC_RUNS_SCALE (test:props), more
  // runs per property: set where a file loads it, so the files without properties never load it (a setupFiles entry did).
  moduleNameMapper: { '^fast-check$': '<rootDir>/test/helpers/fast-check-pinned.cjs' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
