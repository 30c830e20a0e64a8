import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { EligibilityCheck } from '@agora/contracts';
import { TranslatePipe, formErrors } from '@agora/web-core';
import { ButtonComponent, ControlDirective, ErrorSummaryComponent, FieldComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';

/**
 * For a vote with a minimum age where an e-mail check suffices: the resident gives their birth date
 * once. The API keeps only the day they are old enough, never the date, and never in the ballot box.
 */
@Component({
  selector: 'agora-age-declaration-section',
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
    <section class="section" aria-labelledby="age-titre">
      <h2 id="age-titre">{{ 'budgets.age.title' | t }}</h2>
      <p class="prose">{{ 'budgets.age.lead' | t }}</p>
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
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
          <button agoraButton type="submit" [busy]="busy()">{{ 'budgets.age.submit' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class AgeDeclarationSection {
  readonly processId = input.required<string>();
  readonly declared = output<EligibilityCheck>();

  private readonly api = inject(BudgetsApi);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    birthDate: ['', [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      birthDate: { label: 'budgets.age.birthDate', hint: 'budgets.age.birthDateHint' },
    },
    'age',
  );

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const { birthDate } = this.form.getRawValue();
      this.declared.emit(await this.api.declareAge(this.processId(), { birthDate }));
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
