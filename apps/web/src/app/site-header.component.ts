import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';

import type { Locale } from '@agora/contracts';
import { FlashStore, SessionStore, TranslatePipe, TranslationService } from '@agora/web-core';

const OTHER_LANGUAGE: Record<Locale, { locale: Locale; name: string }> = {
  fr: { locale: 'en', name: 'English' },
  en: { locale: 'fr', name: 'Français' },
};

/** The features every resident can open, in the menu's order. */
const FEATURE_LINKS = [
  { path: '/consultations', label: 'shell.nav.consultations' },
  { path: '/travaux', label: 'shell.nav.works' },
  { path: '/idees', label: 'shell.nav.ideas' },
] as const;

@Component({
  selector: 'agora-site-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './site-header.component.html',
})
export class SiteHeaderComponent {
  protected readonly featureLinks = FEATURE_LINKS;
  protected readonly session = inject(SessionStore);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly signingOut = signal(false);

  /** The switch names the other language in that language (`lang` set on the button). */
  protected readonly otherLanguage = computed(() => OTHER_LANGUAGE[this.i18n.locale()]);

  protected switchLanguage(): void {
    void this.session.changeLocale(this.otherLanguage().locale);
  }

  protected async signOut(): Promise<void> {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    try {
      await this.session.signOut();
      this.flash.show('shell.signedOut', 'success');
      await this.router.navigateByUrl('/');
    } catch {
      this.flash.show('errors.signOutFailed', 'error');
    } finally {
      this.signingOut.set(false);
    }
  }
}
