import type { Question } from '../question/question.model';
import type { AnswerValue } from '../response/answer.model';
import type { PageRequest, QuestionResult } from './results.model';

/** Where an answer comes from, for the free texts it may carry. */
export interface AnswerSource {
  responseId: string;
  submittedAt: string;
}

/** How a snapshot presents the free texts of one question. */
export interface TallyView {
  hidden: ReadonlySet<string>;
  page: PageRequest;
}

/** Running counts for one question; adding an answer costs the same however many came before. */
export abstract class QuestionTally<Q extends Question = Question> {
  seen = 0;
  answered = 0;

  constructor(protected readonly question: Q) {}

  get questionId(): string {
    return this.question.id;
  }

  /** Counts a well-formed answer to this question. */
  abstract add(value: AnswerValue, source: AnswerSource): void;

  /** The result as of now. */
  abstract result(view: TallyView): QuestionResult;

  protected base(): { questionId: string; type: Q['type']; seen: number; answered: number } {
    return {
      questionId: this.question.id,
      type: this.question.type,
      seen: this.seen,
      answered: this.answered,
    };
  }
}
