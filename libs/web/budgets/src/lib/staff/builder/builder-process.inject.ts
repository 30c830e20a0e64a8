import { Signal, computed, effect, inject, signal, untracked } from '@angular/core';

import type { BudgetProcessPage } from '@agora/contracts';
import { AppError, SessionStore, TerritoryStore, toAppError } from '@agora/web-core';

import { BudgetsApi } from '../../budgets.api';
import { teamRoleFor } from '../../process/team-role.rule';

export interface BuilderProcess {
  page: Signal<BudgetProcessPage | null>;
  error: Signal<AppError | null>;
  /** Officials and admins of the process's territory (or above) set it up; staff only see it. */
  canEdit: Signal<boolean>;
  /** True once the first ballot of any envelope is cast: every rule stays as announced. */
  locked: Signal<boolean>;
  set(page: BudgetProcessPage): void;
  reload(): Promise<void>;
}

/** The budget process of a back-office page, loaded by its slug (drafts included for its team). */
export function injectBuilderProcess(slug: Signal<string>): BuilderProcess {
  const api = inject(BudgetsApi);
  const session = inject(SessionStore);
  const territories = inject(TerritoryStore);
  void territories.load();
  const page = signal<BudgetProcessPage | null>(null);
  const error = signal<AppError | null>(null);
  const load = async (current: string) => {
    try {
      page.set(await api.processPage(current));
      error.set(null);
    } catch (failure) {
      error.set(toAppError(failure));
    }
  };
  effect(() => {
    const current = slug();
    // No slug: a process being created, nothing to load.
    if (current) untracked(() => void load(current));
  });
  return {
    page,
    error,
    canEdit: computed(() => {
      const current = page();
      if (!current) return false;
      return teamRoleFor(session.me()?.roles ?? [], territories.territories(), current.process.territoryId) === 'official';
    }),
    locked: computed(() => (page()?.budgets ?? []).some((budget) => budget.lockedAt !== null)),
    set: (value) => page.set(value),
    reload: () => load(slug()),
  };
}
