import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import type { LocalizedText } from '@agora/contracts';
import { AppError, SessionApi, SessionStore, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { ButtonComponent, NoticeComponent } from '@agora/web-ui';

/**
 * Reminds a signed-in person whose address is not verified yet (the API lets them in, but refuses
 * what needs a verified address) and sends the link again on request.
 */
@Component({
  selector: 'agora-verification-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ButtonComponent, NoticeComponent],
  template: `
    @if (session.me(); as me) {
      @if (!me.emailVerified) {
        <agora-notice tone="warning" [toneLabel]="toneLabels.warning | t" [live]="false">
          <p>{{ 'shell.unverified.text' | t: { email: me.email } }}</p>
          <div class="live-region" aria-live="polite">
            @if (sent(); as message) {
              <p>{{ message | t }}</p>
            }
            @if (error(); as error) {
              <p>{{ error.message | t }}</p>
            }
          </div>
          <button agoraButton variant="secondary" type="button" [busy]="busy()" (click)="resend()">
            {{ 'shell.unverified.resend' | t }}
          </button>
        </agora-notice>
      }
    }
  `,
})
export class VerificationBannerComponent {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(SessionApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly busy = signal(false);
  protected readonly sent = signal<LocalizedText | null>(null);
  protected readonly error = signal<AppError | null>(null);

  protected async resend(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.sent.set(null);
    this.error.set(null);
    try {
      this.sent.set((await this.api.resendVerification()).message);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
