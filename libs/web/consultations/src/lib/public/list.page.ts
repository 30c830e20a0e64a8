import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ConsultationSummary } from '@agora/contracts';
import {
  AppError,
  LocalizedDatePipe,
  TONE_LABELS,
  TerritoryStore,
  TranslatePipe,
  toAppError,
} from '@agora/web-core';
import { EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { STATUS_LABELS } from '../consultation.labels';
import { ConsultationsApi } from '../consultations.api';

/** `/consultations`: open and closed consultations, for one territory or all. */
@Component({
  selector: 'agora-consultation-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'consultations.list.title' | t" [lead]="'consultations.list.lead' | t" />
    <form class="form__inline filters" (submit)="$event.preventDefault()">
      <div class="field field--compact">
        <label class="field__label" for="filtre-statut">{{ 'consultations.list.statusFilter' | t }}</label>
        <select class="control" id="filtre-statut" (change)="status.set($any($event.target).value)">
          <option value="published" [selected]="status() === 'published'">
            {{ 'consultations.list.open' | t }}
          </option>
          <option value="closed" [selected]="status() === 'closed'">
            {{ 'consultations.list.closed' | t }}
          </option>
        </select>
      </div>
      <div class="field field--compact">
        <label class="field__label" for="filtre-territoire">{{
          'consultations.list.territoryFilter' | t
        }}</label>
        <select class="control" id="filtre-territoire" (change)="territoryId.set($any($event.target).value)">
          <option value="">{{ 'consultations.list.allTerritories' | t }}</option>
          @for (territory of territories(); track territory.id) {
            <option [value]="territory.id" [selected]="territoryId() === territory.id">
              {{ territory.name }}
            </option>
          }
        </select>
      </div>
    </form>
    <p class="visually-hidden" role="status" aria-live="polite">
      @if (items(); as items) {
        {{ 'consultations.list.count' | t: { count: items.length } }}
      }
    </p>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (items(); as items) {
      @if (items.length) {
        <ul class="plain-list consultation-list">
          @for (item of items; track item.id) {
            <li class="aside-block">
              <h2 class="consultation-list__title">
                <a [routerLink]="['/consultations', item.slug]">{{ item.title }}</a>
              </h2>
              <p class="page-header__meta">
                {{ item.territoryName }} · <span class="tag">{{ statusLabels[item.status] | t }}</span>
              </p>
              @if (item.summary) {
                <p>{{ item.summary }}</p>
              }
              @if (item.closesAt) {
                <p class="muted">
                  {{
                    (item.status === 'closed' ? 'consultations.list.closedOn' : 'consultations.list.closesOn')
                      | t: { date: (item.closesAt | localizedDate: 'date') }
                  }}
                </p>
              }
            </li>
          }
        </ul>
      } @else {
        <agora-empty-state [heading]="'consultations.list.empty' | t" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      margin-bottom: var(--space-4);
    }
    .consultation-list {
      display: grid;
      gap: var(--space-3);
    }
    .consultation-list__title {
      font-size: 1.25rem;
      margin: 0 0 var(--space-1);
    }
  `,
})
export class ConsultationListPage {
  private readonly api = inject(ConsultationsApi);
  private readonly territoryStore = inject(TerritoryStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly status = signal<'published' | 'closed'>('published');
  protected readonly territoryId = signal('');
  protected readonly items = signal<ConsultationSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly territories = computed(() =>
    this.territoryStore.territories().filter((t) => t.kind !== 'quartier'),
  );

  constructor() {
    void this.territoryStore.load();
    effect(() => {
      const filter = { status: this.status(), territoryId: this.territoryId() || undefined };
      untracked(() => void this.load(filter));
    });
  }

  private async load(filter: { status: 'published' | 'closed'; territoryId?: string }): Promise<void> {
    this.error.set(null);
    try {
      this.items.set(await this.api.list(filter));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
