import { computed, signal } from '@angular/core';

import type { ResponseError } from '@agora/consultation-rules';
import { toAppError, type AppError, type TranslationService } from '@agora/web-core';

import { responseErrorsOf } from './response-errors.map';

/**
 * Sending answers (online, as a draft or at the counter): one request at a time, and what the API
 * refused, ready for the answer form (per question, and a message for the whole form).
 */
export class ResponseSubmission {
  readonly busy = signal(false);
  readonly errors = signal<ResponseError[]>([]);
  private readonly failure = signal<AppError | null>(null);
  readonly generalError = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.translate(failure.message) : null;
  });

  constructor(private readonly i18n: TranslationService) {}

  /** Runs `send` unless a request is under way; true when it went through. */
  async run(send: () => Promise<void>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.errors.set([]);
    this.failure.set(null);
    try {
      await send();
      return true;
    } catch (error) {
      const appError = toAppError(error);
      this.errors.set(responseErrorsOf(appError));
      this.failure.set(appError);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
