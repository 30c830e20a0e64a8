import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { LocalizedText } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, formErrors, injectFocusOnRender } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

@Component({
  selector: 'agora-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'identity.forgot.title' | t" [lead]="'identity.forgot.lead' | t" />
    <div class="narrow">
      @if (sent(); as message) {
        <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
          <p id="oubli-envoye">{{ message | t }}</p>
        </agora-notice>
        <p>{{ 'identity.forgot.sentHelp' | t }}</p>
        <p>
          <a routerLink="/connexion">{{ 'identity.signIn.title' | t }}</a>
        </p>
      } @else {
        <agora-error-summary
          [summaryId]="errors.summaryId"
          [heading]="'common.errorSummary.title' | t"
          [message]="errors.generalText()"
          [items]="errors.summary()"
        />
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <agora-field [field]="errors.views().email">
            <input
              [agoraControl]="errors.views().email"
              formControlName="email"
              type="email"
              autocomplete="email"
              autocapitalize="none"
              spellcheck="false"
              required
            />
          </agora-field>
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'identity.forgot.submit' | t }}</button>
            <a routerLink="/connexion">{{ 'identity.forgot.back' | t }}</a>
          </div>
        </form>
      }
    </div>
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly errors = formErrors(
    this.form,
    { email: { label: 'identity.field.email', hint: 'identity.forgot.emailHint' } },
    'oubli',
  );
  protected readonly busy = signal(false);
  protected readonly sent = signal<LocalizedText | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const response = await this.api.requestPasswordReset({ email: this.form.getRawValue().email.trim() });
      this.sent.set(response.message);
      this.focusOnRender('oubli-envoye');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
