import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { Me, RoleName } from '@agora/contracts';
import { LocalizedDatePipe, SessionStore, TONE_LABELS, TranslatePipe, formErrors } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
} from '@agora/web-ui';

import { IdentityApi } from '../identity.api';

const ROLE_LABELS: Record<RoleName, string> = {
  citizen: 'common.role.citizen',
  staff: 'common.role.staff',
  official: 'common.role.official',
  admin: 'common.role.admin',
};

@Component({
  selector: 'agora-profile-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
  ],
  template: `
    <section class="section" aria-labelledby="profil">
      <h2 id="profil" tabindex="-1">{{ 'account.profile.title' | t }}</h2>
      <dl class="facts">
        <div>
          <dt>{{ 'identity.field.email' | t }}</dt>
          <dd>{{ me().email }}</dd>
        </div>
        <div>
          <dt>{{ 'account.profile.memberSince' | t }}</dt>
          <dd>{{ me().createdAt | localizedDate }}</dd>
        </div>
        <div>
          <dt>{{ 'account.profile.roles' | t }}</dt>
          <dd>
            @if (me().roles.length) {
              <ul class="plain-list">
                @for (grant of me().roles; track grant.id) {
                  <li>
                    {{
                      'account.profile.role'
                        | t: { role: (roleLabels[grant.role] | t), territory: grant.territoryName }
                    }}
                  </li>
                }
              </ul>
            } @else {
              {{ 'common.role.citizen' | t }}
            }
          </dd>
        </div>
      </dl>

      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <div class="live-region" aria-live="polite">
        @if (saved()) {
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
            <p>{{ 'account.profile.saved' | t }}</p>
          </agora-notice>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().displayName">
          <input
            [agoraControl]="errors.views().displayName"
            formControlName="displayName"
            type="text"
            autocomplete="nickname"
            maxlength="80"
            required
          />
        </agora-field>
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'account.profile.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ProfileSection {
  readonly me = input.required<Me>();

  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(80)]],
  });
  protected readonly errors = formErrors(
    this.form,
    { displayName: { label: 'identity.field.displayName', hint: 'identity.field.displayNameHint' } },
    'profil',
  );
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);

  constructor() {
    // Only when the name itself changes, so saving another section does not undo what is being typed.
    const savedName = computed(() => this.me().displayName);
    effect(() => this.form.controls.displayName.setValue(savedName()));
  }

  protected async submit(): Promise<void> {
    this.saved.set(false);
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      this.session.signedInAs(
        await this.api.updateProfile({ displayName: this.form.getRawValue().displayName.trim() }),
      );
      this.saved.set(true);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
