export default {
  displayName: 'web-home',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
