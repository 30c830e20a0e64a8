import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TONE_LABELS, TranslatePipe } from '@agora/web-core';
import { NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PrioritisationStore } from './prioritisation.store';

/** `/priorisations/:process/recepisse`: the receipt code, shown once, and what it is for. */
@Component({
  selector: 'agora-prioritisation-receipt-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'works.receipt.title' | t" />
    @if (store.receipt(); as code) {
      <agora-notice tone="success" [toneLabel]="toneLabels.success | t" [heading]="'works.receipt.done' | t">
        <p>{{ 'works.receipt.doneText' | t }}</p>
      </agora-notice>
      <section class="section" aria-labelledby="recu-code">
        <h2 id="recu-code">{{ 'works.receipt.codeTitle' | t }}</h2>
        <p class="receipt-code">{{ code }}</p>
        <p>{{ 'works.receipt.keep' | t }}</p>
        <p>{{ 'works.receipt.secret' | t }}</p>
      </section>
    } @else {
      <agora-notice tone="info" [toneLabel]="toneLabels.info | t">
        <p>{{ 'works.receipt.none' | t }}</p>
      </agora-notice>
    }
    <p class="button-row">
      <a [routerLink]="['/priorisations', process(), 'resultats']">{{ 'works.receipt.results' | t }}</a>
      <a routerLink="/travaux">{{ 'works.backToList' | t }}</a>
    </p>
  `,
  styles: `
    .receipt-code {
      display: inline-block;
      margin: 0;
      padding: var(--space-2) var(--space-3);
      border: 2px dashed var(--color-border);
      border-radius: var(--radius);
      font-family: var(--font-code);
      font-size: clamp(1.5rem, 7vw, 2.5rem);
      font-weight: 700;
      letter-spacing: 0.08em;
      overflow-wrap: anywhere;
      user-select: all;
    }
  `,
})
export class PrioritisationReceiptPage {
  readonly process = input.required<string>();

  protected readonly store = inject(PrioritisationStore);
  protected readonly toneLabels = TONE_LABELS;
}
