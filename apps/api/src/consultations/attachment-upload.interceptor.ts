import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';

import { consultationErrors } from './consultation.errors';

/** Put before FileInterceptor: multer's bare "File too large" becomes the bilingual refusal with the rules. */
@Injectable()
export class AttachmentUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException ? consultationErrors.attachmentInvalid() : error,
          ),
        ),
      );
  }
}
