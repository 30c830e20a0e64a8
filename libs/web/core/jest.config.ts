export default {
  displayName: 'web-core',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
