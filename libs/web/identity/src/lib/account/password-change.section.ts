import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { LocalizedText } from '@agora/contracts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  TONE_LABELS,
  TranslatePipe,
  formErrors,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  ShowPasswordComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

@Component({
  selector: 'agora-password-change-section',
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
    <section class="section" aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe" tabindex="-1">{{ 'account.password.title' | t }}</h2>
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <div class="live-region" aria-live="polite">
        @if (changed(); as message) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
            <p>{{ message | t }}</p>
          </agora-notice>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().currentPassword">
          <input
            [agoraControl]="errors.views().currentPassword"
            formControlName="currentPassword"
            [type]="showPasswords() ? 'text' : 'password'"
            autocomplete="current-password"
            required
          />
        </agora-field>
        <agora-field [field]="errors.views().newPassword">
          <input
            [agoraControl]="errors.views().newPassword"
            formControlName="newPassword"
            [type]="showPasswords() ? 'text' : 'password'"
            autocomplete="new-password"
            required
          />
        </agora-field>
        <agora-show-password
          checkboxId="mot-de-passe-afficher"
          [controls]="errors.views().currentPassword.id + ' ' + errors.views().newPassword.id"
          [label]="'identity.field.showPasswords' | t"
          [(shown)]="showPasswords"
        />
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'account.password.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class PasswordChangeSection {
  private readonly api = inject(IdentityApi);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      currentPassword: { label: 'identity.field.currentPassword' },
      newPassword: {
        label: 'identity.field.newPassword',
        hint: 'identity.field.newPasswordHint',
        hintParams: { min: PASSWORD_MIN_LENGTH },
      },
    },
    'mot-de-passe',
  );
  protected readonly busy = signal(false);
  protected readonly showPasswords = signal(false);
  protected readonly changed = signal<LocalizedText | null>(null);

  protected async submit(): Promise<void> {
    this.changed.set(null);
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const response = await this.api.changePassword(this.form.getRawValue());
      this.form.reset();
      this.changed.set(response.message);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
