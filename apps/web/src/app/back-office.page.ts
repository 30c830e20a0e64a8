import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';
import { PageHeaderComponent } from '@agora/web-ui';

/** `/gestion`: the way into each feature's back office, for staff, officials and admins. */
@Component({
  selector: 'agora-back-office-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'backOffice.title' | t" [lead]="'backOffice.lead' | t" />
    <ul class="plain-list back-office-list">
      <li>
        <h2><a routerLink="/gestion/budgets">{{ 'backOffice.budgets' | t }}</a></h2>
        <p>{{ 'backOffice.budgetsText' | t }}</p>
      </li>
      <li>
        <h2><a routerLink="/gestion/consultations">{{ 'backOffice.consultations' | t }}</a></h2>
        <p>{{ 'backOffice.consultationsText' | t }}</p>
      </li>
      <li>
        <h2><a routerLink="/gestion/idees">{{ 'backOffice.ideas' | t }}</a></h2>
        <p>{{ 'backOffice.ideasText' | t }}</p>
      </li>
      <li>
        <h2><a routerLink="/gestion/travaux">{{ 'backOffice.works' | t }}</a></h2>
        <p>{{ 'backOffice.worksText' | t }}</p>
      </li>
    </ul>
  `,
  styles: `
    .back-office-list h2 {
      margin-bottom: var(--space-1);
      font-size: 1.25rem;
    }
  `,
})
export class BackOfficePage {}
