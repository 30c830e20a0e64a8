import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<NoticeTone, string> = { info: 'i', success: '✓', warning: '!', error: '×' };

/**
 * A message in a live region: `status` for information and success, `alert` for errors and
 * warnings. The tone is written out (`toneLabel`, e.g. "Succès"), never shown by colour alone.
 */
@Component({
  selector: 'agora-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'notice notice--' + tone()",
    '[attr.role]': "live() ? (tone() === 'error' || tone() === 'warning' ? 'alert' : 'status') : null",
  },
  template: `
    <span class="notice__icon" aria-hidden="true">{{ icon() }}</span>
    <div class="notice__body">
      @if (heading()) {
        <p class="notice__heading">
          <span class="visually-hidden">{{ toneLabel() }} : </span>{{ heading() }}
        </p>
      } @else if (toneLabel()) {
        <span class="visually-hidden">{{ toneLabel() }} : </span>
      }
      <ng-content />
    </div>
  `,
})
export class NoticeComponent {
  readonly tone = input<NoticeTone>('info');
  readonly toneLabel = input('');
  readonly heading = input('');
  readonly live = input(true);

  protected icon(): string {
    return ICONS[this.tone()];
  }
}
