import { Pipe, PipeTransform, inject } from '@angular/core';

import { MessageParams, Translatable } from './message-format';
import { TranslationService } from './translation.service';

/**
 * `'home.title' | t` or `apiMessage | t`. Impure on purpose: the language is a signal read inside
 * `transform`, and a pure pipe would keep the old language's text for an unchanged key.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(text: Translatable | null | undefined, params?: MessageParams): string {
    return this.i18n.translate(text, params);
  }
}
