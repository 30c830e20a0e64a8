import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { EurosPipe, injectFocusOnRender, TranslatePipe, TranslationService } from '@agora/web-core';
import { ButtonComponent } from '@agora/web-ui';

import { WORK_CATEGORY_LABELS } from '../work.labels';
import { PrioritisationStore } from './prioritisation.store';
import { movedAnnouncement } from './ranking.rule';

/**
 * Mode ranking: the works in the resident's order. Drag a work by its handle, or use its "up" and
 * "down" buttons (keyboard and switch users); each move is announced with the new position.
 */
@Component({
  selector: 'agora-ranking-ballot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDropList, CdkDrag, CdkDragHandle, TranslatePipe, ButtonComponent, EurosPipe],
  template: `
    <p class="prose">{{ 'works.ballot.rankingHowTo' | t }}</p>
    <ol
      class="ranking"
      cdkDropList
      [cdkDropListData]="store.order()"
      (cdkDropListDropped)="dropped($event)"
      [attr.aria-label]="'works.ballot.rankingLabel' | t"
    >
      @for (work of store.ordered(); track work.id; let i = $index, first = $first, last = $last) {
        <li class="ranking__item" cdkDrag [cdkDragData]="work.id">
          <span class="ranking__handle" cdkDragHandle aria-hidden="true" [title]="'works.ballot.dragHint' | t"
            >⠿</span
          >
          <span class="ranking__position" aria-hidden="true">{{ i + 1 }}</span>
          <div class="ranking__body">
            <h3 class="ranking__title" [id]="'classement-titre-' + work.id">
              <span class="visually-hidden">{{
                'works.ballot.positionOf' | t: { position: i + 1, count: store.order().length }
              }}</span>
              {{ work.title }}
            </h3>
            <p class="ranking__facts">
              <span class="tag">{{ categoryLabels[work.category] | t }}</span>
              @if (work.estimatedCostCents !== null) {
                <span>{{ 'works.ballot.cost' | t: { cost: (work.estimatedCostCents | euros) } }}</span>
              }
            </p>
            @if (work.description) {
              <p class="ranking__description">{{ work.description }}</p>
            }
          </div>
          <div class="ranking__moves">
            <button
              agoraButton
              variant="secondary"
              type="button"
              class="ranking__move"
              [id]="'monter-' + work.id"
              [attr.aria-disabled]="first ? 'true' : null"
              (click)="move(work.id, work.title, -1)"
            >
              <span aria-hidden="true">↑ </span>{{ 'works.ballot.moveUp' | t: { title: work.title } }}
            </button>
            <button
              agoraButton
              variant="secondary"
              type="button"
              class="ranking__move"
              [id]="'descendre-' + work.id"
              [attr.aria-disabled]="last ? 'true' : null"
              (click)="move(work.id, work.title, 1)"
            >
              <span aria-hidden="true">↓ </span>{{ 'works.ballot.moveDown' | t: { title: work.title } }}
            </button>
          </div>
        </li>
      }
    </ol>
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{{ announcement() }}</p>
  `,
  styles: `
    .ranking {
      display: grid;
      gap: var(--space-2);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .ranking__item {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-3);
      align-items: flex-start;
      padding: var(--space-3);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-background);
    }
    .ranking__handle {
      cursor: grab;
      font-size: 1.5rem;
      line-height: 1;
      touch-action: none;
    }
    .ranking__position {
      min-width: 2rem;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .ranking__body {
      flex: 1 1 14rem;
      min-width: 0;
    }
    .ranking__title {
      margin: 0 0 var(--space-1);
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }
    .ranking__facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      margin: 0;
    }
    .ranking__description {
      margin: var(--space-1) 0 0;
    }
    .ranking__moves {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    .ranking__move {
      min-height: 2.75rem;
    }
    .ranking__move[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .cdk-drag-preview {
      box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 25%);
    }
    .cdk-drag-placeholder {
      opacity: 0.3;
    }
  `,
})
export class RankingBallotSection {
  protected readonly store = inject(PrioritisationStore);
  private readonly i18n = inject(TranslationService);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly categoryLabels = WORK_CATEGORY_LABELS;
  protected readonly announcement = signal('');

  protected move(id: string, title: string, step: -1 | 1): void {
    if (!this.store.move(id, step)) {
      this.announcement.set(
        this.i18n.translate(step < 0 ? 'works.ballot.alreadyFirst' : 'works.ballot.alreadyLast', { title }),
      );
      return;
    }
    this.announce(id, title);
    // Keep the focus on the button just used (it stays focusable at either end, aria-disabled), so
    // several presses move the same work further.
    this.focusOnRender(`${step < 0 ? 'monter' : 'descendre'}-${id}`);
  }

  protected dropped(event: CdkDragDrop<string[]>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.store.drop(event.previousIndex, event.currentIndex);
    const id = event.item.data as string;
    const work = this.store.works().find((candidate) => candidate.id === id);
    if (work) this.announce(id, work.title);
  }

  private announce(id: string, title: string): void {
    const { key, params } = movedAnnouncement(this.store.order(), id, title);
    this.announcement.set(this.i18n.translate(key, params));
  }
}
