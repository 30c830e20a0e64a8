import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';

import { TranslationService } from './translation.service';

/** Registers a feature's dictionaries when its lazy routes are entered. */
export function provideTranslations(
  fr: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(fr, en));
}
