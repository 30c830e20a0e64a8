import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A work's progress: a native `<progress>` (read by screen readers as a percentage) with the same
 * figure written next to it, so it is never given by the bar alone.
 */
@Component({
  selector: 'agora-work-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="work-progress">
      <label class="work-progress__label" [for]="barId()">{{ label() }}</label>
      <progress class="work-progress__bar" [id]="barId()" max="100" [value]="clamped()">
        {{ clamped() }}&nbsp;%
      </progress>
      <span class="work-progress__text" aria-hidden="true">{{ clamped() }}&nbsp;%</span>
    </div>
    @if (note()) {
      <p class="work-progress__note">{{ note() }}</p>
    }
  `,
  styles: `
    .work-progress {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-2);
      align-items: center;
    }
    .work-progress__label {
      flex: 1 0 100%;
      font-weight: 700;
    }
    .work-progress__bar {
      flex: 1 1 10rem;
      height: 1rem;
      accent-color: var(--color-primary);
    }
    .work-progress__text {
      font-weight: 700;
      min-width: 3.5rem;
    }
    .work-progress__note {
      margin: var(--space-1) 0 0;
      color: var(--color-muted);
    }
  `,
})
export class WorkProgressComponent {
  readonly value = input.required<number>();
  readonly label = input.required<string>();
  readonly barId = input.required<string>();
  /** e.g. "calculated from the 3 parts of this work". */
  readonly note = input('');

  protected readonly clamped = computed(() => Math.round(Math.min(100, Math.max(0, this.value()))));
}
