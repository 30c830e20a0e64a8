export default {
  displayName: 'tally-cli',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: __dirname,
};
