import { isQuestion, type ConsultationDefinition, type ConsultationItem } from '../question/question.model';
import { isBlankAnswer } from '../response/blank-answer.rule';
import { readResponse } from '../response/response.reader';

/**
 * The items shown to a person who gave these answers, in order: questions, section titles and help
 * texts. Each condition is evaluated from the answers to earlier questions that are themselves shown.
 */
export function visibleQuestions(
  definition: ConsultationDefinition,
  answers: Readonly<Record<string, unknown>>,
): ConsultationItem[] {
  return readResponse(definition, answers)
    .filter((read) => read.visible)
    .map((read) => read.item);
}

/**
 * The answers without those to questions that are no longer shown (the person changed an earlier
 * answer), to unknown ids, or blank. The form calls this before saving, since the server refuses
 * an answer to a hidden question.
 */
export function pruneHiddenAnswers(
  definition: ConsultationDefinition,
  answers: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const read of readResponse(definition, answers)) {
    if (read.visible && isQuestion(read.item) && !isBlankAnswer(read.raw)) kept[read.item.id] = read.raw;
  }
  return kept;
}
