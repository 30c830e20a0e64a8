import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { EligibilityCheck } from '@agora/contracts';
import { TranslatePipe, formErrors } from '@agora/web-core';
import { ButtonComponent, ControlDirective, ErrorSummaryComponent, FieldComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';

/**
 * For a process with a census list: the resident finds their entry (name, first name, birth date).
 * The API stores only salted hashes, and an entry can be matched by one account only.
 */
@Component({
  selector: 'agora-census-match-section',
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
    <section class="section" aria-labelledby="recensement-titre">
      <h2 id="recensement-titre">{{ 'budgets.census.title' | t }}</h2>
      <p class="prose">{{ 'budgets.census.lead' | t }}</p>
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().lastName">
          <input
            [agoraControl]="errors.views().lastName"
            formControlName="lastName"
            type="text"
            autocomplete="family-name"
            maxlength="100"
            required
          />
        </agora-field>
        <agora-field [field]="errors.views().firstName">
          <input
            [agoraControl]="errors.views().firstName"
            formControlName="firstName"
            type="text"
            autocomplete="given-name"
            maxlength="100"
            required
          />
        </agora-field>
        <agora-field [field]="errors.views().birthDate">
          <input
            [agoraControl]="errors.views().birthDate"
            formControlName="birthDate"
            type="date"
            autocomplete="bday"
            required
          />
        </agora-field>
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'budgets.census.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class CensusMatchSection {
  readonly processId = input.required<string>();
  readonly matched = output<EligibilityCheck>();

  private readonly api = inject(BudgetsApi);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    birthDate: ['', [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      lastName: { label: 'budgets.census.lastName' },
      firstName: { label: 'budgets.census.firstName' },
      birthDate: { label: 'budgets.census.birthDate', hint: 'budgets.census.birthDateHint' },
    },
    'recensement',
  );

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const { lastName, firstName, birthDate } = this.form.getRawValue();
      this.matched.emit(
        await this.api.matchCensus(this.processId(), {
          lastName: lastName.trim(),
          firstName: firstName.trim(),
          birthDate,
        }),
      );
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
