import { HttpStatus } from '@nestjs/common';

import type { LocalizedText } from '@agora/contracts';

import { badRequest, conflict, DomainError, forbidden, notFound } from '../errors/domain.error';

/** The refusals of the works tracker, each with its stable code and its French and English text. */
export const workErrors = {
  workNotFound: () => notFound('WORK_NOT_FOUND', 'Ces travaux n’existent pas (ou plus).', 'This work does not exist (any more).'),
  entryNotFound: () =>
    notFound('TIMELINE_ENTRY_NOT_FOUND', 'Cette étape du suivi n’existe pas (ou plus).', 'This timeline entry does not exist (any more).'),
  photoNotFound: () => notFound('WORK_PHOTO_NOT_FOUND', 'Cette photo n’existe pas (ou plus).', 'This photo does not exist (any more).'),
  territoryNotFound: () => notFound('TERRITORY_NOT_FOUND', 'Ce territoire n’existe pas.', 'This territory does not exist.'),
  wrongTerritory: () =>
    badRequest(
      'WORK_WRONG_TERRITORY',
      'Des travaux se rattachent à une commune ou à l’un de ses quartiers.',
      'Works belong to a commune or to one of its quartiers.',
    ),
  notStaff: () =>
    forbidden(
      'NOT_WORKS_STAFF',
      'Seuls les agents, élus et administrateurs de ce territoire gèrent ses travaux.',
      'Only staff, officials and administrators of this territory manage its works.',
    ),
  reasonRequired: () =>
    badRequest(
      'ABANDON_REASON_REQUIRED',
      'Indiquez pourquoi les travaux sont abandonnés.',
      'Say why the works are abandoned.',
      [{ field: 'statusReason', code: 'required', message: { fr: 'Raison obligatoire.', en: 'Reason required.' } }],
    ),
  datesInOrder: (which: LocalizedText) =>
    badRequest('WORK_DATES_ORDER', `La date de fin ${which.fr} précède sa date de début.`, `The ${which.en} end date is before its start date.`),
  badParent: () =>
    badRequest(
      'WORK_BAD_PARENT',
      'Les travaux parents doivent être de la même commune, et un chantier ne peut pas être son propre parent ou descendant.',
      'The parent works must be in the same commune, and a work cannot be its own parent or descendant.',
    ),
  place: (problem: LocalizedText) =>
    badRequest('WORK_PLACE_INVALID', problem.fr, problem.en, [{ field: 'place', code: 'place', message: problem }]),
  placeOutside: (territoryName: string) =>
    badRequest(
      'WORK_PLACE_OUTSIDE',
      `Le tracé ou le point des travaux sort de ${territoryName}.`,
      `The line or point of the works lies outside ${territoryName}.`,
      [{ field: 'place', code: 'outside', message: { fr: `Hors de ${territoryName}.`, en: `Outside ${territoryName}.` } }],
    ),
  ideaNotFound: () => notFound('IDEA_NOT_FOUND', 'Cette idée n’existe pas (ou plus).', 'This idea does not exist (any more).'),
  notAnIdea: () =>
    badRequest('NOT_AN_IDEA', 'Seule une idée d’une boîte à idées devient des travaux.', 'Only an idea of an idea box becomes a work.'),
  csvType: () =>
    new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'WORK_CSV_TYPE', {
      fr: 'Envoyez le fichier en text/csv.',
      en: 'Send the file as text/csv.',
    }),
  csvTooLarge: (maxMegabytes: number) =>
    new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'WORK_CSV_TOO_LARGE', {
      fr: `Le fichier dépasse ${maxMegabytes} Mo : découpez-le.`,
      en: `The file is over ${maxMegabytes} MB: split it.`,
    }),
  csvEmpty: () => badRequest('WORK_CSV_EMPTY', 'Le fichier est vide.', 'The file is empty.'),
  csvColumns: (missing: string[], unknown: string[]) =>
    badRequest(
      'WORK_CSV_COLUMNS',
      `Colonnes incorrectes.${missing.length ? ` Manquantes : ${missing.join(', ')}.` : ''}${unknown.length ? ` Inconnues : ${unknown.join(', ')}.` : ''}`,
      `Wrong columns.${missing.length ? ` Missing: ${missing.join(', ')}.` : ''}${unknown.length ? ` Unknown: ${unknown.join(', ')}.` : ''}`,
    ),
  badToken: () =>
    badRequest(
      'UNSUBSCRIBE_LINK_INVALID',
      'Ce lien de désabonnement n’est pas valable (ou plus).',
      'This unsubscribe link is not valid (any more).',
    ),
  oneClickBody: () =>
    badRequest(
      'UNSUBSCRIBE_ONE_CLICK_BODY',
      'Un désabonnement en un clic envoie « List-Unsubscribe=One-Click » (RFC 8058).',
      'A one-click unsubscribe sends "List-Unsubscribe=One-Click" (RFC 8058).',
    ),
  tooManyPhotos: (max: number) =>
    conflict('TOO_MANY_PHOTOS', `Une étape du suivi compte au plus ${max} photos.`, `A timeline entry holds at most ${max} photos.`),
  alreadyConverted: () => conflict('IDEA_ALREADY_CONVERTED', 'Cette idée a déjà été transformée.', 'This idea was already converted.'),
};
