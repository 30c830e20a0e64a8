import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import type { ChoiceOption, MatrixQuestion } from '@agora/consultation-rules';
import { TranslationService } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';

/**
 * A grid: one radio group (or checkboxes) per row. Each box is named "row : column" so a screen
 * reader user hears both without navigating the table headers. Scrolls sideways on a small phone.
 */
@Component({
  selector: 'agora-matrix-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WordingPipe],
  template: `
    @let q = question();
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="labelledBy()">
      <table class="table matrix">
        <thead>
          <tr>
            <td></td>
            @for (column of q.columns; track column.id) {
              <th scope="col">{{ column.label | wording }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of q.rows; track row.id) {
            <tr>
              <th scope="row">{{ row.label | wording }}</th>
              @for (column of q.columns; track column.id) {
                <td>
                  <input
                    [type]="q.selection === 'single' ? 'radio' : 'checkbox'"
                    [name]="controlId() + '-' + row.id"
                    [id]="controlId() + '-' + row.id + '-' + column.id"
                    [attr.aria-label]="cellLabel(row, column)"
                    [checked]="isChecked(row.id, column.id)"
                    (change)="toggle(row.id, column.id, $any($event.target).checked)"
                  />
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .matrix td {
      text-align: center;
    }
  `,
})
export class MatrixInputComponent {
  readonly question = input.required<MatrixQuestion>();
  readonly value = input<unknown>(undefined);
  readonly controlId = input.required<string>();
  readonly labelledBy = input.required<string>();
  readonly valueChange = output<Record<string, string[]> | undefined>();

  private readonly i18n = inject(TranslationService);

  private readonly current = computed<Record<string, string[]>>(() => {
    const value = this.value();
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, string[]>)
      : {};
  });

  protected isChecked(rowId: string, columnId: string): boolean {
    return (this.current()[rowId] ?? []).includes(columnId);
  }

  protected cellLabel(row: ChoiceOption, column: ChoiceOption): string {
    const text = (label: ChoiceOption['label']) => (this.i18n.locale() === 'en' && label.en) || label.fr;
    return `${text(row.label)} : ${text(column.label)}`;
  }

  protected toggle(rowId: string, columnId: string, checked: boolean): void {
    const q = this.question();
    const next: Record<string, string[]> = { ...this.current() };
    if (q.selection === 'single') next[rowId] = [columnId];
    else {
      const chosen = new Set(next[rowId] ?? []);
      if (checked) chosen.add(columnId);
      else chosen.delete(columnId);
      const ordered = q.columns.map((c) => c.id).filter((id) => chosen.has(id));
      if (ordered.length) next[rowId] = ordered;
      else delete next[rowId];
    }
    this.valueChange.emit(Object.keys(next).length ? next : undefined);
  }
}
