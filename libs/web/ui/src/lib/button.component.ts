import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Styles a native button or link as a button; the element keeps its own semantics. While `busy`,
 * it says so (`aria-busy`) and the page should ignore new clicks, without disabling the button:
 * a disabled button loses focus and is skipped by screen readers.
 */
@Component({
  selector: 'button[agoraButton], a[agoraButton]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'button',
    '[class.button--secondary]': "variant() === 'secondary'",
    '[class.button--danger]': "variant() === 'danger'",
    '[class.button--quiet]': "variant() === 'quiet'",
    '[attr.aria-busy]': "busy() ? 'true' : null",
  },
  template: `
    @if (busy()) {
      <span class="button__spinner" aria-hidden="true"></span>
    }
    <ng-content />
  `,
})
export class ButtonComponent {
  readonly variant = input<'primary' | 'secondary' | 'danger' | 'quiet'>('primary');
  readonly busy = input(false);
}
