import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { FlashStore, SessionStore, TONE_LABELS, TranslatePipe } from '@agora/web-core';
import { NoticeComponent } from '@agora/web-ui';

import { SiteFooterComponent } from './site-footer.component';
import { SiteHeaderComponent } from './site-header.component';
import { VerificationBannerComponent } from './verification-banner.component';

/** The frame of every page: skip link, header, main landmark, footer. */
@Component({
  selector: 'agora-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    TranslatePipe,
    NoticeComponent,
    SiteHeaderComponent,
    SiteFooterComponent,
    VerificationBannerComponent,
  ],
  template: `
    <a class="skip-link" href="#contenu" (click)="skipToContent($event)">{{ 'shell.skipToContent' | t }}</a>
    <agora-site-header />
    <main id="contenu" class="site-main" tabindex="-1">
      <div class="container">
        @if (flash.message(); as message) {
          <agora-notice class="flash" [tone]="message.tone" [toneLabel]="toneLabels[message.tone] | t">
            <p>{{ message.text | t }}</p>
          </agora-notice>
        }
        <!-- Only people with an unverified address see it: its code stays out of the first load (issue 7). -->
        @if (session.me()?.emailVerified === false) {
          @defer {
            <agora-verification-banner />
          }
        }
        <router-outlet />
      </div>
    </main>
    <agora-site-footer />
  `,
})
export class ShellComponent {
  protected readonly flash = inject(FlashStore);
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  private readonly document = inject(DOCUMENT);

  /** `href="#contenu"` would resolve against `<base href="/">` and leave the page; focus instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('contenu')?.focus();
  }
}
