import type { ConsultationAudience, ConsultationStatus, LocalizedText } from '@agora/contracts';

/** What decides whether a consultation takes answers now, whoever answers. */
export interface AnswerWindow {
  status: ConsultationStatus;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** What decides whether this person belongs to the audience. */
export interface AudienceRules {
  audience: ConsultationAudience;
  quartierIds: readonly string[];
}

/** The person, as far as the audience is concerned. */
export interface RespondentFacts {
  emailVerified: boolean;
  /** The person's home territory and its ancestors (empty when unknown). */
  homeTerritoryChain: readonly string[];
  alreadyAnswered: boolean;
}

const frenchDate = (date: Date) =>
  date.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const englishDate = (date: Date) =>
  date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Why the consultation takes no answer at `now`, or null when it does. */
export function windowClosedReason(window: AnswerWindow, now: Date): LocalizedText | null {
  if (window.status === 'draft') {
    return {
      fr: 'Cette consultation n’est pas encore publiée.',
      en: 'This consultation is not published yet.',
    };
  }
  if (window.status === 'closed' || (window.closesAt && window.closesAt.getTime() <= now.getTime())) {
    return {
      fr: 'Cette consultation est close : il n’est plus possible d’y répondre.',
      en: 'This consultation is closed: answers are no longer accepted.',
    };
  }
  if (window.opensAt && window.opensAt.getTime() > now.getTime()) {
    return {
      fr: `Cette consultation ouvre le ${frenchDate(window.opensAt)}.`,
      en: `This consultation opens on ${englishDate(window.opensAt)}.`,
    };
  }
  return null;
}

/** True while a published consultation is between its dates. */
export function acceptsAnswers(window: AnswerWindow, now: Date): boolean {
  return windowClosedReason(window, now) === null;
}

/** Why this person is outside the audience, or null when they belong to it. */
export function audienceReason(
  rules: AudienceRules,
  facts: Pick<RespondentFacts, 'emailVerified' | 'homeTerritoryChain'>,
): LocalizedText | null {
  if (rules.audience === 'verified' && !facts.emailVerified) {
    return {
      fr: 'Cette consultation est réservée aux comptes vérifiés : confirmez votre adresse e-mail avec le lien reçu.',
      en: 'This consultation is for verified accounts only: confirm your e-mail address with the link you received.',
    };
  }
  if (
    rules.audience === 'quartiers' &&
    !facts.homeTerritoryChain.some((id) => rules.quartierIds.includes(id))
  ) {
    return {
      fr: 'Cette consultation est réservée aux habitants de certains quartiers. Indiquez votre quartier dans votre compte, ou rendez-vous au guichet de la mairie.',
      en: 'This consultation is for residents of some quartiers only. Set your quartier in your account, or go to the town hall counter.',
    };
  }
  return null;
}

/** Why this person cannot answer now (the first reason that applies), or null when they can. */
export function answerRefusal(
  window: AnswerWindow,
  rules: AudienceRules,
  facts: RespondentFacts,
  now: Date,
): LocalizedText | null {
  if (facts.alreadyAnswered) {
    return {
      fr: 'Vous avez déjà répondu à cette consultation. Merci de votre participation !',
      en: 'You have already answered this consultation. Thank you for taking part!',
    };
  }
  return windowClosedReason(window, now) ?? audienceReason(rules, facts);
}
