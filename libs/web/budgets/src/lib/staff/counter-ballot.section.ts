import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';

import type { Budget } from '@agora/contracts';
import { EurosPipe, TranslatePipe } from '@agora/web-core';
import { ButtonComponent } from '@agora/web-ui';

/** The projects picked on a counter or paper ballot, in the order the API expects. */
export interface CounterChoice {
  projectIds: string[];
  points?: number[];
}

/**
 * One envelope's ballot on the counter's screen: checkboxes, or a number per project for cumulative
 * (points) and ranked (rank) ballots. The API checks the rules and answers with a message for people.
 */
@Component({
  selector: 'agora-counter-ballot-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EurosPipe, ButtonComponent],
  template: `
    <form class="form" (submit)="$event.preventDefault(); submit()" novalidate>
      <fieldset class="choices">
        <legend>{{ budget().name }} — {{ budget().amountCents | euros }}</legend>
        <p class="prose">{{ budget().rulesText | t }}</p>
        @if (numbered()) {
          <p class="field__hint" id="guichet-bulletin-aide">{{ hintKey() | t }}</p>
        }
        <ul class="choices__list">
          @for (project of budget().projects; track project.id) {
            <li class="field" [class.field--choice]="!numbered()">
              @if (numbered()) {
                <label class="field__label" [for]="'guichet-projet-' + project.id">
                  {{ project.title }} — {{ project.costCents | euros }}
                </label>
                <input
                  class="control control--short"
                  [id]="'guichet-projet-' + project.id"
                  type="number"
                  inputmode="numeric"
                  min="0"
                  aria-describedby="guichet-bulletin-aide"
                  [value]="values()[project.id] ?? ''"
                  (input)="setValue(project.id, $any($event.target).value)"
                />
              } @else {
                <div class="field__choice">
                  <input
                    [id]="'guichet-projet-' + project.id"
                    type="checkbox"
                    [checked]="!!values()[project.id]"
                    (change)="setValue(project.id, $any($event.target).checked ? '1' : '')"
                  />
                  <label class="field__label" [for]="'guichet-projet-' + project.id">
                    {{ project.title }} — {{ project.costCents | euros }}
                  </label>
                </div>
              }
            </li>
          }
        </ul>
      </fieldset>
      <div class="form__actions">
        <button agoraButton type="submit" [busy]="busy()">
          {{ 'budgets.staff.counter.castSubmit' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .choices__list {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .control--short {
      max-width: 8rem;
    }
  `,
})
export class CounterBallotSection {
  readonly budget = input.required<Budget>();
  readonly busy = input(false);
  readonly chosen = output<CounterChoice>();

  protected readonly values = signal<Partial<Record<string, string>>>({});
  protected readonly numbered = computed(() => {
    const kind = this.budget().rules.kind;
    return kind === 'cumulative' || kind === 'ranked';
  });
  protected readonly hintKey = computed(() =>
    this.budget().rules.kind === 'ranked'
      ? 'budgets.staff.counter.rankHint'
      : 'budgets.staff.counter.pointsHint',
  );

  protected setValue(projectId: string, value: string): void {
    this.values.update((values) => ({ ...values, [projectId]: value }));
  }

  protected submit(): void {
    const kind = this.budget().rules.kind;
    const entries = Object.entries(this.values())
      .map(([id, value]) => ({ id, n: Number(value) }))
      .filter((entry) => Number.isFinite(entry.n) && entry.n > 0);
    if (kind === 'ranked') {
      this.chosen.emit({ projectIds: entries.sort((a, b) => a.n - b.n).map((entry) => entry.id) });
    } else if (kind === 'cumulative') {
      this.chosen.emit({
        projectIds: entries.map((entry) => entry.id),
        points: entries.map((entry) => Math.trunc(entry.n)),
      });
    } else {
      this.chosen.emit({ projectIds: entries.map((entry) => entry.id) });
    }
  }
}
