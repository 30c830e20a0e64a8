import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { MessageParams } from '../i18n/message-format';
import { TranslationService } from '../i18n/translation.service';

interface TitleSource {
  key: string;
  params?: MessageParams;
}

/**
 * Route titles are dictionary keys (`title: 'identity.signIn.title'`). The tab title follows the
 * language switch, and a page can name what it shows (`Modifier : Aulnay`) once its data arrives.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslationService);
  private readonly source = signal<TitleSource | null>(null);

  constructor() {
    super();
    effect(() => {
      const source = this.source();
      const text = source ? this.i18n.translate(source.key, source.params) : '';
      this.title.setTitle(text ? `${text} – Agora` : 'Agora');
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.source.set(key ? { key } : null);
  }

  /** Replaces the route's title for the current page. */
  setPageTitle(key: string, params?: MessageParams): void {
    this.source.set({ key, params });
  }
}
