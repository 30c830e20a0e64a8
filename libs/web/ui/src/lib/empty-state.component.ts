import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An honest "nothing here yet", with room for a next step. */
@Component({
  selector: 'agora-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'empty-state' },
  template: `
    <p class="empty-state__title">{{ heading() }}</p>
    @if (text()) {
      <p>{{ text() }}</p>
    }
    <ng-content />
  `,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly text = input('');
}
