import {
  isQuestion,
  operatorsFor,
  type ChoiceOption,
  type ConsultationItem,
  type DefinitionProblem,
  type DisplayCondition,
  type GeoBoundary,
  type ItemType,
  type Question,
} from '@agora/consultation-rules';

import { moved } from '../answer/answer-form.state';

/**
 * The builder's pure operations on the list of items: add, remove, move, edit, and the option lists
 * inside an item. Every function returns a new list, so the page can keep an undo-friendly signal and
 * the rules library can check each version.
 */

/** The first free id `prefix1`, `prefix2`… among `taken`. */
export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function options(prefix: string, labels: string[]): ChoiceOption[] {
  return labels.map((fr, i) => ({ id: `${prefix}${i + 1}`, label: { fr } }));
}

/**
 * A new item of this type with settings that already pass the rules, so the official only has to
 * word it. A map question needs the territory's outline; without it, null.
 */
export function newItem(
  type: ItemType,
  items: readonly ConsultationItem[],
  boundary: GeoBoundary | null,
): ConsultationItem | null {
  const id = freeId(
    type === 'section' ? 's' : type === 'help-text' ? 'h' : 'q',
    items.map((i) => i.id),
  );
  const title = { fr: '' };
  switch (type) {
    case 'section':
      return { id, type, title };
    case 'help-text':
      return { id, type, text: { fr: '' } };
    case 'short-text':
    case 'long-text':
    case 'yes-no':
      return { id, type, title, required: false };
    case 'single-choice':
    case 'multiple-choice':
    case 'dropdown':
      return { id, type, title, required: false, options: options('o', ['Option 1', 'Option 2']) };
    case 'linear-scale':
      return { id, type, title, required: false, min: 1, max: 5 };
    case 'rating':
      return { id, type, title, required: false, stars: 5 };
    case 'ranking':
      return {
        id,
        type,
        title,
        required: false,
        items: options('i', ['Élément 1', 'Élément 2', 'Élément 3']),
      };
    case 'matrix':
      return {
        id,
        type,
        title,
        required: false,
        selection: 'single',
        rows: options('r', ['Ligne 1']),
        columns: options('c', ['Colonne 1', 'Colonne 2']),
      };
    case 'number':
      return { id, type, title, required: false };
    case 'date':
      return { id, type, title, required: false };
    case 'map-point':
      return boundary ? { id, type, title, required: false, boundary } : null;
  }
}

/** Whether a condition (or one of its parts) looks at this question. */
export function conditionRefersTo(condition: DisplayCondition, questionId: string): boolean {
  if ('all' in condition) return condition.all.some((c) => conditionRefersTo(c, questionId));
  if ('any' in condition) return condition.any.some((c) => conditionRefersTo(c, questionId));
  return condition.questionId === questionId;
}

/** The list without the item at `index`, and without the conditions that looked at it. */
export function removeItem(items: readonly ConsultationItem[], index: number): ConsultationItem[] {
  const removed = items[index];
  if (!removed) return [...items];
  return items
    .filter((_, i) => i !== index)
    .map((item) =>
      item.condition && conditionRefersTo(item.condition, removed.id) ? withoutCondition(item) : item,
    );
}

function withoutCondition(item: ConsultationItem): ConsultationItem {
  const copy = { ...item };
  delete copy.condition;
  return copy;
}

/** The list with the item at `from` moved to `to` (a condition that now looks ahead is reported by the rules). */
export function moveItem(items: readonly ConsultationItem[], from: number, to: number): ConsultationItem[] {
  return moved(items, from, to);
}

/** The list with the item at `index` replaced. */
export function replaceItem(
  items: readonly ConsultationItem[],
  index: number,
  item: ConsultationItem,
): ConsultationItem[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** The option list with one more option, labelled `label` and with a fresh id. */
export function addOption(list: readonly ChoiceOption[], prefix: string, label: string): ChoiceOption[] {
  return [
    ...list,
    {
      id: freeId(
        prefix,
        list.map((o) => o.id),
      ),
      label: { fr: label },
    },
  ];
}

/** The questions a condition at `index` may look at: answerable ones placed before it. */
export function conditionSources(items: readonly ConsultationItem[], index: number): Question[] {
  return items.slice(0, Math.max(0, index)).filter(isQuestion);
}

/** The values a condition can compare with for this question, or null for a free value (number, date). */
export function conditionValues(
  question: Question,
): Array<{ value: string | boolean; label: ChoiceOption['label'] }> | null {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'dropdown':
      return question.options.map((o) => ({ value: o.id, label: o.label }));
    case 'yes-no':
      return [
        { value: true, label: { fr: 'Oui', en: 'Yes' } },
        { value: false, label: { fr: 'Non', en: 'No' } },
      ];
    default:
      return null;
  }
}

/** Whether this operator compares with a value (all but answered / not answered). */
export function operatorTakesValue(operator: string): boolean {
  return operator !== 'answered' && operator !== 'notAnswered';
}

/** The operators the builder offers for a condition on this question. */
export function conditionOperators(question: Question): readonly string[] {
  return operatorsFor(question.type);
}

/**
 * The rules library's problems grouped by item position (`questions[4].options[1].label` → 4);
 * problems about the whole list go under -1.
 */
export function problemsByItem(problems: readonly DefinitionProblem[]): Map<number, DefinitionProblem[]> {
  const grouped = new Map<number, DefinitionProblem[]>();
  for (const problem of problems) {
    const match = /^questions\[(\d+)\]/.exec(problem.path);
    const index = match ? Number(match[1]) : -1;
    grouped.set(index, [...(grouped.get(index) ?? []), problem]);
  }
  return grouped;
}
