import { DOCUMENT } from '@angular/common';
import {
  Injectable,
  InjectionToken,
  PendingTasks,
  PLATFORM_ID,
  TransferState,
  effect,
  inject,
  isDevMode,
  makeStateKey,
  signal,
} from '@angular/core';
import { isPlatformBrowser } from '@angular/common';

import type { Locale } from '@agora/contracts';

import { coreFr } from './fr.dictionary';
import { MessageParams, Translatable, interpolate, pickLocale } from './message-format';

/** Where the device remembers the chosen language (read also by the start-up script of reading pages). */
export const LOCALE_STORAGE_KEY = 'agora.locale';
/** The same choice for the server, which renders public pages in it (the API reads this cookie). */
export const LOCALE_COOKIE = 'agora_locale';

/** On the server: the language to render the page in (the visitor's LOCALE_COOKIE), if any. */
export const RENDER_LOCALE = new InjectionToken<Locale | null>('RENDER_LOCALE', { factory: () => null });

/**
 * The English strings a server render used, handed to the browser with the page so that it hydrates
 * in English at once rather than showing French until its English chunks arrive.
 */
const RENDERED_ENGLISH = makeStateKey<Record<string, string>>('agora.renderedEnglish');

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
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly transfer = inject(TransferState);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly dictionaries: Record<Locale, Record<string, string>> = {
    fr: { ...coreFr },
    en: { ...this.transfer.get(RENDERED_ENGLISH, {}) },
  };
  private englishLoaders: DictionaryLoader[] = [() => import('./en.dictionary').then((m) => m.coreEn)];
  /** Bumped when English dictionaries arrive, so that what was shown in French meanwhile updates. */
  private readonly englishRevision = signal(0);
  /** On the server, the language the visitor chose on their device (its cookie), if any. */
  private readonly renderLocale = this.browser ? null : inject(RENDER_LOCALE);
  private readonly current = signal<Locale>(
    (this.browser ? this.readStoredLocale() : this.renderLocale) ?? 'fr',
  );

  readonly locale = this.current.asReadonly();

  constructor() {
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
    if (this.current() === 'en') void this.loadEnglish();
    // A device that chose before the cookie existed: tell the server too.
    const stored = this.browser ? this.readStoredLocale() : null;
    if (stored) this.writeCookie(stored);
  }

  /** Whether the person chose a language on this device (then it wins over the account's). */
  hasStoredChoice(): boolean {
    return (this.browser ? this.readStoredLocale() : this.renderLocale) !== null;
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
      this.writeCookie(locale);
    }
  }

  /** A preference, not personal data: no expiry shorter than a year, readable by the server only for rendering. */
  private writeCookie(locale: Locale): void {
    if (!this.browser) return;
    const secure = this.document.location?.protocol === 'https:' ? '; Secure' : '';
    this.document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
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
    // On the server, the page is not written out before its English strings are there.
    const done = this.pendingTasks.add();
    try {
      for (const dictionary of await Promise.all(loaders.map((load) => load()))) {
        Object.assign(this.dictionaries.en, dictionary);
      }
      if (!this.browser) this.transfer.set(RENDERED_ENGLISH, this.dictionaries.en);
      this.englishRevision.update((revision) => revision + 1);
    } catch {
      // Offline or a chunk gone after a release: French stays, and the next switch tries again.
      this.englishLoaders.push(...loaders);
    } finally {
      done();
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
