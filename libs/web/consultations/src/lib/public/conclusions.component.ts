import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ConsultationConclusions } from '@agora/contracts';
import { LocalizedDatePipe, TranslatePipe } from '@agora/web-core';

/** "Ce que nous retenons" and the decisions taken, as the officials published them. */
@Component({
  selector: 'agora-consultation-conclusions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalizedDatePipe],
  template: `
    @let c = conclusions();
    <section class="section" aria-labelledby="c-conclusions">
      <h2 id="c-conclusions">{{ 'consultations.page.conclusionsTitle' | t }}</h2>
      @if (c.publishedAt) {
        <p class="muted">
          {{ 'consultations.results.conclusionsDate' | t: { date: (c.publishedAt | localizedDate: 'date') } }}
        </p>
      }
      <!-- The API sanitises these fields with an allow-list; Angular sanitises them once more. -->
      <div class="prose" [innerHTML]="c.retainedHtml"></div>
      @if (c.decisionsHtml) {
        <h3>{{ 'consultations.page.decisionsTitle' | t }}</h3>
        <div class="prose" [innerHTML]="c.decisionsHtml"></div>
      }
    </section>
  `,
})
export class ConclusionsComponent {
  readonly conclusions = input.required<ConsultationConclusions>();
}
