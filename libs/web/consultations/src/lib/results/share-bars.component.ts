import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

import { TranslatePipe, TranslationService } from '@agora/web-core';

/** One line of a bar chart: a label, a count and its share in percent. */
export interface ShareRow {
  id: string;
  label: string;
  count: number;
  percent: number;
}

/**
 * Counts as plain HTML bars, the figures written beside each bar so length never carries the
 * meaning alone. Lengths are shares of the base (percent), not of the largest line.
 */
@Component({
  selector: 'agora-share-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <ul class="bars">
      @for (row of rows(); track row.id) {
        <li class="bars__row">
          <span class="bars__label">{{ row.label }}</span>
          <span class="bars__track" aria-hidden="true"
            ><span class="bars__bar" [style.width.%]="row.percent"></span
          ></span>
          <span class="bars__value">
            {{ 'consultations.results.countShare' | t: { count: row.count, percent: percent(row.percent) } }}
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .bars {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bars__row {
      display: grid;
      grid-template-columns: minmax(6rem, 14rem) 1fr auto;
      gap: var(--space-2);
      align-items: center;
      padding-block: var(--space-1);
      border-bottom: 1px solid var(--color-border-light);
    }
    @media (max-width: 30rem) {
      .bars__row {
        grid-template-columns: 1fr auto;
      }
      .bars__track {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
    .bars__track {
      display: block;
      height: 0.875rem;
      background: var(--color-surface);
      border: 1px solid var(--color-border-light);
    }
    .bars__bar {
      display: block;
      height: 100%;
      min-width: 2px;
      background: var(--color-primary);
      transition: width 0.3s;
    }
    .bars__value {
      font-variant-numeric: tabular-nums;
      text-align: right;
    }
    @media (prefers-reduced-motion: reduce) {
      .bars__bar {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .bars__bar {
        background: CanvasText;
      }
    }
  `,
})
export class ShareBarsComponent {
  readonly rows = input.required<ShareRow[]>();

  private readonly i18n = inject(TranslationService);

  protected percent(value: number): string {
    return value.toLocaleString(this.i18n.locale() === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: 1,
    });
  }
}
