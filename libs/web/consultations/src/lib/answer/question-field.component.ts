import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { maxTextLength, type LocalizedMessage, type Question } from '@agora/consultation-rules';
import { TranslatePipe, type MessageParams } from '@agora/web-core';

import { ControlDirective, type FieldView } from '@agora/web-ui';

import { MapPointInputComponent } from '../map/map-point-input.component';
import { WordingPipe } from '../wording.pipe';
import { ChoiceInputComponent } from './choice-input.component';
import { MatrixInputComponent } from './matrix-input.component';
import { RankingInputComponent } from './ranking-input.component';
import { ScaleInputComponent } from './scale-input.component';

/**
 * How each type is answered: one native control labelled by a `<label>` (null), or a group of
 * controls in a fieldset, drawn by the component for that group.
 */
const GROUP_OF: Record<Question['type'], 'choice' | 'scale' | 'ranking' | 'matrix' | 'map' | null> = {
  'short-text': null,
  'long-text': null,
  number: null,
  date: null,
  dropdown: null,
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'linear-scale': 'scale',
  rating: 'scale',
  'yes-no': 'scale',
  ranking: 'ranking',
  matrix: 'matrix',
  'map-point': 'map',
};

/**
 * One question of the answer form: its title (label or legend), help, the control for its type and
 * its error, tied together with `aria-describedby`.
 */
@Component({
  selector: 'agora-question-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ControlDirective,
    TranslatePipe,
    WordingPipe,
    ChoiceInputComponent,
    ScaleInputComponent,
    RankingInputComponent,
    MatrixInputComponent,
    MapPointInputComponent,
  ],
  template: `
    @let q = question();
    <ng-template #heading>
      <span class="question__number">{{ 'consultations.answer.number' | t: { number: number() } }}</span>
      {{ q.title | wording }}
      @if (!q.required) {
        <span class="field__optional">{{ 'common.optional' | t }}</span>
      }
    </ng-template>
    <ng-template #help>
      @if (q.description) {
        <p class="field__hint preserve-lines" [id]="id() + '-hint'">{{ q.description | wording }}</p>
      }
      @if (boundsKey()) {
        <p class="field__hint" [id]="id() + '-bounds'">{{ boundsKey() | t: bounds() }}</p>
      }
      @if (errors().length) {
        <p class="field__error" [id]="id() + '-error'">
          <span class="field__error-icon" aria-hidden="true">!</span>
          @for (error of errors(); track $index) {
            {{ error | t }}
          }
        </p>
      }
    </ng-template>

    @if (singleControl()) {
      <div class="field question" [class.field--invalid]="errors().length">
        <label class="field__label" [attr.for]="id()"><ng-container [ngTemplateOutlet]="heading" /></label>
        <ng-container [ngTemplateOutlet]="help" />
        @switch (q.type) {
          @case ('short-text') {
            <input
              type="text"
              [agoraControl]="view()"
              [attr.maxlength]="maxLength()"
              [value]="text()"
              (input)="valueChange.emit($any($event.target).value)"
            />
          }
          @case ('long-text') {
            <textarea
              rows="5"
              [agoraControl]="view()"
              [attr.maxlength]="maxLength()"
              [value]="text()"
              (input)="valueChange.emit($any($event.target).value)"
            ></textarea>
            <p class="field__hint" aria-live="polite">
              {{ 'consultations.answer.charactersLeft' | t: { count: maxLength() - text().length } }}
            </p>
          }
          @case ('number') {
            <span class="number-input">
              <input
                class="control--short"
                type="number"
                inputmode="decimal"
                [agoraControl]="view()"
                [attr.min]="q.min ?? null"
                [attr.max]="q.max ?? null"
                [attr.step]="q.step ?? 'any'"
                [value]="value() ?? ''"
                (input)="writeNumber($any($event.target).value)"
              />
              @if (q.unit) {
                <span>{{ q.unit | wording }}</span>
              }
            </span>
          }
          @case ('date') {
            <input
              class="control--short"
              type="date"
              [agoraControl]="view()"
              [attr.min]="q.min ?? null"
              [attr.max]="q.max ?? null"
              [value]="value() ?? ''"
              (change)="valueChange.emit($any($event.target).value)"
            />
          }
          @case ('dropdown') {
            <agora-choice-input
              [question]="q"
              [value]="value()"
              [controlId]="id()"
              [describedBy]="describedBy()"
              [invalid]="errors().length > 0"
              (valueChange)="valueChange.emit($event)"
            />
          }
        }
      </div>
    } @else {
      <fieldset
        class="fieldset question"
        tabindex="-1"
        [id]="id()"
        [class.field--invalid]="errors().length"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="errors().length ? 'true' : null"
      >
        <legend class="field__label" [id]="id() + '-legend'">
          <ng-container [ngTemplateOutlet]="heading" />
        </legend>
        <ng-container [ngTemplateOutlet]="help" />
        @switch (group()) {
          @case ('choice') {
            <agora-choice-input
              [question]="$any(q)"
              [value]="value()"
              [controlId]="id()"
              (valueChange)="valueChange.emit($event)"
            />
          }
          @case ('scale') {
            <agora-scale-input
              [question]="$any(q)"
              [value]="value()"
              [controlId]="id()"
              (valueChange)="valueChange.emit($event)"
            />
          }
          @case ('ranking') {
            <agora-ranking-input
              [question]="$any(q)"
              [value]="value()"
              [controlId]="id()"
              (valueChange)="valueChange.emit($event)"
            />
          }
          @case ('matrix') {
            <agora-matrix-input
              [question]="$any(q)"
              [value]="value()"
              [controlId]="id()"
              [labelledBy]="id() + '-legend'"
              (valueChange)="valueChange.emit($event)"
            />
          }
          @case ('map') {
            <agora-map-point-input
              [question]="$any(q)"
              [value]="value()"
              [controlId]="id()"
              (valueChange)="valueChange.emit($event)"
            />
          }
        }
      </fieldset>
    }
  `,
  styles: `
    .question {
      margin-block: var(--space-4);
    }
    .question__number {
      display: block;
      font-size: 0.875rem;
      font-weight: normal;
    }
    .number-input {
      display: flex;
      align-items: center;
      gap: var(--space-2);
    }
  `,
})
export class QuestionFieldComponent {
  readonly question = input.required<Question>();
  readonly value = input<unknown>(undefined);
  readonly errors = input<LocalizedMessage[]>([]);
  readonly number = input.required<number>();
  /** Prefix of the ids, so a preview and the real form never share them. */
  readonly idPrefix = input('q');
  readonly valueChange = output<unknown>();

  protected readonly id = computed(() => `${this.idPrefix()}-${this.question().id}`);
  protected readonly group = computed(() => GROUP_OF[this.question().type]);
  protected readonly singleControl = computed(() => this.group() === null);
  protected readonly text = computed(() =>
    typeof this.value() === 'string' ? (this.value() as string) : '',
  );
  protected readonly maxLength = computed(() => {
    const q = this.question();
    return q.type === 'short-text' || q.type === 'long-text' ? maxTextLength(q) : 0;
  });
  protected readonly boundsKey = computed(() => {
    const q = this.question();
    if (q.type === 'multiple-choice') {
      if (q.minSelections && q.maxSelections) return 'consultations.answer.selectBetween';
      if (q.maxSelections) return 'consultations.answer.selectAtMost';
      if (q.minSelections) return 'consultations.answer.selectAtLeast';
    }
    if (q.type === 'number' || q.type === 'date') {
      if (q.min !== undefined && q.max !== undefined) return 'consultations.answer.between';
      if (q.min !== undefined) return 'consultations.answer.atLeast';
      if (q.max !== undefined) return 'consultations.answer.atMost';
    }
    return '';
  });
  protected readonly bounds = computed((): MessageParams => {
    const q = this.question();
    if (q.type === 'multiple-choice') return { min: q.minSelections ?? 0, max: q.maxSelections ?? 0 };
    if (q.type === 'number' || q.type === 'date') return { min: q.min ?? '', max: q.max ?? '' };
    return {};
  });
  protected readonly describedBy = computed(() => {
    const id = this.id();
    const parts = [
      this.question().description ? `${id}-hint` : null,
      this.boundsKey() ? `${id}-bounds` : null,
      this.errors().length ? `${id}-error` : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' ') : null;
  });

  /** What `[agoraControl]` needs: the id and the ARIA links to the help and the error. */
  protected readonly view = computed<FieldView>(() => ({
    id: this.id(),
    label: '',
    hint: null,
    error: null,
    optionalText: null,
    describedBy: this.describedBy(),
    invalid: this.errors().length ? 'true' : null,
  }));

  protected writeNumber(text: string): void {
    const trimmed = text.trim();
    this.valueChange.emit(trimmed === '' ? undefined : Number(trimmed));
  }
}
