import { bilingualMail, OutgoingMail } from '../mail/mail.template';

/** The web pages that e-mail links open; they post the token back to the API. */
export const LINK_PAGES = {
  verifyEmail: '/verifier-email',
  resetPassword: '/reinitialiser-mot-de-passe',
  confirmEmailChange: '/confirmer-email',
} as const;

export function linkTo(publicUrl: string, page: string, token: string): string {
  return `${publicUrl}${page}?token=${encodeURIComponent(token)}`;
}

export function verificationMail(to: string, url: string): OutgoingMail {
  return bilingualMail({
    to,
    subject: { fr: 'Confirmez votre adresse e-mail', en: 'Confirm your e-mail address' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Pour finaliser votre inscription sur Agora, confirmez votre adresse e-mail. Le lien est valable 48 heures.',
        'Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
      ],
      en: [
        'Hello,',
        'To complete your Agora sign-up, confirm your e-mail address. The link is valid for 48 hours.',
        'If you did not sign up, ignore this message.',
      ],
    },
    action: { url, label: { fr: 'Confirmer mon adresse', en: 'Confirm my address' } },
  });
}

export function passwordResetMail(to: string, url: string): OutgoingMail {
  return bilingualMail({
    to,
    subject: { fr: 'Réinitialisation de votre mot de passe', en: 'Reset your password' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Une réinitialisation du mot de passe de votre compte Agora a été demandée. Le lien est valable une heure et ne sert qu’une fois.',
        'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
      ],
      en: [
        'Hello,',
        'A password reset was requested for your Agora account. The link is valid for one hour and works once.',
        'If you did not ask for it, ignore this message: your password stays the same.',
      ],
    },
    action: { url, label: { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' } },
  });
}

export function emailChangeMail(to: string, url: string): OutgoingMail {
  return bilingualMail({
    to,
    subject: { fr: 'Confirmez votre nouvelle adresse e-mail', en: 'Confirm your new e-mail address' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Vous avez demandé à utiliser cette adresse pour votre compte Agora. Confirmez-la avec le lien ci-dessous, valable 24 heures.',
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
      ],
      en: [
        'Hello,',
        'You asked to use this address for your Agora account. Confirm it with the link below, valid for 24 hours.',
        'If you did not ask for this, ignore this message.',
      ],
    },
    action: { url, label: { fr: 'Confirmer la nouvelle adresse', en: 'Confirm the new address' } },
  });
}

/** Sent to the current address, so that a hijacked session cannot quietly move the account away. */
export function emailChangeNoticeMail(to: string): OutgoingMail {
  return bilingualMail({
    to,
    subject: { fr: 'Changement d’adresse e-mail demandé', en: 'E-mail address change requested' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Un changement de l’adresse e-mail de votre compte Agora a été demandé. Il ne prendra effet que si la nouvelle adresse est confirmée.',
        'Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe.',
      ],
      en: [
        'Hello,',
        'A change of your Agora account’s e-mail address was requested. It takes effect only once the new address is confirmed.',
        'If you did not ask for this, change your password.',
      ],
    },
  });
}

export function accountDeletedMail(to: string): OutgoingMail {
  return bilingualMail({
    to,
    subject: { fr: 'Votre compte a été supprimé', en: 'Your account has been deleted' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Votre compte Agora a été supprimé et vos données personnelles effacées. Vos contributions publiques restent, sans votre nom.',
      ],
      en: [
        'Hello,',
        'Your Agora account has been deleted and your personal data erased. Your public contributions remain, without your name.',
      ],
    },
  });
}
