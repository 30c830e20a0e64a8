import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { AppError, TONE_LABELS, TranslatePipe, injectFocusOnRender } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { PrioritisationStore } from './prioritisation.store';

/** `/priorisations/:process/verification`: the ballot read back before it is cast, for good. */
@Component({
  selector: 'agora-prioritisation-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'works.review.title' | t" [lead]="store.page()?.process?.title ?? ''" />
    @if (!store.page()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else if (!store.ready()) {
      <agora-notice tone="info" [toneLabel]="toneLabels.info | t">
        <p>{{ 'works.review.nothing' | t }}</p>
      </agora-notice>
      <p>
        <a [routerLink]="['/priorisations', process()]">{{ 'works.review.back' | t }}</a>
      </p>
    } @else {
      @if (error(); as error) {
        <div id="verification-erreur" tabindex="-1">
          <agora-notice tone="error" [toneLabel]="toneLabels.error | t">
            <p>{{ error.message | t }}</p>
          </agora-notice>
        </div>
      }
      @if (store.prioritisation()?.mode === 'ranking') {
        <h2>{{ 'works.review.orderTitle' | t }}</h2>
        <ol class="review-list">
          @for (work of store.ordered(); track work.id) {
            <li>{{ work.title }}</li>
          }
        </ol>
      } @else {
        <h2>{{ 'works.review.pointsTitle' | t }}</h2>
        <ul class="review-list">
          @for (work of store.works(); track work.id) {
            @if (store.spread()[work.id]) {
              <li>
                {{ 'works.review.pointsLine' | t: { title: work.title, points: store.spread()[work.id] } }}
              </li>
            }
          }
        </ul>
      }
      <agora-notice tone="warning" [toneLabel]="toneLabels.warning | t" [live]="false">
        <p>{{ 'works.review.final' | t }}</p>
      </agora-notice>
      <p class="button-row">
        <button agoraButton type="button" [busy]="busy()" (click)="cast()">
          {{ 'works.review.cast' | t }}
        </button>
        <a agoraButton variant="secondary" [routerLink]="['/priorisations', process()]">{{
          'works.review.change' | t
        }}</a>
      </p>
    }
  `,
  styles: `
    .review-list li + li {
      margin-top: var(--space-1);
    }
  `,
})
export class PrioritisationReviewPage {
  readonly process = input.required<string>();

  private readonly router = inject(Router);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly store = inject(PrioritisationStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const key = this.process();
      untracked(() => void this.store.load(key));
    });
  }

  protected async cast(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const error = await this.store.cast();
    this.busy.set(false);
    if (error) {
      this.error.set(error);
      this.focusOnRender('verification-erreur');
      return;
    }
    void this.router.navigate(['/priorisations', this.process(), 'recepisse']);
  }
}
