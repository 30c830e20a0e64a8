import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type {
  ChoiceOption,
  ConsultationItem,
  DefinitionProblem,
  DisplayCondition,
  ItemType,
  Question,
  Wording,
} from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { ConditionEditorComponent } from './condition-editor.component';
import { OptionListEditorComponent } from './option-list-editor.component';

type Fields = Record<string, unknown>;

/** A list of wordings with ids: the choices, the items to rank, the rows and columns. */
interface OptionList {
  key: string;
  legend: string;
  add: string;
  prefix: string;
}

/** A setting typed in one control: a number (bounds, stars), a date bound or an optional wording. */
interface SettingField {
  key: string;
  label: string;
  kind: 'number' | 'date' | 'wording';
  optional?: boolean;
}

const CHOICES: OptionList = {
  key: 'options',
  legend: 'consultations.builder.options',
  add: 'consultations.builder.addOption',
  prefix: 'o',
};
const OPTION_LISTS: Partial<Record<ItemType, OptionList[]>> = {
  'single-choice': [CHOICES],
  'multiple-choice': [CHOICES],
  dropdown: [CHOICES],
  ranking: [
    {
      key: 'items',
      legend: 'consultations.builder.rankingItems',
      add: 'consultations.builder.addItem',
      prefix: 'i',
    },
  ],
  matrix: [
    { key: 'rows', legend: 'consultations.builder.rows', add: 'consultations.builder.addRow', prefix: 'r' },
    {
      key: 'columns',
      legend: 'consultations.builder.columns',
      add: 'consultations.builder.addColumn',
      prefix: 'c',
    },
  ],
};

const MAX_LENGTH: SettingField = {
  key: 'maxLength',
  label: 'consultations.builder.maxLength',
  kind: 'number',
  optional: true,
};
const SETTING_FIELDS: Partial<Record<ItemType, SettingField[]>> = {
  'short-text': [MAX_LENGTH],
  'long-text': [MAX_LENGTH],
  'multiple-choice': [
    { key: 'minSelections', label: 'consultations.builder.minSelections', kind: 'number', optional: true },
    { key: 'maxSelections', label: 'consultations.builder.maxSelections', kind: 'number', optional: true },
  ],
  'linear-scale': [
    { key: 'min', label: 'consultations.builder.scaleMin', kind: 'number' },
    { key: 'max', label: 'consultations.builder.scaleMax', kind: 'number' },
    { key: 'minLabel', label: 'consultations.builder.minLabel', kind: 'wording' },
    { key: 'maxLabel', label: 'consultations.builder.maxLabel', kind: 'wording' },
  ],
  rating: [{ key: 'stars', label: 'consultations.builder.stars', kind: 'number' }],
  ranking: [{ key: 'topK', label: 'consultations.builder.topK', kind: 'number', optional: true }],
  number: [
    { key: 'min', label: 'consultations.builder.numberMin', kind: 'number', optional: true },
    { key: 'max', label: 'consultations.builder.numberMax', kind: 'number', optional: true },
    { key: 'step', label: 'consultations.builder.step', kind: 'number', optional: true },
    { key: 'unit', label: 'consultations.builder.unit', kind: 'wording' },
  ],
  date: [
    { key: 'min', label: 'consultations.builder.dateMin', kind: 'date' },
    { key: 'max', label: 'consultations.builder.dateMax', kind: 'date' },
  ],
};

/**
 * The settings of one item of the builder. Once the consultation has answers (`locked`), only the
 * wording stays editable: the API accepts typo fixes and records them in the audit log.
 */
@Component({
  selector: 'agora-item-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, OptionListEditorComponent, ConditionEditorComponent],
  template: `
    @let it = fields();
    @let p = idPrefix();
    @if (problems().length) {
      <ul class="field__error item-problems" [id]="p + '-problems'">
        @for (problem of problems(); track $index) {
          <li>{{ problem.message | t }}</li>
        }
      </ul>
    }
    @if (item().type === 'help-text') {
      <div class="field">
        <label class="field__label" [attr.for]="p + '-text'">{{
          'consultations.builder.helpText' | t
        }}</label>
        <textarea
          class="control"
          rows="3"
          [id]="p + '-text'"
          [value]="wording('text').fr"
          (input)="setWording('text', 'fr', $any($event.target).value)"
        ></textarea>
      </div>
      <div class="field">
        <label class="field__label" [attr.for]="p + '-text-en'"
          >{{ 'consultations.builder.helpTextEn' | t }}
          <span class="field__optional">{{ 'common.optional' | t }}</span></label
        >
        <textarea
          class="control"
          rows="3"
          lang="en"
          [id]="p + '-text-en'"
          [value]="wording('text').en ?? ''"
          (input)="setWording('text', 'en', $any($event.target).value)"
        ></textarea>
      </div>
    } @else {
      <div class="field">
        <label class="field__label" [attr.for]="p + '-title'">{{ 'consultations.builder.title' | t }}</label>
        <input
          class="control"
          type="text"
          maxlength="300"
          [id]="p + '-title'"
          [value]="wording('title').fr"
          (input)="setWording('title', 'fr', $any($event.target).value)"
        />
      </div>
      <div class="field">
        <label class="field__label" [attr.for]="p + '-title-en'"
          >{{ 'consultations.builder.titleEn' | t }}
          <span class="field__optional">{{ 'common.optional' | t }}</span></label
        >
        <input
          class="control"
          type="text"
          lang="en"
          maxlength="300"
          [id]="p + '-title-en'"
          [value]="wording('title').en ?? ''"
          (input)="setWording('title', 'en', $any($event.target).value)"
        />
      </div>
      <div class="field">
        <label class="field__label" [attr.for]="p + '-description'"
          >{{ 'consultations.builder.description' | t }}
          <span class="field__optional">{{ 'common.optional' | t }}</span></label
        >
        <textarea
          class="control"
          rows="2"
          [id]="p + '-description'"
          [value]="wording('description').fr"
          (input)="setWording('description', 'fr', $any($event.target).value)"
        ></textarea>
      </div>
    }
    @if (isQuestion()) {
      <div class="field field--choice">
        <div class="field__choice">
          <input
            type="checkbox"
            [id]="p + '-required'"
            [disabled]="locked()"
            [checked]="it['required'] === true"
            (change)="set('required', $any($event.target).checked)"
          />
          <label class="field__label" [attr.for]="p + '-required'">{{
            'consultations.builder.required' | t
          }}</label>
        </div>
      </div>
    }
    @for (list of optionLists(); track list.key) {
      <agora-option-list-editor
        [options]="options(list.key)"
        [legend]="list.legend | t"
        [addLabel]="list.add | t"
        [idPrefix]="p + '-' + list.prefix"
        [newPrefix]="list.prefix"
        [locked]="locked()"
        (optionsChange)="set(list.key, $event)"
      />
    }
    @if (it['type'] === 'single-choice' || it['type'] === 'multiple-choice') {
      <div class="field field--choice">
        <div class="field__choice">
          <input
            type="checkbox"
            [id]="p + '-allowOther'"
            [disabled]="locked()"
            [checked]="it['allowOther'] === true"
            (change)="set('allowOther', $any($event.target).checked || undefined)"
          />
          <label class="field__label" [attr.for]="p + '-allowOther'">{{
            'consultations.builder.allowOther' | t
          }}</label>
        </div>
      </div>
    }
    @if (it['type'] === 'matrix') {
      <div class="field">
        <label class="field__label" [attr.for]="p + '-selection'">{{
          'consultations.builder.selection' | t
        }}</label>
        <select
          class="control"
          [id]="p + '-selection'"
          [disabled]="locked()"
          (change)="set('selection', $any($event.target).value)"
        >
          <option value="single" [selected]="it['selection'] === 'single'">
            {{ 'consultations.builder.selectionSingle' | t }}
          </option>
          <option value="multiple" [selected]="it['selection'] === 'multiple'">
            {{ 'consultations.builder.selectionMultiple' | t }}
          </option>
        </select>
      </div>
    }
    @for (field of settingFields(); track field.key) {
      <div class="field">
        <label class="field__label" [attr.for]="p + '-' + field.key">
          {{ field.label | t }}
          @if (field.kind !== 'number' || field.optional) {
            <span class="field__optional">{{ 'common.optional' | t }}</span>
          }
        </label>
        @switch (field.kind) {
          @case ('wording') {
            <input
              class="control"
              type="text"
              [id]="p + '-' + field.key"
              [value]="wording(field.key).fr"
              (input)="setWording(field.key, 'fr', $any($event.target).value)"
            />
          }
          @case ('date') {
            <input
              class="control control--short"
              type="date"
              [id]="p + '-' + field.key"
              [disabled]="locked()"
              [value]="it[field.key] ?? ''"
              (change)="set(field.key, $any($event.target).value || undefined)"
            />
          }
          @default {
            <input
              class="control control--short"
              type="number"
              [id]="p + '-' + field.key"
              [disabled]="locked()"
              [value]="it[field.key] ?? ''"
              (change)="setNumber(field.key, $any($event.target).value)"
            />
          }
        }
      </div>
    }
    @if (it['type'] === 'map-point') {
      <p class="muted">{{ 'consultations.builder.mapBoundary' | t }}</p>
    }
    @if (index() > 0) {
      <agora-condition-editor
        [condition]="condition()"
        [sources]="sources()"
        [idPrefix]="p + '-cond'"
        [locked]="locked()"
        (conditionChange)="setCondition($event)"
      />
    }
  `,
  styles: `
    .item-problems {
      padding-left: 1.25rem;
    }
  `,
})
export class ItemEditorComponent {
  readonly item = input.required<ConsultationItem>();
  readonly index = input.required<number>();
  readonly sources = input.required<Question[]>();
  readonly problems = input<DefinitionProblem[]>([]);
  readonly locked = input(false);
  readonly idPrefix = input.required<string>();
  readonly itemChange = output<ConsultationItem>();

  protected readonly optionLists = computed(() => OPTION_LISTS[this.item().type] ?? []);
  protected readonly settingFields = computed(() => SETTING_FIELDS[this.item().type] ?? []);
  protected readonly fields = computed(() => this.item() as unknown as Fields);
  protected readonly isQuestion = computed(() => !['section', 'help-text'].includes(this.item().type));
  protected readonly condition = computed(() => this.item().condition);

  protected wording(key: string): Wording {
    return (this.fields()[key] as Wording | undefined) ?? { fr: '' };
  }

  protected options(key: string): ChoiceOption[] {
    return (this.fields()[key] as ChoiceOption[] | undefined) ?? [];
  }

  protected set(key: string, value: unknown): void {
    const next: Fields = { ...this.fields() };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.itemChange.emit(next as unknown as ConsultationItem);
  }

  protected setNumber(key: string, text: string): void {
    const number = text.trim() === '' ? undefined : Number(text);
    this.set(key, number !== undefined && Number.isFinite(number) ? number : undefined);
  }

  protected setWording(key: string, locale: 'fr' | 'en', text: string): void {
    const current = this.fields()[key] as Wording | undefined;
    const next: Wording = { ...(current ?? { fr: '' }), [locale]: text };
    if (locale === 'en' && !text.trim()) delete next.en;
    const optional = key !== 'title' && key !== 'text';
    this.set(key, optional && !next.fr.trim() && !next.en ? undefined : next);
  }

  protected setCondition(condition: DisplayCondition | undefined): void {
    this.set('condition', condition);
  }
}
