/** Accounts: sign-up, sign-in, e-mail links, passwords, "Mon compte". */
export const identityFr = {
  'identity.field.email': 'Adresse e-mail',
  'identity.field.password': 'Mot de passe',
  'identity.field.currentPassword': 'Mot de passe actuel',
  'identity.field.newPassword': 'Nouveau mot de passe',
  'identity.field.newPasswordHint':
    'Au moins {min} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner. Les mots de passe trop courants sont refusés.',
  'identity.field.showPassword': 'Afficher le mot de passe',
  'identity.field.showPasswords': 'Afficher les mots de passe',
  'identity.field.displayName': 'Nom affiché',
  'identity.field.displayNameHint':
    'Le nom qui accompagnera vos contributions, par exemple «\u00a0Camille D.\u00a0».',

  'identity.signIn.title': 'Se connecter',
  'identity.signIn.lead': 'Connectez-vous pour participer aux démarches de votre territoire.',
  'identity.signIn.submit': 'Se connecter',
  'identity.signIn.forgot': 'Mot de passe oublié\u00a0?',
  'identity.signIn.done': 'Vous êtes connecté.',
  'identity.signIn.notVerifiedHelp':
    "Ouvrez le message de vérification que nous vous avons envoyé à l'inscription et suivez son lien, puis connectez-vous. Pensez à regarder dans vos courriers indésirables.",
  'identity.signIn.noAccount': 'Pas encore de compte\u00a0?',
  'identity.signIn.noAccountText': 'Créer un compte prend une minute et ne demande que votre adresse e-mail.',

  'identity.signUp.title': 'Créer un compte',
  'identity.signUp.lead':
    'Avec un compte, vous pouvez déposer des idées, voter et suivre les projets de votre quartier.',
  'identity.signUp.emailHint': 'Nous vous enverrons un lien pour vérifier cette adresse.',
  'identity.signUp.privacy':
    'Nous utilisons ces informations uniquement pour gérer votre participation. Pour en savoir plus\u00a0:',
  'identity.signUp.privacyLink': 'vos données personnelles',
  'identity.signUp.submit': 'Créer mon compte',
  'identity.signUp.haveAccount': 'Vous avez déjà un compte\u00a0?',
  'identity.signUp.sentTitle': 'Vérifiez votre messagerie',
  'identity.signUp.sentText':
    'Nous avons envoyé un lien à {email}. Suivez-le pour activer votre compte. Si vous ne le trouvez pas, regardez dans vos courriers indésirables.',

  'identity.verifyEmail.title': 'Vérification de votre adresse e-mail',
  'identity.verifyEmail.lead': 'Cette page confirme que vous avez bien reçu notre message.',
  'identity.verifyEmail.working': 'Vérification en cours…',
  'identity.verifyEmail.next': 'Se connecter',
  'identity.verifyEmail.failedHelp':
    'Le lien a peut-être expiré ou déjà servi. Essayez de vous connecter\u00a0: si votre adresse est déjà vérifiée, cela fonctionnera.',

  'identity.confirmEmail.title': 'Confirmation de votre nouvelle adresse e-mail',
  'identity.confirmEmail.lead': 'Cette page confirme le changement de votre adresse e-mail.',
  'identity.confirmEmail.working': 'Confirmation en cours…',
  'identity.confirmEmail.next': 'Se connecter avec la nouvelle adresse',
  'identity.confirmEmail.failedHelp':
    'Le lien a peut-être expiré ou déjà servi. Votre ancienne adresse reste valable\u00a0: vous pouvez refaire la demande depuis «\u00a0Mon compte\u00a0».',

  'identity.emailLink.missingToken':
    "Ce lien est incomplet. Copiez l'adresse entière depuis le message reçu, ou cliquez directement sur le lien.",
  'identity.emailLink.toAccount': 'Aller à mon compte',

  'identity.forgot.title': 'Mot de passe oublié',
  'identity.forgot.lead':
    'Indiquez votre adresse e-mail\u00a0: nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'identity.forgot.emailHint': "L'adresse avec laquelle vous avez créé votre compte.",
  'identity.forgot.submit': 'Recevoir un lien',
  'identity.forgot.back': 'Retour à la connexion',
  'identity.forgot.sentHelp':
    "Le lien est valable peu de temps et ne sert qu'une fois. Si vous ne recevez rien, vérifiez l'adresse saisie et vos courriers indésirables.",

  'identity.reset.title': 'Choisir un nouveau mot de passe',
  'identity.reset.lead': 'Votre nouveau mot de passe remplacera le précédent.',
  'identity.reset.submit': 'Enregistrer le mot de passe',
  'identity.reset.again': 'Demander un nouveau lien',

  'account.title': 'Mon compte',
  'account.lead': 'Connecté en tant que {name} ({email}).',
  'account.toc': 'Sur cette page',

  'account.profile.title': 'Mon profil',
  'account.profile.memberSince': 'Inscrit le',
  'account.profile.roles': 'Rôles',
  'account.profile.role': '{role} — {territory}',
  'account.profile.submit': 'Enregistrer mon nom',
  'account.profile.saved': 'Votre nom affiché est enregistré.',

  'account.quartier.title': 'Mon quartier',
  'account.quartier.current': 'Votre quartier\u00a0: {name}.',
  'account.quartier.none': "Vous n'avez pas encore choisi de quartier.",
  'account.quartier.why':
    'Votre quartier permet de vous proposer les démarches qui vous concernent, par exemple le budget participatif de votre quartier.',
  'account.quartier.field': 'Quartier où vous habitez',
  'account.quartier.hint': 'Les quartiers sont regroupés par commune.',
  'account.quartier.noChoice': '— Aucun quartier —',
  'account.quartier.locate': 'Utiliser ma position',
  'account.quartier.locatePrivacy':
    "Votre position sert seulement à trouver votre quartier\u00a0; elle n'est pas enregistrée.",
  'account.quartier.locating': 'Recherche de votre position…',
  'account.quartier.locatedIn':
    'Votre position se trouve dans le quartier {quartier} ({commune}). Il est sélectionné\u00a0: enregistrez pour confirmer.',
  'account.quartier.located':
    'Votre position se trouve dans le quartier {quartier}. Il est sélectionné\u00a0: enregistrez pour confirmer.',
  'account.quartier.locateNone':
    'Aucun quartier du territoire ne contient votre position. Choisissez votre quartier dans la liste.',
  'account.quartier.locateDenied':
    "Votre navigateur n'a pas donné accès à votre position. Choisissez votre quartier dans la liste.",
  'account.quartier.locateUnavailable':
    "Votre position n'est pas disponible. Choisissez votre quartier dans la liste.",
  'account.quartier.locateTimeout':
    'La recherche de votre position a pris trop de temps. Réessayez ou choisissez dans la liste.',
  'account.quartier.locateFailed':
    "La recherche du quartier n'a pas abouti. Réessayez ou choisissez dans la liste.",
  'account.quartier.submit': 'Enregistrer mon quartier',
  'account.quartier.saved': 'Votre quartier est enregistré.',

  'account.email.title': 'Mon adresse e-mail',
  'account.email.current': 'Adresse actuelle\u00a0: {email}.',
  'account.email.new': 'Nouvelle adresse e-mail',
  'account.email.newHint':
    "Nous enverrons un lien à cette adresse. Le changement prendra effet quand vous l'aurez suivi.",
  'account.email.passwordHint': "Pour vérifier que c'est bien vous.",
  'account.email.submit': "Changer d'adresse",

  'account.password.title': 'Mon mot de passe',
  'account.password.submit': 'Changer de mot de passe',

  'account.export.title': 'Mes données',
  'account.export.text':
    'Téléchargez, dans un fichier JSON, tout ce que la plateforme conserve à votre sujet\u00a0: votre compte, vos rôles et vos contributions.',
  'account.export.submit': 'Télécharger mes données',
  'account.export.done': 'Le fichier {fileName} est téléchargé.',

  'account.delete.title': 'Supprimer mon compte',
  'account.delete.text': 'La suppression est définitive\u00a0:',
  'account.delete.consequence1':
    'vos informations personnelles (nom, adresse e-mail, quartier) sont effacées\u00a0;',
  'account.delete.consequence2':
    'vos contributions publiques restent visibles, sans votre nom, pour que les décisions prises restent compréhensibles\u00a0;',
  'account.delete.consequence3': 'vous ne pourrez plus vous connecter avec ce compte.',
  'account.delete.start': 'Je veux supprimer mon compte',
  'account.delete.passwordHint': "Pour vérifier que c'est bien vous.",
  'account.delete.understood': "J'ai compris que la suppression de mon compte est définitive",
  'account.delete.submit': 'Supprimer définitivement mon compte',
  'account.delete.done': 'Votre compte est supprimé. Merci pour votre participation.',
};
