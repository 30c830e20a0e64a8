import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { SessionStore, TerritoryStore, TranslatePipe } from '@agora/web-core';
import { PageHeaderComponent } from '@agora/web-ui';

import { AccountDeletionSection } from './account-deletion.section';
import { DataExportSection } from './data-export.section';
import { EmailChangeSection } from './email-change.section';
import { HomeQuartierSection } from './home-quartier.section';
import { PasswordChangeSection } from './password-change.section';
import { ProfileSection } from './profile.section';

/** "Mon compte": one page with a table of contents, one section per thing a person can change. */
@Component({
  selector: 'agora-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AccountDeletionSection,
    DataExportSection,
    EmailChangeSection,
    HomeQuartierSection,
    PasswordChangeSection,
    ProfileSection,
  ],
  template: `
    @if (session.me(); as me) {
      <agora-page-header
        [heading]="'account.title' | t"
        [lead]="'account.lead' | t: { name: me.displayName, email: me.email }"
      />
      <nav class="toc" [attr.aria-label]="'account.toc' | t">
        <p class="toc__title" aria-hidden="true">{{ 'account.toc' | t }}</p>
        <ul>
          <li>
            <a routerLink="." fragment="profil">{{ 'account.profile.title' | t }}</a>
          </li>
          <li>
            <a routerLink="." fragment="quartier">{{ 'account.quartier.title' | t }}</a>
          </li>
          <li>
            <a routerLink="." fragment="adresse-e-mail">{{ 'account.email.title' | t }}</a>
          </li>
          <li>
            <a routerLink="." fragment="mot-de-passe">{{ 'account.password.title' | t }}</a>
          </li>
          <li>
            <a routerLink="." fragment="mes-donnees">{{ 'account.export.title' | t }}</a>
          </li>
          <li>
            <a routerLink="." fragment="supprimer">{{ 'account.delete.title' | t }}</a>
          </li>
        </ul>
      </nav>
      <agora-profile-section [me]="me" />
      <agora-home-quartier-section [me]="me" />
      <agora-email-change-section [me]="me" />
      <agora-password-change-section />
      <agora-data-export-section />
      <agora-account-deletion-section />
    }
  `,
})
export class AccountPage {
  protected readonly session = inject(SessionStore);

  constructor() {
    void inject(TerritoryStore).load();
  }
}
