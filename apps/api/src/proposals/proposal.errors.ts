import { HttpStatus } from '@nestjs/common';

import type { FieldError } from '@agora/contracts';

import { badRequest, conflict, DomainError, forbidden, notFound } from '../errors/domain.error';

const field = (name: string, code: string, fr: string, en: string): FieldError[] => [
  { field: name, code, message: { fr, en } },
];

/** The refusals of the proposals domain, each with its stable code and its French and English text. */
export const proposalErrors = {
  processNotFound: () =>
    notFound(
      'PROCESS_NOT_FOUND',
      'Cette démarche n’existe pas (ou plus).',
      'This process does not exist (any more).',
    ),
  proposalNotFound: () =>
    notFound(
      'PROPOSAL_NOT_FOUND',
      'Cette proposition n’existe pas (ou plus).',
      'This proposal does not exist (any more).',
    ),
  commentNotFound: () =>
    notFound(
      'COMMENT_NOT_FOUND',
      'Ce commentaire n’existe pas (ou plus).',
      'This comment does not exist (any more).',
    ),
  imageNotFound: () =>
    notFound(
      'IMAGE_NOT_FOUND',
      'Cette image n’existe pas (ou plus).',
      'This image does not exist (any more).',
    ),
  notProposalsPhase: () =>
    conflict(
      'NOT_PROPOSALS_PHASE',
      'Le dépôt des propositions n’est pas ouvert pour cette démarche : il n’est plus possible de proposer, de modifier ou de soutenir.',
      'Proposals are not open for this process: submitting, editing and supporting are not possible now.',
    ),
  commentsClosed: () =>
    conflict(
      'COMMENTS_CLOSED',
      'Les commentaires sont fermés pour cette démarche.',
      'Comments are closed for this process.',
    ),
  assessmentClosed: () =>
    conflict(
      'ASSESSMENT_CLOSED',
      'L’analyse des propositions n’est possible que pendant les phases de dépôt et d’analyse.',
      'Proposals can only be assessed during the proposals and assessment phases.',
    ),
  noProposalsInProcess: () =>
    conflict(
      'NO_PROPOSALS_IN_PROCESS',
      'Cette démarche ne reçoit pas de propositions.',
      'This process does not take proposals.',
    ),
  kindNotAllowed: (allowed: string) =>
    badRequest(
      'PROPOSAL_KIND_NOT_ALLOWED',
      `Ce type de proposition n’est pas accepté dans cette démarche (types possibles : ${allowed}).`,
      `This kind of proposal is not accepted in this process (allowed: ${allowed}).`,
      field('kind', 'kindNotAllowed', 'Type non accepté ici.', 'Kind not accepted here.'),
    ),
  shopTypeRequired: () =>
    badRequest(
      'SHOP_TYPE_REQUIRED',
      'Précisez le type de commerce souhaité.',
      'Say which kind of shop you wish for.',
      field('shopType', 'isDefined', 'Ce champ est obligatoire.', 'This field is required.'),
    ),
  shopTypeUnexpected: () =>
    badRequest(
      'SHOP_TYPE_UNEXPECTED',
      'Un type de commerce ne se précise que pour un souhait de commerce.',
      'A shop type only applies to a shop wish.',
      field('shopType', 'unexpected', 'Ce champ n’est pas attendu ici.', 'This field is not expected here.'),
    ),
  unknownCategory: (allowed: string) =>
    badRequest(
      'UNKNOWN_CATEGORY',
      `Choisissez une des catégories de la boîte à idées : ${allowed}.`,
      `Choose one of the idea box's categories: ${allowed}.`,
      field('category', 'isIn', 'Catégorie inconnue.', 'Unknown category.'),
    ),
  wrongQuartier: () =>
    badRequest(
      'WRONG_QUARTIER',
      'Ce quartier n’appartient pas au territoire de la démarche.',
      'This quartier is not part of the process’s territory.',
      field(
        'quartierId',
        'wrongQuartier',
        'Choisissez un quartier du territoire.',
        'Choose a quartier of the territory.',
      ),
    ),
  halfLocation: () =>
    badRequest(
      'INCOMPLETE_LOCATION',
      'Donnez la latitude et la longitude du lieu, ou aucune des deux.',
      'Give both the latitude and the longitude of the place, or neither.',
      field(
        'lat',
        'incompleteLocation',
        'Latitude et longitude vont ensemble.',
        'Latitude and longitude go together.',
      ),
    ),
  pointOutside: (territoryName: string) =>
    badRequest(
      'POINT_OUTSIDE_TERRITORY',
      `Le lieu indiqué sur la carte est en dehors de « ${territoryName} ».`,
      `The place marked on the map is outside "${territoryName}".`,
      field(
        'lat',
        'pointOutside',
        'Placez le point dans le territoire choisi.',
        'Place the point inside the chosen territory.',
      ),
    ),
  emptyDescription: () =>
    badRequest(
      'EMPTY_DESCRIPTION',
      'La description est vide une fois la mise en forme retirée.',
      'The description is empty once its formatting is removed.',
      field('description', 'isNotEmpty', 'Décrivez votre proposition.', 'Describe your proposal.'),
    ),
  notAuthor: () =>
    forbidden('NOT_AUTHOR', 'Seul l’auteur ou l’autrice peut faire cela.', 'Only the author can do this.'),
  notEditable: () =>
    conflict(
      'PROPOSAL_NOT_EDITABLE',
      'Cette proposition ne peut plus être modifiée (retirée, fusionnée ou déjà analysée).',
      'This proposal can no longer be changed (withdrawn, merged or already assessed).',
    ),
  notDraft: () =>
    conflict(
      'PROPOSAL_NOT_DRAFT',
      'Cette proposition est déjà publiée.',
      'This proposal is already published.',
    ),
  notPublic: () =>
    conflict(
      'PROPOSAL_NOT_OPEN',
      'Cette proposition n’est pas ouverte aux soutiens et commentaires (brouillon, retirée ou fusionnée).',
      'This proposal is not open to supports and comments (draft, withdrawn or merged).',
    ),
  hidden: () =>
    conflict(
      'PROPOSAL_HIDDEN',
      'Cette proposition a été masquée par la modération.',
      'This proposal was hidden by the moderators.',
    ),
  parentNotInProposal: () =>
    badRequest(
      'PARENT_NOT_IN_PROPOSAL',
      'Le commentaire auquel vous répondez n’appartient pas à cette proposition.',
      'The comment you reply to belongs to another proposal.',
      field('parentId', 'parentNotInProposal', 'Réponse impossible ici.', 'Cannot reply here.'),
    ),
  tooDeep: () =>
    badRequest(
      'COMMENT_TOO_DEEP',
      'On ne peut pas répondre à une réponse de ce niveau : répondez plutôt au commentaire au-dessus.',
      'This reply is nested too deep: answer the comment above instead.',
      field('parentId', 'tooDeep', 'Trop de niveaux de réponse.', 'Too many levels of replies.'),
    ),
  alreadyReported: () =>
    conflict(
      'ALREADY_REPORTED',
      'Vous avez déjà signalé ce contenu ; la modération va l’examiner.',
      'You already reported this; the moderators will look at it.',
    ),
  notAssessable: () =>
    conflict(
      'PROPOSAL_NOT_ASSESSABLE',
      'Seule une proposition publiée (et pas encore soumise au vote) peut être analysée.',
      'Only a published proposal (not yet on the ballot) can be assessed.',
    ),
  finalCostRequired: () =>
    badRequest(
      'FINAL_COST_REQUIRED',
      'Indiquez le coût final d’une proposition faisable.',
      'Give the final cost of a feasible proposal.',
      field('finalCostCents', 'isDefined', 'Ce champ est obligatoire.', 'This field is required.'),
    ),
  mergeSelf: () =>
    badRequest(
      'MERGE_INTO_ITSELF',
      'Une proposition ne peut pas être fusionnée avec elle-même.',
      'A proposal cannot be merged into itself.',
      field('intoId', 'mergeSelf', 'Choisissez une autre proposition.', 'Choose another proposal.'),
    ),
  mergeOtherProcess: () =>
    badRequest(
      'MERGE_OTHER_PROCESS',
      'Les deux propositions doivent appartenir à la même démarche.',
      'Both proposals must belong to the same process.',
      field(
        'intoId',
        'mergeOtherProcess',
        'Choisissez une proposition de la même démarche.',
        'Choose a proposal of the same process.',
      ),
    ),
  notMergeable: () =>
    conflict(
      'PROPOSAL_NOT_MERGEABLE',
      'Seules des propositions publiées, ni retirées, ni fusionnées, ni soumises au vote peuvent être fusionnées.',
      'Only published proposals that are not withdrawn, merged or on the ballot can be merged.',
    ),
  notFeasible: () =>
    conflict(
      'PROPOSAL_NOT_FEASIBLE',
      'Seule une proposition jugée faisable peut devenir un projet soumis au vote.',
      'Only a proposal assessed as feasible can become a ballot project.',
    ),
  notHidden: () => conflict('NOT_HIDDEN', 'Ce contenu n’est pas masqué.', 'This content is not hidden.'),
  alreadyHidden: () =>
    conflict('ALREADY_HIDDEN', 'Ce contenu est déjà masqué.', 'This content is already hidden.'),
  tooManyImages: (max: number) =>
    conflict(
      'TOO_MANY_IMAGES',
      `Une proposition compte au plus ${max} images.`,
      `A proposal holds at most ${max} images.`,
    ),
  imageMissing: () =>
    badRequest(
      'IMAGE_MISSING',
      'Joignez une image (champ « file »).',
      'Attach an image (field "file").',
      field('file', 'isDefined', 'Ce champ est obligatoire.', 'This field is required.'),
    ),
  imageType: () =>
    new DomainError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'IMAGE_TYPE_NOT_ALLOWED',
      {
        fr: 'Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom).',
        en: 'This file is not a JPEG, PNG or WebP image (its content was checked, not just its name).',
      },
      field('file', 'imageType', 'Formats acceptés : JPEG, PNG, WebP.', 'Accepted formats: JPEG, PNG, WebP.'),
    ),
  imageTooLarge: (maxMegabytes: number) =>
    new DomainError(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'IMAGE_TOO_LARGE',
      {
        fr: `L’image dépasse ${maxMegabytes} Mo. Réduisez-la avant de l’envoyer.`,
        en: `The image is larger than ${maxMegabytes} MB. Make it smaller before sending it.`,
      },
      field('file', 'imageTooLarge', `Au plus ${maxMegabytes} Mo.`, `At most ${maxMegabytes} MB.`),
    ),
};
