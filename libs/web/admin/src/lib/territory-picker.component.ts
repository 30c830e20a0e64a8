import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';

import type { TerritoryLine } from '@agora/web-core';
import { TranslatePipe } from '@agora/web-core';
import { ButtonComponent } from '@agora/web-ui';

/**
 * Chooses the territory a list is about. A button applies the choice: changing the page on a
 * select's change event would surprise keyboard users who browse the options (RGAA 7.5).
 */
@Component({
  selector: 'agora-territory-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ButtonComponent],
  template: `
    <form class="picker" (submit)="$event.preventDefault(); apply()">
      <div class="field">
        <label class="field__label" [attr.for]="pickerId()">{{ 'admin.picker.label' | t }}</label>
        <select
          class="control"
          [id]="pickerId()"
          [value]="choice()"
          (change)="choice.set($any($event.target).value)"
        >
          @for (line of options(); track line.id) {
            <option [value]="line.id" [selected]="line.id === choice()">{{ line.label }}</option>
          }
        </select>
      </div>
      <button agoraButton variant="secondary" type="submit">{{ 'admin.picker.apply' | t }}</button>
    </form>
  `,
})
export class TerritoryPickerComponent {
  readonly pickerId = input.required<string>();
  readonly lines = input.required<TerritoryLine[]>();
  readonly selected = input<string | null>(null);
  readonly chosen = output<string>();

  protected readonly choice = signal('');
  protected readonly options = computed(() => {
    const minDepth = Math.min(...this.lines().map((line) => line.depth));
    return this.lines().map((line) => ({
      id: line.territory.id,
      // Indentation shows the tree inside a native select, where nesting is otherwise impossible.
      label: `${'\u00a0\u00a0\u00a0'.repeat(line.depth - minDepth)}${line.territory.name}`,
    }));
  });

  constructor() {
    effect(() => this.choice.set(this.selected() ?? ''));
  }

  protected apply(): void {
    if (this.choice()) this.chosen.emit(this.choice());
  }
}
