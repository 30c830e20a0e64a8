import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's single h1 (focus lands on it after a navigation) and an optional lead paragraph. */
@Component({
  selector: 'agora-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'page-header' },
  template: `
    <ng-content select="[pageHeaderBefore]" />
    <h1 class="page-header__title" tabindex="-1">{{ heading() }}</h1>
    @if (lead()) {
      <p class="page-header__lead">{{ lead() }}</p>
    }
    <ng-content />
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly lead = input('');
}
