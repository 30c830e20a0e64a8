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

import type { Answers } from '@agora/consultation-rules';
import {
  AppError,
  FlashStore,
  PageTitleStrategy,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { AnswerFormComponent } from '../answer/answer-form.component';
import { ConsultationsApi, type Consultation } from '../consultations.api';
import { ResponseSubmission } from './response-submission.state';

/**
 * `/consultations/:slug/repondre`: the answer form. A draft is saved on request and offered again
 * on the next visit; the final answer can be sent once.
 */
@Component({
  selector: 'agora-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    AnswerFormComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="detail()?.title ?? ('consultations.answerPage.title' | t)">
      <p>
        <a [routerLink]="['/consultations', slug()]">{{ 'consultations.backToConsultation' | t }}</a>
      </p>
    </agora-page-header>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (detail(); as d) {
      @if (d.me; as m) {
        @if (m.answered) {
          <agora-notice tone="info" [toneLabel]="toneLabels.info | t"
            ><p>{{ 'consultations.page.alreadyAnswered' | t }}</p></agora-notice
          >
        } @else if (!m.canAnswer) {
          <agora-notice tone="info" [toneLabel]="toneLabels.info | t"
            ><p>{{ m.reason | t }}</p></agora-notice
          >
        } @else {
          <p>{{ (d.anonymous ? 'consultations.page.anonymous' : 'consultations.page.identified') | t }}</p>
          <p class="muted">{{ 'consultations.answerPage.requiredNote' | t }}</p>
          @if (draftNotice()) {
            <agora-notice tone="success" [toneLabel]="toneLabels.success | t"
              ><p>{{ draftNotice() | t }}</p></agora-notice
            >
          }
          <div class="field field--choice notify">
            <div class="field__choice">
              <input
                type="checkbox"
                id="me-prevenir"
                [checked]="notifyMe()"
                (change)="notifyMe.set($any($event.target).checked)"
              />
              <label class="field__label" for="me-prevenir">{{
                'consultations.answerPage.notifyMe' | t
              }}</label>
            </div>
          </div>
          <agora-answer-form
            [definition]="d.definition"
            [initialAnswers]="initial()"
            [onePerScreen]="d.onePerScreen"
            [busy]="submission.busy()"
            [serverErrors]="submission.errors()"
            [generalError]="submission.generalError()"
            (submitted)="submit(d, $event)"
            (draftSaved)="saveDraft(d, $event)"
          />
        }
      } @else {
        <agora-notice tone="info" [toneLabel]="toneLabels.info | t"
          ><p>{{ 'consultations.page.signInToAnswer' | t }}</p></agora-notice
        >
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class AnswerPage {
  readonly slug = input.required<string>();

  private readonly api = inject(ConsultationsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly detail = signal<Consultation | null>(null);
  protected readonly notifyMe = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly submission = new ResponseSubmission(inject(TranslationService));
  protected readonly draftNotice = signal<string | null>(null);
  protected readonly initial = computed(() => this.detail()?.me?.draft ?? {});

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected async submit(detail: Consultation, answers: Answers): Promise<void> {
    const sent = await this.submission.run(() =>
      this.api.submit(detail.id, answers, this.notifyMe()).then(() => undefined),
    );
    if (!sent) return;
    this.flash.show('consultations.answerPage.sent', 'success');
    await this.router.navigate(['/consultations', detail.slug, 'merci']);
  }

  protected async saveDraft(detail: Consultation, answers: Record<string, unknown>): Promise<void> {
    this.draftNotice.set(null);
    const saved = await this.submission.run(() =>
      this.api.saveDraft(detail.id, answers).then(() => undefined),
    );
    if (saved) this.draftNotice.set('consultations.answerPage.draftSaved');
  }

  private async load(slug: string): Promise<void> {
    this.error.set(null);
    try {
      const detail = await this.api.get(slug);
      this.detail.set(detail);
      this.title.setPageTitle('consultations.answerPage.pageTitle', { title: detail.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
