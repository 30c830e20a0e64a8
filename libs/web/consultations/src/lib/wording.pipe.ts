import { Pipe, PipeTransform, inject } from '@angular/core';

import type { Wording } from '@agora/consultation-rules';
import { TranslationService } from '@agora/web-core';

/**
 * Text an official wrote (`{ fr, en? }`) in the current language, French when it was not translated.
 * Impure for the same reason as the `t` pipe: the language is a signal.
 */
@Pipe({ name: 'wording', pure: false })
export class WordingPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(text: Wording | null | undefined): string {
    if (!text) return '';
    return (this.i18n.locale() === 'en' && text.en) || text.fr;
  }
}
