import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ManagedProcess } from '@agora/contracts';
import { AppError, LocalizedDatePipe, SessionStore, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { ButtonComponent, EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PHASE_LABELS } from '../../process/phase.labels';
import { BuilderApi } from './builder.api';

/** `/gestion/budgets`: the budget processes this person runs, drafts included, and "Nouvelle démarche". */
@Component({
  selector: 'agora-process-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LocalizedDatePipe, ButtonComponent, EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'budgets.builder.list.title' | t" [lead]="'budgets.builder.list.lead' | t">
      @if (canLaunch()) {
        <p>
          <a agoraButton routerLink="/gestion/budgets/nouvelle">{{ 'budgets.builder.list.new' | t }}</a>
        </p>
      }
    </agora-page-header>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (items(); as items) {
      @if (items.length) {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="demarches-legende">
          <table class="table">
            <caption id="demarches-legende" class="visually-hidden">{{ 'budgets.builder.list.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'budgets.builder.list.colTitle' | t }}</th>
                <th scope="col">{{ 'budgets.builder.list.colTerritory' | t }}</th>
                <th scope="col">{{ 'budgets.builder.list.colPhase' | t }}</th>
                <th scope="col">{{ 'budgets.builder.list.colNext' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of items; track item.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/gestion/budgets', item.slug, item.role === 'official' ? 'demarche' : 'guichet']">{{ item.title }}</a>
                  </th>
                  <td>{{ item.territoryName }}</td>
                  <td>{{ phaseLabels[item.phase] | t }}</td>
                  <td>
                    @if (item.nextPhase; as next) {
                      {{ 'budgets.builder.list.next' | t: { phase: (phaseLabels[next.phase] | t), date: (next.startsAt | localizedDate) } }}
                    } @else {
                      {{ 'budgets.builder.list.noNext' | t }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <agora-empty-state [heading]="'budgets.builder.list.empty' | t" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class ProcessListPage {
  private readonly api = inject(BuilderApi);
  private readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly items = signal<ManagedProcess[] | null>(null);
  protected readonly error = signal<AppError | null>(null);
  /** Officials and admins launch processes; staff run those that exist. */
  protected readonly canLaunch = computed(() => this.session.hasRole('official') || this.session.hasRole('admin'));

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await this.api.managed());
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
