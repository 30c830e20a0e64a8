import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { TimelineEntry } from '@agora/contracts';
import { LocalizedDatePipe, TranslatePipe } from '@agora/web-core';

import { WORK_PHOTO_KIND_LABELS, WORK_STATUS_LABELS } from '../work.labels';

/** A work's dated updates, newest first, each with its text, status change and photos. */
@Component({
  selector: 'agora-work-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalizedDatePipe],
  template: `
    @if (entries().length) {
      <ol class="timeline">
        @for (entry of entries(); track entry.id) {
          <li class="timeline__entry">
            <h3 class="timeline__date">
              <time [attr.datetime]="entry.occurredOn">{{ entry.occurredOn | localizedDate }}</time>
            </h3>
            @if (entry.status || entry.progress !== null) {
              <p class="timeline__facts">
                @if (entry.status; as status) {
                  <span class="tag">{{ statusLabels[status] | t }}</span>
                }
                @if (entry.progress !== null) {
                  <span>{{ 'works.timeline.progress' | t: { progress: entry.progress } }}</span>
                }
              </p>
            }
            <p class="prose preserve-lines">{{ entry.text }}</p>
            @if (entry.photos.length) {
              <ul class="timeline__photos">
                @for (photo of entry.photos; track photo.id) {
                  <li>
                    <figure class="timeline__photo">
                      <img [src]="photo.url" [alt]="photo.alt" loading="lazy" />
                      <figcaption>{{ photoKinds[photo.kind] | t }}</figcaption>
                    </figure>
                  </li>
                }
              </ul>
            }
          </li>
        }
      </ol>
    } @else {
      <p>{{ 'works.timeline.empty' | t }}</p>
    }
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0 0 0 var(--space-3);
      list-style: none;
      border-left: 3px solid var(--color-border);
    }
    .timeline__entry {
      padding-bottom: var(--space-4);
    }
    .timeline__date {
      margin: 0 0 var(--space-1);
      font-size: 1.05rem;
    }
    .timeline__facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      margin: 0 0 var(--space-2);
    }
    .timeline__photos {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .timeline__photo {
      margin: 0;
    }
    .timeline__photo img {
      display: block;
      width: 100%;
      height: auto;
      border-radius: var(--radius);
    }
    .timeline__photo figcaption {
      font-weight: 700;
    }
  `,
})
export class WorkTimelineComponent {
  readonly entries = input.required<readonly TimelineEntry[]>();

  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly photoKinds = WORK_PHOTO_KIND_LABELS;
}
