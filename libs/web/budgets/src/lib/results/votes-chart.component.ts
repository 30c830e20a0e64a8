import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { BudgetResult } from '@agora/contracts';
import { EurosPipe, TranslatePipe } from '@agora/web-core';

/**
 * Votes and cost of each project as plain HTML bars. Every bar has its figure written next to it and
 * funded projects say so in words, so neither colour nor length carries the meaning alone; the
 * results table next to it holds the same data.
 */
@Component({
  selector: 'agora-votes-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EurosPipe],
  template: `
    <figure class="chart">
      <figcaption class="chart__caption">{{ caption() }}</figcaption>
      <ul class="chart__rows">
        @for (row of rows(); track row.id) {
          <li class="chart__row">
            <p class="chart__title">
              {{ row.title }}
              @if (row.funded) {
                <strong class="tag tag--highlight"
                  ><span aria-hidden="true">✓ </span>{{ 'budgets.results.funded' | t }}</strong
                >
              }
            </p>
            <div class="chart__line">
              <span class="chart__label">{{ 'budgets.results.chartVotes' | t }}</span>
              <span class="chart__track"
                ><span class="chart__bar chart__bar--votes" [style.width.%]="row.votesShare"></span
              ></span>
              <span class="chart__value">{{ row.votes }}</span>
            </div>
            <div class="chart__line">
              <span class="chart__label">{{ 'budgets.results.chartCost' | t }}</span>
              <span class="chart__track"
                ><span class="chart__bar chart__bar--cost" [style.width.%]="row.costShare"></span
              ></span>
              <span class="chart__value">{{ row.costCents | euros }}</span>
            </div>
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
    }
    .chart__caption {
      margin-bottom: var(--space-2);
      color: var(--color-muted);
    }
    .chart__rows {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chart__row {
      padding-block: var(--space-2);
      border-bottom: 1px solid var(--color-border-light);
    }
    .chart__title {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin: 0 0 var(--space-1);
      font-weight: 700;
    }
    .chart__line {
      display: grid;
      grid-template-columns: 4.5rem 1fr auto;
      gap: var(--space-2);
      align-items: center;
    }
    .chart__label,
    .chart__value {
      font-size: 0.9375rem;
    }
    .chart__value {
      min-width: 5rem;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .chart__track {
      display: block;
      height: 0.875rem;
      background: var(--color-surface);
      border: 1px solid var(--color-border-light);
    }
    .chart__bar {
      display: block;
      height: 100%;
      min-width: 2px;
    }
    .chart__bar--votes {
      background: var(--color-primary);
    }
    .chart__bar--cost {
      background: repeating-linear-gradient(45deg, var(--color-muted) 0 4px, var(--color-surface) 4px 7px);
    }
    @media (forced-colors: active) {
      .chart__bar {
        background: CanvasText;
      }
    }
  `,
})
export class VotesChartComponent {
  readonly result = input.required<BudgetResult>();
  readonly caption = input.required<string>();

  protected readonly rows = computed(() => {
    const result = this.result();
    const maxVotes = Math.max(1, ...result.projects.map((p) => p.votes));
    const maxCost = Math.max(1, result.amountCents, ...result.projects.map((p) => p.costCents));
    return [...result.projects]
      .sort((a, b) => b.votes - a.votes)
      .map((project) => ({
        ...project,
        votesShare: (project.votes / maxVotes) * 100,
        costShare: (project.costCents / maxCost) * 100,
      }));
  });
}
