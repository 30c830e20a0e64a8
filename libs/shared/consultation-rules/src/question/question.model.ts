import type { DisplayCondition } from '../condition/condition.model';
import type { GeoBoundary } from '../geo/geo.model';
import type { Wording } from './wording.model';

/**
 * Default and highest text lengths, in characters. Per question, `maxLength` can only lower them:
 * the database columns, exports and the moderation screen are sized for these.
 */
export const TEXT_LIMITS = { shortText: 300, longText: 5000, otherText: 300 } as const;

/** A choice, a ranking item, a matrix row or column. The id stays when the label is corrected. */
export interface ChoiceOption {
  id: string;
  label: Wording;
}

/** What every item of a consultation has. */
interface ItemBase {
  /** Stable id: answers and results refer to it, so a typo fix in the title keeps them. */
  id: string;
  /** Shown only when this holds; always shown when absent. */
  condition?: DisplayCondition;
}

/** What every question a resident answers has. */
interface QuestionBase extends ItemBase {
  title: Wording;
  description?: Wording;
  /** Optional when absent. A hidden question is never required. */
  required?: boolean;
}

/** A one-line text, {@link TEXT_LIMITS}.shortText characters at most. */
export interface ShortTextQuestion extends QuestionBase {
  type: 'short-text';
  maxLength?: number;
  placeholder?: Wording;
}

/** A free text, {@link TEXT_LIMITS}.longText characters at most. */
export interface LongTextQuestion extends QuestionBase {
  type: 'long-text';
  maxLength?: number;
  placeholder?: Wording;
}

/** One option among several (radio buttons), optionally "Autre" with a text. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single-choice';
  options: ChoiceOption[];
  allowOther?: boolean;
  otherLabel?: Wording;
}

/** Several options (checkboxes), between `minSelections` and `maxSelections` with "Autre" counted. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  options: ChoiceOption[];
  minSelections?: number;
  maxSelections?: number;
  allowOther?: boolean;
  otherLabel?: Wording;
}

/** One option in a drop-down list, for long lists (a street, a school). */
export interface DropdownQuestion extends QuestionBase {
  type: 'dropdown';
  options: ChoiceOption[];
}

/** A whole number from `min` to `max` (at most 10 steps apart), e.g. 1 "Pas du tout" … 5 "Tout à fait". */
export interface LinearScaleQuestion extends QuestionBase {
  type: 'linear-scale';
  min: number;
  max: number;
  minLabel?: Wording;
  maxLabel?: Wording;
}

/** 1 to `stars` stars. */
export interface RatingQuestion extends QuestionBase {
  type: 'rating';
  stars: number;
}

/** Put the items in order, best first; with `topK`, only the K preferred ones. */
export interface RankingQuestion extends QuestionBase {
  type: 'ranking';
  items: ChoiceOption[];
  topK?: number;
}

/** A grid: for each row, one column (`single`) or several (`multiple`). */
export interface MatrixQuestion extends QuestionBase {
  type: 'matrix';
  rows: ChoiceOption[];
  columns: ChoiceOption[];
  selection: 'single' | 'multiple';
}

/** A number between optional bounds; `step` 1 for whole numbers, 0.5 or 0.01 for decimals, absent for any. */
export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
  step?: number;
  unit?: Wording;
}

/** A calendar date `YYYY-MM-DD` between optional bounds (inclusive). */
export interface DateQuestion extends QuestionBase {
  type: 'date';
  min?: string;
  max?: string;
}

/** A point on a map, inside `boundary` (the territory's outline, copied when the question is built). */
export interface MapPointQuestion extends QuestionBase {
  type: 'map-point';
  boundary: GeoBoundary;
}

/** Oui / Non. */
export interface YesNoQuestion extends QuestionBase {
  type: 'yes-no';
}

/** A section title: starts a group of questions (and a new screen in the one-question-per-screen mode). */
export interface SectionItem extends ItemBase {
  type: 'section';
  title: Wording;
  description?: Wording;
}

/** A paragraph of explanation between questions. */
export interface HelpTextItem extends ItemBase {
  type: 'help-text';
  text: Wording;
}

/** A question a resident answers. */
export type Question =
  | ShortTextQuestion
  | LongTextQuestion
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | DropdownQuestion
  | LinearScaleQuestion
  | RatingQuestion
  | RankingQuestion
  | MatrixQuestion
  | NumberQuestion
  | DateQuestion
  | MapPointQuestion
  | YesNoQuestion;

/** Anything in the list of a consultation: a question, a section title or a help text. */
export type ConsultationItem = Question | SectionItem | HelpTextItem;

/** Type of a question a resident answers. */
export type QuestionType = Question['type'];

/** Type of any item. */
export type ItemType = ConsultationItem['type'];

/** Every question type, in the order the builder offers them. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  'short-text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'dropdown',
  'linear-scale',
  'rating',
  'ranking',
  'matrix',
  'number',
  'date',
  'map-point',
  'yes-no',
];

/** Every item type: the question types plus section titles and help texts. */
export const ITEM_TYPES: readonly ItemType[] = [...QUESTION_TYPES, 'section', 'help-text'];

/**
 * The questions of a consultation, in display order. Only the questions: the title, dates and
 * audience of the consultation belong to the API's entity.
 */
export interface ConsultationDefinition {
  questions: ConsultationItem[];
}

/** True for items a resident answers; false for section titles and help texts. */
export function isQuestion(item: ConsultationItem): item is Question {
  return item.type !== 'section' && item.type !== 'help-text';
}

/** Highest number of characters a text answer to this question may have. */
export function maxTextLength(question: ShortTextQuestion | LongTextQuestion): number {
  const ceiling = question.type === 'short-text' ? TEXT_LIMITS.shortText : TEXT_LIMITS.longText;
  return question.maxLength === undefined ? ceiling : Math.min(question.maxLength, ceiling);
}
