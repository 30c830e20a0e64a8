import { identityFr } from './fr.dictionary';

export const identityEn: Record<keyof typeof identityFr, string> = {
  'identity.field.email': 'E-mail address',
  'identity.field.password': 'Password',
  'identity.field.currentPassword': 'Current password',
  'identity.field.newPassword': 'New password',
  'identity.field.newPasswordHint':
    'At least {min} characters. A phrase of several words is easy to remember and hard to guess. Very common passwords are refused.',
  'identity.field.showPassword': 'Show the password',
  'identity.field.showPasswords': 'Show the passwords',
  'identity.field.displayName': 'Display name',
  'identity.field.displayNameHint': 'The name shown with your contributions, for example “Camille D.”.',

  'identity.signIn.title': 'Sign in',
  'identity.signIn.lead': 'Sign in to take part in what your area is deciding.',
  'identity.signIn.submit': 'Sign in',
  'identity.signIn.forgot': 'Forgotten your password?',
  'identity.signIn.done': 'You are signed in.',
  'identity.signIn.notVerifiedHelp':
    'Open the verification message we sent you when you signed up and follow its link, then sign in. Remember to check your spam folder.',
  'identity.signIn.noAccount': 'No account yet?',
  'identity.signIn.noAccountText': 'Creating an account takes a minute and only needs your e-mail address.',

  'identity.signUp.title': 'Create an account',
  'identity.signUp.lead':
    'With an account you can submit ideas, vote and follow the projects in your neighbourhood.',
  'identity.signUp.emailHint': 'We will send a link to check this address.',
  'identity.signUp.privacy': 'We use this information only to manage your participation. To find out more:',
  'identity.signUp.privacyLink': 'your personal data',
  'identity.signUp.submit': 'Create my account',
  'identity.signUp.haveAccount': 'Already have an account?',
  'identity.signUp.sentTitle': 'Check your e-mail',
  'identity.signUp.sentText':
    'We have sent a link to {email}. Follow it to activate your account. If you cannot find it, look in your spam folder.',

  'identity.verifyEmail.title': 'Checking your e-mail address',
  'identity.verifyEmail.lead': 'This page confirms that you received our message.',
  'identity.verifyEmail.working': 'Checking…',
  'identity.verifyEmail.next': 'Sign in',
  'identity.verifyEmail.failedHelp':
    'The link may have expired or already been used. Try signing in: if your address is already verified, it will work.',

  'identity.confirmEmail.title': 'Confirming your new e-mail address',
  'identity.confirmEmail.lead': 'This page confirms the change of your e-mail address.',
  'identity.confirmEmail.working': 'Confirming…',
  'identity.confirmEmail.next': 'Sign in with the new address',
  'identity.confirmEmail.failedHelp':
    'The link may have expired or already been used. Your former address still works: you can ask again from “My account”.',

  'identity.emailLink.missingToken':
    'This link is incomplete. Copy the whole address from the message you received, or click the link itself.',
  'identity.emailLink.toAccount': 'Go to my account',

  'identity.forgot.title': 'Forgotten password',
  'identity.forgot.lead': 'Enter your e-mail address: we will send you a link to choose a new password.',
  'identity.forgot.emailHint': 'The address you created your account with.',
  'identity.forgot.submit': 'Send me a link',
  'identity.forgot.back': 'Back to sign in',
  'identity.forgot.sentHelp':
    'The link is valid for a short time and works once. If nothing arrives, check the address you entered and your spam folder.',

  'identity.reset.title': 'Choose a new password',
  'identity.reset.lead': 'Your new password will replace the previous one.',
  'identity.reset.submit': 'Save the password',
  'identity.reset.again': 'Ask for a new link',

  'account.title': 'My account',
  'account.lead': 'Signed in as {name} ({email}).',
  'account.toc': 'On this page',

  'account.profile.title': 'My profile',
  'account.profile.memberSince': 'Member since',
  'account.profile.roles': 'Roles',
  'account.profile.role': '{role} — {territory}',
  'account.profile.submit': 'Save my name',
  'account.profile.saved': 'Your display name is saved.',

  'account.quartier.title': 'My neighbourhood',
  'account.quartier.current': 'Your neighbourhood: {name}.',
  'account.quartier.none': 'You have not chosen a neighbourhood yet.',
  'account.quartier.why':
    'Your neighbourhood lets us show you what concerns you, such as the participatory budget of your neighbourhood.',
  'account.quartier.field': 'Neighbourhood where you live',
  'account.quartier.hint': 'Neighbourhoods are grouped by municipality.',
  'account.quartier.noChoice': '— No neighbourhood —',
  'account.quartier.locate': 'Use my location',
  'account.quartier.locatePrivacy':
    'Your location is only used to find your neighbourhood; it is not stored.',
  'account.quartier.locating': 'Finding your location…',
  'account.quartier.locatedIn':
    'Your location is in the {quartier} neighbourhood ({commune}). It is selected: save to confirm.',
  'account.quartier.located':
    'Your location is in the {quartier} neighbourhood. It is selected: save to confirm.',
  'account.quartier.locateNone':
    'No neighbourhood of the area contains your location. Choose yours from the list.',
  'account.quartier.locateDenied':
    'Your browser did not share your location. Choose your neighbourhood from the list.',
  'account.quartier.locateUnavailable':
    'Your location is not available. Choose your neighbourhood from the list.',
  'account.quartier.locateTimeout': 'Finding your location took too long. Try again or choose from the list.',
  'account.quartier.locateFailed':
    'Finding the neighbourhood did not work. Try again or choose from the list.',
  'account.quartier.submit': 'Save my neighbourhood',
  'account.quartier.saved': 'Your neighbourhood is saved.',

  'account.email.title': 'My e-mail address',
  'account.email.current': 'Current address: {email}.',
  'account.email.new': 'New e-mail address',
  'account.email.newHint':
    'We will send a link to this address. The change applies once you have followed it.',
  'account.email.passwordHint': 'To check that it is really you.',
  'account.email.submit': 'Change address',

  'account.password.title': 'My password',
  'account.password.submit': 'Change password',

  'account.export.title': 'My data',
  'account.export.text':
    'Download, as a JSON file, everything the platform holds about you: your account, your roles and your contributions.',
  'account.export.submit': 'Download my data',
  'account.export.done': 'The file {fileName} has been downloaded.',

  'account.delete.title': 'Delete my account',
  'account.delete.text': 'Deleting is final:',
  'account.delete.consequence1': 'your personal information (name, e-mail address, neighbourhood) is erased;',
  'account.delete.consequence2':
    'your public contributions stay visible, without your name, so that the decisions taken remain understandable;',
  'account.delete.consequence3': 'you will no longer be able to sign in with this account.',
  'account.delete.start': 'I want to delete my account',
  'account.delete.passwordHint': 'To check that it is really you.',
  'account.delete.understood': 'I understand that deleting my account is final',
  'account.delete.submit': 'Delete my account for good',
  'account.delete.done': 'Your account is deleted. Thank you for taking part.',
};
