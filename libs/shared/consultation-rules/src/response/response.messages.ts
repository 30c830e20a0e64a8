import type { LocalizedMessage } from '../question/wording.model';

/** Why an answer was refused. Stable: the API returns it and the browser may branch on it. */
export type ResponseErrorCode =
  | 'RESPONSE_NOT_OBJECT'
  | 'UNKNOWN_QUESTION'
  | 'HIDDEN_QUESTION_ANSWERED'
  | 'REQUIRED'
  | 'INVALID_ANSWER_TYPE'
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_OPTION'
  | 'DUPLICATE_OPTION'
  | 'OTHER_NOT_ALLOWED'
  | 'OTHER_TEXT_TOO_LONG'
  | 'TOO_FEW_SELECTIONS'
  | 'TOO_MANY_SELECTIONS'
  | 'NOT_A_WHOLE_NUMBER'
  | 'VALUE_TOO_LOW'
  | 'VALUE_TOO_HIGH'
  | 'STEP_MISMATCH'
  | 'INVALID_DATE'
  | 'DATE_TOO_EARLY'
  | 'DATE_TOO_LATE'
  | 'RANKING_DUPLICATE_ITEM'
  | 'RANKING_INCOMPLETE'
  | 'RANKING_TOO_LONG'
  | 'UNKNOWN_MATRIX_ROW'
  | 'MATRIX_ROW_MISSING'
  | 'MATRIX_ROW_MULTIPLE'
  | 'INVALID_POINT'
  | 'POINT_OUTSIDE_BOUNDARY';

/** A refused answer, tied to its question (null when the whole response is unreadable). */
export interface ResponseError {
  questionId: string | null;
  code: ResponseErrorCode;
  message: LocalizedMessage;
}

/** A problem found in one answer, before it is tied to its question. */
export interface AnswerProblem {
  code: ResponseErrorCode;
  message: LocalizedMessage;
}

/** The number or date a message names. */
type Param = number | string;
// French writes "0,5" and "31/12/2025"; English keeps "0.5" and the ISO date.
const frNumber = (n: Param): string => String(n).replace('.', ',');
const frDate = (iso: Param): string => String(iso).split('-').reverse().join('/');
// French puts 0 and 1 in the singular, English only 1.
const frChoices = (n: Param): string => `${n} ${Number(n) > 1 ? 'réponses' : 'réponse'}`;
const enChoices = (n: Param): string => `${n} ${Number(n) === 1 ? 'answer' : 'answers'}`;

// Plain French (FALC): short sentences, common words, and the way to fix the answer when there is one.
const MESSAGES: { [C in ResponseErrorCode]: (param: Param) => LocalizedMessage } = {
  RESPONSE_NOT_OBJECT: () => ({
    fr: 'Vos réponses n’ont pas pu être lues. Merci de réessayer.',
    en: 'Your answers could not be read. Please try again.',
  }),
  UNKNOWN_QUESTION: () => ({
    fr: 'Cette question ne fait pas partie de la consultation.',
    en: 'This question is not part of the consultation.',
  }),
  HIDDEN_QUESTION_ANSWERED: () => ({
    fr: 'Cette question ne vous est pas posée. Retirez votre réponse.',
    en: 'This question is not asked to you. Remove your answer.',
  }),
  REQUIRED: () => ({
    fr: 'Cette question est obligatoire. Merci d’y répondre.',
    en: 'This question is required. Please answer it.',
  }),
  INVALID_ANSWER_TYPE: () => ({
    fr: 'Cette réponse n’a pas la bonne forme. Merci de la refaire.',
    en: 'This answer does not have the right form. Please answer again.',
  }),
  TEXT_TOO_LONG: (max) => ({
    fr: `Votre texte est trop long. Écrivez ${max} caractères au plus.`,
    en: `Your text is too long. Write ${max} characters at most.`,
  }),
  UNKNOWN_OPTION: () => ({
    fr: 'Ce choix n’existe pas. Choisissez dans la liste.',
    en: 'This choice does not exist. Choose from the list.',
  }),
  DUPLICATE_OPTION: () => ({
    fr: 'Vous avez choisi deux fois la même réponse.',
    en: 'You chose the same answer twice.',
  }),
  OTHER_NOT_ALLOWED: () => ({
    fr: 'Ici, vous ne pouvez pas écrire une autre réponse. Choisissez dans la liste.',
    en: 'You cannot write another answer here. Choose from the list.',
  }),
  OTHER_TEXT_TOO_LONG: (max) => ({
    fr: `Votre réponse « Autre » est trop longue. Écrivez ${max} caractères au plus.`,
    en: `Your "Other" answer is too long. Write ${max} characters at most.`,
  }),
  TOO_FEW_SELECTIONS: (min) => ({
    fr: `Choisissez au moins ${frChoices(min)}.`,
    en: `Choose at least ${enChoices(min)}.`,
  }),
  TOO_MANY_SELECTIONS: (max) => ({
    fr: `Choisissez ${frChoices(max)} au plus.`,
    en: `Choose ${enChoices(max)} at most.`,
  }),
  NOT_A_WHOLE_NUMBER: () => ({
    fr: 'Écrivez un nombre entier, sans virgule.',
    en: 'Enter a whole number.',
  }),
  VALUE_TOO_LOW: (min) => ({
    fr: `Le nombre est trop petit. Écrivez ${frNumber(min)} ou plus.`,
    en: `The number is too small. Enter ${min} or more.`,
  }),
  VALUE_TOO_HIGH: (max) => ({
    fr: `Le nombre est trop grand. Écrivez ${frNumber(max)} ou moins.`,
    en: `The number is too large. Enter ${max} or less.`,
  }),
  STEP_MISMATCH: (step) => ({
    fr: `Ce nombre n’est pas accepté. Les nombres vont de ${frNumber(step)} en ${frNumber(step)}.`,
    en: `This number is not accepted. Numbers go in steps of ${step}.`,
  }),
  INVALID_DATE: () => ({
    fr: 'Cette date n’existe pas. Vérifiez le jour, le mois et l’année.',
    en: 'This date does not exist. Check the day, the month and the year.',
  }),
  DATE_TOO_EARLY: (min) => ({
    fr: `Cette date est trop tôt. Choisissez le ${frDate(min)} ou après.`,
    en: `This date is too early. Choose ${min} or later.`,
  }),
  DATE_TOO_LATE: (max) => ({
    fr: `Cette date est trop tard. Choisissez le ${frDate(max)} ou avant.`,
    en: `This date is too late. Choose ${max} or earlier.`,
  }),
  RANKING_DUPLICATE_ITEM: () => ({
    fr: 'Vous avez classé deux fois le même choix.',
    en: 'You ranked the same choice twice.',
  }),
  RANKING_INCOMPLETE: (count) => ({
    fr: `Le classement n’est pas fini. Classez ${count} choix.`,
    en: `The ranking is not finished. Rank ${count} choices.`,
  }),
  RANKING_TOO_LONG: (max) => ({
    fr: `Classez ${max} choix au plus.`,
    en: `Rank ${max} choices at most.`,
  }),
  UNKNOWN_MATRIX_ROW: () => ({
    fr: 'Cette ligne n’existe pas dans le tableau.',
    en: 'This row is not in the table.',
  }),
  MATRIX_ROW_MISSING: () => ({
    fr: 'Répondez pour chaque ligne du tableau.',
    en: 'Answer for every row of the table.',
  }),
  MATRIX_ROW_MULTIPLE: () => ({
    fr: 'Choisissez une seule réponse par ligne.',
    en: 'Choose only one answer per row.',
  }),
  INVALID_POINT: () => ({
    fr: 'Ce point n’a pas pu être lu. Placez-le de nouveau sur la carte.',
    en: 'This point could not be read. Place it on the map again.',
  }),
  POINT_OUTSIDE_BOUNDARY: () => ({
    fr: 'Ce point est en dehors du territoire. Placez-le dans la zone de la carte.',
    en: 'This point is outside the area. Place it inside the area on the map.',
  }),
};

/**
 * The problem for `code`, with its message. `param` is the number or date the message names (the
 * maximum length, the lowest date…).
 */
export function problem(code: ResponseErrorCode, param?: Param): AnswerProblem {
  return { code, message: MESSAGES[code](param ?? '') };
}
