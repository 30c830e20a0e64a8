export default {
  displayName: 'web-consultations',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
