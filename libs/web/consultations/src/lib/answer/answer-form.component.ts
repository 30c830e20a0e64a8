import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';

import {
  isQuestion,
  pruneHiddenAnswers,
  validateResponse,
  visibleQuestions,
  type Answers,
  type ConsultationDefinition,
  type ConsultationItem,
  type Question,
  type ResponseError,
} from '@agora/consultation-rules';
import { TranslatePipe, TranslationService } from '@agora/web-core';
import { ButtonComponent, ErrorSummaryComponent, type ErrorSummaryItem } from '@agora/web-ui';

import { WordingPipe } from '../wording.pipe';
import {
  errorsByQuestion,
  questionNumbers,
  screensOf,
  withAnswer,
  type DraftAnswers,
} from './answer-form.state';
import { QuestionFieldComponent } from './question-field.component';

/** Where one question per screen applies, when the official chose it: 40em ≈ 640 px at 16 px. */
const SMALL_SCREEN = '(max-width: 40em)';

/**
 * The answer form of a consultation, as residents, the counter and the builder's preview see it.
 * Display conditions apply as the person answers; the rules library checks each answer at once
 * (format, bounds) and everything on "suivant" or "envoyer", as the server will.
 */
@Component({
  selector: 'agora-answer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, WordingPipe, QuestionFieldComponent, ErrorSummaryComponent, ButtonComponent],
  template: `
    <form class="form form--wide" novalidate (submit)="$event.preventDefault(); send()">
      <agora-error-summary
        [summaryId]="idPrefix() + '-erreurs'"
        [heading]="'consultations.answer.errorsTitle' | t"
        [message]="generalError()"
        [items]="summary()"
      />
      @if (screens().length > 1) {
        <p class="muted" [id]="idPrefix() + '-progress'" tabindex="-1">
          {{ 'consultations.answer.progress' | t: { current: screenIndex() + 1, total: screens().length } }}
        </p>
        <progress
          class="progress"
          [value]="screenIndex() + 1"
          [max]="screens().length"
          [attr.aria-labelledby]="idPrefix() + '-progress'"
        ></progress>
      }
      @for (item of currentScreen(); track item.id) {
        @switch (item.type) {
          @case ('section') {
            <h2 class="answer-section">{{ $any(item).title | wording }}</h2>
            @if ($any(item).description) {
              <p class="preserve-lines">{{ $any(item).description | wording }}</p>
            }
          }
          @case ('help-text') {
            <p class="hint-block preserve-lines">{{ $any(item).text | wording }}</p>
          }
          @default {
            <agora-question-field
              [question]="asQuestion(item)"
              [value]="answers()[item.id]"
              [errors]="shownErrors()[item.id] ?? []"
              [number]="numbers()[item.id]"
              [idPrefix]="idPrefix()"
              (valueChange)="set(item.id, $event)"
            />
          }
        }
      }
      <p class="visually-hidden" aria-live="polite">{{ visibilityNews() }}</p>
      <div class="form__actions button-row">
        @if (screenIndex() > 0) {
          <button type="button" class="button button--secondary" (click)="go(-1)">
            {{ 'consultations.answer.previous' | t }}
          </button>
        }
        @if (screenIndex() < screens().length - 1) {
          <button type="button" class="button" (click)="next()">{{ 'consultations.answer.next' | t }}</button>
        } @else {
          <button type="submit" agoraButton [busy]="busy()" [disabled]="submitDisabled()">
            {{ submitLabel() | t }}
          </button>
        }
        @if (draftable()) {
          <button type="button" class="button button--quiet" [disabled]="busy()" (click)="draft()">
            {{ 'consultations.answer.saveDraft' | t }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .progress {
      width: 100%;
      max-width: 28rem;
    }
    .answer-section {
      margin-top: var(--space-5);
    }
  `,
})
export class AnswerFormComponent {
  readonly definition = input.required<ConsultationDefinition>();
  readonly initialAnswers = input<DraftAnswers>({});
  /** The official's choice: one question per screen on small phones (wider screens show them all). */
  readonly onePerScreen = input(false);
  readonly idPrefix = input('q');
  readonly busy = input(false);
  readonly draftable = input(true);
  readonly submitDisabled = input(false);
  readonly submitLabel = input('consultations.answer.submit');
  /** What the API refused, shown like the browser's own checks. */
  readonly serverErrors = input<ResponseError[]>([]);
  readonly generalError = input<string | null>(null);
  readonly submitted = output<Answers>();
  readonly draftSaved = output<Record<string, unknown>>();

  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly answers = signal<DraftAnswers>({});
  protected readonly screenIndex = signal(0);
  /** Full checks are shown after the person asked to go on: no red before they tried. */
  private readonly checkedErrors = signal<ResponseError[]>([]);
  protected readonly visibilityNews = signal('');

  protected readonly visible = computed(() => visibleQuestions(this.definition(), this.answers()));
  /** A small phone's width (and 200 % zoom on a laptop), known in the browser only. */
  private readonly smallScreen = signal(false);
  protected readonly screens = computed(() =>
    screensOf(this.visible(), this.onePerScreen() && this.smallScreen()),
  );
  protected readonly currentScreen = computed(
    () => this.screens()[Math.min(this.screenIndex(), this.screens().length - 1)] ?? [],
  );
  protected readonly numbers = computed(() => questionNumbers(this.definition().questions));
  /** Problems in what was typed (too long, out of bounds), shown at once; missing answers wait. */
  private readonly instantErrors = computed(() => {
    const check = validateResponse(this.definition(), this.pruned(), { partial: true });
    return check.valid ? [] : check.errors;
  });
  protected readonly shownErrors = computed(() => {
    const all = [...this.checkedErrors(), ...this.serverErrors()];
    const instant = this.instantErrors().filter((e) => !all.some((a) => a.questionId === e.questionId));
    return errorsByQuestion([...all, ...instant]);
  });
  protected readonly summary = computed<ErrorSummaryItem[]>(() => {
    const onScreen = new Set(this.currentScreen().map((item) => item.id));
    const errors = [...this.checkedErrors(), ...this.serverErrors()];
    return errors
      .filter((e) => e.questionId === null || onScreen.has(e.questionId) || this.screens().length === 1)
      .map((e) => ({
        fieldId: e.questionId ? `${this.idPrefix()}-${e.questionId}` : null,
        text: this.summaryText(e),
      }));
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const query = this.document.defaultView?.matchMedia?.(SMALL_SCREEN);
      if (!query) return;
      this.smallScreen.set(query.matches);
      const changed = (event: MediaQueryListEvent) => {
        this.smallScreen.set(event.matches);
        this.screenIndex.set(0);
      };
      query.addEventListener('change', changed);
      destroyRef.onDestroy(() => query.removeEventListener('change', changed));
    });
    effect(() => {
      const initial = this.initialAnswers();
      untracked(() => {
        this.answers.set(initial);
        this.screenIndex.set(0);
        this.checkedErrors.set([]);
      });
    });
    let shownBefore: number | null = null;
    effect(() => {
      const shown = this.visible().filter(isQuestion).length;
      if (shownBefore !== null && shown !== shownBefore) {
        const key =
          shown > shownBefore
            ? 'consultations.answer.questionsAdded'
            : 'consultations.answer.questionsRemoved';
        untracked(() =>
          this.visibilityNews.set(this.i18n.translate(key, { count: Math.abs(shown - shownBefore!) })),
        );
      }
      shownBefore = shown;
    });
  }

  protected asQuestion(item: ConsultationItem): Question {
    return item as Question;
  }

  protected set(questionId: string, value: unknown): void {
    this.answers.update((answers) => withAnswer(answers, questionId, value));
    // A corrected answer loses its old full-check error; the instant checks take over.
    this.checkedErrors.update((errors) => errors.filter((e) => e.questionId !== questionId));
  }

  protected go(step: number): void {
    this.screenIndex.update((index) => Math.max(0, Math.min(this.screens().length - 1, index + step)));
    this.checkedErrors.set([]);
    this.focus(`${this.idPrefix()}-progress`);
  }

  protected next(): void {
    const onScreen = new Set(this.currentScreen().map((item) => item.id));
    const errors = this.fullErrors().filter((e) => e.questionId !== null && onScreen.has(e.questionId));
    if (errors.length) return this.fail(errors);
    this.go(1);
  }

  protected send(): void {
    if (this.busy()) return;
    const check = validateResponse(this.definition(), this.pruned());
    if (!check.valid) {
      const first = check.errors.find((e) => e.questionId !== null);
      const screen = this.screens().findIndex((items) => items.some((item) => item.id === first?.questionId));
      if (screen >= 0) this.screenIndex.set(screen);
      return this.fail(check.errors);
    }
    this.checkedErrors.set([]);
    this.submitted.emit(check.normalised);
  }

  protected draft(): void {
    this.draftSaved.emit(this.pruned());
  }

  private pruned(): Record<string, unknown> {
    return pruneHiddenAnswers(this.definition(), this.answers());
  }

  private fullErrors(): ResponseError[] {
    const check = validateResponse(this.definition(), this.pruned());
    return check.valid ? [] : check.errors;
  }

  private fail(errors: ResponseError[]): void {
    this.checkedErrors.set(errors);
    this.focus(`${this.idPrefix()}-erreurs`);
  }

  private summaryText(error: ResponseError): string {
    const message = this.i18n.translate(error.message);
    const number = error.questionId ? this.numbers()[error.questionId] : undefined;
    if (number === undefined) return message;
    return this.i18n.translate('consultations.answer.summaryItem', { number, message });
  }

  private focus(id: string): void {
    afterNextRender({ read: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
