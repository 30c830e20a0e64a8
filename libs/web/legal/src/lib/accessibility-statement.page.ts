import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import type { LegalInfo } from '@agora/contracts';
import { TONE_LABELS, TranslatePipe, TranslationService } from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { contactHref } from './contact-link';
import { legalInfoState } from './legal-info.state';

const STATUS_TEXT: Record<LegalInfo['accessibilityStatus'], string> = {
  totale: 'legal.a11y.statusFull',
  partielle: 'legal.a11y.statusPartial',
  'non conforme': 'legal.a11y.statusNone',
};

/**
 * Déclaration d'accessibilité in the structure the RGAA requires (art. 47 of loi n° 2005-102):
 * status, non-accessible content, feedback contact, and the Défenseur des droits as recourse.
 */
@Component({
  selector: 'agora-accessibility-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LoadingComponent, NoticeComponent, PageHeaderComponent],
  templateUrl: './accessibility-statement.page.html',
})
export class AccessibilityStatementPage {
  readonly territoire = input<string>();
  protected readonly i18n = inject(TranslationService);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly legal = legalInfoState(this.territoire);
  protected readonly contactHref = contactHref;
  protected readonly statusText = computed(() => {
    const info = this.legal.info();
    return info ? STATUS_TEXT[info.accessibilityStatus] : null;
  });
}
