import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';

/** The pages of the works back office, above each of them. */
@Component({
  selector: 'agora-works-staff-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="sub-nav" [attr.aria-label]="'works.staff.nav.label' | t">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="sub-nav__link--active"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ link.label | t }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
})
export class WorksStaffNavComponent {
  protected readonly links = [
    { path: '/gestion/travaux', label: 'works.staff.nav.list' },
    { path: '/gestion/travaux/nouveau', label: 'works.staff.nav.new' },
    { path: '/gestion/travaux/import', label: 'works.staff.nav.import' },
    { path: '/gestion/travaux/priorisation', label: 'works.staff.nav.prioritisation' },
  ];
}
