export default {
  displayName: 'web-admin',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
