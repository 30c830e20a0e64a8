import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';

import type { ChoiceOption, RankingQuestion } from '@agora/consultation-rules';
import { TranslatePipe, TranslationService } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';
import { moved } from './answer-form.state';

/**
 * Ranking: the person adds items to their ranking, best first, then reorders them by dragging or with
 * the "monter" / "descendre" buttons (keyboard and screen readers). Each move is announced.
 */
@Component({
  selector: 'agora-ranking-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDropList, CdkDrag, CdkDragHandle, TranslatePipe, WordingPipe],
  template: `
    @let q = question();
    <p class="field__hint" [id]="controlId() + '-how'">
      {{
        (q.topK ? 'consultations.answer.rankTop' : 'consultations.answer.rankAll') | t: { count: q.topK ?? 0 }
      }}
    </p>
    <h4 class="ranking__title" [id]="controlId() + '-ranked'">{{ 'consultations.answer.ranked' | t }}</h4>
    @if (ranked().length) {
      <ol
        class="ranking"
        cdkDropList
        [attr.aria-labelledby]="controlId() + '-ranked'"
        (cdkDropListDropped)="dropped($event)"
      >
        @for (item of ranked(); track item.id; let i = $index, last = $last) {
          <li class="ranking__item" cdkDrag [cdkDragData]="item.id">
            <span class="ranking__handle" cdkDragHandle aria-hidden="true">⠿</span>
            <span class="ranking__label">{{ i + 1 }}. {{ item.label | wording }}</span>
            <span class="ranking__actions">
              <button
                type="button"
                class="button button--quiet"
                [id]="controlId() + '-up-' + item.id"
                [disabled]="i === 0"
                (click)="move(i, i - 1, 'up')"
              >
                ↑
                <span class="visually-hidden">{{
                  'consultations.answer.moveUp' | t: { label: (item.label | wording) }
                }}</span>
              </button>
              <button
                type="button"
                class="button button--quiet"
                [id]="controlId() + '-down-' + item.id"
                [disabled]="last"
                (click)="move(i, i + 1, 'down')"
              >
                ↓
                <span class="visually-hidden">{{
                  'consultations.answer.moveDown' | t: { label: (item.label | wording) }
                }}</span>
              </button>
              <button type="button" class="button button--quiet" (click)="remove(item.id)">
                {{ 'consultations.answer.unrank' | t }}
                <span class="visually-hidden">{{ item.label | wording }}</span>
              </button>
            </span>
          </li>
        }
      </ol>
    } @else {
      <p class="muted">{{ 'consultations.answer.rankedEmpty' | t }}</p>
    }
    @if (pool().length) {
      <h4 class="ranking__title" [id]="controlId() + '-pool'">{{ 'consultations.answer.pool' | t }}</h4>
      <ul class="plain-list ranking__pool" [attr.aria-labelledby]="controlId() + '-pool'">
        @for (item of pool(); track item.id) {
          <li>
            <button type="button" class="button button--secondary" [disabled]="full()" (click)="add(item.id)">
              + {{ item.label | wording }}
            </button>
          </li>
        }
      </ul>
    }
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
  styles: `
    .ranking {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--space-2);
    }
    .ranking__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2);
      padding: var(--space-2);
      border: 1px solid currentColor;
      border-radius: 4px;
      background: var(--color-surface, #fff);
    }
    .ranking__handle {
      cursor: grab;
      font-size: 1.25rem;
    }
    .ranking__label {
      flex: 1 1 10rem;
    }
    .ranking__actions {
      display: flex;
      gap: var(--space-1);
    }
    .ranking__pool {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    .ranking__title {
      font-size: 1rem;
      margin: var(--space-2) 0;
    }
  `,
})
export class RankingInputComponent {
  readonly question = input.required<RankingQuestion>();
  readonly value = input<unknown>(undefined);
  readonly controlId = input.required<string>();
  readonly valueChange = output<string[]>();

  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly announcement = signal('');

  private readonly order = computed(() => {
    const value = this.value();
    const known = new Set(this.question().items.map((item) => item.id));
    return Array.isArray(value)
      ? value.filter((id): id is string => typeof id === 'string' && known.has(id))
      : [];
  });
  protected readonly ranked = computed(() => this.order().map((id) => this.itemById(id)));
  protected readonly pool = computed(() => {
    const ranked = new Set(this.order());
    return this.question().items.filter((item) => !ranked.has(item.id));
  });
  protected readonly full = computed(() => {
    const topK = this.question().topK;
    return topK !== undefined && this.order().length >= topK;
  });

  protected add(id: string): void {
    const next = [...this.order(), id];
    this.valueChange.emit(next);
    this.announce(id, next.length);
  }

  protected remove(id: string): void {
    this.valueChange.emit(this.order().filter((other) => other !== id));
    this.announcement.set(this.i18n.translate('consultations.answer.unranked', { label: this.label(id) }));
  }

  protected move(from: number, to: number, direction: 'up' | 'down'): void {
    const id = this.order()[from];
    this.valueChange.emit(moved(this.order(), from, to));
    this.announce(id, to + 1);
    // The buttons re-render in the new order; focus follows the item that moved.
    const edge = direction === 'up' ? to === 0 : to === this.order().length - 1;
    const target = `${this.controlId()}-${edge ? (direction === 'up' ? 'down' : 'up') : direction}-${id}`;
    afterNextRender(
      { read: () => this.document.getElementById(target)?.focus() },
      { injector: this.injector },
    );
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    const id = this.order()[event.previousIndex];
    this.valueChange.emit(moved(this.order(), event.previousIndex, event.currentIndex));
    this.announce(id, event.currentIndex + 1);
  }

  private announce(id: string, position: number): void {
    this.announcement.set(
      this.i18n.translate('consultations.answer.rankAnnounce', { label: this.label(id), position }),
    );
  }

  private itemById(id: string): ChoiceOption {
    return this.question().items.find((item) => item.id === id) as ChoiceOption;
  }

  private label(id: string): string {
    const label = this.itemById(id)?.label;
    return (this.i18n.locale() === 'en' && label?.en) || label?.fr || id;
  }
}
