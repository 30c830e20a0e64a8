import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  it('reads a quoted file name', () => {
    expect(exportFileName('attachment; filename="agora-export-2026-11-22.json"')).toBe(
      'agora-export-2026-11-22.json',
    );
  });

  it('prefers the UTF-8 file name', () => {
    expect(exportFileName(`attachment; filename="donnees.json"; filename*=UTF-8''donn%C3%A9es.json`)).toBe(
      'données.json',
    );
  });

  it('keeps only the last part of a name with folders', () => {
    expect(exportFileName('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });

  it('falls back to a default name without a header', () => {
    expect(exportFileName(null)).toBe('agora-mes-donnees.json');
  });
});
