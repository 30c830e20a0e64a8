import type { LocalizedText } from '@agora/contracts';

import { badRequest, conflict, forbidden, notFound } from '../errors/domain.error';

/** The refusals of prioritisations, each with its stable code and its French and English text. */
export const prioritisationErrors = {
  notAPrioritisation: () =>
    badRequest('NOT_A_PRIORITISATION', 'Cette démarche n’est pas une priorisation de travaux.', 'This process is not a prioritisation of works.'),
  notFound: () =>
    notFound('PRIORITISATION_NOT_FOUND', 'Aucune priorisation n’est encore ouverte pour cette démarche.', 'No prioritisation is open for this process yet.'),
  exists: () => conflict('PRIORITISATION_EXISTS', 'Cette démarche a déjà sa priorisation : modifiez-la.', 'This process already has its prioritisation: edit it.'),
  wrongQuartier: () =>
    badRequest('WRONG_QUARTIER', 'Choisissez un quartier de la commune de la démarche.', 'Choose a quartier of the process’s commune.'),
  ruleRequired: () =>
    badRequest('RANKING_RULE_REQUIRED', 'Un classement se compte par Borda ou par Schulze : choisissez la règle.', 'A ranking is counted by Borda or by Schulze: choose the rule.'),
  unknownWork: () => badRequest('UNKNOWN_WORK', 'Un des travaux choisis n’existe pas.', 'One of the chosen works does not exist.'),
  workOfAnotherQuartier: (quartierName: string) =>
    badRequest('WORK_OF_ANOTHER_QUARTIER', `Un des travaux n’est pas dans le quartier ${quartierName}.`, `One of the works is not in the quartier ${quartierName}.`),
  workClosed: () =>
    badRequest('WORK_CLOSED', 'Des travaux terminés ou abandonnés ne se priorisent plus.', 'Completed or abandoned works are no longer prioritised.'),
  duplicateWork: () => badRequest('DUPLICATE_WORK', 'Chaque chantier ne figure qu’une fois dans la liste.', 'Each work appears only once in the list.'),
  rulesLocked: () =>
    conflict(
      'RULES_LOCKED',
      'Les règles ne peuvent plus changer : un premier classement a déjà été déposé. Elles restent celles annoncées aux habitants.',
      'The rules can no longer change: a first ranking has already been cast. They stay as announced to residents.',
    ),
  notVotePhase: () =>
    conflict('VOTE_NOT_OPEN', 'Le vote n’est pas ouvert : ce n’est pas la phase de vote de cette démarche.', 'Voting is not open: this process is not in its vote phase.'),
  notEligible: (reason: LocalizedText) => forbidden('NOT_ELIGIBLE', reason.fr, reason.en),
  alreadyVoted: () =>
    conflict('ALREADY_VOTED', 'Vous avez déjà donné votre classement. Il est définitif et ne compte qu’une fois.', 'You have already cast your ranking. It is final and counts only once.'),
  wrongCounterQuartier: (quartier: string) =>
    forbidden(
      'NOT_ELIGIBLE',
      `Seuls les habitants du quartier ${quartier} classent ces travaux : le justificatif de domicile vérifié est d’un autre quartier.`,
      `Only residents of ${quartier} rank these works: the proof of address checked is for another quartier.`,
    ),
  /** At the counter: the person already ranked (the register says how, never what). */
  alreadyRanked: (channel: 'online' | 'counter' | null) =>
    conflict(
      'ALREADY_VOTED',
      `Cette personne a déjà donné son classement${channel === 'online' ? ' en ligne' : channel === 'counter' ? ' au guichet' : ''} : aucun second classement ne peut être enregistré.`,
      `This person has already cast a ranking${channel === 'online' ? ' online' : channel === 'counter' ? ' at the counter' : ''}: no second ranking can be recorded.`,
    ),
  invalidBallot: (code: string, text: LocalizedText) => badRequest(code, text.fr, text.en),
  countNeedsClosedVote: () =>
    conflict('VOTE_STILL_CLOSED', 'Le dépouillement se fait pendant ou après la phase de vote.', 'Counting happens during or after the vote phase.'),
  notCounted: () =>
    conflict('NOT_COUNTED', 'Dépouillez (à nouveau) avant de publier : des bulletins ont été ajoutés depuis.', 'Count (again) before publishing: ballots were added since.'),
  alreadyPublished: () => conflict('RESULTS_PUBLISHED', 'Les résultats sont déjà publiés.', 'The results are already published.'),
  noResults: () => notFound('NO_RESULTS', 'Les résultats ne sont pas encore publiés.', 'The results are not published yet.'),
  fileNotFound: () => notFound('FILE_NOT_FOUND', 'Ce fichier n’existe pas.', 'This file does not exist.'),
};
