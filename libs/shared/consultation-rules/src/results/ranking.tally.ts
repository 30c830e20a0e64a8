import type { RankingQuestion } from '../question/question.model';
import type { AnswerValue, RankingAnswer } from '../response/answer.model';
import { rankingLength } from '../response/structured-answer.validator';
import { QuestionTally } from './question.tally';
import type { RankingItemResult, RankingResult } from './results.model';
import { round } from './statistics.rule';

/** Ranking: for each item, how many put it at each place. */
export class RankingTally extends QuestionTally<RankingQuestion> {
  /** item id → count per place (index 0 = first). */
  private readonly places = new Map<string, number[]>();

  add(value: AnswerValue): void {
    (value as RankingAnswer).forEach((itemId, place) => {
      const counts = this.places.get(itemId) ?? new Array<number>(rankingLength(this.question)).fill(0);
      counts[place] = (counts[place] ?? 0) + 1;
      this.places.set(itemId, counts);
    });
  }

  result(): RankingResult {
    const placesToFill = rankingLength(this.question);
    const items = this.question.items.map((item): RankingItemResult => {
      const positionCounts = this.places.get(item.id) ?? new Array<number>(placesToFill).fill(0);
      let rankedCount = 0;
      let rankSum = 0;
      let score = 0;
      positionCounts.forEach((count, place) => {
        rankedCount += count;
        rankSum += count * (place + 1);
        score += count * (placesToFill - place);
      });
      const averageRank = rankedCount === 0 ? null : round(rankSum / rankedCount, 2);
      return { itemId: item.id, rankedCount, averageRank, positionCounts: [...positionCounts], score };
    });
    return { kind: 'ranking', ...this.base(), items, order: orderByScore(items) };
  }
}

/** Highest score first; ties by better average rank (unranked last), then by the question's order. */
function orderByScore(items: RankingItemResult[]): string[] {
  return items
    .map((item, position) => ({ item, position }))
    .sort(
      (a, b) =>
        b.item.score - a.item.score ||
        (a.item.averageRank ?? Infinity) - (b.item.averageRank ?? Infinity) ||
        a.position - b.position,
    )
    .map(({ item }) => item.itemId);
}
