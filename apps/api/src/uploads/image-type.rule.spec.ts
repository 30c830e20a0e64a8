import { extensionOf, sniffImageType } from './image-type.rule';

describe('sniffImageType', () => {
  it('recognises a JPEG by its first bytes', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('recognises a PNG by its signature', () => {
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(
      'image/png',
    );
  });

  it('recognises a WebP inside its RIFF container', () => {
    expect(sniffImageType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('refuses another RIFF file (a WAV sound)', () => {
    expect(sniffImageType(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
  });

  it('refuses a text file named like an image', () => {
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
  });

  it('refuses a file too short to hold a signature', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it('names the file extension after the sniffed type', () => {
    expect(extensionOf('image/webp')).toBe('webp');
  });
});
