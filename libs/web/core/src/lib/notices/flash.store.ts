import { Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

import { Translatable } from '../i18n/message-format';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/** The tone written out for screen readers, since colour alone must not carry it. */
export const TONE_LABELS: Record<NoticeTone, string> = {
  info: 'common.tone.info',
  success: 'common.tone.success',
  warning: 'common.tone.warning',
  error: 'common.tone.error',
};

export interface FlashMessage {
  text: Translatable;
  tone: NoticeTone;
}

/**
 * A message that outlives one navigation: "you are signed out" shown on the page the person lands
 * on, then gone after the next navigation.
 */
@Injectable({ providedIn: 'root' })
export class FlashStore {
  private readonly current = signal<FlashMessage | null>(null);
  private navigationsLeft = 0;

  readonly message = this.current.asReadonly();

  constructor() {
    inject(Router).events.subscribe((event) => {
      if (!(event instanceof NavigationEnd) || this.current() === null) return;
      if (this.navigationsLeft > 0) this.navigationsLeft -= 1;
      else this.current.set(null);
    });
  }

  show(text: Translatable, tone: NoticeTone = 'info'): void {
    this.current.set({ text, tone });
    this.navigationsLeft = 1;
  }

  dismiss(): void {
    this.current.set(null);
  }
}
