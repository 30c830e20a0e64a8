import type {
  DropdownQuestion,
  MultipleChoiceQuestion,
  SingleChoiceQuestion,
  YesNoQuestion,
} from '../question/question.model';
import type { AnswerValue, MultipleChoiceAnswer, SingleChoiceAnswer } from '../response/answer.model';
import { QuestionTally, type AnswerSource, type TallyView } from './question.tally';
import type { ChoiceResult, YesNoResult } from './results.model';
import { percent } from './statistics.rule';
import { TextCollector, textAnswerId } from './text.collector';

type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion | DropdownQuestion;

/** Single choice, multiple choice, dropdown: a count per option, and the "Autre" texts. */
export class ChoiceTally extends QuestionTally<ChoiceQuestion> {
  private readonly counts = new Map<string, number>();
  private otherCount = 0;
  private readonly otherTexts = new TextCollector();

  add(value: AnswerValue, source: AnswerSource): void {
    const answer = value as SingleChoiceAnswer | MultipleChoiceAnswer;
    const ids =
      'optionIds' in answer ? answer.optionIds : answer.optionId === undefined ? [] : [answer.optionId];
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    if (answer.other !== undefined) {
      this.otherCount++;
      this.otherTexts.add(
        textAnswerId(source.responseId, this.question.id),
        answer.other,
        source.submittedAt,
      );
    }
  }

  result(view: TallyView): ChoiceResult {
    const base = this.answered;
    const offersOther = this.question.type !== 'dropdown' && this.question.allowOther === true;
    return {
      kind: 'choice',
      ...this.base(),
      options: this.question.options.map((o) => {
        const count = this.counts.get(o.id) ?? 0;
        return { optionId: o.id, count, percent: percent(count, base) };
      }),
      other: offersOther
        ? {
            count: this.otherCount,
            percent: percent(this.otherCount, base),
            texts: this.otherTexts.page(view.hidden, view.page),
          }
        : null,
    };
  }
}

/** Yes/no: two counts. */
export class YesNoTally extends QuestionTally<YesNoQuestion> {
  private yes = 0;
  private no = 0;

  add(value: AnswerValue): void {
    if (value === true) this.yes++;
    else this.no++;
  }

  result(): YesNoResult {
    return {
      kind: 'yes-no',
      ...this.base(),
      yes: { count: this.yes, percent: percent(this.yes, this.answered) },
      no: { count: this.no, percent: percent(this.no, this.answered) },
    };
  }
}
