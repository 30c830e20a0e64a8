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

import type { WorkSummary } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { WORK_STATUS_LABELS } from '../work.labels';
import { WorksApi } from '../works.api';
import { injectManagedTerritories } from './managed-territories.inject';
import { WorksStaffNavComponent } from './staff-nav.component';

/** `/gestion/travaux`: the works of a commune the person works for, each with a link to edit it. */
@Component({
  selector: 'agora-staff-works-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    WorksStaffNavComponent,
  ],
  template: `
    <agora-page-header [heading]="'works.staff.list.title' | t" />
    <agora-works-staff-nav />
    <form
      class="form__inline filters"
      (submit)="choose($event)"
      [attr.aria-label]="'works.staff.list.filter' | t"
    >
      <div class="field">
        <label class="field__label" for="gestion-commune">{{ 'works.staff.list.commune' | t }}</label>
        <select class="control" id="gestion-commune" name="commune">
          @for (commune of managed.communes(); track commune.id) {
            <option [value]="commune.id" [selected]="communeId() === commune.id">{{ commune.name }}</option>
          }
        </select>
      </div>
      <button agoraButton variant="secondary" type="submit">{{ 'works.staff.list.show' | t }}</button>
    </form>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (result(); as works) {
      @if (works.length === 0) {
        <agora-empty-state [heading]="'works.list.empty' | t" />
      } @else {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="gestion-travaux-legende">
          <table class="table">
            <caption id="gestion-travaux-legende">
              {{
                'works.staff.list.caption' | t: { total: works.length }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'works.staff.list.colTitle' | t }}</th>
                <th scope="col">{{ 'works.staff.list.colTerritory' | t }}</th>
                <th scope="col">{{ 'works.staff.list.colStatus' | t }}</th>
                <th scope="col">{{ 'works.staff.list.colProgress' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (work of works; track work.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/gestion/travaux', work.id]">{{ work.title }}</a>
                  </th>
                  <td>{{ work.territoryName }}</td>
                  <td>{{ statusLabels[work.status] | t }}</td>
                  <td>{{ work.progress }}&nbsp;%</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else if (communeId()) {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .filters {
      align-items: end;
      margin-bottom: var(--space-4);
    }
  `,
})
export class StaffWorksPage {
  readonly commune = input<string>();

  private readonly api = inject(WorksApi);
  private readonly router = inject(Router);
  protected readonly managed = injectManagedTerritories();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly result = signal<WorkSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly communeId = computed(() => this.commune() || this.managed.communes()[0]?.id || null);

  constructor() {
    effect(() => {
      const id = this.communeId();
      if (id) untracked(() => void this.load(id));
    });
  }

  protected choose(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void this.router.navigate([], { queryParams: { commune: form.get('commune') || null } });
  }

  private async load(communeId: string): Promise<void> {
    this.error.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.allIn(communeId));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
