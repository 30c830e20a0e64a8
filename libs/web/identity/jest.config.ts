export default {
  displayName: 'web-identity',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
