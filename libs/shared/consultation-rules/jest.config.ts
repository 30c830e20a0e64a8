export default { displayName: 'consultation-rules', preset: '../../../jest.preset.js', rootDir: __dirname };
