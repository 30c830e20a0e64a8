import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type {
  DropdownQuestion,
  MultipleChoiceQuestion,
  SingleChoiceQuestion,
} from '@agora/consultation-rules';
import { TEXT_LIMITS } from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';

type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion | DropdownQuestion;

interface ChoiceValue {
  optionId?: string;
  optionIds?: string[];
  other?: string;
}

/** Radio buttons, checkboxes or a drop-down list, with the "Autre" option and its text. */
@Component({
  selector: 'agora-choice-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, WordingPipe],
  template: `
    @let q = question();
    @if (q.type === 'dropdown') {
      <select
        class="control"
        [id]="controlId()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid() ? 'true' : null"
        [attr.aria-required]="q.required ? 'true' : null"
        (change)="pickDropdown($any($event.target).value)"
      >
        <option value="" [selected]="!current().optionId">{{ 'consultations.answer.choose' | t }}</option>
        @for (option of q.options; track option.id) {
          <option [value]="option.id" [selected]="current().optionId === option.id">
            {{ option.label | wording }}
          </option>
        }
      </select>
    } @else {
      <div class="choice-list">
        @for (option of q.options; track option.id) {
          <div class="field__choice">
            <input
              [type]="inputType()"
              [id]="controlId() + '-' + option.id"
              [name]="controlId()"
              [checked]="isChecked(option.id)"
              (change)="toggle(option.id, $any($event.target).checked)"
            />
            <label [attr.for]="controlId() + '-' + option.id">{{ option.label | wording }}</label>
          </div>
        }
        @if (allowOther()) {
          <div class="field__choice">
            <input
              [type]="inputType()"
              [id]="controlId() + '-other'"
              [name]="controlId()"
              [checked]="otherChosen()"
              (change)="toggleOther($any($event.target).checked)"
            />
            <label [attr.for]="controlId() + '-other'">
              @if (otherLabel(); as label) {
                {{ label | wording }}
              } @else {
                {{ 'consultations.answer.other' | t }}
              }
            </label>
          </div>
          @if (otherChosen()) {
            <div class="field other-text">
              <label class="field__label" [attr.for]="controlId() + '-other-text'">
                {{ 'consultations.answer.otherText' | t }}
              </label>
              <input
                class="control"
                type="text"
                [id]="controlId() + '-other-text'"
                [attr.maxlength]="otherMax"
                [value]="current().other ?? ''"
                (input)="writeOther($any($event.target).value)"
              />
            </div>
          }
        }
      </div>
    }
  `,
  styles: `
    .choice-list {
      display: grid;
      gap: var(--space-2);
    }
    .other-text {
      margin-left: 2rem;
    }
  `,
})
export class ChoiceInputComponent {
  readonly question = input.required<ChoiceQuestion>();
  readonly value = input<unknown>(undefined);
  readonly controlId = input.required<string>();
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  readonly valueChange = output<unknown>();

  protected readonly otherMax = TEXT_LIMITS.otherText;
  /** The "Autre" text is kept while the box is ticked and empty, so the field stays open. */
  private otherOpen = false;

  protected readonly current = computed<ChoiceValue>(() => {
    const value = this.value();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ChoiceValue) : {};
  });
  protected readonly inputType = computed(() =>
    this.question().type === 'multiple-choice' ? 'checkbox' : 'radio',
  );
  protected readonly allowOther = computed(() => {
    const q = this.question();
    return q.type !== 'dropdown' && Boolean(q.allowOther);
  });
  protected readonly otherLabel = computed(() => {
    const q = this.question();
    return q.type !== 'dropdown' && q.otherLabel?.fr ? q.otherLabel : null;
  });
  protected readonly otherChosen = computed(() => this.current().other !== undefined || this.otherOpen);
  protected isChecked(optionId: string): boolean {
    const current = this.current();
    return this.question().type === 'multiple-choice'
      ? (current.optionIds ?? []).includes(optionId)
      : current.optionId === optionId;
  }

  protected pickDropdown(optionId: string): void {
    this.valueChange.emit(optionId ? { optionId } : undefined);
  }

  protected toggle(optionId: string, checked: boolean): void {
    if (this.question().type !== 'multiple-choice') {
      this.otherOpen = false;
      this.valueChange.emit({ optionId });
      return;
    }
    const current = this.current();
    const ids = new Set(current.optionIds ?? []);
    if (checked) ids.add(optionId);
    else ids.delete(optionId);
    const optionIds = this.question()
      .options.map((o) => o.id)
      .filter((id) => ids.has(id));
    this.emitMultiple(optionIds, current.other);
  }

  protected toggleOther(checked: boolean): void {
    this.otherOpen = checked;
    if (this.question().type === 'multiple-choice') {
      this.emitMultiple(this.current().optionIds ?? [], checked ? (this.current().other ?? '') : undefined);
    } else {
      this.valueChange.emit(checked ? { other: '' } : undefined);
    }
  }

  protected writeOther(text: string): void {
    if (this.question().type === 'multiple-choice') this.emitMultiple(this.current().optionIds ?? [], text);
    else this.valueChange.emit({ other: text });
  }

  private emitMultiple(optionIds: string[], other: string | undefined): void {
    const value: ChoiceValue = { optionIds };
    if (other !== undefined) value.other = other;
    this.valueChange.emit(optionIds.length || other !== undefined ? value : undefined);
  }
}
