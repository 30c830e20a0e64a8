import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { Wording } from '@agora/consultation-rules';
import type { HiddenConsultationText } from '@agora/contracts';
import { LocalizedDatePipe, TranslatePipe } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';

/**
 * The free texts staff hid, for the team: the text, the question, why, when and by whom, and a button
 * to show it again (a text hidden by mistake). Presentational: the page calls the API.
 */
@Component({
  selector: 'agora-hidden-texts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalizedDatePipe, WordingPipe],
  template: `
    <section class="section" aria-labelledby="textes-masques">
      <h2 id="textes-masques">{{ 'consultations.results.hiddenListTitle' | t }}</h2>
      @if (texts().length) {
        <p class="muted">{{ 'consultations.results.hiddenListLead' | t }}</p>
        <ul class="hidden-texts">
          @for (entry of texts(); track entry.textId) {
            <li class="hidden-texts__item">
              <p class="muted">{{ questionTitles()[entry.questionId] | wording }}</p>
              <p class="preserve-lines">{{ entry.text }}</p>
              <p class="muted">
                {{
                  'consultations.results.hiddenMeta'
                    | t
                      : {
                          date: (entry.hiddenAt | localizedDate: 'dateTime'),
                          name: entry.hiddenBy ?? ('consultations.results.hiddenByUnknown' | t),
                        }
                }}
                @if (entry.reason) {
                  · {{ 'consultations.results.hiddenReason' | t: { reason: entry.reason } }}
                }
              </p>
              <button
                type="button"
                class="button button--secondary"
                [disabled]="busy()"
                (click)="restore.emit(entry.textId)"
              >
                {{ 'consultations.results.unhide' | t }}
              </button>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'consultations.results.hiddenNone' | t }}</p>
      }
    </section>
  `,
  styles: `
    .hidden-texts {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--space-3);
    }
    .hidden-texts__item {
      border-left: 4px solid var(--color-border, #6b7280);
      padding-left: var(--space-3);
      overflow-wrap: anywhere;
    }
  `,
})
export class HiddenTextsComponent {
  readonly texts = input.required<HiddenConsultationText[]>();
  readonly questionTitles = input.required<Record<string, Wording>>();
  readonly busy = input(false);
  readonly restore = output<string>();
}
