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
import { Router } from '@angular/router';

import type { AuditEntry, Page } from '@agora/contracts';
import {
  AppError,
  LocalizedDatePipe,
  TONE_LABELS,
  TranslatePipe,
  injectFocusOnRender,
  toAppError,
} from '@agora/web-core';
import {
  EmptyStateComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
  PaginationComponent,
} from '@agora/web-ui';

import { injectAdminScope } from '../admin-scope';
import { AdminApi } from '../admin.api';
import { TerritoryPickerComponent } from '../territory-picker.component';

const PAGE_SIZE = 25;

/** The audit log of a territory, newest first, one page at a time (`?territoire=…&page=…`). */
@Component({
  selector: 'agora-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    LocalizedDatePipe,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    PaginationComponent,
    TerritoryPickerComponent,
  ],
  templateUrl: './audit.page.html',
})
export class AuditPage {
  readonly territoire = input<string>();
  readonly page = input<string>();

  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly scope = injectAdminScope();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly territoryId = computed(
    () => this.territoire() || this.scope.lines()[0]?.territory.id || null,
  );
  protected readonly territory = computed(() => this.scope.territories.byId(this.territoryId()));
  protected readonly pageNumber = computed(() => Math.max(1, Number.parseInt(this.page() ?? '1', 10) || 1));
  protected readonly result = signal<Page<AuditEntry> | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly pageCount = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });

  constructor() {
    effect(() => {
      const id = this.territoryId();
      const page = this.pageNumber();
      untracked(() => (id ? void this.load(id, page) : this.result.set(null)));
    });
  }

  protected choose(territoryId: string): void {
    void this.router.navigate([], { queryParams: { territoire: territoryId, page: null } });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page }, queryParamsHandling: 'merge' });
    this.focusOnRender('journal-resultats');
  }

  protected json(value: unknown): string {
    return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
  }

  private async load(territoryId: string, page: number): Promise<void> {
    this.loadError.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.audit(territoryId, page, PAGE_SIZE));
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }
}
