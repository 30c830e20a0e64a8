export default {
  displayName: 'web-legal',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
