import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import type { BallotProject } from '@agora/contracts';
import { AppError, EurosPipe, injectFocusOnRender, TONE_LABELS, TranslatePipe } from '@agora/web-core';
import { ButtonComponent, ErrorSummaryComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { orderedChoice } from './ballot-check.rule';
import { BallotStore, EnvelopeView } from './ballot.store';

interface ReviewLine {
  project: BallotProject;
  points: number | null;
  rank: number | null;
}

/** `/budgets/:slug/voter/confirmation`: the choice read back before it is cast, for good. */
@Component({
  selector: 'agora-ballot-confirmation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    ErrorSummaryComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'budgets.confirm.title' | t" [lead]="'budgets.confirm.lead' | t" />

    <agora-error-summary
      summaryId="confirmation-erreurs"
      [heading]="'budgets.confirm.failed' | t"
      [message]="failure() ? (failure()?.message | t) : null"
    />
    @if (failure() && store.receipts().length) {
      <p>
        <a [routerLink]="['/budgets', slug(), 'recepisse']">{{ 'budgets.ballot.seeReceipts' | t }}</a>
      </p>
    }

    @if (store.filled().length === 0) {
      <agora-notice tone="info" [toneLabel]="toneLabels.info | t">
        <p>{{ 'budgets.confirm.empty' | t }}</p>
      </agora-notice>
      <p>
        <a agoraButton [routerLink]="['/budgets', slug(), 'voter']">{{
          'budgets.confirm.backToBallot' | t
        }}</a>
      </p>
    } @else {
      @for (envelope of store.filled(); track envelope.budget.id) {
        <section class="section" [attr.aria-labelledby]="'revue-' + envelope.budget.id">
          <h2 [id]="'revue-' + envelope.budget.id">{{ envelope.budget.name }}</h2>
          <ul>
            @for (line of lines(envelope); track line.project.id) {
              <li>
                @if (line.rank) {
                  {{ 'budgets.confirm.rank' | t: { rank: line.rank } }}
                }
                <strong>{{ line.project.title }}</strong> — {{ line.project.costCents | euros }}
                @if (line.points !== null) {
                  — {{ 'budgets.confirm.points' | t: { points: line.points } }}
                }
              </li>
            }
          </ul>
          @if (envelope.budget.rules.kind === 'knapsack') {
            <p>
              {{
                'budgets.confirm.total'
                  | t
                    : {
                        total: (envelope.check.spentCents | euros),
                        amount: (envelope.budget.amountCents | euros),
                      }
              }}
            </p>
          }
        </section>
      }
      @if (skipped().length) {
        <p>{{ 'budgets.confirm.skipped' | t: { names: skipped().join(', ') } }}</p>
      }

      <agora-notice
        tone="warning"
        [toneLabel]="toneLabels.warning | t"
        [heading]="'budgets.confirm.finalTitle' | t"
        [live]="false"
      >
        <p>{{ 'budgets.confirm.finalText' | t }}</p>
      </agora-notice>

      <div class="field__choice">
        <input
          id="recepisse-email"
          type="checkbox"
          class="control"
          [checked]="store.emailReceipt()"
          (change)="toggleEmail($event)"
        />
        <label class="field__label" for="recepisse-email">{{ 'budgets.confirm.emailReceipt' | t }}</label>
      </div>

      <div class="form__actions">
        <button agoraButton type="button" [busy]="busy()" (click)="cast()">
          {{ 'budgets.confirm.cast' | t }}
        </button>
        <a agoraButton variant="secondary" [routerLink]="['/budgets', slug(), 'voter']">{{
          'budgets.confirm.change' | t
        }}</a>
      </div>
    }
  `,
})
export class BallotConfirmationPage {
  readonly slug = input.required<string>();

  private readonly router = inject(Router);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly store = inject(BallotStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly busy = signal(false);
  protected readonly failure = signal<AppError | null>(null);
  protected readonly skipped = computed(() =>
    this.store
      .envelopes()
      .filter((e) => !e.alreadyVoted && e.check.count === 0)
      .map((e) => e.budget.name),
  );

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.store.load(slug));
    });
  }

  protected lines(envelope: EnvelopeView): ReviewLine[] {
    const kind = envelope.budget.rules.kind;
    return orderedChoice(kind, envelope.selection).flatMap((id) => {
      const project = envelope.budget.projects.find((p) => p.id === id);
      if (!project) return [];
      return [
        {
          project,
          points: kind === 'cumulative' ? (envelope.selection.points[id] ?? 0) : null,
          rank: kind === 'ranked' ? (envelope.selection.ranks[id] ?? null) : null,
        },
      ];
    });
  }

  protected toggleEmail(event: Event): void {
    this.store.emailReceipt.set((event.target as HTMLInputElement).checked);
  }

  protected async cast(): Promise<void> {
    if (this.busy()) return;
    if (!this.store.ready()) {
      void this.router.navigate(['/budgets', this.slug(), 'voter']);
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    const failure = await this.store.cast();
    this.busy.set(false);
    if (failure) {
      this.failure.set(failure);
      this.focusOnRender('confirmation-erreurs');
      return;
    }
    void this.router.navigate(['/budgets', this.slug(), 'recepisse']);
  }
}
