import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';

import { PROPOSAL_IMAGE_MAX_BYTES } from '@agora/contracts';

import { proposalErrors } from './proposal.errors';

/** multer's limits for one image: the size is cut while streaming, before the file is buffered whole. */
export const IMAGE_UPLOAD_LIMITS = {
  fileSize: PROPOSAL_IMAGE_MAX_BYTES,
  files: 1,
  fields: 2,
  fieldSize: 1000,
};

/**
 * Put before FileInterceptor: turns multer's bare "File too large" into the bilingual refusal that
 * tells the person the limit.
 */
@Injectable()
export class ImageUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? proposalErrors.imageTooLarge(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024)
              : error,
          ),
        ),
      );
  }
}
