import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import type { WorkUnsubscribeResult } from '@agora/contracts';
import { AppError, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { WorksApi } from '../works.api';

/**
 * `/travaux/desabonnement?jeton=…` (or `?token=…`): the one-click link of a notification e-mail. The page sends the
 * token as soon as it opens (no sign-in, no further click); mail scanners that only fetch the link
 * run no script, so they cannot unsubscribe anyone.
 */
@Component({
  selector: 'agora-work-unsubscribe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, LoadingComponent, NoticeComponent, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'works.unsubscribe.title' | t" />
    @if (!tokenValue()) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t">
        <p>{{ 'works.unsubscribe.noToken' | t }}</p>
      </agora-notice>
    } @else if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t">
        <p>{{ error.message | t }}</p>
      </agora-notice>
    } @else if (result(); as result) {
      <agora-notice tone="success" [toneLabel]="toneLabels.success | t">
        <p>{{ result.message | t }}</p>
      </agora-notice>
      @if (result.workId) {
        <p>
          <a [routerLink]="['/travaux', result.workId]">{{
            'works.unsubscribe.backToWork' | t: { title: result.title ?? '' }
          }}</a>
        </p>
      }
    } @else {
      <agora-loading [text]="'works.unsubscribe.working' | t" />
    }
    <p>{{ 'works.unsubscribe.hint' | t }}</p>
    <p>
      <a routerLink="/travaux">{{ 'works.backToList' | t }}</a>
    </p>
  `,
})
export class WorkUnsubscribePage {
  readonly jeton = input<string>();
  /** The same token under its English name, as some mails may write the link. */
  readonly token = input<string>();

  private readonly api = inject(WorksApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly tokenValue = computed(() => this.jeton() || this.token() || null);
  protected readonly result = signal<WorkUnsubscribeResult | null>(null);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    // In the browser only: a server-side render (a link scanner fetching the page) must never unsubscribe.
    afterNextRender(() => {
      const token = this.tokenValue();
      if (token) void this.unsubscribe(token);
    });
  }

  private async unsubscribe(token: string): Promise<void> {
    this.error.set(null);
    try {
      this.result.set(await this.api.unsubscribe(token));
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
