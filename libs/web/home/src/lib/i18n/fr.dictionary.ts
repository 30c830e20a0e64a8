export const homeFr = {
  'home.title': 'Participez à la vie de votre territoire',
  'home.lead': 'Proposez des idées, votez pour des projets et suivez ce que décident vos élus.',
  'home.leadWithTerritory':
    'Proposez des idées, votez pour des projets et suivez ce qui se décide près de chez vous\u00a0: {territory}.',
  'home.open.title': 'Ce qui est ouvert',
  'home.open.empty': 'Aucune démarche ouverte pour le moment',
  'home.open.emptyText':
    'Budgets participatifs, consultations, boîtes à idées\u00a0: les démarches apparaîtront ici dès leur ouverture.',
  'home.quartier.title': 'Votre quartier',
  'home.quartier.current': 'Votre quartier\u00a0: {name}.',
  'home.quartier.change': 'Changer de quartier',
  'home.quartier.none': 'Choisissez votre quartier pour voir en priorité ce qui vous concerne.',
  'home.quartier.choose': 'Choisir mon quartier',
  'home.quartier.signedOut': 'Créez un compte ou connectez-vous pour participer et choisir votre quartier.',
  'home.quartier.signUp': 'Créer un compte',
  'home.quartier.signIn': 'Se connecter',
  'home.territory.title': 'Le territoire',
  'home.territory.counts': 'Communes\u00a0: {communes}. Quartiers\u00a0: {quartiers}.',
  'home.territory.insee': 'code INSEE {code}',
  'home.territory.yours': 'votre quartier',
  'home.territory.empty': "Aucun territoire n'est encore configuré.",
};
