import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, isDevMode, signal } from '@angular/core';

import type { Locale } from '@agora/contracts';

import { coreFr } from './fr.dictionary';
import { MessageParams, Translatable, interpolate, pickLocale } from './message-format';

/** Where the device remembers the chosen language (read also by the start-up script of reading pages). */
export const LOCALE_STORAGE_KEY = 'agora.locale';

type Dictionary = Readonly<Record<string, string>>;
/** An English dictionary fetched on demand: French visitors never download it (issue 7). */
export type DictionaryLoader = () => Promise<Dictionary>;

/**
 * Translates dictionary keys and API texts into the current language. French is the source and the
 * default; the choice of English is remembered on this device. Each feature registers its own
 * dictionaries when its routes load, so a page's strings travel with its lazy chunk; the English ones
 * are separate chunks, fetched only once English is chosen (French shows meanwhile).
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries: Record<Locale, Record<string, string>> = { fr: { ...coreFr }, en: {} };
  private englishLoaders: DictionaryLoader[] = [() => import('./en.dictionary').then((m) => m.coreEn)];
  /** Bumped when English dictionaries arrive, so that what was shown in French meanwhile updates. */
  private readonly englishRevision = signal(0);
  private readonly current = signal<Locale>(this.readStoredLocale() ?? 'fr');

  readonly locale = this.current.asReadonly();

  constructor() {
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
    if (this.current() === 'en') void this.loadEnglish();
  }

  /** Whether the person chose a language on this device (then it wins over the account's). */
  hasStoredChoice(): boolean {
    return this.readStoredLocale() !== null;
  }

  use(locale: Locale, options: { remember: boolean } = { remember: true }): void {
    this.current.set(locale);
    if (locale === 'en') void this.loadEnglish();
    if (options.remember) {
      try {
        this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
      } catch {
        // Private browsing can refuse storage; the choice then lasts for this visit only.
      }
    }
  }

  register(fr: Dictionary, en: Dictionary | DictionaryLoader): void {
    Object.assign(this.dictionaries.fr, fr);
    if (typeof en !== 'function') {
      Object.assign(this.dictionaries.en, en);
      return;
    }
    this.englishLoaders.push(en);
    if (this.current() === 'en') void this.loadEnglish();
  }

  /** Reads the language signal, so templates and computed values follow a language switch. */
  translate(text: Translatable | null | undefined, params?: MessageParams): string {
    const locale = this.current();
    this.englishRevision();
    if (text === null || text === undefined) return '';
    if (typeof text !== 'string') return pickLocale(text, locale);
    const message = this.dictionaries[locale][text] ?? this.dictionaries.fr[text];
    if (message === undefined) {
      if (isDevMode()) console.warn(`[i18n] clé manquante / missing key: ${text}`);
      return text;
    }
    return interpolate(message, params);
  }

  private async loadEnglish(): Promise<void> {
    const loaders = this.englishLoaders;
    if (!loaders.length) return;
    this.englishLoaders = [];
    try {
      for (const dictionary of await Promise.all(loaders.map((load) => load()))) {
        Object.assign(this.dictionaries.en, dictionary);
      }
      this.englishRevision.update((revision) => revision + 1);
    } catch {
      // Offline or a chunk gone after a release: French stays, and the next switch tries again.
      this.englishLoaders.push(...loaders);
    }
  }

  private readStoredLocale(): Locale | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return stored === 'fr' || stored === 'en' ? stored : null;
    } catch {
      return null;
    }
  }
}
