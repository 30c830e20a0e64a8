import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { IdeaBoxSummary } from '@agora/contracts';
import { AppError, LocalizedDatePipe, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { IdeasApi } from '../ideas.api';

/** `/idees`: the idea boxes, open ones first. */
@Component({
  selector: 'agora-idea-boxes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LocalizedDatePipe, EmptyStateComponent, LoadingComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'ideas.boxes.title' | t" [lead]="'ideas.boxes.lead' | t" />
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (boxes(); as boxes) {
      @if (boxes.length) {
        <ul class="card-list">
          @for (box of boxes; track box.id) {
            <li class="card">
              <h2 class="card__title"><a [routerLink]="['/idees', box.slug]">{{ box.title }}</a></h2>
              <p>{{ box.theme }}</p>
              <p class="muted">
                {{ box.territoryName }} ·
                {{ (box.phase === 'proposals' ? 'ideas.boxes.open' : 'ideas.boxes.closed') | t }}
                @if (box.phase === 'proposals' && box.closesAt) {
                  · {{ 'ideas.boxes.until' | t: { date: (box.closesAt | localizedDate) } }}
                }
              </p>
              <p>{{ 'ideas.boxes.counts' | t: { ideas: box.ideasCount, answered: box.answeredCount } }}</p>
            </li>
          }
        </ul>
      } @else {
        <agora-empty-state [heading]="'ideas.boxes.empty' | t" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .card-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--space-3); }
    .card { border: 1px solid var(--color-border); border-radius: var(--radius); padding: var(--space-3); }
    .card__title { margin-top: 0; font-size: 1.25rem; }
  `,
})
export class IdeaBoxesPage {
  private readonly api = inject(IdeasApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly boxes = signal<IdeaBoxSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    this.api.boxes().then(
      (boxes) => this.boxes.set(boxes),
      (error) => this.error.set(toAppError(error)),
    );
  }
}
