import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { LinearScaleQuestion, RatingQuestion, YesNoQuestion } from '@agora/consultation-rules';
import { TranslatePipe } from '@agora/web-core';

import { WordingPipe } from '../wording.pipe';

interface Step {
  id: string;
  value: number | boolean;
  /** Dictionary key of the label, with its parameters. */
  label: string;
  stars: number;
}

/**
 * A row of radio buttons: a linear scale (1 … 5 with labels at both ends), a rating in stars (each
 * star's label says "3 étoiles sur 5", so the meaning never rests on the drawing) or Oui / Non.
 */
@Component({
  selector: 'agora-scale-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, WordingPipe],
  template: `
    @let q = question();
    @if (q.type === 'linear-scale' && (q.minLabel || q.maxLabel)) {
      <p class="field__hint scale-ends" [id]="controlId() + '-ends'">
        <span>{{ q.min }} : {{ q.minLabel | wording }}</span>
        <span>{{ q.max }} : {{ q.maxLabel | wording }}</span>
      </p>
    }
    <div class="scale" [class.scale--stars]="q.type === 'rating'">
      @for (step of steps(); track step.id) {
        <div class="scale__step">
          <input
            type="radio"
            [id]="controlId() + '-' + step.id"
            [name]="controlId()"
            [checked]="value() === step.value"
            (change)="valueChange.emit(step.value)"
          />
          <label [attr.for]="controlId() + '-' + step.id">
            @if (q.type === 'rating') {
              <span aria-hidden="true" class="scale__stars">{{ starsText(step.stars) }}</span>
              <span class="visually-hidden">{{ step.label | t: { value: step.stars, max: q.stars } }}</span>
            } @else if (step.label) {
              {{ step.label | t }}
            } @else {
              {{ step.value }}
            }
          </label>
        </div>
      }
    </div>
  `,
  styles: `
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-3);
    }
    .scale__step {
      display: flex;
      align-items: center;
      gap: var(--space-1);
    }
    .scale--stars {
      flex-direction: column;
    }
    .scale__stars {
      letter-spacing: 0.1em;
    }
    .scale-ends {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--space-2);
    }
  `,
})
export class ScaleInputComponent {
  readonly question = input.required<LinearScaleQuestion | RatingQuestion | YesNoQuestion>();
  readonly value = input<unknown>(undefined);
  readonly controlId = input.required<string>();
  readonly valueChange = output<number | boolean>();

  protected readonly steps = computed<Step[]>(() => {
    const q = this.question();
    if (q.type === 'yes-no') {
      return [
        { id: 'oui', value: true, label: 'consultations.answer.yes', stars: 0 },
        { id: 'non', value: false, label: 'consultations.answer.no', stars: 0 },
      ];
    }
    const [min, max] = q.type === 'rating' ? [1, q.stars] : [q.min, q.max];
    const steps: Step[] = [];
    for (let value = min; value <= max; value++) {
      steps.push({
        id: String(value),
        value,
        label: q.type === 'rating' ? 'consultations.answer.stars' : '',
        stars: value,
      });
    }
    return steps;
  });

  protected starsText(count: number): string {
    const q = this.question();
    const total = q.type === 'rating' ? q.stars : count;
    return '★'.repeat(count) + '☆'.repeat(Math.max(0, total - count));
  }
}
