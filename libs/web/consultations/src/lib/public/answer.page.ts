import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
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
  SessionStore,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { AnswerFormComponent } from '../answer/answer-form.component';
import {
  IdentityFieldsComponent,
  NO_IDENTITY,
  missingIdentity,
  type PersonIdentity,
  type PersonIdentityKey,
} from '../answer/identity-fields.component';
import { ConsultationsApi, type Consultation } from '../consultations.api';
import { BrowserDraftStore } from './browser-draft.store';
import { ResponseSubmission } from './response-submission.state';

const IDENTITY_ERRORS: Record<PersonIdentityKey, string> = {
  lastName: 'consultations.identity.lastNameRequired',
  firstName: 'consultations.identity.firstNameRequired',
  birthDate: 'consultations.identity.birthDateRequired',
};

/**
 * `/consultations/:slug/repondre`: the answer form. A draft is saved on request and offered again on
 * the next visit: for an anonymous consultation in this browser only (the server never holds an
 * account next to answers), for an identified one on the server, deleted with the submission.
 */
@Component({
  selector: 'agora-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    AnswerFormComponent,
    IdentityFieldsComponent,
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
          <p class="muted">
            {{
              (d.anonymous ? 'consultations.answerPage.draftInBrowser' : 'consultations.answerPage.draftOnServer')
                | t
            }}
          </p>
          <p class="muted">{{ 'consultations.answerPage.requiredNote' | t }}</p>
          @if (draftNotice(); as notice) {
            <agora-notice [tone]="notice.tone" [toneLabel]="toneLabels[notice.tone] | t"
              ><p>{{ notice.text | t }}</p></agora-notice
            >
          }
          @if (d.counterAnswers) {
            <agora-identity-fields
              idPrefix="identite"
              [hint]="'consultations.identity.onlineHint'"
              [value]="identity()"
              [errors]="identityErrors()"
              (valueChange)="setIdentity($event)"
            />
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
  private readonly session = inject(SessionStore);
  private readonly drafts = inject(BrowserDraftStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly detail = signal<Consultation | null>(null);
  protected readonly notifyMe = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly submission = new ResponseSubmission(inject(TranslationService));
  protected readonly draftNotice = signal<{ tone: 'success' | 'error'; text: string } | null>(null);
  protected readonly identity = signal<PersonIdentity>(NO_IDENTITY);
  protected readonly identityErrors = signal<Partial<Record<PersonIdentityKey, string>>>({});
  /** Anonymous consultations: the draft this browser kept for this account. */
  private readonly browserDraft = computed(() => {
    const detail = this.detail();
    const me = this.session.me();
    return detail?.anonymous && me ? this.drafts.load(detail.id, me.id) : null;
  });
  protected readonly initial = computed(() => {
    const detail = this.detail();
    if (!detail) return {};
    return (detail.anonymous ? this.browserDraft()?.answers : detail.me?.draft) ?? {};
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected setIdentity(identity: PersonIdentity): void {
    this.identity.set(identity);
    const missing = new Set(missingIdentity(identity));
    // A field filled in loses its error; the others keep theirs until the next try.
    this.identityErrors.update((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([key]) => missing.has(key as PersonIdentityKey))),
    );
  }

  protected async submit(detail: Consultation, answers: Answers): Promise<void> {
    let identity: PersonIdentity | null = null;
    if (detail.counterAnswers) {
      const missing = missingIdentity(this.identity());
      if (missing.length) {
        this.identityErrors.set(Object.fromEntries(missing.map((key) => [key, IDENTITY_ERRORS[key]])));
        afterNextRender(
          { read: () => this.document.getElementById(`identite-${missing[0]}`)?.focus() },
          { injector: this.injector },
        );
        return;
      }
      const typed = this.identity();
      identity = { lastName: typed.lastName.trim(), firstName: typed.firstName.trim(), birthDate: typed.birthDate };
    }
    const sent = await this.submission.run(() =>
      this.api.submit(detail.id, answers, this.notifyMe(), identity).then(() => undefined),
    );
    if (!sent) return;
    const me = this.session.me();
    if (detail.anonymous && me) this.drafts.remove(detail.id, me.id);
    this.flash.show('consultations.answerPage.sent', 'success');
    await this.router.navigate(['/consultations', detail.slug, 'merci']);
  }

  protected async saveDraft(detail: Consultation, answers: Record<string, unknown>): Promise<void> {
    this.draftNotice.set(null);
    if (detail.anonymous) {
      const me = this.session.me();
      const kept = !!me && this.drafts.save(detail.id, me.id, answers);
      this.draftNotice.set(
        kept
          ? { tone: 'success', text: 'consultations.answerPage.draftSavedInBrowser' }
          : { tone: 'error', text: 'consultations.answerPage.draftNotSavedInBrowser' },
      );
      return;
    }
    const saved = await this.submission.run(() =>
      this.api.saveDraft(detail.id, answers).then(() => undefined),
    );
    if (saved) this.draftNotice.set({ tone: 'success', text: 'consultations.answerPage.draftSaved' });
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
