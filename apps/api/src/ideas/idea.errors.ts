import { badRequest, conflict, notFound } from '../errors/domain.error';

/** The refusals of the idea box domain, each with its stable code and its French and English text. */
export const ideaErrors = {
  ideaBoxNotFound: () =>
    notFound('IDEA_BOX_NOT_FOUND', 'Cette boîte à idées n’existe pas (ou plus).', 'This idea box does not exist (any more).'),
  ideaNotFound: () =>
    notFound('IDEA_NOT_FOUND', 'Cette idée n’existe pas (ou plus).', 'This idea does not exist (any more).'),
  datesOrder: () =>
    badRequest(
      'IDEA_BOX_DATES',
      'La date de clôture doit venir après la date d’ouverture.',
      'The closing date must come after the opening date.',
      [{ field: 'closesAt', code: 'order', message: { fr: 'Après l’ouverture.', en: 'After the opening.' } }],
    ),
  closesInPast: () =>
    badRequest(
      'IDEA_BOX_CLOSED_ALREADY',
      'La date de clôture est déjà passée : choisissez une date à venir.',
      'The closing date has already passed: choose a date to come.',
      [{ field: 'closesAt', code: 'future', message: { fr: 'Une date à venir.', en: 'A date to come.' } }],
    ),
  blankCategory: () =>
    badRequest(
      'IDEA_BOX_BLANK_CATEGORY',
      'Une catégorie ne peut pas être vide.',
      'A category cannot be blank.',
      [{ field: 'categories', code: 'blank', message: { fr: 'Catégorie vide.', en: 'Blank category.' } }],
    ),
  notAnIdea: () =>
    conflict(
      'NOT_AN_IDEA',
      'Seule une idée d’une boîte à idées peut être transformée ainsi.',
      'Only an idea of an idea box can be turned into this.',
    ),
  notConvertible: () =>
    conflict(
      'IDEA_NOT_CONVERTIBLE',
      'Cette idée est retirée, fusionnée ou masquée : elle ne peut pas être transformée.',
      'This idea is withdrawn, merged or hidden: it cannot be turned into anything.',
    ),
  alreadyConverted: () =>
    conflict(
      'IDEA_ALREADY_CONVERTED',
      'Cette idée a déjà été transformée en projet ou en travaux.',
      'This idea has already been turned into a project or a work.',
    ),
  notABudget: () =>
    badRequest(
      'TARGET_NOT_A_BUDGET',
      'Choisissez un budget participatif.',
      'Choose a participatory budget.',
      [{ field: 'processId', code: 'kind', message: { fr: 'Pas un budget participatif.', en: 'Not a participatory budget.' } }],
    ),
  budgetNotOpen: () =>
    conflict(
      'TARGET_BUDGET_NOT_OPEN',
      'Ce budget participatif n’accepte plus de projets : il doit être en phase de dépôt ou d’analyse.',
      'This participatory budget no longer takes projects: it must be in its proposals or assessment phase.',
    ),
  budgetElsewhere: () =>
    badRequest(
      'TARGET_BUDGET_ELSEWHERE',
      'Ce budget participatif concerne un autre territoire que l’idée.',
      'This participatory budget is about another territory than the idea.',
      [{ field: 'processId', code: 'territory', message: { fr: 'Autre territoire.', en: 'Another territory.' } }],
    ),
};
