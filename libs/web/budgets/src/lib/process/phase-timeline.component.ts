import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { PhaseWindow, ProcessPhase } from '@agora/contracts';
import { LocalizedDatePipe, TranslatePipe } from '@agora/web-core';

import { PHASE_HINTS, PHASE_LABELS } from './phase.labels';

const ORDER: ProcessPhase[] = ['proposals', 'assessment', 'vote', 'results', 'follow_up'];

interface Step {
  phase: ProcessPhase;
  window: PhaseWindow | null;
  state: 'done' | 'current' | 'upcoming';
}

/**
 * The phases in order, as an ordered list. The current one says so in words ("Étape en cours") and
 * with a thicker marker; the past ones say "Terminée": colour never carries the state alone.
 */
@Component({
  selector: 'agora-phase-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalizedDatePipe],
  template: `
    <ol class="timeline">
      @for (step of steps(); track step.phase) {
        <li
          class="timeline__step"
          [class.timeline__step--current]="step.state === 'current'"
          [class.timeline__step--done]="step.state === 'done'"
          [attr.aria-current]="step.state === 'current' ? 'step' : null"
        >
          <span class="timeline__marker" aria-hidden="true">{{
            step.state === 'done' ? '✓' : $index + 1
          }}</span>
          <div>
            <p class="timeline__name">
              {{ labels[step.phase] | t }}
              @if (step.state === 'current') {
                <strong class="tag tag--highlight">{{ 'budgets.timeline.current' | t }}</strong>
              } @else if (step.state === 'done') {
                <span class="tag">{{ 'budgets.timeline.done' | t }}</span>
              }
            </p>
            @if (step.window; as window) {
              <p class="timeline__dates">
                @if (window.endsAt) {
                  {{
                    'budgets.timeline.fromTo'
                      | t: { start: (window.startsAt | localizedDate), end: (window.endsAt | localizedDate) }
                  }}
                } @else {
                  {{ 'budgets.timeline.from' | t: { start: (window.startsAt | localizedDate) } }}
                }
              </p>
            }
            @if (step.state === 'current') {
              <p class="timeline__hint">{{ hints[step.phase] | t }}</p>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .timeline__step {
      display: flex;
      gap: var(--space-3);
      padding-bottom: var(--space-3);
    }
    .timeline__marker {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 2rem;
      height: 2rem;
      border: 2px solid var(--color-border);
      border-radius: 50%;
      background: var(--color-background);
      font-weight: 700;
    }
    .timeline__step--done .timeline__marker {
      border-color: var(--color-success);
      color: var(--color-success);
    }
    .timeline__step--current .timeline__marker {
      border-width: 4px;
      border-color: var(--color-primary);
      background: var(--color-primary);
      color: #fff;
    }
    .timeline__name {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      align-items: baseline;
      margin: 0.25rem 0 0;
      font-weight: 700;
    }
    .timeline__dates,
    .timeline__hint {
      margin: var(--space-1) 0 0;
    }
    .timeline__dates {
      color: var(--color-muted);
    }
  `,
})
export class PhaseTimelineComponent {
  readonly phase = input.required<ProcessPhase>();
  readonly schedule = input.required<PhaseWindow[]>();

  protected readonly labels = PHASE_LABELS;
  protected readonly hints = PHASE_HINTS;
  protected readonly steps = computed<Step[]>(() => {
    const current = this.phase();
    const currentIndex = current === 'closed' ? ORDER.length : ORDER.indexOf(current);
    return ORDER.map((phase, index) => ({
      phase,
      window: this.schedule().find((window) => window.phase === phase) ?? null,
      state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming',
    }));
  });
}
