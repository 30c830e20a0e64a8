// Public API of @agora/consultation-rules: the consultation rules shared by the browser and the API.
export type { Wording, LocalizedMessage } from './question/wording.model';
export type {
  ChoiceOption,
  ShortTextQuestion,
  LongTextQuestion,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  DropdownQuestion,
  LinearScaleQuestion,
  RatingQuestion,
  RankingQuestion,
  MatrixQuestion,
  NumberQuestion,
  DateQuestion,
  MapPointQuestion,
  YesNoQuestion,
  SectionItem,
  HelpTextItem,
  Question,
  ConsultationItem,
  QuestionType,
  ItemType,
  ConsultationDefinition,
} from './question/question.model';
export {
  TEXT_LIMITS,
  QUESTION_TYPES,
  ITEM_TYPES,
  isQuestion,
  maxTextLength,
} from './question/question.model';

export type { GeoBoundary, GeoPoint, Position, PolygonGeometry, MultiPolygonGeometry } from './geo/geo.model';
export { pointInBoundary, pointInPolygonRings, isValidBoundary } from './geo/point-in-polygon.rule';

export type {
  ConditionOperator,
  ConditionRule,
  AllCondition,
  AnyCondition,
  DisplayCondition,
} from './condition/condition.model';
export { CONDITION_OPERATORS } from './condition/condition.model';
export { operatorsFor } from './condition/condition.rule';
export { visibleQuestions, pruneHiddenAnswers } from './condition/visibility.rule';

export type { DefinitionProblem, DefinitionProblemCode } from './definition/definition.messages';
export { validateConsultationDefinition } from './definition/definition.validator';
export { ID_PATTERN } from './definition/definition-problem.list';
export { MAX_CONDITION_DEPTH } from './definition/condition-definition.validator';
export type { DefinitionChangeKind, DefinitionDiff } from './definition/definition.diff';
export { diffDefinitions } from './definition/definition.diff';

export type {
  TextAnswer,
  SingleChoiceAnswer,
  DropdownAnswer,
  MultipleChoiceAnswer,
  NumericAnswer,
  DateAnswer,
  YesNoAnswer,
  RankingAnswer,
  MatrixAnswer,
  MapPointAnswer,
  AnswerValue,
  Answers,
} from './response/answer.model';
export type { ResponseError, ResponseErrorCode } from './response/response.messages';
export type {
  ResponseValidation,
  ResponseValidationOptions,
  ValidResponse,
  InvalidResponse,
} from './response/response.validator';
export { validateResponse } from './response/response.validator';
export { countCharacters, normaliseText } from './response/text.rule';
export { isIsoDate } from './response/date.rule';

export type {
  CountShare,
  TextEntry,
  TextPage,
  ChoiceResult,
  YesNoResult,
  DistributionResult,
  DateResult,
  RankingItemResult,
  RankingResult,
  MatrixRowResult,
  MatrixResult,
  MapResult,
  TextResult,
  QuestionResult,
  ConsultationResults,
  ResponseRecord,
  PageRequest,
  AggregateOptions,
} from './results/results.model';
export { Aggregator, aggregateResults } from './results/results.aggregator';
export { textAnswerId } from './results/text.collector';
