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

import type { WorkCategory, WorkPage, WorkStatus } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  injectFocusOnRender,
  TerritoryStore,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
} from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  MapComponent,
  MapPoint,
  MapTexts,
  NoticeComponent,
  PageHeaderComponent,
  PaginationComponent,
} from '@agora/web-ui';

import {
  WORK_CATEGORY_CODES,
  WORK_CATEGORY_LABELS,
  WORK_STATUS_CODES,
  WORK_STATUS_LABELS,
} from '../work.labels';
import { markerOf } from '../work-place.rule';
import { WorksApi } from '../works.api';
import { injectWorksLive } from './works-live.inject';
import { injectTerritoryAreas } from './works-map.inject';

const PAGE_SIZE = 50;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : null;
}

/**
 * `/travaux`: the works of a commune or a quartier, filtered by status and category. The map marks
 * the works that have a place; the list under it is the full text alternative and always shown.
 */
@Component({
  selector: 'agora-works-page',
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
  templateUrl: './works.page.html',
  styles: `
    .filters {
      align-items: end;
      margin-bottom: var(--space-4);
    }
    .works {
      display: grid;
      gap: var(--space-3);
    }
    .work {
      padding: var(--space-3);
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
    }
    .work h3 {
      margin: 0 0 var(--space-2);
    }
    .work__meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      margin: 0 0 var(--space-2);
    }
    .open-data li + li {
      margin-top: var(--space-1);
    }
  `,
})
export class WorksPage {
  readonly territoire = input<string>();
  readonly statut = input<string>();
  readonly categorie = input<string>();
  readonly page = input<string>();

  private readonly api = inject(WorksApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly territories = inject(TerritoryStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statuses = WORK_STATUS_CODES;
  protected readonly categories = WORK_CATEGORY_CODES;
  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly categoryLabels = WORK_CATEGORY_LABELS;
  protected readonly result = signal<WorkPage | null>(null);
  protected readonly error = signal<AppError | null>(null);

  protected readonly territoryId = computed(() => this.territoire() || null);
  protected readonly status = computed(() => oneOf<WorkStatus>(WORK_STATUS_CODES, this.statut()));
  protected readonly category = computed(() => oneOf<WorkCategory>(WORK_CATEGORY_CODES, this.categorie()));
  protected readonly pageNumber = computed(() => Math.max(1, Number.parseInt(this.page() ?? '1', 10) || 1));
  protected readonly pageCount = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  protected readonly areas = injectTerritoryAreas(this.territoryId);
  protected readonly points = computed<MapPoint[]>(() =>
    (this.result()?.items ?? []).flatMap((work) => {
      const marker = markerOf(work.place);
      return marker ? [{ id: work.id, label: work.title, detail: work.territoryName, ...marker }] : [];
    }),
  );
  protected readonly mapTexts = computed<MapTexts>(() => ({
    label: this.i18n.translate('works.list.mapLabel'),
    listHeading: this.i18n.translate('works.list.mapList'),
    emptyList: this.i18n.translate('works.list.mapEmpty'),
  }));
  /** Said politely when a live change reloaded the list. */
  protected readonly announcement = signal('');
  private readonly liveConnected = injectWorksLive(this.territoryId, () => void this.refresh());
  protected readonly openData = computed(() => {
    const filters = { territoryId: this.territoryId(), status: this.status(), category: this.category() };
    return { csv: this.api.openDataUrl('csv', filters), geojson: this.api.openDataUrl('geojson', filters) };
  });

  constructor() {
    void this.territories.load();
    effect(() => {
      const filters = {
        territoryId: this.territoryId(),
        status: this.status(),
        category: this.category(),
        page: this.pageNumber(),
        pageSize: PAGE_SIZE,
      };
      untracked(() => void this.load(filters));
    });
  }

  protected applyFilters(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void this.router.navigate([], {
      queryParams: {
        territoire: form.get('territoire') || null,
        statut: form.get('statut') || null,
        categorie: form.get('categorie') || null,
        page: null,
      },
    });
    this.focusOnRender('travaux-resultats');
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page }, queryParamsHandling: 'merge' });
    this.focusOnRender('travaux-resultats');
  }

  protected openWork(id: string): void {
    void this.router.navigate(['/travaux', id]);
  }

  /** A work of the shown territory changed: reload in place, keeping the list on screen meanwhile. */
  private async refresh(): Promise<void> {
    try {
      this.result.set(
        await this.api.list({
          territoryId: this.territoryId(),
          status: this.status(),
          category: this.category(),
          page: this.pageNumber(),
          pageSize: PAGE_SIZE,
        }),
      );
      this.announcement.set(this.i18n.translate('works.list.liveChange'));
    } catch {
      // Keep the list shown; the next change or a reload brings it up to date.
    }
  }

  private async load(filters: Parameters<WorksApi['list']>[0]): Promise<void> {
    this.error.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.list(filters));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
