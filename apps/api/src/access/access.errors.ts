import { badRequest, conflict, forbidden, notFound, unauthorized } from '../errors/domain.error';

/** The refusals of the access domain, each with its stable code and its French and English text. */
export const accessErrors = {
  unauthenticated: () => unauthorized('UNAUTHENTICATED', 'Veuillez vous connecter.', 'Please sign in.'),
  noPolicy: () => forbidden('NO_ACCESS_POLICY', 'Accès refusé.', 'Access denied.'),
  forbidden: () =>
    forbidden(
      'FORBIDDEN',
      'Vous n’avez pas les droits pour cette action.',
      'You are not allowed to do this.',
    ),
  emailNotVerified: () =>
    forbidden(
      'EMAIL_NOT_VERIFIED',
      'Confirmez d’abord votre adresse e-mail (lien reçu par e-mail).',
      'Please confirm your e-mail address first (link sent by e-mail).',
    ),
  invalidId: (field: string) =>
    badRequest('INVALID_ID', `Identifiant invalide (${field}).`, `Invalid identifier (${field}).`, [
      { field, code: 'isUuid', message: { fr: 'Identifiant invalide.', en: 'Invalid identifier.' } },
    ]),
  territoryRequired: (field: string) =>
    badRequest(
      'TERRITORY_REQUIRED',
      `Précisez le territoire concerné (${field}).`,
      `Say which territory this is about (${field}).`,
      [
        {
          field,
          code: 'isDefined',
          message: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
        },
      ],
    ),
  territoryNotFound: () =>
    notFound(
      'TERRITORY_NOT_FOUND',
      'Ce territoire n’existe pas (ou plus).',
      'This territory does not exist (any more).',
    ),
  accountNotFound: (email: string) =>
    notFound(
      'ACCOUNT_NOT_FOUND',
      `Aucun compte n’utilise l’adresse ${email}. La personne doit d’abord créer son compte sur la plateforme.`,
      `No account uses the address ${email}. The person must first create an account on the platform.`,
    ),
  roleAlreadyGranted: () =>
    conflict(
      'ROLE_ALREADY_GRANTED',
      'Cette personne a déjà ce rôle sur ce territoire.',
      'This person already holds this role on this territory.',
    ),
  roleAssignmentNotFound: () =>
    notFound(
      'ROLE_ASSIGNMENT_NOT_FOUND',
      'Cette attribution de rôle n’existe pas (ou plus).',
      'This role assignment does not exist (any more).',
    ),
  lastAdmin: () =>
    conflict(
      'LAST_ADMIN',
      'Impossible de retirer ce rôle : plus personne n’administrerait ce territoire. Nommez d’abord un autre administrateur.',
      'This role cannot be removed: nobody would administer this territory any more. Appoint another admin first.',
    ),
};
