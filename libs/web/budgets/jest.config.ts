export default {
  displayName: 'web-budgets',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
