import type { Answers } from '@agora/consultation-rules';
import type { CounterResponseRequest } from '@agora/contracts';

/** Who came to the counter: name and birth date, and an account's e-mail when they have one. */
export interface Identity {
  email: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  quartierId: string;
}

export type IdentityKey = Exclude<keyof Identity, 'quartierId'>;

export const NO_ONE: Identity = { email: '', lastName: '', firstName: '', birthDate: '', quartierId: '' };

/**
 * The counter request: only the fields typed in are sent, so the API says which is missing (name and
 * birth date are always needed, to match an online answer). Consent to be notified only goes with an
 * account's e-mail.
 */
export function counterRequest(
  answers: Answers,
  identity: Identity,
  notifyMe: boolean,
): CounterResponseRequest {
  const request: CounterResponseRequest = { answers };
  const email = identity.email.trim();
  if (email) {
    request.email = email;
    if (notifyMe) request.notifyMe = true;
  }
  if (identity.lastName.trim()) request.lastName = identity.lastName.trim();
  if (identity.firstName.trim()) request.firstName = identity.firstName.trim();
  if (identity.birthDate) request.birthDate = identity.birthDate;
  if (identity.quartierId) request.quartierId = identity.quartierId;
  return request;
}
