import type { LocalizedText } from '@agora/contracts';

import { HttpStatus } from '@nestjs/common';

import { badRequest, conflict, DomainError, forbidden, notFound, unprocessable } from '../errors/domain.error';

/** The refusals of the budget participatif, each with its stable code and its French and English text. */
export const budgetErrors = {
  budgetNotFound: () => notFound('BUDGET_NOT_FOUND', 'Cette enveloppe n’existe pas (ou plus).', 'This envelope does not exist (any more).'),
  projectNotFound: () => notFound('BALLOT_PROJECT_NOT_FOUND', 'Ce projet n’existe pas (ou plus).', 'This project does not exist (any more).'),
  proposalNotInProcess: () =>
    badRequest('PROPOSAL_NOT_IN_PROCESS', 'Cette proposition n’appartient pas à cette démarche.', 'This proposal does not belong to this process.'),
  placeIncomplete: () =>
    badRequest('PLACE_INCOMPLETE', 'Indiquez la latitude et la longitude, ou aucune des deux.', 'Give both latitude and longitude, or neither.'),
  notABudgetProcess: () =>
    badRequest('NOT_A_BUDGET_PROCESS', 'Cette démarche n’est pas un budget participatif.', 'This process is not a participatory budget.'),
  invalidRules: (problem: LocalizedText) => badRequest('INVALID_BALLOT_RULES', problem.fr, problem.en),
  scopeOutsideProcess: () =>
    badRequest(
      'BUDGET_SCOPE',
      'Une enveloppe porte sur le territoire de la démarche ou sur l’un de ses quartiers.',
      'An envelope covers the process’s territory or one of its quartiers.',
    ),
  rulesLocked: () =>
    conflict(
      'RULES_LOCKED',
      'Les règles ne peuvent plus changer : un premier bulletin a déjà été déposé. Elles restent celles annoncées aux votants.',
      'The rules can no longer change: a first ballot has already been cast. They stay as announced to voters.',
    ),
  createAfterVoteOpened: () =>
    conflict(
      'BUDGET_CREATE_TOO_LATE',
      'Une enveloppe ne peut plus être ajoutée une fois le vote ouvert : les règles annoncées aux habitants ne changent pas en cours de vote.',
      'An envelope can no longer be added once the vote has opened: the rules announced to residents do not change during the vote.',
    ),
  deleteAfterVoteOpened: () =>
    conflict(
      'BUDGET_DELETE_TOO_LATE',
      'Une enveloppe ne peut plus être supprimée une fois le vote ouvert : les habitants l’ont vue sur le bulletin.',
      'An envelope can no longer be deleted once the vote has opened: residents have seen it on the ballot.',
    ),
  notVotePhase: () =>
    conflict('VOTE_NOT_OPEN', 'Le vote n’est pas ouvert : ce n’est pas la phase de vote de cette démarche.', 'Voting is not open: this process is not in its vote phase.'),
  notEligible: (reason: LocalizedText) => forbidden('NOT_ELIGIBLE', reason.fr, reason.en),
  tooYoung: (minimumAge: number) =>
    forbidden(
      'TOO_YOUNG',
      `Ce vote est ouvert à partir de ${minimumAge} ans : cette personne n’a pas l’âge le jour du vote. Aucun bulletin n’a été enregistré.`,
      `This vote is open from the age of ${minimumAge}: this person is under age on the day of the vote. No ballot was recorded.`,
    ),
  ageNotAsked: () => conflict('AGE_NOT_ASKED', 'Ce vote n’a pas d’âge minimal : inutile d’indiquer votre date de naissance.', 'This vote has no minimum age: no need to give your date of birth.'),
  ageDeclarationNotAccepted: () =>
    forbidden(
      'AGE_DECLARATION_NOT_ACCEPTED',
      'Pour ce vote, votre âge doit être vérifié : retrouvez-vous dans la liste des habitants ou venez au guichet de la mairie.',
      'For this vote, your age must be checked: find yourself on the residents’ list or come to the town-hall counter.',
    ),
  ageAlreadyDeclared: () =>
    conflict(
      'AGE_ALREADY_DECLARED',
      'Vous avez déjà indiqué votre date de naissance pour ce vote. En cas d’erreur, adressez-vous à la mairie.',
      'You have already given your date of birth for this vote. If it was wrong, ask the town hall.',
    ),
  birthDateInvalid: () =>
    unprocessable('BIRTH_DATE_INVALID', 'Cette date de naissance n’est pas valide.', 'This date of birth is not valid.', [
      { field: 'birthDate', code: 'birthDate', message: { fr: 'Indiquez une date de naissance passée, au format AAAA-MM-JJ.', en: 'Enter a past date of birth, as YYYY-MM-DD.' } },
    ]),
  alreadyVoted: () =>
    conflict(
      'ALREADY_VOTED',
      'Vous avez déjà voté pour cette enveloppe. Un vote est définitif et ne compte qu’une fois.',
      'You have already voted for this envelope. A vote is final and counts only once.',
    ),
  alreadyVotedAtCounter: () =>
    conflict(
      'ALREADY_VOTED',
      'Cette personne a déjà voté pour cette enveloppe (en ligne, au guichet ou sur papier). Aucun second bulletin ne peut être enregistré.',
      'This person has already voted for this envelope (online, at the counter or on paper). No second ballot can be recorded.',
    ),
  invalidBallot: (messages: LocalizedText[], codes: string[]) =>
    badRequest(
      'INVALID_BALLOT',
      messages.map((m) => m.fr).join(' '),
      messages.map((m) => m.en).join(' '),
      codes.map((code, i) => ({ field: 'projectIds', code, message: messages[i] })),
    ),
  projectOfAnotherBudget: (budgetName: string) =>
    badRequest(
      'PROJECT_OF_ANOTHER_BUDGET',
      `Un projet choisi appartient à une autre enveloppe (${budgetName}). Votez pour chaque enveloppe séparément.`,
      `A chosen project belongs to another envelope (${budgetName}). Vote for each envelope separately.`,
    ),
  voterUnknown: () =>
    notFound(
      'VOTER_NOT_FOUND',
      'Aucun compte n’utilise cette adresse e-mail. Identifiez la personne par son nom et sa date de naissance.',
      'No account uses this e-mail address. Identify the person by name and date of birth.',
    ),
  voterIdentityRequired: () =>
    badRequest(
      'VOTER_IDENTITY_REQUIRED',
      'Identifiez la personne : son adresse e-mail, ou ses nom, prénom et date de naissance.',
      'Identify the person: their e-mail address, or their last name, first name and date of birth.',
    ),
  noResults: () => notFound('RESULTS_NOT_PUBLISHED', 'Les résultats ne sont pas encore publiés.', 'The results are not published yet.'),
  notCounted: () => conflict('NOT_COUNTED', 'Lancez d’abord le dépouillement.', 'Run the count first.'),
  alreadyPublished: () => conflict('RESULTS_ALREADY_PUBLISHED', 'Les résultats sont déjà publiés.', 'The results are already published.'),
  countNeedsClosedVote: () =>
    conflict(
      'VOTE_STILL_OPEN',
      'Le dépouillement se fait après le vote : passez d’abord la démarche en phase de vote ou de résultats.',
      'Counting happens after the vote: the process must be in its vote or results phase.',
    ),
  receiptNotFound: () =>
    notFound(
      'RECEIPT_NOT_FOUND',
      'Aucun bulletin publié ne correspond à ce code. Vérifiez le code (les résultats sont-ils publiés ?).',
      'No published ballot matches this code. Check the code (are the results published?).',
    ),
  fileNotFound: () => notFound('OPEN_DATA_NOT_FOUND', 'Ce fichier n’existe pas.', 'This file does not exist.'),
  censusFileType: () =>
    new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'CENSUS_FILE_TYPE', {
      fr: 'Envoyez la liste comme un fichier CSV (Content-Type: text/csv).',
      en: 'Send the list as a CSV file (Content-Type: text/csv).',
    }),
};
