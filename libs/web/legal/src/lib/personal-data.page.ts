import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TONE_LABELS, TranslatePipe, TranslationService } from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { contactHref } from './contact-link';
import { legalInfoState } from './legal-info.state';

/** Information owed to data subjects under GDPR art. 13: controller, DPO, purposes, retention, rights. */
@Component({
  selector: 'agora-personal-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadingComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'legal.data.title' | t" [lead]="'legal.data.lead' | t" />
    @if (legal.loading()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else if (legal.error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (legal.info(); as info) {
      <div class="prose">
        @if (i18n.locale() !== 'fr') {
          <p class="hint-block">{{ 'legal.frenchOnly' | t }}</p>
        }
        <h2>{{ 'legal.data.controller' | t }}</h2>
        <p lang="fr" class="preserve-lines">{{ info.publisherName }}<br />{{ info.publisherAddress }}</p>

        <h2>{{ 'legal.data.dpo' | t }}</h2>
        <p lang="fr">
          {{ info.dpoName }}<br />
          @if (contactHref(info.dpoContact); as href) {
            <a [href]="href">{{ info.dpoContact }}</a>
          } @else {
            {{ info.dpoContact }}
          }
        </p>

        <h2>{{ 'legal.data.processing' | t }}</h2>
        <p lang="fr" class="preserve-lines">{{ info.dataProcessing }}</p>

        <h2>{{ 'legal.data.retention' | t }}</h2>
        <p lang="fr" class="preserve-lines">{{ info.retention }}</p>

        <h2>{{ 'legal.data.cookies' | t }}</h2>
        <p>{{ 'legal.data.cookiesText' | t }}</p>

        <h2>{{ 'legal.data.rights' | t }}</h2>
        <p>{{ 'legal.data.rightsText' | t }}</p>
        <ul>
          <li>
            {{ 'legal.data.rightsAccount' | t }}
            <a routerLink="/mon-compte" fragment="mes-donnees">{{ 'legal.data.rightsAccountLink' | t }}</a>
          </li>
          <li>{{ 'legal.data.rightsDpo' | t }}</li>
          <li>
            {{ 'legal.data.rightsCnil' | t }}
            <a href="https://www.cnil.fr/fr/adresser-une-plainte" rel="external">{{
              'legal.data.rightsCnilLink' | t
            }}</a>
          </li>
        </ul>
      </div>
    }
  `,
})
export class PersonalDataPage {
  readonly territoire = input<string>();
  protected readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly legal = legalInfoState(this.territoire);
  protected readonly contactHref = contactHref;
}
