import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { LocalizedText } from '@agora/contracts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  TONE_LABELS,
  TranslatePipe,
  formErrors,
  injectFocusOnRender,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  PageHeaderComponent,
  ShowPasswordComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

@Component({
  selector: 'agora-reset-password-page',
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
    ShowPasswordComponent,
  ],
  template: `
    <agora-page-header [heading]="'identity.reset.title' | t" [lead]="'identity.reset.lead' | t" />
    <div class="narrow">
      @if (!token()) {
        <agora-notice tone="error" [toneLabel]="toneLabels.error | t">
          <p>{{ 'identity.emailLink.missingToken' | t }}</p>
        </agora-notice>
        <p>
          <a routerLink="/mot-de-passe-oublie">{{ 'identity.reset.again' | t }}</a>
        </p>
      } @else if (done(); as message) {
        <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
          <p id="reinitialisation-faite">{{ message | t }}</p>
        </agora-notice>
        <p>
          <a agoraButton routerLink="/connexion">{{ 'identity.signIn.title' | t }}</a>
        </p>
      } @else {
        <agora-error-summary
          [summaryId]="errors.summaryId"
          [heading]="'common.errorSummary.title' | t"
          [message]="errors.generalText()"
          [items]="errors.summary()"
        />
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <agora-field [field]="errors.views().password">
            <input
              [agoraControl]="errors.views().password"
              formControlName="password"
              [type]="showPassword() ? 'text' : 'password'"
              autocomplete="new-password"
              required
            />
          </agora-field>
          <agora-show-password
            checkboxId="reinitialisation-afficher"
            [controls]="errors.views().password.id"
            [label]="'identity.field.showPassword' | t"
            [(shown)]="showPassword"
          />
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'identity.reset.submit' | t }}</button>
          </div>
        </form>
        @if (errors.hasErrors()) {
          <p>
            <a routerLink="/mot-de-passe-oublie">{{ 'identity.reset.again' | t }}</a>
          </p>
        }
      }
    </div>
  `,
})
export class ResetPasswordPage {
  readonly token = input<string>();

  private readonly api = inject(IdentityApi);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
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
      password: {
        label: 'identity.field.newPassword',
        hint: 'identity.field.newPasswordHint',
        hintParams: { min: PASSWORD_MIN_LENGTH },
      },
    },
    'reinitialisation',
  );
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly done = signal<LocalizedText | null>(null);

  protected async submit(): Promise<void> {
    const token = this.token();
    if (!token || this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const response = await this.api.confirmPasswordReset({
        token,
        password: this.form.getRawValue().password,
      });
      this.done.set(response.message);
      this.focusOnRender('reinitialisation-faite');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
