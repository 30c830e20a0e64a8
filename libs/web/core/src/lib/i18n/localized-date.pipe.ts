import { Pipe, PipeTransform, inject } from '@angular/core';

import { DISPLAY_TIME_ZONE } from '../ssr/display-time-zone';
import { formatDateTime, formatLongDate } from './date.format';
import { TranslationService } from './translation.service';

/** Dates in the current language, as Intl writes them, without Angular's locale data nor Intl's start-up cost. */
@Pipe({ name: 'localizedDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);
  private readonly timeZone = inject(DISPLAY_TIME_ZONE);

  transform(value: string | null | undefined, style: 'date' | 'dateTime' = 'date'): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    const locale = this.i18n.locale();
    return style === 'date'
      ? formatLongDate(date, locale, this.timeZone)
      : formatDateTime(date, locale, this.timeZone);
  }
}
