import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { EurosPipe, TranslatePipe } from '@agora/web-core';

import { WORK_CATEGORY_LABELS } from '../work.labels';
import { PrioritisationStore } from './prioritisation.store';

/**
 * Mode points: one number field per work and a counter of the points left, checked by the counting
 * library's ballot validation as the resident types (the API checks the same rule).
 */
@Component({
  selector: 'agora-points-ballot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EurosPipe],
  template: `
    <p class="prose">{{ 'works.ballot.pointsHowTo' | t: { total: store.total() } }}</p>
    <div class="counter" aria-live="polite" aria-atomic="true" id="points-compteur">
      <p class="counter__left" [class.counter__left--over]="check().remaining < 0">
        @if (check().remaining >= 0) {
          {{ 'works.ballot.pointsLeft' | t: { remaining: check().remaining, total: store.total() } }}
        } @else {
          {{ 'works.ballot.pointsOver' | t: { over: -check().remaining, total: store.total() } }}
        }
      </p>
      @for (problem of visibleProblems(); track problem.key) {
        <p class="counter__problem">
          <span aria-hidden="true">! </span>{{ problem.key | t: problem.params }}
        </p>
      }
    </div>
    <ul class="points">
      @for (work of store.works(); track work.id) {
        <li class="points__item">
          <div class="field">
            <label class="field__label" [for]="'points-' + work.id">{{
              'works.ballot.pointsFor' | t: { title: work.title }
            }}</label>
            <p class="field__hint" [id]="'points-' + work.id + '-hint'">
              <span class="tag">{{ categoryLabels[work.category] | t }}</span>
              @if (work.estimatedCostCents !== null) {
                {{ 'works.ballot.cost' | t: { cost: (work.estimatedCostCents | euros) } }}
              }
            </p>
            <input
              class="control control--short"
              type="number"
              inputmode="numeric"
              min="0"
              [max]="store.total()"
              step="1"
              [id]="'points-' + work.id"
              [attr.aria-describedby]="'points-' + work.id + '-hint points-compteur'"
              [value]="valueOf(work.id)"
              (input)="set(work.id, $event)"
            />
          </div>
          @if (work.description) {
            <p class="points__description">{{ work.description }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .counter {
      position: sticky;
      top: 0;
      z-index: 1;
      margin-bottom: var(--space-3);
      padding: var(--space-2) var(--space-3);
      border: 2px solid var(--color-primary);
      border-radius: var(--radius);
      background: var(--color-background);
    }
    .counter__left {
      margin: 0;
      font-size: 1.15rem;
      font-weight: 700;
    }
    .counter__left--over,
    .counter__problem {
      color: var(--color-error);
    }
    .counter__problem {
      margin: var(--space-1) 0 0;
      font-weight: 700;
    }
    .points {
      display: grid;
      gap: var(--space-3);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .points__item {
      padding: var(--space-3);
      border: 1px solid var(--color-border-light);
      border-radius: var(--radius);
    }
    .points__description {
      margin: var(--space-1) 0 0;
    }
  `,
})
export class PointsBallotSection {
  protected readonly store = inject(PrioritisationStore);
  protected readonly categoryLabels = WORK_CATEGORY_LABELS;
  protected readonly check = this.store.pointsCheck;
  /** "Give all your points" is said by the counter itself; only the other problems are listed. */
  protected readonly visibleProblems = computed(() =>
    this.check().problems.filter(
      (problem) =>
        problem.key !== 'works.ballot.problem.tooFew' &&
        problem.key !== 'works.ballot.problem.tooMany' &&
        problem.key !== 'works.ballot.problem.nothing',
    ),
  );

  /** An empty field for a work without points, so the resident types in a blank field. */
  protected valueOf(id: string): number | '' {
    return id in this.store.spread() ? this.store.spread()[id] : '';
  }

  protected set(id: string, event: Event): void {
    const raw = (event.target as HTMLInputElement).value.trim();
    // An empty field is 0; anything else is kept as typed so the check can say what is wrong.
    this.store.setPoints(id, raw === '' ? 0 : Number(raw));
  }
}
