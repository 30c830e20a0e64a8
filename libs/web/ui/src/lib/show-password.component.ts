import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

/** "Show the password" as a checkbox, which says its state to everyone, next to the field it controls. */
@Component({
  selector: 'agora-show-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field field--choice field--compact' },
  template: `
    <div class="field__choice">
      <input
        type="checkbox"
        class="control"
        [id]="checkboxId()"
        [attr.aria-controls]="controls()"
        [checked]="shown()"
        (change)="shown.set($any($event.target).checked)"
      />
      <label class="field__label" [attr.for]="checkboxId()">{{ label() }}</label>
    </div>
  `,
})
export class ShowPasswordComponent {
  readonly checkboxId = input.required<string>();
  /** Space-separated ids of the password inputs it reveals. */
  readonly controls = input.required<string>();
  readonly label = input.required<string>();
  readonly shown = model(false);
}
