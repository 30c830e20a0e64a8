import type { GeoPoint } from '../geo/geo.model';

/** Short and long text: the text itself. */
export type TextAnswer = string;

/** Single choice: one option, or the "other" text when the question allows it. */
export type SingleChoiceAnswer = { optionId: string; other?: never } | { other: string; optionId?: never };

/** Dropdown: one option. */
export interface DropdownAnswer {
  optionId: string;
}

/** Multiple choice: the chosen options, plus the "other" text when the question allows it. */
export interface MultipleChoiceAnswer {
  optionIds: string[];
  other?: string;
}

/** Linear scale, rating (1..N stars) and number: the number. */
export type NumericAnswer = number;

/** Date: `YYYY-MM-DD`. */
export type DateAnswer = string;

/** Yes/no: true for "Oui". */
export type YesNoAnswer = boolean;

/** Ranking: item ids, best first. */
export type RankingAnswer = string[];

/**
 * Matrix: for each answered row id, the chosen column ids. A single-choice row holds exactly one
 * column; using an array for both kinds keeps one shape for storage and exports.
 */
export type MatrixAnswer = Record<string, string[]>;

/** Map point: longitude and latitude in WGS84 degrees. */
export type MapPointAnswer = GeoPoint;

/** Any valid answer. */
export type AnswerValue =
  | TextAnswer
  | SingleChoiceAnswer
  | DropdownAnswer
  | MultipleChoiceAnswer
  | NumericAnswer
  | YesNoAnswer
  | RankingAnswer
  | MatrixAnswer
  | MapPointAnswer;

/** One person's answers, keyed by question id. Questions without an answer are absent. */
export type Answers = Record<string, AnswerValue>;
