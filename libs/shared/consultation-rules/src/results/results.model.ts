import type { GeoPoint } from '../geo/geo.model';
import type { QuestionType } from '../question/question.model';

/** An exact count with its share of the base, in percent rounded to one decimal (0 when the base is 0). */
export interface CountShare {
  count: number;
  percent: number;
}

/** What every question's result has. */
interface ResultBase {
  questionId: string;
  type: QuestionType;
  /** Respondents to whom the question was shown (its display condition held). */
  seen: number;
  /** Respondents who answered it; the base of its percentages. */
  answered: number;
}

/** A free text, with the id staff use to hide it (see `textAnswerId`). */
export interface TextEntry {
  id: string;
  text: string;
}

/** One page of free texts, newest first. `total` counts the texts left after hiding. */
export interface TextPage {
  total: number;
  /** Texts hidden by staff because they contained personal data. */
  hidden: number;
  offset: number;
  limit: number;
  items: TextEntry[];
}

/** Single choice, multiple choice and dropdown: one line per option, in the question's order. */
export interface ChoiceResult extends ResultBase {
  kind: 'choice';
  /** For multiple choice, percentages add up to more than 100: each is a share of respondents. */
  options: Array<CountShare & { optionId: string }>;
  /** "Autre", when the question offers it. */
  other: (CountShare & { texts: TextPage }) | null;
}

/** Yes/no. */
export interface YesNoResult extends ResultBase {
  kind: 'yes-no';
  yes: CountShare;
  no: CountShare;
}

/**
 * Linear scale, rating and number. Scales and ratings list every value, even those nobody chose, so
 * a chart has no gaps; numbers list the values given, ascending. Mean rounded to two decimals.
 */
export interface DistributionResult extends ResultBase {
  kind: 'distribution';
  distribution: Array<CountShare & { value: number }>;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** Date: how many chose each date, earliest first. */
export interface DateResult extends ResultBase {
  kind: 'date';
  distribution: Array<CountShare & { date: string }>;
}

/** One ranking item. */
export interface RankingItemResult {
  itemId: string;
  /** Respondents who placed it (all of them, unless the question ranks a top K). */
  rankedCount: number;
  /** 1 is first; null when nobody placed it. Rounded to two decimals. */
  averageRank: number | null;
  /** `positionCounts[0]` respondents put it first, `[1]` second… */
  positionCounts: number[];
  /** Borda-like score: with P places to fill, first place earns P points, last place 1, unranked 0. */
  score: number;
}

/** Ranking: items in the question's order, and `order`, the items from highest score to lowest. */
export interface RankingResult extends ResultBase {
  kind: 'ranking';
  items: RankingItemResult[];
  /** Highest score first; ties by better average rank, then by the question's order. */
  order: string[];
}

/** One row of a matrix, with its columns' counts; percentages are shares of the row's respondents. */
export interface MatrixRowResult {
  rowId: string;
  answered: number;
  columns: Array<CountShare & { columnId: string }>;
}

/** Matrix: the heat table, rows and columns in the question's order. */
export interface MatrixResult extends ResultBase {
  kind: 'matrix';
  rows: MatrixRowResult[];
}

/** Map point: every point, sorted by longitude then latitude. */
export interface MapResult extends ResultBase {
  kind: 'map';
  points: GeoPoint[];
}

/** Short and long text: the texts themselves, paged. */
export interface TextResult extends ResultBase {
  kind: 'text';
  texts: TextPage;
}

/** The result of one question. */
export type QuestionResult =
  | ChoiceResult
  | YesNoResult
  | DistributionResult
  | DateResult
  | RankingResult
  | MatrixResult
  | MapResult
  | TextResult;

/** The results of a consultation: plain JSON, identical for the same responses in any order. */
export interface ConsultationResults {
  respondents: number;
  /** Questions in the consultation's order; section titles and help texts are left out. */
  questions: QuestionResult[];
}

/** A submitted response as the results read it. */
export interface ResponseRecord {
  /** Random id of the response, never the person's. */
  id: string;
  answers: Readonly<Record<string, unknown>>;
  /** ISO 8601 submission time; orders free texts, newest first. */
  submittedAt?: string;
}

/** A window on a list of free texts. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** How to present free texts. */
export interface AggregateOptions {
  /** Ids (from `textAnswerId`) of texts staff hid because they contain personal data. */
  hiddenTextIds?: Iterable<string>;
  /** Page of every free-text list; 20 first texts when absent. */
  textPage?: PageRequest;
  /** Page for one question's texts, by question id; wins over `textPage`. */
  textPages?: Readonly<Record<string, PageRequest>>;
}
