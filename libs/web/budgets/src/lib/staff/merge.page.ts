import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { BudgetProcessPage, ProposalSummary } from '@agora/contracts';
import {
  AppError,
  TONE_LABELS,
  TranslatePipe,
  formErrors,
  injectFocusOnRender,
  toAppError,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { AssessmentApi } from './assessment.api';
import { StaffNavComponent } from './staff-nav.component';

/** Proposals that can still be merged: published, or studied but not yet on the ballot. */
const MERGEABLE = ['published', 'feasible', 'notFeasible'] as const;

/**
 * `/gestion/budgets/:slug/doublons`: staff fold a duplicate proposal into another one of the same
 * process. The API carries the supporters (counted once) and the comments over, and mails the author.
 */
@Component({
  selector: 'agora-merge-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
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
    <agora-page-header [heading]="'budgets.staff.merge.title' | t" [lead]="process()?.process?.title ?? ''" />

    <p class="visually-hidden" role="status" aria-live="polite">
      @if (done(); as done) {
        {{ 'budgets.staff.merge.done' | t: done }}
      }
    </p>

    @if (loadError(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (!process()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else {
      @if (done(); as done) {
        <div id="doublons-fait" tabindex="-1">
          <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
            <p>{{ 'budgets.staff.merge.done' | t: done }}</p>
          </agora-notice>
        </div>
      }
      <section class="section" aria-labelledby="doublons-formulaire">
        <h2 id="doublons-formulaire" tabindex="-1">{{ 'budgets.staff.merge.formTitle' | t }}</h2>
        <p class="prose">{{ 'budgets.staff.merge.lead' | t }}</p>
        @if (candidates().length < 2) {
          <p>{{ 'budgets.staff.merge.tooFew' | t }}</p>
        } @else {
          <agora-error-summary
            [summaryId]="errors.summaryId"
            [heading]="'common.errorSummary.title' | t"
            [message]="errors.generalText()"
            [items]="errors.summary()"
          />
          <form class="form" [formGroup]="form" (ngSubmit)="merge()" novalidate>
            <agora-field [field]="errors.views().duplicateId">
              <select [agoraControl]="errors.views().duplicateId" formControlName="duplicateId" required>
                <option value="">{{ 'budgets.staff.merge.choose' | t }}</option>
                @for (proposal of candidates(); track proposal.id) {
                  <option [value]="proposal.id">{{ optionText(proposal) }}</option>
                }
              </select>
            </agora-field>
            <agora-field [field]="errors.views().intoId">
              <select [agoraControl]="errors.views().intoId" formControlName="intoId" required>
                <option value="">{{ 'budgets.staff.merge.choose' | t }}</option>
                @for (proposal of candidates(); track proposal.id) {
                  <option [value]="proposal.id">{{ optionText(proposal) }}</option>
                }
              </select>
            </agora-field>
            <div class="form__actions">
              <button agoraButton type="submit" [busy]="busy()">
                {{ 'budgets.staff.merge.submit' | t }}
              </button>
            </div>
          </form>
        }
      </section>
    }
  `,
})
export class MergePage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(AssessmentApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly candidates = signal<ProposalSummary[]>([]);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<{ duplicate: string; into: string; supports: number } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    duplicateId: ['', [Validators.required]],
    intoId: ['', [Validators.required]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      duplicateId: { label: 'budgets.staff.merge.duplicate', hint: 'budgets.staff.merge.duplicateHint' },
      intoId: { label: 'budgets.staff.merge.into', hint: 'budgets.staff.merge.intoHint' },
    },
    'doublons',
  );

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  protected optionText(proposal: ProposalSummary): string {
    return `${proposal.title} — ${proposal.territoryName} (${proposal.supportsCount})`;
  }

  private async load(slug: string): Promise<void> {
    try {
      this.process.set(await this.budgetsApi.processPage(slug));
      await this.refresh();
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  private async refresh(): Promise<void> {
    const processId = this.process()?.process.id;
    if (!processId) return;
    const pages = await Promise.all(MERGEABLE.map((status) => this.api.withStatus(processId, status)));
    this.candidates.set(pages.flatMap((page) => page.items).sort((a, b) => a.title.localeCompare(b.title)));
  }

  protected async merge(): Promise<void> {
    if (this.busy() || !this.errors.validate()) return;
    const { duplicateId, intoId } = this.form.getRawValue();
    if (duplicateId === intoId) {
      this.errors.fail('budgets.staff.merge.same');
      return;
    }
    const duplicate = this.candidates().find((p) => p.id === duplicateId);
    const into = this.candidates().find((p) => p.id === intoId);
    this.busy.set(true);
    this.done.set(null);
    try {
      await this.api.merge(duplicateId, intoId);
      const supports = (await this.api.detail(intoId)).supportsCount;
      this.done.set({ duplicate: duplicate?.title ?? '', into: into?.title ?? '', supports });
      this.form.reset({ duplicateId: '', intoId: '' });
      this.errors.clear();
      await this.refresh();
      this.focusOnRender('doublons-fait');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
