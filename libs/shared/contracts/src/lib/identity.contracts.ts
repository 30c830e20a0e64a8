import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

import { RoleName } from './access.contracts';

/** Passwords: at least 12 characters (ANSSI guidance for password-only accounts), at most 256. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export class SignUpRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsString()
  @Length(1, 80)
  displayName!: string;

  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class SignInRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** A single-use token from an e-mail link (verification, reset, e-mail change). */
export class TokenRequest {
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class PasswordResetRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmRequest {
  @IsString()
  @Length(20, 200)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class ChangeEmailRequest {
  @IsEmail()
  @MaxLength(254)
  newEmail!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateProfileRequest {
  @IsOptional()
  @IsString()
  @Length(1, 80)
  displayName?: string;

  /** The resident's home quartier; `null` clears it. */
  @IsOptional()
  @IsUUID()
  homeTerritoryId?: string | null;

  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class DeleteAccountRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export interface RoleGrant {
  id: string;
  role: RoleName;
  territoryId: string;
  territoryName: string;
}

/** The signed-in person, as `GET /api/me` returns it. */
export interface Me {
  id: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  locale: Locale;
  homeTerritoryId: string | null;
  homeTerritoryName: string | null;
  roles: RoleGrant[];
  createdAt: string;
}

/** A mail caught by the development outbox (`GET /api/dev/outbox`). */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Links found in the mail, so a newcomer (or a browser test) can follow them. */
  links: string[];
  /** Extra headers the mail was sent with (List-Unsubscribe…), when any. */
  headers?: Record<string, string>;
  sentAt: string;
}

/** A plain acknowledgement with a message to show. */
export interface MessageResponse {
  message: { fr: string; en: string };
}

/** The "my data" export (GDPR article 15): everything the platform holds about the signed-in person. */
export interface PersonalDataExport {
  exportedAt: string;
  account: {
    id: string;
    email: string;
    displayName: string;
    locale: Locale;
    emailVerifiedAt: string | null;
    homeTerritoryId: string | null;
    homeTerritoryName: string | null;
    createdAt: string;
    updatedAt: string;
  };
  /** Signed-in browsers; the session secrets themselves are never exported. */
  sessions: Array<{
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    userAgent: string | null;
    current: boolean;
  }>;
  /** Links sent by e-mail (verification, reset, change of address); the secrets are never exported. */
  emailLinks: Array<{
    purpose: 'verify_email' | 'reset_password' | 'change_email';
    newEmail: string | null;
    createdAt: string;
    expiresAt: string;
    usedAt: string | null;
  }>;
  roles: Array<RoleGrant & { grantedAt: string }>;
  /** The parts contributed by the other domains (ballots, proposals…), by section name. */
  other: Record<string, unknown>;
}
