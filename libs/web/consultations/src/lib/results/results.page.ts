import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  PLATFORM_ID,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import { isQuestion, type Question } from '@agora/consultation-rules';
import type { HiddenConsultationText } from '@agora/contracts';
import {
  AppError,
  PageTitleStrategy,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import { LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { ConsultationsApi, type Consultation, type ResultsSnapshot } from '../consultations.api';
import { ConclusionsComponent } from '../public/conclusions.component';
import { OpenDataFilesComponent } from '../public/open-data-files.component';
import { StaffConsultationsApi } from '../staff/staff-consultations.api';
import { StaffNavComponent } from '../staff/staff-nav.component';
import { WordingPipe } from '../wording.pipe';
import { HiddenTextsComponent } from './hidden-texts.component';
import { QuestionResultComponent, type TextPageRequest } from './question-result.component';

/**
 * `/consultations/:slug/resultats` (and `/gestion/consultations/:slug/resultats` for moderation):
 * each question's result, filtered by quartier, pushed again by the API after each answer. The new
 * total is announced politely; focus never moves.
 */
@Component({
  selector: 'agora-consultation-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    WordingPipe,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    QuestionResultComponent,
    OpenDataFilesComponent,
    StaffNavComponent,
    ConclusionsComponent,
    HiddenTextsComponent,
  ],
  template: `
    @if (moderation()) {
      <agora-staff-consultation-nav [slug]="slug()" />
    }
    <agora-page-header [heading]="'consultations.results.title' | t" [lead]="detail()?.title ?? ''">
      <p>
        <a [routerLink]="moderation() ? ['/gestion/consultations', slug()] : ['/consultations', slug()]">
          {{ 'consultations.backToConsultation' | t }}
        </a>
      </p>
    </agora-page-header>
    <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() }}</p>
    @if (error(); as error) {
      <agora-notice tone="info" [toneLabel]="toneLabels.info | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (page(); as page) {
      @if (detail()?.conclusions?.publishedAt) {
        <agora-consultation-conclusions [conclusions]="detail()!.conclusions!" />
      }
      <div class="results-bar">
        <p class="lead">
          <strong>{{ 'consultations.results.respondents' | t: { count: page.results.respondents } }}</strong>
          @if (page.final) {
            <span class="muted"> · {{ 'consultations.results.final' | t }}</span>
          } @else {
            <span class="muted">
              · {{ (live() ? 'consultations.results.live' : 'consultations.results.notLive') | t }}</span
            >
          }
        </p>
        @if (page.quartiers.length) {
          <div class="field field--compact">
            <label class="field__label" for="filtre-quartier">{{
              'consultations.results.quartierFilter' | t
            }}</label>
            <select
              class="control"
              id="filtre-quartier"
              (change)="quartierId.set($any($event.target).value || null)"
            >
              <option value="">{{ 'consultations.results.allQuartiers' | t }}</option>
              @for (quartier of page.quartiers; track quartier.id) {
                <option [value]="quartier.id" [selected]="quartierId() === quartier.id">
                  {{ quartier.name }}
                </option>
              }
            </select>
          </div>
        }
      </div>
      @for (result of page.results.questions; track result.questionId; let i = $index) {
        @if (questionById()[result.questionId]; as question) {
          <section class="section" [attr.aria-labelledby]="'resultat-' + result.questionId">
            <h2 [id]="'resultat-' + result.questionId">{{ question.title | wording }}</h2>
            <agora-question-result
              [question]="question"
              [result]="result"
              [moderation]="moderation()"
              (hide)="hide(result.questionId, $event)"
              (textPage)="turnPage($event)"
            />
          </section>
        }
      }
      @if (moderation() && hiddenTexts(); as hidden) {
        <agora-hidden-texts
          [texts]="hidden"
          [questionTitles]="questionTitles()"
          [busy]="restoring()"
          (restore)="unhide($event)"
        />
      }
      @if (detail()?.files?.length) {
        <agora-open-data-files [files]="detail()!.files" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .results-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--space-3);
    }
  `,
})
export class ResultsPage {
  readonly slug = input.required<string>();
  /** Staff route: each free text gets a "hide" button. */
  readonly moderation = input(false);

  private readonly api = inject(ConsultationsApi);
  private readonly staffApi = inject(StaffConsultationsApi);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly detail = signal<Consultation | null>(null);
  protected readonly page = signal<ResultsSnapshot | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly live = signal(false);
  protected readonly announcement = signal('');
  protected readonly quartierId = signal<string | null>(null);
  private readonly textOffsets = signal<Record<string, number>>({});
  protected readonly questionById = computed(() => {
    const byId: Record<string, Question> = {};
    for (const item of this.detail()?.definition.questions ?? []) if (isQuestion(item)) byId[item.id] = item;
    return byId;
  });
  protected readonly questionTitles = computed(() =>
    Object.fromEntries(Object.entries(this.questionById()).map(([id, q]) => [id, q.title])),
  );
  /** Staff route only: the texts hidden so far, to show one again. */
  protected readonly hiddenTexts = signal<HiddenConsultationText[] | null>(null);
  protected readonly restoring = signal(false);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private source: EventSource | null = null;
  private fetching = false;
  private again = false;

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
    effect(() => {
      this.quartierId();
      this.textOffsets();
      untracked(() => {
        if (this.detail()) void this.refresh();
      });
    });
    inject(DestroyRef).onDestroy(() => this.source?.close());
  }

  protected turnPage(request: TextPageRequest): void {
    this.textOffsets.update((offsets) => ({ ...offsets, [request.questionId]: request.offset }));
  }

  protected async hide(questionId: string, textId: string): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    try {
      await this.staffApi.hideText(detail.id, questionId, textId);
      this.announcement.set(this.i18n.translate('consultations.results.hidden'));
      await Promise.all([this.refresh(), this.loadHidden(detail.id)]);
    } catch (error) {
      this.announcement.set(this.i18n.translate(toAppError(error).message));
    }
  }

  protected async unhide(textId: string): Promise<void> {
    const detail = this.detail();
    if (!detail || this.restoring()) return;
    this.restoring.set(true);
    try {
      await this.staffApi.unhideText(detail.id, textId);
      this.announcement.set(this.i18n.translate('consultations.results.unhidden'));
      await Promise.all([this.refresh(), this.loadHidden(detail.id)]);
    } catch (error) {
      this.announcement.set(this.i18n.translate(toAppError(error).message));
    } finally {
      this.restoring.set(false);
    }
  }

  private async loadHidden(id: string): Promise<void> {
    if (!this.moderation()) return;
    this.hiddenTexts.set(await this.staffApi.hiddenTexts(id));
  }

  private async load(slug: string): Promise<void> {
    this.source?.close();
    this.error.set(null);
    try {
      // The team reads drafts and results hidden from the public through the back-office calls.
      const detail = this.moderation() ? await this.staffApi.get(slug) : await this.api.get(slug);
      this.detail.set(detail);
      this.title.setPageTitle('consultations.results.pageTitle', { title: detail.title });
      await Promise.all([this.refresh(), this.loadHidden(detail.id)]);
      if (detail.status === 'published') this.listen(detail.id);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  /** One request at a time; answers arriving meanwhile trigger one more. */
  private async refresh(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    if (this.fetching) {
      this.again = true;
      return;
    }
    this.fetching = true;
    try {
      const before = this.page()?.results.respondents;
      const query = { quartierId: this.quartierId(), textOffsets: this.textOffsets() };
      const page = this.moderation()
        ? await this.staffApi.results(detail.id, query)
        : await this.api.results(detail.id, query);
      this.page.set(page);
      const after = page.results.respondents;
      if (before !== undefined && after !== before) {
        this.announcement.set(this.i18n.translate('consultations.results.updated', { count: after }));
      }
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.fetching = false;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    }
  }

  private listen(id: string): void {
    // Server-side rendering has no live connection; the browser opens it after hydration.
    if (!this.browser || typeof EventSource === 'undefined') return;
    const source = new EventSource(this.api.liveUrl(id), { withCredentials: true });
    this.source = source;
    source.onopen = () => this.live.set(true);
    source.onerror = () => this.live.set(false);
    // The event says the results changed; the page asks again with its own filter and pages.
    source.addEventListener('results', () => void this.refresh());
  }
}
