import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

import { accessErrors } from './access.errors';
import { isUuid } from './id.rule';

/** `@Param('id', IdPipe)`: a malformed id is refused with a 400 in French and English, never a 500. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUuid(value)) throw accessErrors.invalidId(metadata.data ?? 'id');
    return value.toLowerCase();
  }
}
