export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  // One real PostgreSQL per run; each test file gets a fresh database cloned from a migrated template.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The shared contracts use class-transformer's @Type, which needs the metadata API as main.ts loads it.
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: 2,
};
