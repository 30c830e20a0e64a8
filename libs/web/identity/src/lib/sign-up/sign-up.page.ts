import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { LocalizedText } from '@agora/contracts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
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
  selector: 'agora-sign-up-page',
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
  templateUrl: './sign-up.page.html',
})
export class SignUpPage {
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(TranslationService);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(80)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
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
      displayName: { label: 'identity.field.displayName', hint: 'identity.field.displayNameHint' },
      email: { label: 'identity.field.email', hint: 'identity.signUp.emailHint' },
      password: {
        label: 'identity.field.password',
        hint: 'identity.field.newPasswordHint',
        hintParams: { min: PASSWORD_MIN_LENGTH },
      },
    },
    'inscription',
  );
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly done = signal<{ message: LocalizedText; email: string } | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const { displayName, email, password } = this.form.getRawValue();
      const response = await this.api.signUp({
        displayName: displayName.trim(),
        email: email.trim(),
        password,
        locale: this.i18n.locale(),
      });
      this.done.set({ message: response.message, email: email.trim() });
      this.focusOnRender('inscription-envoyee');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
