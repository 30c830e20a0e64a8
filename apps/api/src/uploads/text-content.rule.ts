/**
 * CSV imports are checked by content, like images: a file that starts like a known binary format,
 * or holds control characters a text file never has, is refused whatever its name or Content-Type
 * says. Encodings are not judged here (many town halls export Windows-1252): the importers read
 * the lines and say which one is wrong.
 */

const SIGNATURES: Array<{ format: { fr: string; en: string }; bytes: number[]; offset?: number }> = [
  { format: { fr: 'une image PNG', en: 'a PNG image' }, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: { fr: 'une image JPEG', en: 'a JPEG image' }, bytes: [0xff, 0xd8, 0xff] },
  { format: { fr: 'une image GIF', en: 'a GIF image' }, bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: { fr: 'une image WebP', en: 'a WebP image' }, bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { format: { fr: 'un document PDF', en: 'a PDF document' }, bytes: [0x25, 0x50, 0x44, 0x46] },
  {
    format: {
      fr: 'une archive ZIP (un classeur XLSX ou ODS ?)',
      en: 'a ZIP archive (an XLSX or ODS workbook?)',
    },
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    format: { fr: 'un ancien classeur Excel (XLS)', en: 'an old Excel workbook (XLS)' },
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
  },
  { format: { fr: 'une archive gzip', en: 'a gzip archive' }, bytes: [0x1f, 0x8b] },
];

/** How many bytes are looked at: a header line and a few rows. */
export const TEXT_SNIFF_BYTES = 4096;

/** What the first bytes say the file is, when it is not text; null for text. */
export function binaryFormatOf(bytes: Uint8Array): { fr: string; en: string } | null {
  for (const { format, bytes: signature, offset = 0 } of SIGNATURES)
    if (bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b))
      return format;
  const head = bytes.subarray(0, TEXT_SNIFF_BYTES);
  // NUL and C0 controls other than tab, line feed and carriage return (and form feed / vertical tab,
  // which some exporters leave) never appear in a CSV.
  for (const byte of head)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c)
      return { fr: 'un fichier binaire', en: 'a binary file' };
  return null;
}
