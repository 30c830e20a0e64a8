import type { LocalizedMessage } from '../question/wording.model';

/** What is wrong in a consultation being built. Stable: the builder may branch on it. */
export type DefinitionProblemCode =
  | 'DEFINITION_NOT_OBJECT'
  | 'NO_QUESTIONS'
  | 'INVALID_FIELD'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_TYPE'
  | 'WORDING_MISSING'
  | 'WORDING_INVALID'
  | 'TEXT_LIMIT_INVALID'
  | 'TOO_FEW_OPTIONS'
  | 'DUPLICATE_OPTION_ID'
  | 'DUPLICATE_OPTION_LABEL'
  | 'SELECTION_BOUNDS_INVALID'
  | 'SCALE_BOUNDS_INVALID'
  | 'RATING_STARS_INVALID'
  | 'RANKING_TOP_K_INVALID'
  | 'NUMBER_BOUNDS_INVALID'
  | 'NUMBER_STEP_INVALID'
  | 'DATE_BOUNDS_INVALID'
  | 'BOUNDARY_INVALID'
  | 'CONDITION_MALFORMED'
  | 'CONDITION_TOO_DEEP'
  | 'CONDITION_UNKNOWN_QUESTION'
  | 'CONDITION_FORWARD_REFERENCE'
  | 'CONDITION_ON_NON_ANSWERABLE'
  | 'CONDITION_OPERATOR_INCOMPATIBLE'
  | 'CONDITION_UNKNOWN_OPTION'
  | 'CONDITION_VALUE_INVALID';

/** One problem in a definition, at `path` (e.g. `questions[4].condition`). */
export interface DefinitionProblem {
  path: string;
  code: DefinitionProblemCode;
  message: LocalizedMessage;
}

/** Messages for the official building the consultation, in the builder's words. */
export const DEFINITION_MESSAGES: Record<DefinitionProblemCode, LocalizedMessage> = {
  DEFINITION_NOT_OBJECT: {
    fr: 'La consultation doit contenir une liste de questions.',
    en: 'The consultation must contain a list of questions.',
  },
  NO_QUESTIONS: {
    fr: 'Ajoutez au moins une question.',
    en: 'Add at least one question.',
  },
  INVALID_FIELD: {
    fr: 'Ce réglage n’a pas une valeur possible.',
    en: 'This setting does not have a possible value.',
  },
  INVALID_ID: {
    fr: 'L’identifiant est manquant ou contient des caractères interdits (lettres, chiffres, - et _ seulement).',
    en: 'The id is missing or has forbidden characters (letters, digits, - and _ only).',
  },
  DUPLICATE_ID: {
    fr: 'Cet identifiant est déjà utilisé par un autre élément.',
    en: 'This id is already used by another item.',
  },
  UNKNOWN_TYPE: {
    fr: 'Ce type de question n’existe pas.',
    en: 'This question type does not exist.',
  },
  WORDING_MISSING: {
    fr: 'Écrivez ce texte en français.',
    en: 'Write this text in French.',
  },
  WORDING_INVALID: {
    fr: 'Ce texte doit avoir une version française, et peut avoir une version anglaise.',
    en: 'This text must have a French version and may have an English one.',
  },
  TEXT_LIMIT_INVALID: {
    fr: 'La longueur maximale doit être un nombre entier entre 1 et la limite de la plateforme (300 ou 5 000).',
    en: 'The maximum length must be a whole number between 1 and the platform limit (300 or 5,000).',
  },
  TOO_FEW_OPTIONS: {
    fr: 'Ajoutez d’autres choix : il n’y en a pas assez pour cette question.',
    en: 'Add more choices: there are not enough for this question.',
  },
  DUPLICATE_OPTION_ID: {
    fr: 'Deux choix ont le même identifiant.',
    en: 'Two choices have the same id.',
  },
  DUPLICATE_OPTION_LABEL: {
    fr: 'Deux choix ont le même texte. Les personnes ne pourront pas les distinguer.',
    en: 'Two choices have the same text. People could not tell them apart.',
  },
  SELECTION_BOUNDS_INVALID: {
    fr: 'Le nombre minimum et maximum de réponses doit être entier, le minimum au plus égal au maximum, et possible avec les choix proposés.',
    en: 'The minimum and maximum number of answers must be whole, the minimum no more than the maximum, and possible with the choices offered.',
  },
  SCALE_BOUNDS_INVALID: {
    fr: 'L’échelle doit aller d’un nombre entier à un plus grand, avec 10 écarts au plus (par exemple de 0 à 10).',
    en: 'The scale must go from a whole number to a larger one, at most 10 apart (for example 0 to 10).',
  },
  RATING_STARS_INVALID: {
    fr: 'Le nombre d’étoiles doit être un nombre entier entre 2 et 10.',
    en: 'The number of stars must be a whole number between 2 and 10.',
  },
  RANKING_TOP_K_INVALID: {
    fr: 'Le nombre de choix à classer doit être un nombre entier entre 1 et le nombre de choix.',
    en: 'The number of choices to rank must be a whole number between 1 and the number of choices.',
  },
  NUMBER_BOUNDS_INVALID: {
    fr: 'Le minimum et le maximum doivent être des nombres, et le minimum au plus égal au maximum.',
    en: 'The minimum and maximum must be numbers, and the minimum no more than the maximum.',
  },
  NUMBER_STEP_INVALID: {
    fr: 'Le pas doit être un nombre plus grand que 0 (1 pour des nombres entiers).',
    en: 'The step must be a number above 0 (1 for whole numbers).',
  },
  DATE_BOUNDS_INVALID: {
    fr: 'Les dates limites doivent être de vraies dates (AAAA-MM-JJ), la première au plus tard égale à la seconde.',
    en: 'The date limits must be real dates (YYYY-MM-DD), the first no later than the second.',
  },
  BOUNDARY_INVALID: {
    fr: 'Le contour du territoire n’est pas un polygone valide.',
    en: 'The territory outline is not a valid polygon.',
  },
  CONDITION_MALFORMED: {
    fr: 'Cette condition est incomplète : choisissez une question, une comparaison et une valeur.',
    en: 'This condition is incomplete: choose a question, a comparison and a value.',
  },
  CONDITION_TOO_DEEP: {
    fr: 'Cette condition a trop de niveaux. Simplifiez-la.',
    en: 'This condition has too many levels. Simplify it.',
  },
  CONDITION_UNKNOWN_QUESTION: {
    fr: 'Cette condition porte sur une question qui n’existe pas.',
    en: 'This condition refers to a question that does not exist.',
  },
  CONDITION_FORWARD_REFERENCE: {
    fr: 'Une condition ne peut porter que sur une question placée avant.',
    en: 'A condition can only refer to a question placed before.',
  },
  CONDITION_ON_NON_ANSWERABLE: {
    fr: 'Une condition ne peut pas porter sur un titre de section ou un texte d’aide.',
    en: 'A condition cannot refer to a section title or a help text.',
  },
  CONDITION_OPERATOR_INCOMPATIBLE: {
    fr: 'Cette comparaison n’est pas possible avec ce type de question.',
    en: 'This comparison is not possible with this type of question.',
  },
  CONDITION_UNKNOWN_OPTION: {
    fr: 'Cette condition porte sur un choix qui n’existe pas dans la question.',
    en: 'This condition refers to a choice that is not in the question.',
  },
  CONDITION_VALUE_INVALID: {
    fr: 'La valeur de cette condition n’est pas une réponse possible à la question.',
    en: 'The value of this condition is not a possible answer to the question.',
  },
};
