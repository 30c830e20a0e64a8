/** The legal pages' own wording; the territory's details come from the API. */
export const legalFr = {
  'legal.frenchOnly': 'Les informations ci-dessous sont publiées par la collectivité, en français.',

  'legal.notice.title': 'Mentions légales',
  'legal.notice.publisher': 'Éditeur du site',
  'legal.notice.director': 'Directeur ou directrice de la publication',
  'legal.notice.host': 'Hébergement',
  'legal.notice.software': 'Logiciel',
  'legal.notice.softwareText':
    'Ce site utilise Agora, un logiciel libre de participation citoyenne publié sous licence GNU AGPL 3.0.',

  'legal.data.title': 'Données personnelles',
  'legal.data.lead':
    'Ce que nous conservons à votre sujet, pourquoi, combien de temps, et comment exercer vos droits.',
  'legal.data.controller': 'Responsable du traitement',
  'legal.data.dpo': 'Délégué à la protection des données',
  'legal.data.processing': 'Données traitées et finalités',
  'legal.data.retention': 'Durée de conservation',
  'legal.data.cookies': 'Cookies',
  'legal.data.cookiesText':
    "Ce site dépose uniquement des cookies nécessaires à son fonctionnement\u00a0: l'un garde votre session ouverte, un autre protège vos actions contre la falsification de requêtes, et, si vous choisissez une langue, un dernier la retient pour afficher les pages dans cette langue. Aucun cookie de mesure d'audience ni de publicité n'est utilisé\u00a0: aucun consentement n'est donc demandé.",
  'legal.data.rights': 'Vos droits',
  'legal.data.rightsText':
    "Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter l'usage, vous opposer à leur traitement et les recevoir dans un format réutilisable.",
  'legal.data.rightsAccount': 'Téléchargez vos données ou supprimez votre compte vous-même\u00a0:',
  'legal.data.rightsAccountLink': 'Mon compte',
  'legal.data.rightsDpo':
    'Pour toute autre demande, écrivez au délégué à la protection des données indiqué plus haut.',
  'legal.data.rightsCnil':
    'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL\u00a0:',
  'legal.data.rightsCnilLink': 'adresser une plainte à la CNIL',

  'legal.a11y.title': "Déclaration d'accessibilité",
  'legal.a11y.commitment':
    "{publisher} s'engage à rendre ses sites internet accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
  'legal.a11y.scope':
    "Cette déclaration d'accessibilité s'applique à la plateforme de participation citoyenne Agora.",
  'legal.a11y.statusTitle': 'État de conformité',
  'legal.a11y.statusFull':
    'Ce site est totalement conforme au référentiel général d’amélioration de l’accessibilité (RGAA).',
  'legal.a11y.statusPartial':
    'Ce site est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA).',
  'legal.a11y.statusNone':
    'Ce site est non conforme au référentiel général d’amélioration de l’accessibilité (RGAA).',
  'legal.a11y.detailsTitle': 'Résultats des tests et contenus non accessibles',
  'legal.a11y.techTitle': 'Technologies utilisées',
  'legal.a11y.contactTitle': 'Retour d’information et contact',
  'legal.a11y.contactText':
    "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
  'legal.a11y.recourseTitle': 'Voies de recours',
  'legal.a11y.recourseText':
    "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits\u00a0:",
  'legal.a11y.recourseForm': 'écrire un message au Défenseur des droits (formulaire en ligne)',
  'legal.a11y.recourseDelegate': 'contacter le délégué du Défenseur des droits dans votre région',
  'legal.a11y.recoursePost':
    'envoyer un courrier, gratuit et sans timbre\u00a0: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
};
