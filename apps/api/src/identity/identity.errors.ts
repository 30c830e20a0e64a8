import type { FieldError } from '@agora/contracts';

import { badRequest, conflict, unauthorized } from '../errors/domain.error';
import { PASSWORD_PROBLEM_TEXT, PasswordProblem } from './password.rule';

/** The refusals of the identity domain, each with its stable code and its French and English text. */
export const identityErrors = {
  emailTaken: () =>
    conflict(
      'EMAIL_TAKEN',
      'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.',
      'An account already exists with this e-mail address. Sign in or reset your password.',
    ),
  invalidCredentials: () =>
    unauthorized(
      'INVALID_CREDENTIALS',
      'Adresse e-mail ou mot de passe incorrect.',
      'Wrong e-mail address or password.',
    ),
  signedOut: () => unauthorized('UNAUTHENTICATED', 'Veuillez vous connecter.', 'Please sign in.'),
  wrongPassword: (field: string) =>
    badRequest('WRONG_PASSWORD', 'Mot de passe incorrect.', 'Wrong password.', [
      { field, code: 'wrongPassword', message: { fr: 'Mot de passe incorrect.', en: 'Wrong password.' } },
    ]),
  weakPassword: (field: string, problem: PasswordProblem) =>
    badRequest('WEAK_PASSWORD', 'Ce mot de passe ne convient pas.', 'This password cannot be used.', [
      { field, code: problem, message: PASSWORD_PROBLEM_TEXT[problem] },
    ]),
  blankDisplayName: () =>
    badRequest('VALIDATION_FAILED', 'Certains champs sont invalides.', 'Some fields are invalid.', [
      {
        field: 'displayName',
        code: 'isNotEmpty',
        message: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
      },
    ]),
  emailUnchanged: () =>
    badRequest(
      'EMAIL_UNCHANGED',
      'C’est déjà votre adresse e-mail.',
      'This is already your e-mail address.',
      [
        {
          field: 'newEmail',
          code: 'emailUnchanged',
          message: { fr: 'C’est déjà votre adresse e-mail.', en: 'This is already your e-mail address.' },
        },
      ],
    ),
  emailAlreadyVerified: () =>
    conflict(
      'EMAIL_ALREADY_VERIFIED',
      'Votre adresse e-mail est déjà confirmée.',
      'Your e-mail address is already confirmed.',
    ),
  unknownTerritory: () => {
    const field: FieldError = {
      field: 'homeTerritoryId',
      code: 'unknownTerritory',
      message: { fr: 'Quartier ou commune introuvable.', en: 'Unknown quartier or commune.' },
    };
    return badRequest(
      'UNKNOWN_TERRITORY',
      'Quartier ou commune introuvable.',
      'Unknown quartier or commune.',
      [field],
    );
  },
  tokenInvalid: () =>
    badRequest(
      'TOKEN_INVALID',
      'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
      'This link is not valid. Check that it was copied in full.',
    ),
  tokenExpired: () =>
    badRequest(
      'TOKEN_EXPIRED',
      'Ce lien a expiré : demandez-en un nouveau.',
      'This link has expired: ask for a new one.',
    ),
  tokenUsed: () =>
    badRequest(
      'TOKEN_USED',
      'Ce lien a déjà été utilisé : demandez-en un nouveau si besoin.',
      'This link has already been used: ask for a new one if needed.',
    ),
};

/** PostgreSQL's unique_violation on the case-insensitive e-mail index, e.g. two sign-ups at once. */
export function isEmailTakenViolation(error: unknown): boolean {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError ?? error;
  const { code, constraint } = (driverError ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'accounts_email_key';
}
