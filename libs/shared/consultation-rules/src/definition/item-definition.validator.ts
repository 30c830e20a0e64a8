import { isValidBoundary } from '../geo/point-in-polygon.rule';
import { TEXT_LIMITS } from '../question/question.model';
import { isPlainObject } from '../response/answer-check.model';
import { isIsoDate } from '../response/date.rule';
import { isValidId, type DefinitionProblemList } from './definition-problem.list';

type Fields = Record<string, unknown>;

// The widest scale and the most stars: beyond ten points people stop telling the steps apart.
const MAX_SCALE_SPAN = 10;
const MAX_STARS = 10;

/** Checks the fields of one item that do not depend on other items (conditions are checked apart). */
export function checkItemFields(item: Fields, path: string, list: DefinitionProblemList): void {
  if (item['type'] === 'help-text') return checkWording(item['text'], `${path}.text`, true, list);
  checkWording(item['title'], `${path}.title`, true, list);
  checkWording(item['description'], `${path}.description`, false, list);
  if (item['type'] === 'section') return;
  checkBoolean(item, 'required', path, list);
  switch (item['type']) {
    case 'short-text':
    case 'long-text':
      return checkTextField(item, path, list);
    case 'single-choice':
      checkBoolean(item, 'allowOther', path, list);
      checkWording(item['otherLabel'], `${path}.otherLabel`, false, list);
      return checkOptions(item['options'], `${path}.options`, 2, list);
    case 'dropdown':
      return checkOptions(item['options'], `${path}.options`, 2, list);
    case 'multiple-choice':
      return checkMultipleChoice(item, path, list);
    case 'linear-scale':
      return checkScale(item, path, list);
    case 'rating':
      if (!isIntegerIn(item['stars'], 2, MAX_STARS)) list.add(`${path}.stars`, 'RATING_STARS_INVALID');
      return;
    case 'ranking':
      return checkRanking(item, path, list);
    case 'matrix':
      checkOptions(item['rows'], `${path}.rows`, 1, list);
      checkOptions(item['columns'], `${path}.columns`, 2, list);
      if (item['selection'] !== 'single' && item['selection'] !== 'multiple')
        list.add(`${path}.selection`, 'INVALID_FIELD');
      return;
    case 'number':
      return checkNumber(item, path, list);
    case 'date':
      return checkDate(item, path, list);
    case 'map-point':
      if (!isValidBoundary(item['boundary'])) list.add(`${path}.boundary`, 'BOUNDARY_INVALID');
      return;
  }
}

/** A wording: `{ fr, en? }`; when required, the French text is not empty. */
function checkWording(value: unknown, path: string, required: boolean, list: DefinitionProblemList): void {
  if (value === undefined) {
    if (required) list.add(path, 'WORDING_MISSING');
    return;
  }
  if (
    !isPlainObject(value) ||
    typeof value['fr'] !== 'string' ||
    !['string', 'undefined'].includes(typeof value['en'])
  ) {
    list.add(path, 'WORDING_INVALID');
  } else if (required && value['fr'].trim() === '') {
    list.add(`${path}.fr`, 'WORDING_MISSING');
  }
}

function checkBoolean(item: Fields, field: string, path: string, list: DefinitionProblemList): void {
  if (item[field] !== undefined && typeof item[field] !== 'boolean')
    list.add(`${path}.${field}`, 'INVALID_FIELD');
}

function checkTextField(item: Fields, path: string, list: DefinitionProblemList): void {
  checkWording(item['placeholder'], `${path}.placeholder`, false, list);
  const ceiling = item['type'] === 'short-text' ? TEXT_LIMITS.shortText : TEXT_LIMITS.longText;
  if (item['maxLength'] !== undefined && !isIntegerIn(item['maxLength'], 1, ceiling)) {
    list.add(`${path}.maxLength`, 'TEXT_LIMIT_INVALID');
  }
}

/**
 * Options, ranking items, matrix rows and columns: enough of them, ids unique within the list,
 * labels present and unique (two choices reading the same could not be told apart).
 */
function checkOptions(options: unknown, path: string, minimum: number, list: DefinitionProblemList): void {
  if (!Array.isArray(options)) return list.add(path, 'TOO_FEW_OPTIONS');
  if (options.length < minimum) list.add(path, 'TOO_FEW_OPTIONS');
  const ids = new Set<unknown>();
  const labels = new Set<string>();
  options.forEach((option: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isPlainObject(option)) return list.add(at, 'INVALID_FIELD');
    if (!isValidId(option['id'])) list.add(`${at}.id`, 'INVALID_ID');
    else if (ids.has(option['id'])) list.add(`${at}.id`, 'DUPLICATE_OPTION_ID');
    ids.add(option['id']);
    checkWording(option['label'], `${at}.label`, true, list);
    const label = isPlainObject(option['label']) ? option['label']['fr'] : undefined;
    if (typeof label !== 'string' || label.trim() === '') return;
    const key = label.normalize('NFC').trim().toLocaleLowerCase('fr');
    if (labels.has(key)) list.add(`${at}.label`, 'DUPLICATE_OPTION_LABEL');
    labels.add(key);
  });
}

function checkMultipleChoice(item: Fields, path: string, list: DefinitionProblemList): void {
  checkBoolean(item, 'allowOther', path, list);
  checkWording(item['otherLabel'], `${path}.otherLabel`, false, list);
  checkOptions(item['options'], `${path}.options`, 1, list);
  const choices =
    (Array.isArray(item['options']) ? item['options'].length : 0) + (item['allowOther'] === true ? 1 : 0);
  const { minSelections: min, maxSelections: max } = item;
  if (min !== undefined && !isIntegerIn(min, 0, choices))
    list.add(`${path}.minSelections`, 'SELECTION_BOUNDS_INVALID');
  if (max !== undefined && !isIntegerIn(max, 1, choices))
    list.add(`${path}.maxSelections`, 'SELECTION_BOUNDS_INVALID');
  else if (typeof min === 'number' && typeof max === 'number' && min > max) {
    list.add(`${path}.minSelections`, 'SELECTION_BOUNDS_INVALID');
  }
}

function checkScale(item: Fields, path: string, list: DefinitionProblemList): void {
  checkWording(item['minLabel'], `${path}.minLabel`, false, list);
  checkWording(item['maxLabel'], `${path}.maxLabel`, false, list);
  const { min, max } = item;
  const valid = Number.isInteger(min) && Number.isInteger(max) && (max as number) > (min as number);
  if (!valid || (max as number) - (min as number) > MAX_SCALE_SPAN) list.add(path, 'SCALE_BOUNDS_INVALID');
}

function checkRanking(item: Fields, path: string, list: DefinitionProblemList): void {
  checkOptions(item['items'], `${path}.items`, 2, list);
  const count = Array.isArray(item['items']) ? item['items'].length : 0;
  if (item['topK'] !== undefined && !isIntegerIn(item['topK'], 1, count))
    list.add(`${path}.topK`, 'RANKING_TOP_K_INVALID');
}

function checkNumber(item: Fields, path: string, list: DefinitionProblemList): void {
  checkWording(item['unit'], `${path}.unit`, false, list);
  const { min, max, step } = item;
  if (min !== undefined && !isFiniteNumber(min)) list.add(`${path}.min`, 'NUMBER_BOUNDS_INVALID');
  else if (max !== undefined && !isFiniteNumber(max)) list.add(`${path}.max`, 'NUMBER_BOUNDS_INVALID');
  else if (isFiniteNumber(min) && isFiniteNumber(max) && min > max) list.add(path, 'NUMBER_BOUNDS_INVALID');
  if (step !== undefined && !(isFiniteNumber(step) && step > 0))
    list.add(`${path}.step`, 'NUMBER_STEP_INVALID');
}

function checkDate(item: Fields, path: string, list: DefinitionProblemList): void {
  const { min, max } = item;
  if (min !== undefined && !isIsoDate(min)) list.add(`${path}.min`, 'DATE_BOUNDS_INVALID');
  else if (max !== undefined && !isIsoDate(max)) list.add(`${path}.max`, 'DATE_BOUNDS_INVALID');
  else if (typeof min === 'string' && typeof max === 'string' && min > max)
    list.add(path, 'DATE_BOUNDS_INVALID');
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A number that is not NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
