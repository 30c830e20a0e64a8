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

import type { PrioritisationOpenDataFile, PrioritisationResults } from '@agora/contracts';
import {
  AppError,
  LocalizedDatePipe,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PairwiseTableComponent } from './pairwise-table.component';
import { PrioritisationApi } from './prioritisation.api';
import { reorderPairwise } from './pairwise.rule';

const FILE_KINDS: Record<PrioritisationOpenDataFile['kind'], string> = {
  'ballots-pabulib': 'works.results.file.pabulib',
  'results-csv': 'works.results.file.csv',
};

const RULE_LABELS: Record<PrioritisationResults['rule'], string> = {
  borda: 'works.results.rule.borda',
  schulze: 'works.results.rule.schulze',
  average: 'works.results.rule.average',
};

/** `/priorisations/:process/resultats`: the order of the works, the full pairwise table, open data. */
@Component({
  selector: 'agora-prioritisation-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    PairwiseTableComponent,
  ],
  templateUrl: './results.page.html',
  styles: `
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
export class PrioritisationResultsPage {
  readonly process = input.required<string>();

  private readonly api = inject(PrioritisationApi);
  private readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly fileKinds = FILE_KINDS;
  protected readonly ruleLabels = RULE_LABELS;
  protected readonly results = signal<PrioritisationResults | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly titles = computed(() =>
    Object.fromEntries((this.results()?.ranking ?? []).map((work) => [work.workId, work.title])),
  );
  /** Column and row order of the tables: the final ranking, so the table reads top-left to bottom-right. */
  protected readonly pairwise = computed(() => {
    const results = this.results();
    if (!results?.pairwise) return null;
    const { ids, matrix, strongestPath } = results.pairwise;
    const order = results.ranking.map((work) => work.workId);
    const votes = reorderPairwise(ids, matrix, order);
    return {
      ids: votes.ids,
      matrix: votes.matrix,
      strongestPath: results.rule === 'schulze' ? reorderPairwise(ids, strongestPath, order).matrix : null,
    };
  });
  /** « 12,5 % des 240 habitants inscrits », or null when nobody eligible is known. */
  protected readonly turnout = computed(() => {
    const results = this.results();
    if (!results || results.turnout === null || results.eligibleCount === null) return null;
    const locale = this.i18n.locale() === 'fr' ? 'fr-FR' : 'en-GB';
    return {
      share: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(results.turnout),
      eligible: new Intl.NumberFormat(locale).format(results.eligibleCount),
    };
  });
  protected readonly texts = computed(() => ({
    against: this.i18n.translate('works.results.against'),
    same: this.i18n.translate('works.results.same'),
    pairwiseCaption: this.i18n.translate('works.results.pairwiseCaption'),
    strongestCaption: this.i18n.translate('works.results.strongestCaption'),
  }));

  constructor() {
    effect(() => {
      const key = this.process();
      untracked(() => void this.load(key));
    });
  }

  private async load(key: string): Promise<void> {
    this.error.set(null);
    try {
      this.results.set(await this.api.results(key));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
