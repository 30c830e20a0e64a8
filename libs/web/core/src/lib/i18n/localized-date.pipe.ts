import { Pipe, PipeTransform, inject } from '@angular/core';

import { TranslationService } from './translation.service';

const STYLES: Record<'date' | 'dateTime', Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
};

/** Dates in the current language through Intl, so no Angular locale data is bundled. */
@Pipe({ name: 'localizedDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(value: string | null | undefined, style: 'date' | 'dateTime' = 'date'): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    const locale = this.i18n.locale() === 'fr' ? 'fr-FR' : 'en-GB';
    return new Intl.DateTimeFormat(locale, STYLES[style]).format(date);
  }
}
