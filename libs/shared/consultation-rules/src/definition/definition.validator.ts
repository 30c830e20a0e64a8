import { isPlainObject } from '../response/answer-check.model';
import { ITEM_TYPES, type ConsultationItem, type ItemType } from '../question/question.model';
import { checkCondition } from './condition-definition.validator';
import { DefinitionProblemList, isValidId } from './definition-problem.list';
import type { DefinitionProblem } from './definition.messages';
import { checkItemFields } from './item-definition.validator';

/**
 * Checks a consultation as an official builds it: ids, wordings, options, bounds and display
 * conditions. Returns every problem found, in the order of the definition; an empty list means the
 * consultation can be published. The definition arrives as JSON, so nothing about its shape is
 * assumed.
 */
export function validateConsultationDefinition(definition: unknown): DefinitionProblem[] {
  const list = new DefinitionProblemList();
  if (!isPlainObject(definition) || !Array.isArray(definition['questions'])) {
    list.add('questions', 'DEFINITION_NOT_OBJECT');
    return list.problems;
  }
  const items = definition['questions'] as unknown[];
  const index = { positions: firstPositions(items), items: items as ConsultationItem[] };
  items.forEach((item, position) => {
    const path = `questions[${position}]`;
    if (!isPlainObject(item)) return list.add(path, 'INVALID_FIELD');
    if (!isValidId(item['id'])) list.add(`${path}.id`, 'INVALID_ID');
    else if (index.positions.get(item['id']) !== position) list.add(`${path}.id`, 'DUPLICATE_ID');
    if (!ITEM_TYPES.includes(item['type'] as ItemType)) return list.add(`${path}.type`, 'UNKNOWN_TYPE');
    checkItemFields(item, path, list);
    // null is what a builder sends for a cleared condition: no condition, as for undefined.
    if (item['condition'] != null) {
      checkCondition(item['condition'], `${path}.condition`, position, index, list);
    }
  });
  if (!items.some(isAnswerable)) list.add('questions', 'NO_QUESTIONS');
  return list.problems;
}

/** Position of the first item carrying each id: a condition refers to that one. */
function firstPositions(items: unknown[]): Map<string, number> {
  const positions = new Map<string, number>();
  items.forEach((item, position) => {
    if (isPlainObject(item) && isValidId(item['id']) && !positions.has(item['id']))
      positions.set(item['id'], position);
  });
  return positions;
}

function isAnswerable(item: unknown): boolean {
  const type = isPlainObject(item) ? (item['type'] as ItemType) : undefined;
  return type !== undefined && ITEM_TYPES.includes(type) && type !== 'section' && type !== 'help-text';
}
