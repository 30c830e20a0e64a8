import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { Budget } from '@agora/contracts';
import {
  EurosPipe,
  formErrors,
  injectFocusOnRender,
  LocalizedDatePipe,
  territoriesUnder,
  TerritoryStore,
  toAppError,
  TONE_LABELS,
  Translatable,
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

import { StaffNavComponent } from '../staff-nav.component';
import { BuilderApi } from './builder.api';
import { injectBuilderProcess } from './builder-process.inject';
import { BALLOT_KIND_OPTIONS, COUNTING_RULE_OPTIONS, TIE_BREAK_OPTIONS } from './envelope.labels';
import { EMPTY_ENVELOPE, EnvelopeField, envelopeFormValueOf, envelopeRequestOf } from './envelope-form.rule';

/**
 * `/gestion/budgets/:slug/enveloppes`: the envelopes of a budget process and the rules of each ballot
 * (kind and limits, counting rule, tie-break, minimum votes). Editable until the first ballot is
 * cast; from then on shown as they were announced, with the reason.
 */
@Component({
  selector: 'agora-envelopes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    EurosPipe,
    LocalizedDatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  templateUrl: './envelopes.page.html',
  styles: `
    .envelope {
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
      padding: var(--space-4);
      margin-block: var(--space-4);
    }
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
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--space-4);
    }
    .pair > * {
      flex: 1 1 12rem;
    }
  `,
})
export class EnvelopesPage {
  readonly slug = input.required<string>();

  private readonly api = inject(BuilderApi);
  private readonly territories = inject(TerritoryStore);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly kinds = BALLOT_KIND_OPTIONS;
  protected readonly countingRules = COUNTING_RULE_OPTIONS;
  protected readonly tieBreaks = TIE_BREAK_OPTIONS;
  protected readonly process = injectBuilderProcess(computed(() => this.slug()));
  protected readonly budgets = computed(() => this.process.page()?.budgets ?? []);
  protected readonly total = computed(() => this.budgets().reduce((sum, budget) => sum + budget.amountCents, 0));
  /** null: no form; 'new': a new envelope; otherwise the envelope being edited. */
  protected readonly editing = signal<Budget | 'new' | null>(null);
  protected readonly confirmingRemoval = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<{ key: string; name: string } | null>(null);
  protected readonly removalError = signal<Translatable | null>(null);

  /** The process's own territory (city-wide) or any territory below it (a quartier, or a commune of a métropole). */
  protected readonly scopes = computed(() => {
    const page = this.process.page();
    if (!page) return [];
    return territoriesUnder(this.territories.territories(), [page.process.territoryId]).map((line) => ({
      id: line.territory.id,
      cityWide: line.territory.id === page.process.territoryId,
      name: line.territory.name,
    }));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    ...EMPTY_ENVELOPE,
    name: ['', [Validators.required, Validators.maxLength(200)]],
    territoryId: ['', Validators.required],
    amount: ['', Validators.required],
  });
  protected readonly ballotKind = signal(EMPTY_ENVELOPE.ballotKind);
  protected readonly errors = formErrors(
    this.form,
    {
      name: { label: 'budgets.builder.envelope.name', hint: 'budgets.builder.envelope.nameHint' },
      territoryId: { label: 'budgets.builder.envelope.scope', hint: 'budgets.builder.envelope.scopeHint' },
      amount: { label: 'budgets.builder.envelope.amount', hint: 'budgets.builder.envelope.amountHint', serverFields: ['amountCents'] },
      ballotKind: { label: 'budgets.builder.envelope.kind' },
      minSpend: { label: 'budgets.builder.envelope.minSpend', hint: 'budgets.builder.envelope.minSpendHint', optional: true, serverFields: ['minSpendCents'] },
      minProjects: { label: 'budgets.builder.envelope.minProjects', optional: true },
      maxProjects: { label: 'budgets.builder.envelope.maxProjects', hint: 'budgets.builder.envelope.maxProjectsHint', optional: true },
      points: { label: 'budgets.builder.envelope.points' },
      maxPointsPerProject: { label: 'budgets.builder.envelope.maxPointsPerProject', optional: true },
      countingRule: { label: 'budgets.builder.envelope.countingRule' },
      tieBreak: { label: 'budgets.builder.envelope.tieBreak' },
      minVotes: { label: 'budgets.builder.envelope.minVotes', hint: 'budgets.builder.envelope.minVotesHint', optional: true },
    },
    'enveloppe',
  );
  protected readonly rankedK = computed(() => this.ballotKind() === 'ranked');

  constructor() {
    void this.territories.load();
    this.form.controls.ballotKind.valueChanges.subscribe((kind) => this.ballotKind.set(kind));
  }

  protected startNew(): void {
    this.editing.set('new');
    this.status.set(null);
    const cityWide = this.process.page()?.process.territoryId ?? '';
    this.form.reset({ ...EMPTY_ENVELOPE, territoryId: this.budgets().length === 0 ? cityWide : '' });
    this.errors.clear();
    this.focusOnRender('enveloppe-formulaire');
  }

  protected edit(budget: Budget): void {
    this.editing.set(budget);
    this.status.set(null);
    this.form.reset(envelopeFormValueOf(budget));
    this.errors.clear();
    this.focusOnRender('enveloppe-formulaire');
  }

  protected cancel(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.focusOnRender(editing && editing !== 'new' ? `enveloppe-${editing.id}` : 'enveloppes-liste');
  }

  protected async save(): Promise<void> {
    const page = this.process.page();
    const editing = this.editing();
    if (!page || !editing || this.busy()) return;
    if (!this.errors.validate()) return;
    const value = this.form.getRawValue();
    const check = envelopeRequestOf(value);
    if (!check.ok) {
      for (const [field, key] of Object.entries(check.problems) as Array<[EnvelopeField, string]>)
        this.form.controls[field].setErrors({ rule: { key } });
      this.errors.validate();
      return;
    }
    this.busy.set(true);
    try {
      const saved =
        editing === 'new'
          ? await this.api.createBudget(page.process.id, { ...check.request, territoryId: value.territoryId, position: this.budgets().length })
          : await this.api.updateBudget(editing.id, check.request);
      const budgets = editing === 'new' ? [...page.budgets, saved] : page.budgets.map((budget) => (budget.id === saved.id ? saved : budget));
      this.process.set({ ...page, budgets });
      this.editing.set(null);
      this.status.set({ key: editing === 'new' ? 'budgets.builder.envelope.created' : 'budgets.builder.envelope.saved', name: saved.name });
      this.focusOnRender(`enveloppe-${saved.id}`);
    } catch (error) {
      const appError = this.errors.showApiError(error);
      // Someone voted in the meantime: show the rules as they are now locked.
      if (appError.code === 'RULES_LOCKED') await this.process.reload();
    } finally {
      this.busy.set(false);
    }
  }

  protected askRemoval(budget: Budget): void {
    this.removalError.set(null);
    this.confirmingRemoval.set(budget.id);
    this.focusOnRender(`enveloppe-supprimer-${budget.id}`);
  }

  protected keep(budget: Budget): void {
    this.confirmingRemoval.set(null);
    this.focusOnRender(`enveloppe-${budget.id}`);
  }

  protected async remove(budget: Budget): Promise<void> {
    const page = this.process.page();
    if (!page || this.busy()) return;
    this.busy.set(true);
    try {
      await this.api.removeBudget(budget.id);
      this.process.set({ ...page, budgets: page.budgets.filter((candidate) => candidate.id !== budget.id) });
      this.confirmingRemoval.set(null);
      if (this.editing() !== 'new' && this.editing() !== null) this.editing.set(null);
      this.status.set({ key: 'budgets.builder.envelope.removed', name: budget.name });
      this.focusOnRender('enveloppes-liste');
    } catch (error) {
      this.removalError.set(toAppError(error).message);
      this.focusOnRender(`enveloppe-supprimer-${budget.id}`);
    } finally {
      this.busy.set(false);
    }
  }
}
