import { Pipe, PipeTransform, inject } from '@angular/core';

import { formatEuros } from './money.format';
import { TranslationService } from './translation.service';

/** `project.costCents | euros`, in the current language. Impure: the language is a signal. */
@Pipe({ name: 'euros', pure: false })
export class EurosPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(cents: number | null | undefined): string {
    return cents === null || cents === undefined ? '' : formatEuros(cents, this.i18n.locale());
  }
}
