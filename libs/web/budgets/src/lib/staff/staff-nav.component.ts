import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';

/** The back office of one process: its pages, above each of them. */
@Component({
  selector: 'agora-staff-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="sub-nav" [attr.aria-label]="'budgets.staff.nav.label' | t">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="['/gestion/budgets', slug(), link.path]"
              routerLinkActive="sub-nav__link--active"
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
    { path: 'demarche', label: 'budgets.builder.nav.process' },
    { path: 'enveloppes', label: 'budgets.builder.nav.envelopes' },
    { path: 'eligibilite', label: 'budgets.builder.nav.eligibility' },
    { path: 'phase', label: 'budgets.builder.nav.phase' },
    { path: 'guichet', label: 'budgets.staff.nav.counter' },
    { path: 'participation', label: 'budgets.staff.nav.participation' },
    { path: 'depouillement', label: 'budgets.staff.nav.count' },
    { path: 'etude', label: 'budgets.staff.nav.assessment' },
    { path: 'doublons', label: 'budgets.staff.nav.merge' },
    { path: 'projets', label: 'budgets.staff.nav.projects' },
    { path: 'habitants', label: 'budgets.staff.nav.census' },
  ];
}
