import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Chargement…" announced politely, with a spinner that stops when motion is reduced. */
@Component({
  selector: 'agora-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'loading', role: 'status' },
  template: `<span class="loading__spinner" aria-hidden="true"></span>{{ text() }}`,
})
export class LoadingComponent {
  readonly text = input.required<string>();
}
