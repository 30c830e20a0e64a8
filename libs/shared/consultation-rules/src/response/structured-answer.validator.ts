import { isLatitude, isLongitude, pointInBoundary } from '../geo/point-in-polygon.rule';
import type { MapPointQuestion, MatrixQuestion, RankingQuestion } from '../question/question.model';
import type { MatrixAnswer } from './answer.model';
import { accept, hasOnlyKeys, isPlainObject, refuse, type AnswerCheck } from './answer-check.model';
import { isBlankAnswer } from './blank-answer.rule';
import { problem, type AnswerProblem } from './response.messages';

/** How many items a complete ranking holds: all of them, or the top K. */
export function rankingLength(question: RankingQuestion): number {
  return Math.min(question.topK ?? question.items.length, question.items.length);
}

/**
 * Ranking: item ids, best first, each once. Complete means every item (or exactly K of them with
 * `topK`); a draft may hold fewer.
 */
export function checkRankingAnswer(question: RankingQuestion, raw: unknown): AnswerCheck {
  if (!Array.isArray(raw) || !raw.every((id) => typeof id === 'string'))
    return refuse(problem('INVALID_ANSWER_TYPE'));
  const problems: AnswerProblem[] = [];
  const known = new Set(question.items.map((i) => i.id));
  if (raw.some((id) => !known.has(id))) problems.push(problem('UNKNOWN_OPTION'));
  if (new Set(raw).size !== raw.length) problems.push(problem('RANKING_DUPLICATE_ITEM'));
  const expected = rankingLength(question);
  if (raw.length > expected && question.topK !== undefined)
    problems.push(problem('RANKING_TOO_LONG', expected));
  if (problems.length > 0) return refuse(...problems);
  return accept([...raw], raw.length < expected ? [problem('RANKING_INCOMPLETE', expected)] : []);
}

/**
 * Matrix: `{ rowId: [columnId, …] }`. Rows left empty are dropped. A required matrix needs every
 * row once submitted, because a grid with one line filled rarely means what the official asked.
 * A draft may hold fewer rows.
 */
export function checkMatrixAnswer(question: MatrixQuestion, raw: unknown): AnswerCheck {
  if (!isPlainObject(raw)) return refuse(problem('INVALID_ANSWER_TYPE'));
  const problems: AnswerProblem[] = [];
  const rowIds = new Set(question.rows.map((r) => r.id));
  const columnIds = new Set(question.columns.map((c) => c.id));
  for (const [rowId, columns] of Object.entries(raw)) {
    if (!rowIds.has(rowId)) problems.push(problem('UNKNOWN_MATRIX_ROW'));
    else if (isBlankAnswer(columns)) continue;
    else if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) {
      problems.push(problem('INVALID_ANSWER_TYPE'));
    } else {
      if (columns.some((c) => !columnIds.has(c))) problems.push(problem('UNKNOWN_OPTION'));
      if (new Set(columns).size !== columns.length) problems.push(problem('DUPLICATE_OPTION'));
      if (question.selection === 'single' && columns.length > 1)
        problems.push(problem('MATRIX_ROW_MULTIPLE'));
    }
  }
  if (problems.length > 0) return refuse(...problems);
  const answer: MatrixAnswer = {};
  for (const row of question.rows) {
    const chosen = Object.hasOwn(raw, row.id) ? ((raw[row.id] ?? []) as string[]) : [];
    if (chosen.length > 0)
      answer[row.id] = question.columns.filter((c) => chosen.includes(c.id)).map((c) => c.id);
  }
  const missingRows = question.required && Object.keys(answer).length < question.rows.length;
  return accept(answer, missingRows ? [problem('MATRIX_ROW_MISSING')] : []);
}

/** Map point: `{ lng, lat }` inside the question's boundary. */
export function checkMapPointAnswer(question: MapPointQuestion, raw: unknown): AnswerCheck {
  if (!isPlainObject(raw) || !hasOnlyKeys(raw, ['lng', 'lat'])) return refuse(problem('INVALID_POINT'));
  const { lng, lat } = raw;
  if (!isLongitude(lng) || !isLatitude(lat)) return refuse(problem('INVALID_POINT'));
  const point = { lng, lat };
  return pointInBoundary(point, question.boundary)
    ? accept(point)
    : refuse(problem('POINT_OUTSIDE_BOUNDARY'));
}
