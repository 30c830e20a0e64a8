import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, TemplateRef, input } from '@angular/core';

export interface TreeItem<T> {
  id: string;
  value: T;
  children: TreeItem<T>[];
}

/**
 * A tree as nested lists, which screen readers announce with their level and size. The page
 * decides what each item shows through `itemTemplate` (context: `$implicit` = the value).
 */
@Component({
  selector: 'agora-tree',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  template: `
    <ng-template #level let-items>
      <ul class="tree__list">
        @for (item of items; track item.id) {
          <li class="tree__item">
            <ng-container *ngTemplateOutlet="itemTemplate(); context: { $implicit: item.value }" />
            @if (item.children.length) {
              <ng-container *ngTemplateOutlet="level; context: { $implicit: item.children }" />
            }
          </li>
        }
      </ul>
    </ng-template>
    <div class="tree" [attr.aria-label]="label() || null" [attr.role]="label() ? 'group' : null">
      <ng-container *ngTemplateOutlet="level; context: { $implicit: items() }" />
    </div>
  `,
})
export class TreeComponent<T> {
  readonly items = input.required<TreeItem<T>[]>();
  readonly itemTemplate = input.required<TemplateRef<{ $implicit: T }>>();
  readonly label = input('');
}
