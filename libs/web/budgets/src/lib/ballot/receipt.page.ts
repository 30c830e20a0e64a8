import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TONE_LABELS, TranslatePipe } from '@agora/web-core';
import { ButtonComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { BallotStore } from './ballot.store';

/**
 * `/budgets/:slug/recepisse`: the receipt codes, shown once. Large, selectable, with a copy button,
 * and what to do with them once the results are out.
 */
@Component({
  selector: 'agora-receipt-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ButtonComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'budgets.receipt.title' | t" />

    @if (store.receipts().length === 0) {
      <agora-notice tone="info" [toneLabel]="toneLabels.info | t">
        <p>{{ 'budgets.receipt.none' | t }}</p>
      </agora-notice>
      <p>
        <a [routerLink]="['/budgets', slug()]">{{ 'budgets.backToProcess' | t }}</a>
      </p>
    } @else {
      <agora-notice
        tone="success"
        [toneLabel]="toneLabels.success | t"
        [heading]="'budgets.receipt.done' | t"
      >
        <p>{{ 'budgets.receipt.doneText' | t }}</p>
      </agora-notice>

      @for (receipt of store.receipts(); track receipt.budgetId) {
        <section class="section receipt" [attr.aria-labelledby]="'recu-' + receipt.budgetId">
          <h2 [id]="'recu-' + receipt.budgetId">
            {{ 'budgets.receipt.codeFor' | t: { name: receipt.budgetName } }}
          </h2>
          <p class="receipt__code" [id]="'code-' + receipt.budgetId">{{ receipt.code }}</p>
          <p class="button-row">
            <button
              agoraButton
              variant="secondary"
              type="button"
              (click)="copy(receipt.budgetId, receipt.code)"
            >
              {{ 'budgets.receipt.copy' | t }}
            </button>
          </p>
          <p aria-live="polite">
            @if (copied() === receipt.budgetId) {
              {{ 'budgets.receipt.copied' | t }}
            }
          </p>
        </section>
      }

      <section class="section" aria-labelledby="recu-ensuite">
        <h2 id="recu-ensuite">{{ 'budgets.receipt.nextTitle' | t }}</h2>
        <ol>
          <li>{{ 'budgets.receipt.step1' | t }}</li>
          <li>{{ 'budgets.receipt.step2' | t }}</li>
          <li>{{ 'budgets.receipt.step3' | t }}</li>
        </ol>
        <p>{{ 'budgets.receipt.secret' | t }}</p>
        <p class="button-row">
          <a agoraButton variant="secondary" routerLink="/verifier-recepisse">{{
            'budgets.receipt.checkLink' | t
          }}</a>
          <a agoraButton variant="quiet" [routerLink]="['/budgets', slug()]">{{
            'budgets.backToProcess' | t
          }}</a>
        </p>
      </section>
    }
  `,
  styles: `
    .receipt__code {
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
export class ReceiptPage {
  readonly slug = input.required<string>();

  protected readonly store = inject(BallotStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly copied = signal<string | null>(null);

  protected async copy(budgetId: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copied.set(budgetId);
    } catch {
      // Without clipboard access (an old browser, a refused permission) the code stays selectable.
      this.copied.set(null);
    }
  }
}
