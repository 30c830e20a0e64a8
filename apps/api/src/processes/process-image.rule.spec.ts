import { processImageFile, processImageKey, processImageUrl, storedImageKey } from './process-image.rule';

const processId = '6f1c2a8e-93b4-4d5e-8f1a-0b2c3d4e5f60';
const file = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.png';

describe('process image paths', () => {
  it('gives each upload its own URL under the process', () => {
    expect(processImageUrl(processId, file)).toBe(`/api/processes/${processId}/image/${file}`);
  });

  it('finds the storage key behind a URL the API wrote', () => {
    expect(storedImageKey(processId, processImageUrl(processId, file))).toBe(processImageKey(processId, file));
  });

  it('refuses a URL of another process', () => {
    expect(storedImageKey(processId, processImageUrl('11111111-2222-4333-8444-555555555555', file))).toBeNull();
  });

  it('refuses a path that climbs out of the uploads folder', () => {
    expect(processImageFile('../../etc/passwd.png')).toBeNull();
  });

  it('refuses a file type the API never stores', () => {
    expect(processImageFile('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.svg')).toBeNull();
  });

  it('has no key for a link to another site', () => {
    expect(storedImageKey(processId, 'https://example.org/photo.png')).toBeNull();
  });
});
