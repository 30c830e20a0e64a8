import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A pairwise table as a real data table: the row's work against the column's work, with both
 * headers, so a screen reader says "Trottoirs, against Éclairage: 12" for each cell. Scrolls
 * sideways inside its own focusable region on narrow screens, never the page.
 */
@Component({
  selector: 'agora-pairwise-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="tableId() + '-caption'">
      <table class="table pairwise">
        <caption [id]="tableId() + '-caption'">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <td></td>
            @for (column of rows(); track column.id) {
              <th scope="col">
                <span aria-hidden="true">{{ column.number }}.</span>
                <span class="visually-hidden">{{ againstLabel() }} {{ column.title }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id; let i = $index) {
            <tr>
              <th scope="row">{{ row.number }}. {{ row.title }}</th>
              @for (value of row.values; track $index; let j = $index) {
                <td [class.pairwise__win]="i !== j && value > opposite(i, j)">
                  @if (i === j) {
                    <span aria-hidden="true">—</span><span class="visually-hidden">{{ sameLabel() }}</span>
                  } @else {
                    {{ value }}
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .pairwise td,
    .pairwise thead th {
      text-align: center;
      min-width: 2.5rem;
    }
    .pairwise tbody th {
      min-width: 10rem;
    }
    .pairwise__win {
      font-weight: 700;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: var(--space-2);
    }
  `,
})
export class PairwiseTableComponent {
  readonly tableId = input.required<string>();
  readonly caption = input.required<string>();
  /** Work ids in matrix order. */
  readonly ids = input.required<readonly string[]>();
  readonly titles = input.required<Readonly<Record<string, string>>>();
  readonly matrix = input.required<readonly (readonly number[])[]>();
  /** Said before a column's title, e.g. "contre" / "against". */
  readonly againstLabel = input.required<string>();
  /** Said for the diagonal, e.g. "même projet" / "same work". */
  readonly sameLabel = input.required<string>();

  /** The same duel seen from the other side: column over row. */
  protected opposite(i: number, j: number): number {
    return this.matrix()[j]?.[i] ?? 0;
  }

  protected readonly rows = computed(() =>
    this.ids().map((id, i) => ({
      id,
      number: i + 1,
      title: this.titles()[id] ?? id,
      values: this.matrix()[i] ?? [],
    })),
  );
}
