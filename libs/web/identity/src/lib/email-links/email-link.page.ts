import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { LocalizedText } from '@agora/contracts';
import { AppError, SessionStore, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

type LinkKind = 'verify' | 'change';

const TEXTS: Record<
  LinkKind,
  { title: string; lead: string; working: string; next: string; failedHelp: string }
> = {
  verify: {
    title: 'identity.verifyEmail.title',
    lead: 'identity.verifyEmail.lead',
    working: 'identity.verifyEmail.working',
    next: 'identity.verifyEmail.next',
    failedHelp: 'identity.verifyEmail.failedHelp',
  },
  change: {
    title: 'identity.confirmEmail.title',
    lead: 'identity.confirmEmail.lead',
    working: 'identity.confirmEmail.working',
    next: 'identity.confirmEmail.next',
    failedHelp: 'identity.confirmEmail.failedHelp',
  },
};

/**
 * The page an e-mail link opens (`/verifier-email?token=…`, `/confirmer-email?token=…`). It sends
 * the token as soon as it opens: mail scanners that pre-fetch links do not run scripts, so only a
 * person's visit confirms.
 */
@Component({
  selector: 'agora-email-link-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="texts().title | t" [lead]="texts().lead | t" />
    <div class="narrow">
      @switch (state().status) {
        @case ('working') {
          <agora-loading [text]="texts().working | t" />
        }
        @case ('done') {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
            <p>{{ doneMessage() | t }}</p>
          </agora-notice>
          <p>
            @if (session.signedIn()) {
              <a agoraButton routerLink="/mon-compte">{{ 'identity.emailLink.toAccount' | t }}</a>
            } @else {
              <a routerLink="/connexion">{{ texts().next | t }}</a>
            }
          </p>
        }
        @case ('failed') {
          <agora-notice tone="error" [toneLabel]="toneLabels.error | t">
            <p>{{ failure()?.message | t }}</p>
          </agora-notice>
          <p>{{ texts().failedHelp | t }}</p>
          <ul class="link-list">
            <li>
              <a routerLink="/connexion">{{ 'identity.signIn.title' | t }}</a>
            </li>
            <li>
              <a routerLink="/">{{ 'notFound.home' | t }}</a>
            </li>
          </ul>
        }
      }
    </div>
  `,
})
export class EmailLinkPage implements OnInit {
  readonly token = input<string>();
  /** From the route's data: which kind of link this page confirms. */
  readonly kind = input<LinkKind>('verify');

  private readonly api = inject(IdentityApi);
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly texts = computed(() => TEXTS[this.kind()]);
  protected readonly state = signal<
    { status: 'working' } | { status: 'done'; message: LocalizedText } | { status: 'failed'; error: AppError }
  >({ status: 'working' });
  protected readonly doneMessage = computed(() => {
    const state = this.state();
    return state.status === 'done' ? state.message : null;
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  });

  async ngOnInit(): Promise<void> {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set({
        status: 'failed',
        error: { status: 400, code: 'TOKEN_MISSING', message: 'identity.emailLink.missingToken', fields: [] },
      });
      return;
    }
    try {
      const response =
        this.kind() === 'change'
          ? await this.api.confirmEmailChange(token)
          : await this.api.verifyEmail(token);
      if (this.session.signedIn()) await this.session.refresh();
      this.state.set({ status: 'done', message: response.message });
    } catch (error) {
      this.state.set({ status: 'failed', error: toAppError(error) });
    }
  }
}
