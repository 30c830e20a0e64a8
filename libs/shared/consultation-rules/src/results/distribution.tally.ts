import type {
  DateQuestion,
  LinearScaleQuestion,
  NumberQuestion,
  RatingQuestion,
} from '../question/question.model';
import type { AnswerValue } from '../response/answer.model';
import { QuestionTally } from './question.tally';
import type { DateResult, DistributionResult } from './results.model';
import { meanOf, medianOf, percent, round, type ValueCount } from './statistics.rule';
import { compareStrings } from './text.collector';

/** Linear scale, rating and number: how many gave each value. */
export class DistributionTally extends QuestionTally<LinearScaleQuestion | RatingQuestion | NumberQuestion> {
  private readonly counts = new Map<number, number>();

  add(value: AnswerValue): void {
    const n = value as number;
    this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
  }

  result(): DistributionResult {
    const sorted = this.sortedCounts();
    const mean = meanOf(sorted);
    const given = sorted.filter((entry) => entry.count > 0);
    return {
      kind: 'distribution',
      ...this.base(),
      distribution: sorted.map(({ value, count }) => ({
        value,
        count,
        percent: percent(count, this.answered),
      })),
      mean: mean === null ? null : round(mean, 2),
      median: medianOf(sorted),
      min: given.length > 0 ? given[0].value : null,
      max: given.length > 0 ? given[given.length - 1].value : null,
    };
  }

  /** Every step of a scale or a rating, even those nobody chose; for numbers, the values given. */
  private sortedCounts(): ValueCount[] {
    const q = this.question;
    if (q.type === 'number') {
      return [...this.counts.entries()].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count }));
    }
    const [low, high] = q.type === 'rating' ? [1, q.stars] : [q.min, q.max];
    const steps: ValueCount[] = [];
    for (let value = low; value <= high; value++) steps.push({ value, count: this.counts.get(value) ?? 0 });
    return steps;
  }
}

/** Date: how many chose each date. */
export class DateTally extends QuestionTally<DateQuestion> {
  private readonly counts = new Map<string, number>();

  add(value: AnswerValue): void {
    const date = value as string;
    this.counts.set(date, (this.counts.get(date) ?? 0) + 1);
  }

  result(): DateResult {
    return {
      kind: 'date',
      ...this.base(),
      distribution: [...this.counts.entries()]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([date, count]) => ({ date, count, percent: percent(count, this.answered) })),
    };
  }
}
