import { Injectable, computed, inject, signal } from '@angular/core';

import type { BallotPage, Budget, BudgetProcessPage, EligibilityCheck } from '@agora/contracts';
import { AppError, toAppError } from '@agora/web-core';

import { BudgetsApi } from '../budgets.api';
import { BallotCheck, EMPTY_SELECTION, Selection, checkSelection, orderedChoice } from './ballot-check.rule';

export interface EnvelopeView {
  budget: Budget;
  alreadyVoted: boolean;
  selection: Selection;
  check: BallotCheck;
}

export interface Receipt {
  budgetId: string;
  budgetName: string;
  code: string;
}

/**
 * The ballot being filled, kept while the resident goes from the ballot to the confirmation screen
 * and back, and the receipts once cast. Nothing is stored on the device: a reload starts again.
 */
@Injectable({ providedIn: 'root' })
export class BallotStore {
  private readonly api = inject(BudgetsApi);
  private readonly selections = signal<Record<string, Selection>>({});

  readonly slug = signal<string | null>(null);
  readonly process = signal<BudgetProcessPage | null>(null);
  readonly eligibility = signal<EligibilityCheck | null>(null);
  readonly ballot = signal<BallotPage | null>(null);
  readonly error = signal<AppError | null>(null);
  readonly receipts = signal<Receipt[]>([]);
  readonly emailReceipt = signal(false);

  readonly envelopes = computed<EnvelopeView[]>(() =>
    (this.ballot()?.budgets ?? []).map(({ budget, alreadyVoted }) => {
      const selection = this.selections()[budget.id] ?? EMPTY_SELECTION;
      return { budget, alreadyVoted, selection, check: checkSelection(budget, selection) };
    }),
  );
  /** The envelopes the resident filled in and may still vote in. */
  readonly filled = computed(() => this.envelopes().filter((e) => !e.alreadyVoted && e.check.count > 0));
  readonly ready = computed(
    () => this.filled().length > 0 && this.filled().every((e) => e.check.problems.length === 0),
  );

  /** The load under way, which a later call for the same process joins rather than repeats (unless forced: after a change). */
  private loading: { slug: string; done: Promise<void> } | null = null;

  /** Loads the process, the resident's eligibility and ballot; keeps the choice when it is the same process. */
  load(slug: string, options: { force?: boolean } = {}): Promise<void> {
    if (!options.force && this.loading?.slug === slug) return this.loading.done;
    if (!options.force && this.slug() === slug && this.ballot()) return Promise.resolve();
    const loading = {
      slug,
      done: this.fetch(slug).finally(() => {
        if (this.loading === loading) this.loading = null;
      }),
    };
    this.loading = loading;
    return loading.done;
  }

  private async fetch(slug: string): Promise<void> {
    if (this.slug() !== slug) {
      this.selections.set({});
      this.receipts.set([]);
      this.process.set(null);
      this.eligibility.set(null);
      this.ballot.set(null);
    }
    this.slug.set(slug);
    this.error.set(null);
    try {
      const process = await this.api.processPage(slug);
      this.process.set(process);
      if (process.process.phase !== 'vote') return;
      const [eligibility, ballot] = await Promise.all([
        this.api.eligibility(process.process.id),
        this.api.ballot(process.process.id),
      ]);
      this.eligibility.set(eligibility);
      this.ballot.set(ballot);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  selectionOf(budgetId: string): Selection {
    return this.selections()[budgetId] ?? EMPTY_SELECTION;
  }

  toggle(budgetId: string, projectId: string, chosen: boolean): void {
    this.update(budgetId, (selection) => {
      const others = selection.projectIds.filter((id) => id !== projectId);
      const points = { ...selection.points };
      const ranks = { ...selection.ranks };
      if (!chosen) {
        delete points[projectId];
        delete ranks[projectId];
      }
      return { projectIds: chosen ? [...others, projectId] : others, points, ranks };
    });
  }

  setPoints(budgetId: string, projectId: string, value: number): void {
    this.update(budgetId, (selection) => {
      const points = { ...selection.points, [projectId]: value };
      const others = selection.projectIds.filter((id) => id !== projectId);
      if (value > 0) return { ...selection, projectIds: [...others, projectId], points };
      delete points[projectId];
      return { ...selection, projectIds: others, points };
    });
  }

  setRank(budgetId: string, projectId: string, rank: number): void {
    this.update(budgetId, (selection) => {
      const ranks = { ...selection.ranks, [projectId]: rank };
      const others = selection.projectIds.filter((id) => id !== projectId);
      if (rank > 0) return { ...selection, projectIds: [...others, projectId], ranks };
      delete ranks[projectId];
      return { ...selection, projectIds: others, ranks };
    });
  }

  clear(budgetId: string): void {
    this.update(budgetId, () => EMPTY_SELECTION);
  }

  /**
   * Casts each filled envelope, one request each (the API records one ballot per envelope). Stops at
   * the first refusal; the envelopes already cast keep their receipts and are marked as voted.
   */
  async cast(): Promise<AppError | null> {
    const processId = this.process()?.process.id;
    if (!processId) return null;
    for (const envelope of this.filled()) {
      const kind = envelope.budget.rules.kind;
      const projectIds = orderedChoice(kind, envelope.selection);
      try {
        const result = await this.api.cast(processId, {
          budgetId: envelope.budget.id,
          projectIds,
          ...(kind === 'cumulative'
            ? { points: projectIds.map((id) => envelope.selection.points[id] ?? 0) }
            : {}),
          emailReceipt: this.emailReceipt(),
        });
        this.receipts.update((list) => [
          ...list,
          { budgetId: result.budgetId, budgetName: envelope.budget.name, code: result.receiptCode },
        ]);
        this.markVoted(envelope.budget.id);
      } catch (error) {
        return toAppError(error);
      }
    }
    return null;
  }

  private markVoted(budgetId: string): void {
    this.selections.update((all) => ({ ...all, [budgetId]: EMPTY_SELECTION }));
    this.ballot.update((page) =>
      page
        ? {
            ...page,
            budgets: page.budgets.map((b) => (b.budget.id === budgetId ? { ...b, alreadyVoted: true } : b)),
          }
        : page,
    );
  }

  private update(budgetId: string, change: (selection: Selection) => Selection): void {
    this.selections.update((all) => ({ ...all, [budgetId]: change(all[budgetId] ?? EMPTY_SELECTION) }));
  }
}
