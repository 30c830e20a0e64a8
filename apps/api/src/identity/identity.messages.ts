import type { MessageResponse } from '@agora/contracts';

const message = (fr: string, en: string): MessageResponse => ({ message: { fr, en } });

/** What the person reads after each identity action. */
export const identityMessages = {
  signedUp: message(
    'Compte créé. Un e-mail de confirmation vous a été envoyé : cliquez sur le lien qu’il contient.',
    'Account created. A confirmation e-mail has been sent to you: click the link it contains.',
  ),
  emailVerified: message('Adresse e-mail confirmée. Merci !', 'E-mail address confirmed. Thank you!'),
  verificationSent: message(
    'Un nouvel e-mail de confirmation vous a été envoyé.',
    'A new confirmation e-mail has been sent to you.',
  ),
  // Same answer whether or not an account exists: the form must not reveal who is registered.
  resetRequested: message(
    'Si un compte existe pour cette adresse, un e-mail avec un lien de réinitialisation vient d’être envoyé.',
    'If an account exists for this address, an e-mail with a reset link has just been sent.',
  ),
  passwordReset: message(
    'Mot de passe modifié. Vous pouvez vous connecter avec le nouveau mot de passe.',
    'Password changed. You can now sign in with the new password.',
  ),
  passwordChanged: message(
    'Mot de passe modifié. Vos autres appareils ont été déconnectés.',
    'Password changed. Your other devices have been signed out.',
  ),
  emailChangeRequested: message(
    'Un lien de confirmation a été envoyé à la nouvelle adresse. Le changement prendra effet après confirmation.',
    'A confirmation link has been sent to the new address. The change takes effect once confirmed.',
  ),
  emailChanged: message('Nouvelle adresse e-mail confirmée.', 'New e-mail address confirmed.'),
  accountDeleted: message(
    'Votre compte a été supprimé et vos données personnelles effacées.',
    'Your account has been deleted and your personal data erased.',
  ),
};
