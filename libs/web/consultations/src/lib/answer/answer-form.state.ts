import {
  isQuestion,
  type ConsultationItem,
  type LocalizedMessage,
  type ResponseError,
} from '@agora/consultation-rules';

/** What the form holds while a person answers: question id → raw value (possibly unfinished). */
export type DraftAnswers = Readonly<Record<string, unknown>>;

/** True when a value means "no answer" and should not be sent (an emptied field, no box ticked). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  if (typeof value === 'number') return Number.isNaN(value);
  return false;
}

/** The answers with one value set, or removed when it is empty. */
export function withAnswer(answers: DraftAnswers, questionId: string, value: unknown): DraftAnswers {
  const next: Record<string, unknown> = { ...answers };
  if (isEmptyValue(value)) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/**
 * The shown items cut into screens. On one screen per question (small phones), a section title or a
 * help text travels with the question after it, so nobody reads a title alone on a screen.
 */
export function screensOf(items: readonly ConsultationItem[], onePerScreen: boolean): ConsultationItem[][] {
  if (!onePerScreen) return items.length ? [[...items]] : [];
  const screens: ConsultationItem[][] = [];
  let pending: ConsultationItem[] = [];
  for (const item of items) {
    pending.push(item);
    if (isQuestion(item)) {
      screens.push(pending);
      pending = [];
    }
  }
  if (pending.length) {
    if (screens.length) screens[screens.length - 1].push(...pending);
    else screens.push(pending);
  }
  return screens;
}

/** The validation errors per question id (errors that belong to no question under `''`). */
export function errorsByQuestion(
  errors: readonly ResponseError[],
): Partial<Record<string, LocalizedMessage[]>> {
  const grouped: Partial<Record<string, LocalizedMessage[]>> = {};
  for (const error of errors) {
    const key = error.questionId ?? '';
    (grouped[key] ??= []).push(error.message);
  }
  return grouped;
}

/** Question numbers as residents read them ("Question 3"): sections and help texts are not counted. */
export function questionNumbers(items: readonly ConsultationItem[]): Record<string, number> {
  const numbers: Record<string, number> = {};
  let next = 1;
  for (const item of items) if (isQuestion(item)) numbers[item.id] = next++;
  return numbers;
}

/** Moves the element at `from` to `to` in a copy of the list (ranking and builder reordering). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [element] = copy.splice(from, 1);
  copy.splice(to, 0, element);
  return copy;
}
