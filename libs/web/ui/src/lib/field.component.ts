import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { FieldView } from './field-view';

/**
 * Label, hint and error around one projected control. The control carries `[agoraControl]` with the
 * same view so its id and `aria-describedby` match. `layout="choice"` puts a checkbox before its label.
 */
@Component({
  selector: 'agora-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'field',
    '[class.field--invalid]': 'field().error',
    '[class.field--choice]': "layout() === 'choice'",
  },
  template: `
    @if (layout() === 'choice') {
      <div class="field__choice">
        <ng-content />
        <label class="field__label" [attr.for]="field().id">{{ field().label }}</label>
      </div>
    } @else {
      <label class="field__label" [attr.for]="field().id">
        {{ field().label }}
        @if (field().optionalText) {
          <span class="field__optional">{{ field().optionalText }}</span>
        }
      </label>
    }
    @if (field().hint) {
      <p class="field__hint" [id]="field().id + '-hint'">{{ field().hint }}</p>
    }
    @if (field().error) {
      <p class="field__error" [id]="field().id + '-error'">
        <span class="field__error-icon" aria-hidden="true">!</span>
        {{ field().error }}
      </p>
    }
    @if (layout() !== 'choice') {
      <ng-content />
    }
  `,
})
export class FieldComponent {
  readonly field = input.required<FieldView>();
  readonly layout = input<'stacked' | 'choice'>('stacked');
}
