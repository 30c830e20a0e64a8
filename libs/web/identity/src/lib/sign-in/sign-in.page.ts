import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { FlashStore, SessionStore, TranslatePipe, formErrors, safeReturnUrl } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  PageHeaderComponent,
  ShowPasswordComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

@Component({
  selector: 'agora-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    PageHeaderComponent,
    ShowPasswordComponent,
  ],
  templateUrl: './sign-in.page.html',
})
export class SignInPage {
  /** `?retour=/mon-compte`: where to go once signed in. */
  readonly retour = input<string>();

  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly errors = formErrors(
    this.form,
    { email: { label: 'identity.field.email' }, password: { label: 'identity.field.password' } },
    'connexion',
  );
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly notVerified = signal(false);

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    this.notVerified.set(false);
    try {
      const { email, password } = this.form.getRawValue();
      this.session.signedInAs(await this.api.signIn({ email: email.trim(), password }));
      this.flash.show('identity.signIn.done', 'success');
      await this.router.navigateByUrl(safeReturnUrl(this.retour()));
    } catch (error) {
      const appError = this.errors.showApiError(error);
      this.notVerified.set(appError.code === 'EMAIL_NOT_VERIFIED');
    } finally {
      this.busy.set(false);
    }
  }
}
