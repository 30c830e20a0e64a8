import { isQuestion, type ConsultationDefinition, type Question } from '../question/question.model';
import { readResponse } from '../response/response.reader';
import { ChoiceTally, YesNoTally } from './choice.tally';
import { DateTally, DistributionTally } from './distribution.tally';
import { MapTally, TextTally } from './free-answer.tally';
import { MatrixTally } from './matrix.tally';
import type { QuestionTally } from './question.tally';
import { RankingTally } from './ranking.tally';
import type { AggregateOptions, ConsultationResults, PageRequest, ResponseRecord } from './results.model';

const DEFAULT_TEXT_PAGE: PageRequest = { offset: 0, limit: 20 };

/**
 * Live results: the server keeps one per consultation (and per quartier filter), adds each response
 * as it is submitted and takes a snapshot to push to the results page, instead of recounting every
 * response on each new one. A snapshot equals {@link aggregateResults} over the same responses, in
 * any order.
 */
export class Aggregator {
  private readonly tallies: QuestionTally[];
  private readonly talliesById: Map<string, QuestionTally>;
  private readonly responseIds = new Set<string>();

  constructor(private readonly definition: ConsultationDefinition) {
    this.tallies = definition.questions.filter(isQuestion).map(tallyFor);
    this.talliesById = new Map(this.tallies.map((tally) => [tally.questionId, tally]));
  }

  /** Number of responses counted. */
  get respondents(): number {
    return this.responseIds.size;
  }

  /**
   * Counts a submitted response. Returns false, counting nothing, for a response id already counted:
   * live delivery may repeat a message, and a response must weigh once. Answers that do not fit the
   * question (which validation should have stopped) and answers to hidden questions are left out.
   */
  add(response: ResponseRecord): boolean {
    if (this.responseIds.has(response.id)) return false;
    this.responseIds.add(response.id);
    const source = { responseId: response.id, submittedAt: response.submittedAt ?? '' };
    for (const read of readResponse(this.definition, response.answers)) {
      const tally = this.talliesById.get(read.item.id);
      if (!tally || !read.visible || !read.check) continue;
      tally.seen++;
      const { value, problems, incomplete } = read.check;
      if (value === undefined || problems.length > 0 || incomplete.length > 0) continue;
      tally.answered++;
      tally.add(value, source);
    }
    return true;
  }

  /** The results as of now, as plain JSON. */
  snapshot(options: AggregateOptions = {}): ConsultationResults {
    const hidden = new Set(options.hiddenTextIds ?? []);
    return {
      respondents: this.respondents,
      questions: this.tallies.map((tally) => {
        const page = options.textPages?.[tally.questionId] ?? options.textPage ?? DEFAULT_TEXT_PAGE;
        return tally.result({ hidden, page });
      }),
    };
  }
}

/** Results of a set of responses at once, e.g. for the final results or an export. */
export function aggregateResults(
  definition: ConsultationDefinition,
  responses: Iterable<ResponseRecord>,
  options: AggregateOptions = {},
): ConsultationResults {
  const aggregator = new Aggregator(definition);
  for (const response of responses) aggregator.add(response);
  return aggregator.snapshot(options);
}

function tallyFor(question: Question): QuestionTally {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'dropdown':
      return new ChoiceTally(question);
    case 'yes-no':
      return new YesNoTally(question);
    case 'linear-scale':
    case 'rating':
    case 'number':
      return new DistributionTally(question);
    case 'date':
      return new DateTally(question);
    case 'ranking':
      return new RankingTally(question);
    case 'matrix':
      return new MatrixTally(question);
    case 'map-point':
      return new MapTally(question);
    case 'short-text':
    case 'long-text':
      return new TextTally(question);
  }
}
