import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';

import {
  ITEM_TYPES,
  validateConsultationDefinition,
  type ConsultationItem,
  type GeoBoundary,
  type ItemType,
} from '@agora/consultation-rules';
import { TranslatePipe, TranslationService } from '@agora/web-core';

import { ITEM_TYPE_LABELS } from '../item-type.labels';
import {
  conditionSources,
  moveItem,
  newItem,
  problemsByItem,
  removeItem,
  replaceItem,
} from './builder.state';
import { ItemEditorComponent } from './item-editor.component';

/**
 * The list of questions being built: add an item of any type, edit it, reorder by dragging or with
 * the move buttons (keyboard), remove it. The rules library checks every version as it is typed.
 */
@Component({
  selector: 'agora-questions-builder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDropList, CdkDrag, CdkDragHandle, TranslatePipe, ItemEditorComponent],
  template: `
    @if (locked()) {
      <p class="hint-block">{{ 'consultations.builder.lockedHint' | t }}</p>
    }
    @if (listProblems().length) {
      <ul class="field__error">
        @for (problem of listProblems(); track $index) {
          <li>{{ problem.message | t }}</li>
        }
      </ul>
    }
    <ol class="builder" cdkDropList [cdkDropListDisabled]="locked()" (cdkDropListDropped)="dropped($event)">
      @for (item of list(); track item.id; let i = $index, first = $first, last = $last) {
        <li class="builder__item" cdkDrag [class.builder__item--invalid]="problems().has(i)">
          <div class="builder__head">
            @if (!locked()) {
              <span class="builder__handle" cdkDragHandle aria-hidden="true">⠿</span>
            }
            <h3 class="builder__title" tabindex="-1" [id]="'item-' + item.id + '-heading'">
              <span class="tag">{{ typeLabels[item.type] | t }}</span>
              {{ titleOf(item) }}
              @if (problems().has(i)) {
                <span class="builder__warning">{{ 'consultations.builder.toFix' | t }}</span>
              }
            </h3>
            <div class="button-row builder__actions">
              <button
                type="button"
                class="button button--quiet"
                [attr.aria-expanded]="openId() === item.id"
                [attr.aria-controls]="'item-' + item.id + '-editor'"
                (click)="toggle(item.id)"
              >
                {{
                  (openId() === item.id ? 'consultations.builder.close' : 'consultations.builder.edit') | t
                }}
                <span class="visually-hidden">{{ titleOf(item) }}</span>
              </button>
              @if (!locked()) {
                <button
                  type="button"
                  class="button button--quiet"
                  [id]="'item-' + item.id + '-up'"
                  [disabled]="first"
                  (click)="move(i, i - 1)"
                >
                  ↑
                  <span class="visually-hidden">{{
                    'consultations.builder.moveUp' | t: { title: titleOf(item) }
                  }}</span>
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  [id]="'item-' + item.id + '-down'"
                  [disabled]="last"
                  (click)="move(i, i + 1)"
                >
                  ↓
                  <span class="visually-hidden">{{
                    'consultations.builder.moveDown' | t: { title: titleOf(item) }
                  }}</span>
                </button>
                <button type="button" class="button button--quiet" (click)="remove(i)">
                  {{ 'consultations.builder.remove' | t }}
                  <span class="visually-hidden">{{ titleOf(item) }}</span>
                </button>
              }
            </div>
          </div>
          @if (openId() === item.id) {
            <div
              class="builder__editor"
              [id]="'item-' + item.id + '-editor'"
              role="group"
              [attr.aria-labelledby]="'item-' + item.id + '-heading'"
            >
              <agora-item-editor
                [item]="item"
                [index]="i"
                [sources]="sourcesFor(i)"
                [problems]="problems().get(i) ?? []"
                [locked]="locked()"
                [idPrefix]="'item-' + item.id"
                (itemChange)="update(i, $event)"
              />
            </div>
          }
        </li>
      }
    </ol>
    @if (!locked()) {
      <div class="builder__add">
        <div class="field field--compact">
          <label class="field__label" for="builder-new-type">{{ 'consultations.builder.newType' | t }}</label>
          <select class="control" id="builder-new-type" (change)="newType.set($any($event.target).value)">
            @for (type of types; track type) {
              <option
                [value]="type"
                [selected]="newType() === type"
                [disabled]="type === 'map-point' && !boundary()"
              >
                {{ typeLabels[type] | t }}
              </option>
            }
          </select>
        </div>
        <button type="button" class="button button--secondary" (click)="add()">
          {{ 'consultations.builder.add' | t }}
        </button>
      </div>
    }
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
  styles: `
    .builder {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--space-3);
    }
    .builder__item {
      border: 1px solid var(--color-border);
      border-radius: 4px;
      padding: var(--space-3);
      background: var(--color-background, #fff);
    }
    .builder__item--invalid {
      border-left: 6px solid var(--color-error);
    }
    .builder__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2);
    }
    .builder__handle {
      cursor: grab;
      font-size: 1.25rem;
    }
    .builder__title {
      flex: 1 1 12rem;
      font-size: 1rem;
      margin: 0;
    }
    .builder__warning {
      color: var(--color-error);
      font-weight: normal;
      margin-left: var(--space-2);
    }
    .builder__add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--space-2);
      margin-top: var(--space-3);
    }
  `,
})
export class QuestionsBuilderComponent {
  readonly items = input.required<ConsultationItem[]>();
  readonly locked = input(false);
  /** The territory's outline, copied into map questions. */
  readonly boundary = input<GeoBoundary | null>(null);
  readonly itemsChange = output<ConsultationItem[]>();

  /**
   * The items as last changed here. The `items` input only catches up at the parent's next render, and
   * a change made meanwhile (typing into the editor that is still shown right after "Ajouter") must
   * build on the previous change, not undo it: computed from the input, it once dropped a question
   * just added (seen in a browser journey on a loaded machine).
   */
  protected readonly list = linkedSignal(() => this.items());

  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly types = ITEM_TYPES;
  protected readonly typeLabels = ITEM_TYPE_LABELS;
  protected readonly newType = signal<ItemType>('single-choice');
  protected readonly openId = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly problems = computed(() =>
    problemsByItem(validateConsultationDefinition({ questions: this.list() })),
  );
  protected readonly listProblems = computed(() => this.problems().get(-1) ?? []);

  protected titleOf(item: ConsultationItem): string {
    const wording = item.type === 'help-text' ? item.text : item.title;
    const text = (this.i18n.locale() === 'en' && wording.en) || wording.fr;
    return text.trim() || this.i18n.translate('consultations.builder.untitled');
  }

  protected sourcesFor(index: number) {
    return conditionSources(this.list(), index);
  }

  protected toggle(id: string): void {
    this.openId.update((open) => (open === id ? null : id));
  }

  protected add(): void {
    const item = newItem(this.newType(), this.list(), this.boundary());
    if (!item) return;
    this.change([...this.list(), item]);
    this.openId.set(item.id);
    this.announcement.set(this.i18n.translate('consultations.builder.added'));
    this.focus(`item-${item.id}-heading`);
  }

  protected remove(index: number): void {
    const title = this.titleOf(this.list()[index]);
    this.change(removeItem(this.list(), index));
    this.announcement.set(this.i18n.translate('consultations.builder.removed', { title }));
  }

  protected update(index: number, item: ConsultationItem): void {
    this.change(replaceItem(this.list(), index, item));
  }

  protected move(from: number, to: number): void {
    const item = this.list()[from];
    this.change(moveItem(this.list(), from, to));
    this.announce(item, to);
    const last = this.list().length - 1;
    const button = to === 0 ? 'down' : to === last ? 'up' : to < from ? 'up' : 'down';
    this.focus(`item-${item.id}-${button}`);
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    const item = this.list()[event.previousIndex];
    this.change(moveItem(this.list(), event.previousIndex, event.currentIndex));
    this.announce(item, event.currentIndex);
  }

  private change(items: ConsultationItem[]): void {
    this.list.set(items);
    this.itemsChange.emit(items);
  }

  private announce(item: ConsultationItem, index: number): void {
    this.announcement.set(
      this.i18n.translate('consultations.builder.moved', { title: this.titleOf(item), position: index + 1 }),
    );
  }

  private focus(id: string): void {
    afterNextRender({ read: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
