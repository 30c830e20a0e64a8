import { HttpStatus } from '@nestjs/common';

import type { LocalizedText } from '@agora/contracts';
import type { DefinitionProblem, ResponseError } from '@agora/consultation-rules';

import { badRequest, conflict, DomainError, forbidden, notFound } from '../errors/domain.error';

/** The refusals of consultations, each with its stable code and its French and English text. */
export const consultationErrors = {
  notFound: () =>
    notFound(
      'CONSULTATION_NOT_FOUND',
      'Cette consultation n’existe pas (ou plus).',
      'This consultation does not exist (any more).',
    ),
  slugTaken: () =>
    conflict(
      'CONSULTATION_SLUG_TAKEN',
      'Cette adresse est déjà prise par une autre consultation.',
      'This address is already used by another consultation.',
    ),
  invalidDefinition: (problems: DefinitionProblem[]) =>
    badRequest(
      'INVALID_CONSULTATION_DEFINITION',
      `Le questionnaire n’est pas valide : ${problems.map((p) => p.message.fr).join(' ')}`,
      `The questionnaire is not valid: ${problems.map((p) => p.message.en).join(' ')}`,
      problems.map((p) => ({ field: `definition.${p.path}`, code: p.code, message: p.message })),
    ),
  invalidResponse: (errors: ResponseError[]) =>
    badRequest(
      'INVALID_RESPONSE',
      `Votre réponse n’a pas été enregistrée : ${errors.map((e) => e.message.fr).join(' ')}`,
      `Your response was not saved: ${errors.map((e) => e.message.en).join(' ')}`,
      errors.map((e) => ({
        field: e.questionId ? `answers.${e.questionId}` : 'answers',
        code: e.code,
        message: e.message,
      })),
    ),
  locked: (paths: string[]) =>
    conflict(
      'CONSULTATION_LOCKED',
      `Des réponses sont déjà arrivées : les questions ne peuvent plus changer, seule la correction d’une faute de frappe est permise (modifié : ${paths.join(', ')}).`,
      `Answers have already arrived: the questions can no longer change, only typo fixes are allowed (changed: ${paths.join(', ')}).`,
    ),
  settingsLocked: () =>
    conflict(
      'CONSULTATION_SETTINGS_LOCKED',
      'Une consultation publiée garde son territoire, son public, son anonymat et ses réponses au guichet : ils ont été annoncés aux habitants.',
      'A published consultation keeps its territory, audience, anonymity and counter answers: they were announced to residents.',
    ),
  quartiersRequired: () =>
    badRequest(
      'CONSULTATION_QUARTIERS_REQUIRED',
      'Choisissez au moins un quartier du territoire pour ce public.',
      'Choose at least one quartier of the territory for this audience.',
      [
        {
          field: 'quartierIds',
          code: 'quartiersRequired',
          message: {
            fr: 'Choisissez au moins un quartier du territoire.',
            en: 'Choose at least one quartier of the territory.',
          },
        },
      ],
    ),
  quartierOutside: () =>
    badRequest(
      'CONSULTATION_QUARTIER_OUTSIDE',
      'Ce quartier n’appartient pas au territoire de la consultation.',
      'This quartier is not part of the consultation’s territory.',
    ),
  datesInvalid: () =>
    badRequest(
      'CONSULTATION_DATES_INVALID',
      'La date de clôture doit suivre la date d’ouverture.',
      'The closing date must come after the opening date.',
    ),
  // 415: the bytes decide the type (issue 7, uploads checked by content), whatever the name says.
  attachmentInvalid: () =>
    new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'CONSULTATION_ATTACHMENT_INVALID', {
      fr: 'Ce fichier n’est pas une image JPEG, PNG, WebP ni un document PDF, ou dépasse 10 Mo.',
      en: 'This file is not a JPEG, PNG or WebP image nor a PDF document, or is larger than 10 MB.',
    }),
  attachmentUnknown: () =>
    badRequest(
      'CONSULTATION_ATTACHMENT_UNKNOWN',
      'Une image ou un document ne vient pas d’un envoi pour cette consultation.',
      'An image or document was not uploaded for this consultation.',
    ),
  wrongStatus: (text: LocalizedText) => conflict('CONSULTATION_WRONG_STATUS', text.fr, text.en),
  notAnswerable: (reason: LocalizedText) =>
    new DomainError(HttpStatus.FORBIDDEN, 'CONSULTATION_NOT_ANSWERABLE', reason),
  notOpen: (reason: LocalizedText) => conflict('CONSULTATION_NOT_OPEN', reason.fr, reason.en),
  alreadyAnswered: () =>
    conflict(
      'ALREADY_ANSWERED',
      'Vous avez déjà répondu à cette consultation. Une réponse est définitive et ne compte qu’une fois.',
      'You have already answered this consultation. A response is final and counts only once.',
    ),
  alreadyAnsweredAtCounter: () =>
    conflict(
      'ALREADY_ANSWERED',
      'Cette personne a déjà répondu à cette consultation (en ligne ou au guichet). Aucune seconde réponse ne peut être enregistrée.',
      'This person has already answered this consultation (online or at the counter). No second response can be recorded.',
    ),
  counterIdentityMissing: () =>
    badRequest(
      'COUNTER_IDENTITY_MISSING',
      'Indiquez les nom, prénom et date de naissance (une vraie date) de la personne, et l’e-mail de son compte si elle en a un.',
      'Give the person’s last name, first name and birth date (a real date), and their account’s e-mail if they have one.',
      [
        { field: 'lastName', code: 'identityRequired', message: { fr: 'Nom requis.', en: 'Last name required.' } },
        { field: 'firstName', code: 'identityRequired', message: { fr: 'Prénom requis.', en: 'First name required.' } },
        { field: 'birthDate', code: 'identityRequired', message: { fr: 'Date de naissance requise.', en: 'Birth date required.' } },
      ],
    ),
  respondentIdentityMissing: () =>
    badRequest(
      'RESPONDENT_IDENTITY_MISSING',
      'Cette consultation peut aussi se faire au guichet de la mairie : indiquez vos nom, prénom et date de naissance, pour qu’une même personne ne compte qu’une fois. Votre réponse n’a pas été enregistrée.',
      'This consultation can also be answered at the town-hall counter: give your last name, first name and birth date, so that each person counts only once. Your response was not saved.',
      [
        { field: 'lastName', code: 'identityRequired', message: { fr: 'Nom requis.', en: 'Last name required.' } },
        { field: 'firstName', code: 'identityRequired', message: { fr: 'Prénom requis.', en: 'First name required.' } },
        { field: 'birthDate', code: 'identityRequired', message: { fr: 'Date de naissance requise (une vraie date).', en: 'Birth date required (a real date).' } },
      ],
    ),
  identityAlreadyAnswered: (channel: 'online' | 'counter') =>
    conflict(
      'ALREADY_ANSWERED',
      channel === 'counter'
        ? 'Une réponse a déjà été enregistrée au guichet de la mairie pour une personne de mêmes nom, prénom et date de naissance. Chaque personne répond une seule fois ; si ce n’était pas vous, adressez-vous à la mairie.'
        : 'Une réponse a déjà été enregistrée en ligne pour une personne de mêmes nom, prénom et date de naissance. Chaque personne répond une seule fois.',
      channel === 'counter'
        ? 'A response was already recorded at the town-hall counter for a person with the same name and birth date. Each person answers once; if it was not you, contact the town hall.'
        : 'A response was already recorded online for a person with the same name and birth date. Each person answers once.',
    ),
  counterClosedChannel: () =>
    conflict(
      'COUNTER_ANSWERS_NOT_OFFERED',
      'Cette consultation se fait en ligne seulement : elle ne prend pas de réponses au guichet. Aidez la personne à répondre avec son propre compte.',
      'This consultation is online only: it takes no counter answers. Help the person answer with their own account.',
    ),
  draftInBrowserOnly: () =>
    conflict(
      'DRAFT_KEPT_IN_BROWSER',
      'Cette consultation est anonyme : le brouillon reste dans votre navigateur, jamais sur nos serveurs.',
      'This consultation is anonymous: the draft stays in your browser, never on our servers.',
    ),
  counterAccountUnknown: () =>
    notFound(
      'COUNTER_ACCOUNT_NOT_FOUND',
      'Aucun compte n’a cette adresse e-mail.',
      'No account has this e-mail address.',
    ),
  notifyNeedsAccount: () =>
    badRequest(
      'NOTIFY_NEEDS_ACCOUNT',
      'Sans compte, la personne ne peut pas être prévenue par e-mail des conclusions.',
      'Without an account, the person cannot be e-mailed the conclusions.',
    ),
  resultsHidden: (text: LocalizedText) => forbidden('CONSULTATION_RESULTS_NOT_VISIBLE', text.fr, text.en),
  textUnknown: () =>
    notFound(
      'CONSULTATION_TEXT_NOT_FOUND',
      'Cette réponse libre n’existe pas dans cette consultation.',
      'This free-text answer does not exist in this consultation.',
    ),
  textOffsetInvalid: () =>
    badRequest(
      'CONSULTATION_TEXT_OFFSET_INVALID',
      'Page de réponses libres invalide (attendu : question:position).',
      'Invalid free-text page (expected: question:offset).',
    ),
  quartierFilterUnknown: () =>
    badRequest(
      'CONSULTATION_QUARTIER_FILTER',
      'Ce quartier n’appartient pas au territoire de la consultation.',
      'This quartier is not part of the consultation’s territory.',
    ),
  conclusionsMissing: () =>
    conflict(
      'CONSULTATION_CONCLUSIONS_MISSING',
      'Écrivez d’abord ce que vous retenez de la consultation.',
      'First write what you retain from the consultation.',
    ),
  fileNotFound: () =>
    notFound(
      'CONSULTATION_FILE_NOT_FOUND',
      'Ce fichier n’existe pas (ou pas encore).',
      'This file does not exist (or not yet).',
    ),
};
