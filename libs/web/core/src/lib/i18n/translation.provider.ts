import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';

import { DictionaryLoader, TranslationService } from './translation.service';

/**
 * Registers a feature's dictionaries when its lazy routes are entered. Pass the English one as a
 * loader, `() => import('./i18n/en.dictionary').then((m) => m.featureEn)`, so that it becomes a chunk
 * of its own that only English readers download.
 */
export function provideTranslations(
  fr: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>> | DictionaryLoader,
): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(fr, en));
}
