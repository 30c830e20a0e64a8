export default {
  displayName: 'web-works',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
