import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { LocalizedText, Me } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, formErrors } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  ShowPasswordComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

/** A new address takes effect only once the link sent to it is followed (`/confirmer-email`). */
@Component({
  selector: 'agora-email-change-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
    ShowPasswordComponent,
  ],
  template: `
    <section class="section" aria-labelledby="adresse-e-mail">
      <h2 id="adresse-e-mail" tabindex="-1">{{ 'account.email.title' | t }}</h2>
      <p>{{ 'account.email.current' | t: { email: me().email } }}</p>
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <div class="live-region" aria-live="polite">
        @if (sent(); as message) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
            <p>{{ message | t }}</p>
          </agora-notice>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().newEmail">
          <input
            [agoraControl]="errors.views().newEmail"
            formControlName="newEmail"
            type="email"
            autocomplete="email"
            autocapitalize="none"
            spellcheck="false"
            required
          />
        </agora-field>
        <agora-field [field]="errors.views().password">
          <input
            [agoraControl]="errors.views().password"
            formControlName="password"
            [type]="showPassword() ? 'text' : 'password'"
            autocomplete="current-password"
            required
          />
        </agora-field>
        <agora-show-password
          checkboxId="adresse-e-mail-afficher"
          [controls]="errors.views().password.id"
          [label]="'identity.field.showPassword' | t"
          [(shown)]="showPassword"
        />
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'account.email.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class EmailChangeSection {
  readonly me = input.required<Me>();

  private readonly api = inject(IdentityApi);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    newEmail: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', Validators.required],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      newEmail: { label: 'account.email.new', hint: 'account.email.newHint' },
      password: { label: 'identity.field.currentPassword', hint: 'account.email.passwordHint' },
    },
    'adresse-e-mail',
  );
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly sent = signal<LocalizedText | null>(null);

  protected async submit(): Promise<void> {
    this.sent.set(null);
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const { newEmail, password } = this.form.getRawValue();
      const response = await this.api.changeEmail({ newEmail: newEmail.trim(), password });
      this.form.reset();
      this.sent.set(response.message);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
