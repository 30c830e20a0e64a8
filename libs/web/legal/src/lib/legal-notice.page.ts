import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

import { TONE_LABELS, TranslatePipe, TranslationService } from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { legalInfoState } from './legal-info.state';

/** Mentions légales (loi n° 2004-575 du 21 juin 2004, art. 6 III): publisher, director, host. */
@Component({
  selector: 'agora-legal-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LoadingComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'legal.notice.title' | t" />
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
        <h2>{{ 'legal.notice.publisher' | t }}</h2>
        <p lang="fr" class="preserve-lines">{{ info.publisherName }}<br />{{ info.publisherAddress }}</p>
        <h2>{{ 'legal.notice.director' | t }}</h2>
        <p lang="fr">{{ info.publicationDirector }}</p>
        <h2>{{ 'legal.notice.host' | t }}</h2>
        <p lang="fr" class="preserve-lines">{{ info.host }}</p>
        <h2>{{ 'legal.notice.software' | t }}</h2>
        <p>{{ 'legal.notice.softwareText' | t }}</p>
      </div>
    }
  `,
})
export class LegalNoticePage {
  readonly territoire = input<string>();
  protected readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly legal = legalInfoState(this.territoire);
}
