import { Pipe, PipeTransform, inject } from '@angular/core';

import { TranslationService } from '@agora/web-core';

/** `work.estimatedCostCents | money`: euros in the current language, cents only when there are some. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(cents: number | null | undefined): string {
    if (cents === null || cents === undefined) return '';
    return new Intl.NumberFormat(this.i18n.locale() === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
    }).format(cents / 100);
  }
}
