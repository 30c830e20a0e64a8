import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';

import { FlashStore, SessionStore, TranslatePipe, formErrors, injectFocusOnRender } from '@agora/web-core';
import { ButtonComponent, ControlDirective, ErrorSummaryComponent, FieldComponent } from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

/**
 * GDPR right to erasure (art. 17). Two steps on the page itself rather than a modal dialog: the
 * consequences are read first, then the password and an explicit tick confirm.
 */
@Component({
  selector: 'agora-account-deletion-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
  ],
  template: `
    <section class="section section--danger" aria-labelledby="supprimer">
      <h2 id="supprimer" tabindex="-1">{{ 'account.delete.title' | t }}</h2>
      <p>{{ 'account.delete.text' | t }}</p>
      <ul>
        <li>{{ 'account.delete.consequence1' | t }}</li>
        <li>{{ 'account.delete.consequence2' | t }}</li>
        <li>{{ 'account.delete.consequence3' | t }}</li>
      </ul>
      @if (!confirming()) {
        <button agoraButton variant="danger" type="button" (click)="startConfirming()">
          {{ 'account.delete.start' | t }}
        </button>
      } @else {
        <agora-error-summary
          [summaryId]="errors.summaryId"
          [heading]="'common.errorSummary.title' | t"
          [message]="errors.generalText()"
          [items]="errors.summary()"
        />
        <form class="form" id="supprimer-formulaire" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <agora-field [field]="errors.views().password">
            <input
              [agoraControl]="errors.views().password"
              formControlName="password"
              type="password"
              autocomplete="current-password"
              required
            />
          </agora-field>
          <agora-field [field]="errors.views().understood" layout="choice">
            <input
              [agoraControl]="errors.views().understood"
              formControlName="understood"
              type="checkbox"
              required
            />
          </agora-field>
          <div class="form__actions">
            <button agoraButton variant="danger" type="submit" [busy]="busy()">
              {{ 'account.delete.submit' | t }}
            </button>
            <button agoraButton variant="quiet" type="button" (click)="cancel()">
              {{ 'common.cancel' | t }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
})
export class AccountDeletionSection {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly flash = inject(FlashStore);
  private readonly router = inject(Router);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    understood: [false, Validators.requiredTrue],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      password: { label: 'identity.field.currentPassword', hint: 'account.delete.passwordHint' },
      understood: {
        label: 'account.delete.understood',
        messages: { required: 'common.validation.requiredTrue' },
      },
    },
    'supprimer',
  );
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);

  protected startConfirming(): void {
    this.confirming.set(true);
    this.focusOnRender(this.errors.id('password'));
  }

  protected cancel(): void {
    this.form.reset();
    this.errors.clear();
    this.confirming.set(false);
    this.focusOnRender('supprimer');
  }

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const response = await this.api.deleteAccount({ password: this.form.getRawValue().password });
      this.session.clear();
      this.flash.show(response?.message ?? 'account.delete.done', 'success');
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
