import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { Budget } from '@agora/contracts';
import { EurosPipe, TranslatePipe } from '@agora/web-core';

import { BallotCheck } from './ballot-check.rule';

/**
 * How much of the envelope (or how many projects, or points) the choice uses: a native <progress>
 * and a sentence in a polite live region, so a screen reader hears "Il vous reste 120 000 € sur
 * 500 000 €" after each pick, without losing its place.
 */
@Component({
  selector: 'agora-budget-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EurosPipe],
  host: { class: 'budget-bar' },
  template: `
    @switch (budget().rules.kind) {
      @case ('knapsack') {
        <progress
          class="budget-bar__progress"
          [attr.aria-labelledby]="barId() + '-text'"
          [max]="budget().amountCents"
          [value]="min(check().spentCents, budget().amountCents)"
        ></progress>
        <p class="budget-bar__text" [id]="barId() + '-text'" aria-live="polite">
          @if (check().spentCents > budget().amountCents) {
            <strong>{{
              'budgets.bar.over'
                | t
                  : {
                      over: (check().spentCents - budget().amountCents | euros),
                      amount: (budget().amountCents | euros),
                    }
            }}</strong>
          } @else {
            {{
              'budgets.bar.left'
                | t
                  : {
                      left: (budget().amountCents - check().spentCents | euros),
                      amount: (budget().amountCents | euros),
                    }
            }}
          }
        </p>
      }
      @case ('cumulative') {
        <progress
          class="budget-bar__progress"
          [attr.aria-labelledby]="barId() + '-text'"
          [max]="points()"
          [value]="min(check().pointsUsed, points())"
        ></progress>
        <p class="budget-bar__text" [id]="barId() + '-text'" aria-live="polite">
          {{ 'budgets.bar.pointsLeft' | t: { left: points() - check().pointsUsed, points: points() } }}
        </p>
      }
      @default {
        @if (budget().rules.maxProjects; as max) {
          <progress
            class="budget-bar__progress"
            [attr.aria-labelledby]="barId() + '-text'"
            [max]="max"
            [value]="min(check().count, max)"
          ></progress>
          <p class="budget-bar__text" [id]="barId() + '-text'" aria-live="polite">
            {{ 'budgets.bar.countOfMax' | t: { count: check().count, max: max } }}
          </p>
        } @else {
          <p class="budget-bar__text" [id]="barId() + '-text'" aria-live="polite">
            {{ 'budgets.bar.count' | t: { count: check().count } }}
          </p>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: var(--space-3);
      border: 2px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-background);
    }
    .budget-bar__progress {
      display: block;
      width: 100%;
      height: 1.25rem;
      accent-color: var(--color-primary);
    }
    .budget-bar__text {
      margin: var(--space-2) 0 0;
      font-weight: 700;
    }
  `,
})
export class BudgetBarComponent {
  readonly budget = input.required<Budget>();
  readonly check = input.required<BallotCheck>();
  readonly barId = input.required<string>();

  protected readonly points = computed(() => this.budget().rules.points ?? 0);

  protected min(a: number, b: number): number {
    return Math.min(a, b);
  }
}
