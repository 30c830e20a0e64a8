import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';

/** The back office of one consultation: its pages, above each of them. */
@Component({
  selector: 'agora-staff-consultation-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="sub-nav" [attr.aria-label]="'consultations.staff.nav.label' | t">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="['/gestion/consultations', slug(), link.path]"
              routerLinkActive="sub-nav__link--active"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
            >
              {{ link.label | t }}
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class StaffNavComponent {
  readonly slug = input.required<string>();

  protected readonly links = [
    { path: '', label: 'consultations.staff.nav.manage' },
    { path: 'modifier', label: 'consultations.staff.nav.edit' },
    { path: 'resultats', label: 'consultations.staff.nav.results' },
    { path: 'guichet', label: 'consultations.staff.nav.counter' },
  ];
}
