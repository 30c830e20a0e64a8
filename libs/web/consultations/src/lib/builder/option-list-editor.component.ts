import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { ChoiceOption } from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { moved } from '../answer/answer-form.state';
import { addOption } from './builder.state';

/**
 * The options of a choice question (or the items of a ranking, the rows and columns of a matrix):
 * wording in French and optionally English, order, add and remove. Once answers exist (`locked`),
 * only the wording can change.
 */
@Component({
  selector: 'agora-option-list-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="fieldset">
      <legend class="field__label">{{ legend() }}</legend>
      <ol class="option-list">
        @for (option of options(); track option.id; let i = $index, first = $first, last = $last) {
          <li class="option-list__item">
            <div class="field field--compact">
              <label class="field__label" [attr.for]="idPrefix() + '-' + option.id + '-fr'">
                {{ 'consultations.builder.optionLabel' | t: { number: i + 1 } }}
              </label>
              <input
                class="control"
                type="text"
                maxlength="200"
                [id]="idPrefix() + '-' + option.id + '-fr'"
                [value]="option.label.fr"
                (input)="relabel(i, 'fr', $any($event.target).value)"
              />
            </div>
            <div class="field field--compact">
              <label class="field__label" [attr.for]="idPrefix() + '-' + option.id + '-en'">
                {{ 'consultations.builder.optionLabelEn' | t: { number: i + 1 } }}
                <span class="field__optional">{{ 'common.optional' | t }}</span>
              </label>
              <input
                class="control"
                type="text"
                lang="en"
                maxlength="200"
                [id]="idPrefix() + '-' + option.id + '-en'"
                [value]="option.label.en ?? ''"
                (input)="relabel(i, 'en', $any($event.target).value)"
              />
            </div>
            @if (!locked()) {
              <div class="button-row">
                <button
                  type="button"
                  class="button button--quiet"
                  [disabled]="first"
                  (click)="move(i, i - 1)"
                >
                  ↑
                  <span class="visually-hidden">{{
                    'consultations.builder.optionUp' | t: { number: i + 1 }
                  }}</span>
                </button>
                <button type="button" class="button button--quiet" [disabled]="last" (click)="move(i, i + 1)">
                  ↓
                  <span class="visually-hidden">{{
                    'consultations.builder.optionDown' | t: { number: i + 1 }
                  }}</span>
                </button>
                <button type="button" class="button button--quiet" (click)="remove(i)">
                  {{ 'consultations.builder.optionRemove' | t }}
                  <span class="visually-hidden">{{
                    'consultations.builder.optionLabel' | t: { number: i + 1 }
                  }}</span>
                </button>
              </div>
            }
          </li>
        }
      </ol>
      @if (!locked()) {
        <button type="button" class="button button--secondary" (click)="add()">{{ addLabel() }}</button>
      }
    </fieldset>
  `,
  styles: `
    .option-list {
      padding-left: 1.25rem;
    }
    .option-list__item {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--space-2);
      margin-bottom: var(--space-2);
    }
  `,
})
export class OptionListEditorComponent {
  readonly options = input.required<ChoiceOption[]>();
  readonly legend = input.required<string>();
  readonly addLabel = input.required<string>();
  /** Prefix of new ids (`o`, `i`, `r`, `c`) and of the controls' ids. */
  readonly idPrefix = input.required<string>();
  readonly newPrefix = input('o');
  readonly locked = input(false);
  readonly optionsChange = output<ChoiceOption[]>();

  protected relabel(index: number, locale: 'fr' | 'en', text: string): void {
    this.optionsChange.emit(
      this.options().map((option, i) => {
        if (i !== index) return option;
        const label = { ...option.label, [locale]: text };
        if (locale === 'en' && !text.trim()) delete label.en;
        return { ...option, label };
      }),
    );
  }

  protected move(from: number, to: number): void {
    this.optionsChange.emit(moved(this.options(), from, to));
  }

  protected remove(index: number): void {
    this.optionsChange.emit(this.options().filter((_, i) => i !== index));
  }

  protected add(): void {
    this.optionsChange.emit(addOption(this.options(), this.newPrefix(), ''));
  }
}
