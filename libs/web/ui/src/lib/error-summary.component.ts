import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { ErrorSummaryItem } from './field-view';

/**
 * The list of a form's problems, shown above the form and focused on a failed submit. Each item
 * links to its field. Links use a click handler because `href="#id"` resolves against
 * `<base href="/">` and would leave the page.
 */
@Component({
  selector: 'agora-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message() || items().length) {
      <div
        class="error-summary"
        [id]="summaryId()"
        tabindex="-1"
        [attr.aria-labelledby]="summaryId() + '-titre'"
      >
        <h2 class="error-summary__title" [id]="summaryId() + '-titre'">
          <span class="error-summary__icon" aria-hidden="true">×</span>{{ heading() }}
        </h2>
        @if (message()) {
          <p>{{ message() }}</p>
        }
        @if (items().length) {
          <ul class="error-summary__list">
            @for (item of items(); track $index) {
              <li>
                @if (item.fieldId) {
                  <a [href]="'#' + item.fieldId" (click)="focusField($event, item.fieldId)">{{
                    item.text
                  }}</a>
                } @else {
                  {{ item.text }}
                }
              </li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  readonly summaryId = input.required<string>();
  readonly heading = input.required<string>();
  readonly message = input<string | null>(null);
  readonly items = input<ErrorSummaryItem[]>([]);

  protected focusField(event: Event, fieldId: string): void {
    const field = (event.target as HTMLElement).ownerDocument.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
}
