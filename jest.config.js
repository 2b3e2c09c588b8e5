/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // fast-check's seed: pinned in CI or by FC_SEED, random otherwise; FC_RUNS_SCALE runs properties more (test:props).
  setupFiles: ['<rootDir>/test/helpers/fast-check-seed.ts'],
  ...(process.env.FC_RUNS_SCALE ? { moduleNameMapper: { '^fast-check$': '<rootDir>/test/helpers/fast-check-scaled.cjs' } } : {}),
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
