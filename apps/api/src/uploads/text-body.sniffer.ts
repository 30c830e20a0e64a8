import { HttpStatus } from '@nestjs/common';

import { DomainError } from '../errors/domain.error';
import { binaryFormatOf } from './text-content.rule';

export const notTextError = (format: { fr: string; en: string }) =>
  new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UPLOAD_NOT_TEXT', {
    fr: `Ce fichier n’est pas un fichier CSV : son contenu est ${format.fr}. Enregistrez la liste au format CSV (texte) et renvoyez-la.`,
    en: `This file is not a CSV file: its content is ${format.en}. Save the list as CSV (text) and send it again.`,
  });

/** Refuses text whose characters betray a binary file (a CSV sent inside a JSON body). */
export function assertTextContent(text: string): void {
  const format = binaryFormatOf(Buffer.from(text.slice(0, 4096), 'latin1'));
  if (format) throw notTextError(format);
}

/**
 * Passes a streamed upload (a `text/csv` body) on to its importer, checking the first bytes as they
 * arrive: a PNG named .csv is refused (415) before a single line is read, whatever the name or the
 * Content-Type said. The rest flows through untouched.
 */
export async function* checkedTextStream(
  body: AsyncIterable<Buffer | string>,
): AsyncGenerator<Buffer | string> {
  let head = Buffer.alloc(0);
  let checked = false;
  for await (const chunk of body) {
    if (!checked) {
      head = Buffer.concat([head, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk]);
      // Enough bytes to recognise a signature (WebP's is at offset 8), or the whole of a small file.
      if (head.length < 16) continue;
      const format = binaryFormatOf(head);
      if (format) throw notTextError(format);
      checked = true;
      yield head;
      continue;
    }
    yield chunk;
  }
  if (!checked && head.length > 0) {
    const format = binaryFormatOf(head);
    if (format) throw notTextError(format);
    yield head;
  }
}
