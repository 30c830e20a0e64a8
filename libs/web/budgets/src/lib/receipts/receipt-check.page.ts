import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { ReceiptCheck } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, formErrors, injectFocusOnRender } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';

/** `/verifier-recepisse`: anyone checks that a ballot is in the published file, and what it says. */
@Component({
  selector: 'agora-receipt-check-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'budgets.check.title' | t" [lead]="'budgets.check.lead' | t" />
    <div class="narrow">
      <agora-error-summary
        [summaryId]="errors.summaryId"
        [heading]="'common.errorSummary.title' | t"
        [message]="errors.generalText()"
        [items]="errors.summary()"
      />
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <agora-field [field]="errors.views().code">
          <input
            [agoraControl]="errors.views().code"
            formControlName="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="40"
            required
          />
        </agora-field>
        <div class="form__actions">
          <button agoraButton type="submit" [busy]="busy()">{{ 'budgets.check.submit' | t }}</button>
        </div>
      </form>
    </div>

    @if (result(); as result) {
      <section class="section" aria-labelledby="verification-resultat">
        <h2 id="verification-resultat" tabindex="-1">{{ 'budgets.check.foundTitle' | t }}</h2>
        <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [live]="false">
          <p>{{ 'budgets.check.found' | t: { name: result.budgetName } }}</p>
        </agora-notice>
        <dl class="facts">
          <div>
            <dt>{{ 'budgets.check.envelope' | t }}</dt>
            <dd>{{ result.budgetName }}</dd>
          </div>
          <div>
            <dt>{{ 'budgets.check.voterId' | t }}</dt>
            <dd>
              <code>{{ result.voterId }}</code>
            </dd>
          </div>
          <div>
            <dt>{{ 'budgets.check.content' | t }}</dt>
            <dd>
              @if (result.projects.length) {
                <ul class="plain-list">
                  @for (project of result.projects; track project.id) {
                    <li>
                      {{ project.title }}
                      @if (project.points !== null) {
                        — {{ 'budgets.confirm.points' | t: { points: project.points } }}
                      }
                    </li>
                  }
                </ul>
              } @else {
                {{ 'budgets.check.emptyBallot' | t }}
              }
            </dd>
          </div>
          @if (result.file; as file) {
            <div>
              <dt>{{ 'budgets.check.file' | t }}</dt>
              <dd>
                <a [href]="file.url" download>{{ file.filename }}</a><br />
                <span class="muted">{{ 'budgets.results.sha' | t }}</span>
                <code class="muted">{{ file.sha256 }}</code>
              </dd>
            </div>
          }
        </dl>
        <p class="prose">{{ 'budgets.check.howToFind' | t: { voterId: result.voterId } }}</p>
      </section>
    }
  `,
})
export class ReceiptCheckPage {
  /** `?code=` pre-fills the form, e.g. from a link in the receipt e-mail. */
  readonly code = input<string>();

  private readonly api = inject(BudgetsApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(40)]],
  });
  protected readonly errors = formErrors(
    this.form,
    { code: { label: 'budgets.check.codeLabel', hint: 'budgets.check.codeHint' } },
    'verification',
  );
  protected readonly busy = signal(false);
  protected readonly result = signal<ReceiptCheck | null>(null);

  constructor() {
    effect(() => {
      const code = this.code();
      if (code) untracked(() => this.form.controls.code.setValue(code));
    });
  }

  protected async submit(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    this.result.set(null);
    try {
      this.result.set(await this.api.receipt(this.form.getRawValue().code.trim().toUpperCase()));
      this.focusOnRender('verification-resultat');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
