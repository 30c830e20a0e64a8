import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import type { BudgetResult, OpenDataFile, ProcessResults, ProjectResult } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  formatPercent,
  LocalizedDatePipe,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { VotesChartComponent } from './votes-chart.component';

const FILE_KINDS: Record<OpenDataFile['kind'], string> = {
  pabulib: 'budgets.results.fileKind.pabulib',
  'projects-csv': 'budgets.results.fileKind.projects',
  'results-csv': 'budgets.results.fileKind.results',
};

/** `/budgets/:slug/resultats`: per envelope, what is funded and why, with the open-data files. */
@Component({
  selector: 'agora-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    EurosPipe,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    VotesChartComponent,
  ],
  templateUrl: './results.page.html',
  styles: `
    .funded-list {
      padding-left: 1.25rem;
    }
    .funded-list li + li {
      margin-top: var(--space-1);
    }
    .files li + li {
      margin-top: var(--space-2);
    }
    .sha {
      font-family: var(--font-code);
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class ResultsPage {
  readonly slug = input.required<string>();

  private readonly api = inject(BudgetsApi);
  private readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly fileKinds = FILE_KINDS;
  protected readonly results = signal<ProcessResults | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly turnout = computed(() => {
    const turnout = this.results()?.turnout;
    return turnout === null || turnout === undefined ? null : formatPercent(turnout, this.i18n.locale());
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected funded(result: BudgetResult): ProjectResult[] {
    return result.projects.filter((project) => project.funded);
  }

  protected byVotes(result: BudgetResult): ProjectResult[] {
    return [...result.projects].sort((a, b) => b.votes - a.votes);
  }

  protected greedyFunded(result: BudgetResult): ProjectResult[] {
    const ids = new Set(result.greedyComparison?.fundedIds ?? []);
    return result.projects.filter((project) => ids.has(project.id));
  }

  /** Projects one rule funds and the other does not, so the difference is spelled out. */
  protected differences(result: BudgetResult): {
    onlyDeclared: ProjectResult[];
    onlyGreedy: ProjectResult[];
  } {
    const greedy = new Set(result.greedyComparison?.fundedIds ?? []);
    return {
      onlyDeclared: result.projects.filter((p) => p.funded && !greedy.has(p.id)),
      onlyGreedy: result.projects.filter((p) => !p.funded && greedy.has(p.id)),
    };
  }

  protected filesOf(results: ProcessResults, budgetId: string | null): OpenDataFile[] {
    return results.files.filter((file) => file.budgetId === budgetId);
  }

  private async load(slug: string): Promise<void> {
    this.error.set(null);
    try {
      this.results.set(await this.api.results(slug));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
