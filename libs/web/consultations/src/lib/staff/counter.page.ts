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

import type { Answers } from '@agora/consultation-rules';
import {
  AppError,
  PageTitleStrategy,
  TerritoryStore,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { AnswerFormComponent } from '../answer/answer-form.component';
import { NO_ONE, counterRequest, type Identity, type IdentityKey } from './counter-request.state';
import type { StaffConsultation } from '../consultations.api';
import { quartiersUnder } from './settings.state';
import { ResponseSubmission } from '../public/response-submission.state';
import { StaffConsultationsApi } from './staff-consultations.api';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/consultations/:slug/guichet`: a staff member enters the answers of a resident who came
 * to the town hall. Recorded as a counter answer, counted once per person like any other.
 */
@Component({
  selector: 'agora-consultation-counter-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    AnswerFormComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-consultation-nav [slug]="slug()" />
    <agora-page-header [heading]="'consultations.staff.counter.title' | t" [lead]="detail()?.title ?? ''" />
    @if (sent()) {
      <agora-notice tone="success" [toneLabel]="toneLabels.success | t"
        ><p>{{ 'consultations.staff.counter.sent' | t }}</p></agora-notice
      >
    }
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (detail(); as d) {
      @if (!d.counterAnswers) {
        <p>{{ 'consultations.staff.counter.onlineOnly' | t }}</p>
      } @else if (!d.acceptingAnswers) {
        <p>{{ 'consultations.staff.counter.notOpen' | t }}</p>
      } @else {
        <p class="hint-block">{{ 'consultations.staff.counter.lead' | t }}</p>
        <fieldset class="fieldset">
          <legend class="field__label">{{ 'consultations.staff.counter.who' | t }}</legend>
          <p class="field__hint">{{ 'consultations.staff.counter.whoHint' | t }}</p>
          @for (field of identityFields; track field.key) {
            <div class="field">
              <label class="field__label" [attr.for]="'guichet-' + field.key">
                {{ field.label | t }}
                @if (field.key === 'email') {
                  <span class="field__optional">{{ 'common.optional' | t }}</span>
                }
              </label>
              <input
                class="control"
                [id]="'guichet-' + field.key"
                [type]="field.type"
                autocomplete="off"
                [value]="identity()[field.key]"
                (input)="setIdentity(field.key, $any($event.target).value)"
              />
            </div>
          }
          @if (quartiers().length) {
            <div class="field">
              <label class="field__label" for="guichet-quartier">
                {{ 'consultations.staff.counter.quartier' | t }}
                <span class="field__optional">{{ 'common.optional' | t }}</span>
              </label>
              <select
                class="control"
                id="guichet-quartier"
                (change)="setIdentity('quartierId', $any($event.target).value)"
              >
                <option value="" [selected]="!identity().quartierId">
                  {{ 'consultations.answer.choose' | t }}
                </option>
                @for (quartier of quartiers(); track quartier.id) {
                  <option [value]="quartier.id" [selected]="identity().quartierId === quartier.id">
                    {{ quartier.name }}
                  </option>
                }
              </select>
            </div>
          }
          @if (identity().email) {
            <div class="field__choice">
              <input
                type="checkbox"
                id="guichet-prevenir"
                [checked]="notifyMe()"
                (change)="notifyMe.set($any($event.target).checked)"
              />
              <label for="guichet-prevenir">{{ 'consultations.staff.counter.notifyMe' | t }}</label>
            </div>
          }
        </fieldset>
        <agora-answer-form
          idPrefix="guichet"
          [definition]="d.definition"
          [initialAnswers]="blank()"
          [draftable]="false"
          [busy]="submission.busy()"
          [serverErrors]="submission.errors()"
          [generalError]="submission.generalError()"
          [submitLabel]="'consultations.staff.counter.submit'"
          (submitted)="submit(d, $event)"
        />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class CounterPage {
  readonly slug = input.required<string>();

  private readonly api = inject(StaffConsultationsApi);
  private readonly title = inject(PageTitleStrategy);
  private readonly territories = inject(TerritoryStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly detail = signal<StaffConsultation | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly identityFields: Array<{ key: IdentityKey; label: string; type: string }> = [
    { key: 'lastName', label: 'consultations.staff.counter.lastName', type: 'text' },
    { key: 'firstName', label: 'consultations.staff.counter.firstName', type: 'text' },
    { key: 'birthDate', label: 'consultations.staff.counter.birthDate', type: 'date' },
    { key: 'email', label: 'consultations.staff.counter.email', type: 'email' },
  ];
  protected readonly identity = signal<Identity>(NO_ONE);
  protected readonly notifyMe = signal(false);
  protected readonly quartiers = computed(() => {
    const detail = this.detail();
    return detail ? quartiersUnder(this.territories.territories(), detail.territoryId) : [];
  });
  protected readonly sent = signal(false);
  /** A new object after each answer, so the form starts blank for the next resident. */
  protected readonly blank = signal<Record<string, unknown>>({});
  protected readonly submission = new ResponseSubmission(inject(TranslationService));

  constructor() {
    void this.territories.load();
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected setIdentity(key: keyof Identity, value: string): void {
    this.identity.update((identity) => ({ ...identity, [key]: value }));
  }

  protected async submit(detail: StaffConsultation, answers: Answers): Promise<void> {
    this.sent.set(false);
    const request = counterRequest(answers, this.identity(), this.notifyMe());
    const sent = await this.submission.run(() =>
      this.api.counterAnswer(detail.id, request).then(() => undefined),
    );
    if (!sent) return;
    this.sent.set(true);
    this.identity.set(NO_ONE);
    this.notifyMe.set(false);
    this.blank.set({});
  }

  private async load(slug: string): Promise<void> {
    try {
      const detail = await this.api.get(slug);
      this.detail.set(detail);
      this.title.setPageTitle('consultations.staff.counter.pageTitle', { title: detail.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
