import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ProcessSummary } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PROCESS_PHASE_LABELS } from '../work.labels';
import { PrioritisationApi } from './prioritisation.api';

/** `/priorisations`: the quartiers where residents rank or weigh the planned works. */
@Component({
  selector: 'agora-prioritisations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header
      [heading]="'works.prioritisations.title' | t"
      [lead]="'works.prioritisations.lead' | t"
    />
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (list(); as list) {
      @if (list.length === 0) {
        <agora-empty-state [heading]="'works.prioritisations.empty' | t" />
      } @else {
        <ul class="prioritisations">
          @for (process of list; track process.id) {
            <li>
              <h2 class="prioritisations__title">
                <a [routerLink]="['/priorisations', process.slug]">{{ process.title }}</a>
              </h2>
              <p>{{ process.territoryName }} — {{ phaseLabels[process.phase] | t }}</p>
              @if (process.summary) {
                <p>{{ process.summary }}</p>
              }
            </li>
          }
        </ul>
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
    <p>
      <a routerLink="/travaux">{{ 'works.backToList' | t }}</a>
    </p>
  `,
  styles: `
    .prioritisations {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .prioritisations li {
      padding: var(--space-3) 0;
      border-bottom: 1px solid var(--color-border-light);
    }
    .prioritisations__title {
      margin: 0 0 var(--space-1);
      font-size: 1.2rem;
    }
  `,
})
export class PrioritisationsPage {
  private readonly api = inject(PrioritisationApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PROCESS_PHASE_LABELS;
  protected readonly list = signal<ProcessSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.list.set(await this.api.list());
    } catch (error) {
      this.list.set(null);
      this.error.set(toAppError(error));
    }
  }
}
