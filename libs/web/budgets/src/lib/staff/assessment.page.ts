import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { BudgetProcessPage, ProposalSummary } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  formErrors,
  injectFocusOnRender,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
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
import { AssessmentApi, FeasibleProposalRow } from './assessment.api';
import { eurosToCents } from './cost-input.rule';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/budgets/:slug/etude`: staff study each published proposal (feasible or not, a public
 * reason, the final cost), then put the feasible ones on the ballot of their envelope.
 */
@Component({
  selector: 'agora-assessment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  templateUrl: './assessment.page.html',
})
export class AssessmentPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(AssessmentApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly toAssess = signal<ProposalSummary[]>([]);
  protected readonly feasible = signal<FeasibleProposalRow[]>([]);
  /** Studied already (feasible or not): their study can still change until the vote opens. */
  protected readonly assessed = signal<ProposalSummary[]>([]);
  protected readonly editing = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly selected = signal<ProposalSummary | null>(null);
  protected readonly busy = signal(false);
  /** The last thing done, for the polite status line. */
  protected readonly done = signal<{ key: string; title: string } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    verdict: ['feasible' as 'feasible' | 'notFeasible'],
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(2000)]],
    finalCost: [''],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      verdict: { label: 'budgets.staff.assessment.verdict' },
      reason: { label: 'budgets.staff.assessment.reason', hint: 'budgets.staff.assessment.reasonHint' },
      finalCost: {
        label: 'budgets.staff.assessment.finalCost',
        hint: 'budgets.staff.assessment.finalCostHint',
        optional: true,
      },
    },
    'etude',
  );
  protected readonly budgetFor = computed(() => {
    const page = this.process();
    return (row: FeasibleProposalRow) =>
      page?.budgets.find((budget) => budget.territoryId === row.territoryId) ??
      page?.budgets.find((budget) => budget.cityWide) ??
      null;
  });

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  private async load(slug: string): Promise<void> {
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      await this.refresh();
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private async refresh(): Promise<void> {
    const processId = this.process()?.process.id;
    if (!processId) return;
    const [toAssess, feasible, yes, no] = await Promise.all([
      this.api.toAssess(processId),
      this.api.feasible(processId),
      this.api.withStatus(processId, 'feasible'),
      this.api.withStatus(processId, 'notFeasible'),
    ]);
    this.toAssess.set(toAssess.items);
    this.feasible.set(feasible);
    this.assessed.set([...yes.items, ...no.items].sort((a, b) => a.title.localeCompare(b.title)));
  }

  /** Opens the form again on a study already made, filled with its verdict, reason and cost. */
  protected async edit(proposal: ProposalSummary): Promise<void> {
    this.error.set(null);
    try {
      const detail = await this.api.detail(proposal.id);
      this.selected.set(proposal);
      this.editing.set(true);
      this.form.reset({
        verdict: detail.assessment?.feasible === false ? 'notFeasible' : 'feasible',
        reason: detail.assessment?.reason ?? '',
        finalCost:
          detail.assessment?.finalCostCents == null ? '' : String(detail.assessment.finalCostCents / 100),
      });
      this.errors.clear();
      this.focusOnRender('etude-formulaire');
    } catch (error) {
      this.error.set(toAppError(error));
      this.focusOnRender('etude-erreur');
    }
  }

  protected study(proposal: ProposalSummary): void {
    this.editing.set(false);
    this.selected.set(proposal);
    this.form.reset({
      verdict: 'feasible',
      reason: '',
      finalCost: proposal.estimatedCostCents === null ? '' : String(proposal.estimatedCostCents / 100),
    });
    this.errors.clear();
    this.focusOnRender('etude-formulaire');
  }

  protected async assess(): Promise<void> {
    const proposal = this.selected();
    if (!proposal || this.busy() || !this.errors.validate()) return;
    const { verdict, reason, finalCost } = this.form.getRawValue();
    const feasible = verdict === 'feasible';
    const cents = finalCost.trim() ? eurosToCents(finalCost) : null;
    if (feasible && (cents === null || Number.isNaN(cents))) {
      this.errors.fail('budgets.staff.assessment.costRequired');
      return;
    }
    this.busy.set(true);
    try {
      await this.api.assess(proposal.id, {
        feasible,
        reason: reason.trim(),
        ...(cents !== null && !Number.isNaN(cents) ? { finalCostCents: cents } : {}),
      });
      this.selected.set(null);
      this.done.set({ key: 'budgets.staff.assessment.assessed', title: proposal.title });
      await this.refresh();
      this.focusOnRender('etude-a-etudier');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async putOnBallot(row: FeasibleProposalRow): Promise<void> {
    const budget = this.budgetFor()(row);
    const process = this.process();
    if (!budget || !process || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.addToBallot(budget.id, {
        proposalId: row.id,
        title: row.title.slice(0, 200),
        description: row.description.slice(0, 5000),
        costCents: row.finalCostCents ?? 0,
        quartierId: row.territoryId === process.process.territoryId ? null : row.territoryId,
        lat: row.lat,
        lng: row.lng,
        address: row.address,
        category: row.category,
      });
      this.done.set({ key: 'budgets.staff.assessment.onBallot', title: row.title });
      await this.refresh();
      this.focusOnRender('etude-realisables');
    } catch (error) {
      this.error.set(toAppError(error));
      this.focusOnRender('etude-erreur');
    } finally {
      this.busy.set(false);
    }
  }
}
