import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';

/** The administration area: its own navigation above each page. */
@Component({
  selector: 'agora-admin-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <nav class="sub-nav" [attr.aria-label]="'admin.nav.label' | t">
      <ul>
        <li>
          <a
            routerLink="/admin/territoires"
            routerLinkActive="sub-nav__link--active"
            ariaCurrentWhenActive="page"
          >
            {{ 'admin.nav.territories' | t }}
          </a>
        </li>
        <li>
          <a routerLink="/admin/roles" routerLinkActive="sub-nav__link--active" ariaCurrentWhenActive="page">
            {{ 'admin.nav.roles' | t }}
          </a>
        </li>
        <li>
          <a
            routerLink="/admin/journal"
            routerLinkActive="sub-nav__link--active"
            ariaCurrentWhenActive="page"
          >
            {{ 'admin.nav.audit' | t }}
          </a>
        </li>
      </ul>
    </nav>
    <router-outlet />
  `,
})
export class AdminLayout {}
