import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import type { ResidenceRule, Verification } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, formErrors, injectFocusOnRender } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { StaffNavComponent } from '../staff-nav.component';
import { BuilderApi } from './builder.api';
import { injectBuilderProcess } from './builder-process.inject';

const RESIDENCES: ReadonlyArray<{ rule: ResidenceRule; label: string }> = [
  { rule: 'territory', label: 'budgets.builder.eligibility.residenceTerritory' },
  { rule: 'census', label: 'budgets.builder.eligibility.residenceCensus' },
];
const VERIFICATIONS: ReadonlyArray<{ verification: Verification; label: string; hint: string }> = [
  { verification: 'email', label: 'budgets.builder.eligibility.email', hint: 'budgets.builder.eligibility.emailHint' },
  { verification: 'census', label: 'budgets.builder.eligibility.census', hint: 'budgets.builder.eligibility.censusHint' },
  { verification: 'in_person', label: 'budgets.builder.eligibility.inPerson', hint: 'budgets.builder.eligibility.inPersonHint' },
];

/**
 * `/gestion/budgets/:slug/eligibilite`: who may vote — a minimum age, where one must live (any
 * quartier of the territory, or the census list) and which checks of identity count. Part of the
 * rules: locked by the first ballot.
 */
@Component({
  selector: 'agora-eligibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header [heading]="'budgets.builder.eligibility.title' | t" [lead]="process.page()?.process?.title ?? ''" />

    @if (process.error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (process.page(); as page) {
      <section class="section" aria-labelledby="eligibilite-actuelle">
        <h2 id="eligibilite-actuelle" tabindex="-1">{{ 'budgets.builder.eligibility.current' | t }}</h2>
        <p class="prose" role="status" aria-live="polite">{{ page.eligibility.text | t }}</p>
        @if (needsCensus()) {
          <p>
            <a [routerLink]="['/gestion/budgets', slug(), 'habitants']">{{ 'budgets.builder.eligibility.censusLink' | t }}</a>
          </p>
        }
      </section>

      @if (process.locked()) {
        <agora-notice tone="warning" [toneLabel]="toneLabels.warning | t"><p>{{ 'budgets.builder.locked' | t }}</p></agora-notice>
      } @else if (!process.canEdit()) {
        <agora-notice tone="info" [toneLabel]="toneLabels.info | t"><p>{{ 'budgets.builder.readOnly' | t }}</p></agora-notice>
      } @else {
        <section class="section" aria-labelledby="eligibilite-formulaire">
          <h2 id="eligibilite-formulaire">{{ 'budgets.builder.eligibility.formTitle' | t }}</h2>
          <agora-error-summary
            [summaryId]="errors.summaryId"
            [heading]="'common.errorSummary.title' | t"
            [message]="errors.generalText()"
            [items]="errors.summary()"
          />
          <form class="form form--wide" [formGroup]="form" (ngSubmit)="save()" novalidate>
            <agora-field [field]="errors.views().minimumAge">
              <input
                [agoraControl]="errors.views().minimumAge"
                formControlName="minimumAge"
                type="text"
                inputmode="numeric"
                class="control--short"
              />
            </agora-field>
            <fieldset class="fieldset">
              <legend>{{ 'budgets.builder.eligibility.residence' | t }}</legend>
              @for (option of residences; track option.rule) {
                <div class="field__choice">
                  <input class="radio" type="radio" formControlName="residence" [id]="'eligibilite-residence-' + option.rule" [value]="option.rule" />
                  <label class="field__label" [for]="'eligibilite-residence-' + option.rule">{{
                    option.label | t: { territory: page.process.territoryName }
                  }}</label>
                </div>
              }
            </fieldset>
            <fieldset class="fieldset" aria-describedby="eligibilite-verifications-aide">
              <legend>{{ 'budgets.builder.eligibility.verifications' | t }}</legend>
              <p class="field__hint" id="eligibilite-verifications-aide">{{ 'budgets.builder.eligibility.verificationsHint' | t }}</p>
              @for (option of verifications; track option.verification) {
                <div class="field__choice">
                  <input
                    class="radio"
                    type="checkbox"
                    [id]="'eligibilite-verification-' + option.verification"
                    [checked]="chosen().includes(option.verification)"
                    [attr.aria-describedby]="'eligibilite-verification-' + option.verification + '-aide'"
                    (change)="toggle(option.verification, $event)"
                  />
                  <label class="field__label" [for]="'eligibilite-verification-' + option.verification">{{ option.label | t }}</label>
                </div>
                <p class="field__hint choice-hint" [id]="'eligibilite-verification-' + option.verification + '-aide'">{{ option.hint | t }}</p>
              }
            </fieldset>
            <div class="form__actions">
              <button agoraButton type="submit" [busy]="busy()">{{ 'budgets.builder.eligibility.save' | t }}</button>
            </div>
          </form>
        </section>
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .radio {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--color-primary);
    }
    .choice-hint {
      margin: 0 0 var(--space-3) 2.25rem;
    }
  `,
})
export class EligibilityPage {
  readonly slug = input.required<string>();

  private readonly api = inject(BuilderApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly residences = RESIDENCES;
  protected readonly verifications = VERIFICATIONS;
  protected readonly process = injectBuilderProcess(computed(() => this.slug()));
  protected readonly busy = signal(false);
  protected readonly chosen = signal<Verification[]>([]);
  protected readonly needsCensus = computed(() => {
    const eligibility = this.process.page()?.eligibility;
    return !!eligibility && (eligibility.residence === 'census' || eligibility.verifications.includes('census'));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    minimumAge: ['', [Validators.pattern(/^\d{1,3}$/), Validators.max(120)]],
    residence: ['territory' as ResidenceRule, Validators.required],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      minimumAge: {
        label: 'budgets.builder.eligibility.minimumAge',
        hint: 'budgets.builder.eligibility.minimumAgeHint',
        optional: true,
        messages: { pattern: 'budgets.builder.eligibility.ageRange', max: 'budgets.builder.eligibility.ageRange' },
      },
      residence: { label: 'budgets.builder.eligibility.residence' },
    },
    'eligibilite',
  );

  constructor() {
    effect(() => {
      const eligibility = this.process.page()?.eligibility;
      if (!eligibility) return;
      untracked(() => {
        this.form.reset({ minimumAge: eligibility.minimumAge === null ? '' : String(eligibility.minimumAge), residence: eligibility.residence });
        this.chosen.set([...eligibility.verifications]);
      });
    });
  }

  protected toggle(verification: Verification, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.chosen.update((list) => (checked ? [...list, verification] : list.filter((item) => item !== verification)));
  }

  protected async save(): Promise<void> {
    const page = this.process.page();
    if (!page || this.busy() || !this.errors.validate()) return;
    if (this.chosen().length === 0) {
      this.errors.fail('budgets.builder.eligibility.noVerification');
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      const eligibility = await this.api.setEligibility(page.process.id, {
        minimumAge: value.minimumAge.trim() ? Number(value.minimumAge) : null,
        residence: value.residence,
        verifications: this.chosen(),
      });
      this.process.set({ ...page, eligibility });
      this.errors.clear();
      this.focusOnRender('eligibilite-actuelle');
    } catch (error) {
      const appError = this.errors.showApiError(error);
      if (appError.code === 'RULES_LOCKED') await this.process.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
