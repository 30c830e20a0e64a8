import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** Previous / next through a paginated list; the texts come translated from the page. */
@Component({
  selector: 'agora-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pageCount() > 1) {
      <nav class="pagination" [attr.aria-label]="navLabel()">
        <button
          type="button"
          class="button button--secondary"
          [attr.aria-disabled]="page() <= 1 ? 'true' : null"
          (click)="go(page() - 1)"
        >
          <span aria-hidden="true">←</span> {{ previousLabel() }}
        </button>
        <p class="pagination__status">{{ statusText() }}</p>
        <button
          type="button"
          class="button button--secondary"
          [attr.aria-disabled]="page() >= pageCount() ? 'true' : null"
          (click)="go(page() + 1)"
        >
          {{ nextLabel() }} <span aria-hidden="true">→</span>
        </button>
      </nav>
    }
  `,
})
export class PaginationComponent {
  readonly page = input.required<number>();
  readonly total = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly navLabel = input.required<string>();
  readonly previousLabel = input.required<string>();
  readonly nextLabel = input.required<string>();
  /** e.g. "Page 2 sur 5", already translated. */
  readonly statusText = input.required<string>();
  readonly pageChange = output<number>();

  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))),
  );

  protected go(page: number): void {
    if (page >= 1 && page <= this.pageCount() && page !== this.page()) this.pageChange.emit(page);
  }
}
