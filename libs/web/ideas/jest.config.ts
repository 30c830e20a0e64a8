export default {
  displayName: 'web-ideas',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
