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
import { Router, RouterLink } from '@angular/router';

import type { BudgetProcessPage, Page, ProposalSort, ProposalSummary } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  injectFocusOnRender,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
} from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  MapArea,
  MapComponent,
  MapPoint,
  NoticeComponent,
  PageHeaderComponent,
  PaginationComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { MapAreasStore } from '../map/map-areas.store';
import { injectMapTexts } from '../map/map-texts.inject';
import { CATEGORY_CODES, PROPOSAL_CATEGORIES } from './proposal-category.labels';
import { ProposalsApi } from './proposals.api';
import { injectQuartiersOf } from './quartier-list.inject';

const PAGE_SIZE = 20;
const SORTS: ProposalSort[] = ['supports', 'newest', 'random'];
const STATUS_LABELS: Record<string, string> = {
  published: 'budgets.status.published',
  feasible: 'budgets.status.feasible',
  notFeasible: 'budgets.status.notFeasible',
  onBallot: 'budgets.status.onBallot',
  draft: 'budgets.status.draft',
  withdrawn: 'budgets.status.withdrawn',
  merged: 'budgets.status.merged',
};

/**
 * `/budgets/:slug/propositions`: the proposals, filtered by quartier and category, as cards or as
 * the map of places with its text list and the table of every place (`?vue=lieux`).
 */
@Component({
  selector: 'agora-proposals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    EmptyStateComponent,
    LoadingComponent,
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
    PaginationComponent,
  ],
  templateUrl: './proposals.page.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: end;
      margin-bottom: var(--space-4);
    }
    .filters .field {
      flex: 1 1 12rem;
    }
    .cards {
      display: grid;
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      padding: var(--space-3);
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
    }
    .card h3 {
      margin: 0 0 var(--space-2);
    }
    .card__meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      margin: 0 0 var(--space-2);
      color: var(--color-muted);
    }
  `,
})
export class ProposalsPage {
  readonly slug = input.required<string>();
  readonly quartier = input<string>();
  readonly categorie = input<string>();
  readonly tri = input<string>();
  readonly page = input<string>();
  readonly vue = input<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  private readonly focusOnRender = injectFocusOnRender();
  /** One seed per visit, so a shuffled list keeps its order from page to page. */
  private readonly seed = Math.random().toString(36).slice(2, 12);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly categories = CATEGORY_CODES;
  protected readonly categoryLabels = PROPOSAL_CATEGORIES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly sorts = SORTS;
  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly processTitle = computed(() => this.process()?.process.title ?? '');
  protected readonly phase = computed(() => this.process()?.process.phase ?? null);
  protected readonly result = signal<Page<ProposalSummary> | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly quartiers = injectQuartiersOf(
    computed(() => this.process()?.process.territoryId ?? null),
  );
  protected readonly sort = computed<ProposalSort>(() =>
    (SORTS as string[]).includes(this.tri() ?? '') ? (this.tri() as ProposalSort) : 'supports',
  );
  protected readonly pageNumber = computed(() => Math.max(1, Number.parseInt(this.page() ?? '1', 10) || 1));
  protected readonly placesView = computed(() => this.vue() === 'lieux');
  protected readonly areas = signal<MapArea[]>([]);
  protected readonly mapTexts = injectMapTexts('proposals');
  private readonly mapAreas = inject(MapAreasStore);
  /** The proposals of this page that have a point; the others are in the table below the map. */
  protected readonly mapPoints = computed<MapPoint[]>(() =>
    (this.result()?.items ?? []).flatMap((proposal) =>
      proposal.location
        ? [
            {
              id: proposal.id,
              label: proposal.title,
              ...proposal.location,
              detail: proposal.address ?? proposal.territoryName,
            },
          ]
        : [],
    ),
  );
  protected readonly pageCount = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.loadProcess(slug));
    });
    effect(() => {
      const process = this.process();
      const filters = {
        quartierId: this.quartier() || null,
        category: this.categorie() || null,
        sort: this.sort(),
        seed: this.seed,
        page: this.pageNumber(),
        pageSize: PAGE_SIZE,
      };
      if (process) untracked(() => void this.loadList(process.process.id, filters));
    });
  }

  protected categoryLabel(category: string | null): string | null {
    return category ? (PROPOSAL_CATEGORIES[category] ?? category) : null;
  }

  protected applyFilters(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void this.router.navigate([], {
      queryParams: {
        quartier: form.get('quartier') || null,
        categorie: form.get('categorie') || null,
        tri: form.get('tri') || null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
    this.focusOnRender('propositions-resultats');
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page }, queryParamsHandling: 'merge' });
    this.focusOnRender('propositions-resultats');
  }

  private async loadProcess(slug: string): Promise<void> {
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      this.areas.set(await this.mapAreas.areasOf(page.process.territoryId));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private async loadList(processId: string, filters: Parameters<ProposalsApi['list']>[1]): Promise<void> {
    this.error.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.list(processId, filters));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
