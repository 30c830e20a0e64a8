import { binaryFormatOf } from './text-content.rule';

describe('text content rule (CSV imports)', () => {
  it('takes a CSV, in UTF-8 or Windows-1252, with tabs and CRLF, for text', () => {
    expect(binaryFormatOf(Buffer.from('nom;prénom\r\nMartin;Léa\t\r\n', 'utf8'))).toBeNull();
    expect(binaryFormatOf(Buffer.from('nom;prénom\r\nMartin;Léa\r\n', 'latin1'))).toBeNull();
  });

  it('names a PNG, a PDF and an XLSX workbook whatever the file is called', () => {
    expect(binaryFormatOf(Buffer.from('89504e470d0a1a0a0000', 'hex'))?.en).toBe('a PNG image');
    expect(binaryFormatOf(Buffer.from('%PDF-1.7\n'))?.en).toBe('a PDF document');
    expect(binaryFormatOf(Buffer.from('504b03041400', 'hex'))?.en).toMatch(/XLSX/);
  });

  it('refuses a file with NUL or other control characters as binary', () => {
    expect(binaryFormatOf(Buffer.from('nom;pr\u0000enom\n'))?.en).toBe('a binary file');
    expect(binaryFormatOf(Buffer.from('a;b\u0007\n'))?.en).toBe('a binary file');
  });
});
