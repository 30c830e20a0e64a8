import { evaluateCondition } from '../condition/condition.rule';
import { isQuestion, type ConsultationDefinition, type ConsultationItem } from '../question/question.model';
import type { AnswerValue } from './answer.model';
import { checkAnswer } from './answer.validator';
import { isPlainObject, type AnswerCheck } from './answer-check.model';

/** One item of the definition as seen by one response. */
export interface ReadItem {
  item: ConsultationItem;
  visible: boolean;
  /** What was submitted for this id (undefined when nothing was). */
  raw: unknown;
  /** The check of the submitted answer; only for visible questions. */
  check?: AnswerCheck;
}

/**
 * Walks the items in order, deciding for each whether it is shown from the answers to the questions
 * shown before it, and checking the answers of the shown questions. This one walk is what the form,
 * the server's validation and the results all rely on, so they always agree on what was asked.
 * An answer with problems counts as no answer for later conditions; an unfinished one (a draft)
 * already counts, so questions do not appear and vanish while a person is still ticking boxes.
 */
export function readResponse(
  definition: ConsultationDefinition,
  answers: Readonly<Record<string, unknown>>,
): ReadItem[] {
  const shown = new Map<string, AnswerValue | undefined>();
  // Stored JSON may hold null where a field was cleared; both mean "nothing".
  const given: Readonly<Record<string, unknown>> = isPlainObject(answers) ? answers : {};
  return definition.questions.map((item) => {
    const raw = Object.hasOwn(given, item.id) ? given[item.id] : undefined;
    const visible = item.condition == null || evaluateCondition(item.condition, shown);
    if (!visible || !isQuestion(item)) return { item, visible, raw };
    const check = checkAnswer(item, raw);
    shown.set(item.id, check.value);
    return { item, visible, raw, check };
  });
}
