import type { IdeaAnswer, ShopType } from '@agora/contracts';

export const DEMO_IDEA_BOX_COMMUNE = 'beaulieu-sur-lierre';
export const DEMO_IDEA_BOX_SLUG = 'boite-a-idees-centre-beaulieu';
export const DEMO_IDEA_BOX = {
  title: 'Boîte à idées : le centre-ville de demain',
  theme: 'Aménagements de la place de la République et commerces du centre-ville',
  summary:
    'Proposez vos idées pour la place de la République et dites quels commerces vous voulez voir s’installer près de chez vous.',
  descriptionHtml:
    '<p>La ville réaménage la place de la République en 2027. Dites-nous ce que vous voulez y voir, et quels commerces manquent dans votre quartier.</p><p>Chaque idée reçoit une réponse publique des services.</p>',
  categories: ['Aménagements', 'Commerces', 'Espaces verts', 'Mobilité', 'Vie de quartier'],
};

const Q = {
  tilleuls: 'beaulieu-les-tilleuls',
  moulin: 'beaulieu-le-moulin',
  coteaux: 'beaulieu-les-coteaux',
  gare: 'beaulieu-la-gare',
} as const;

export interface DemoIdeaSpec {
  title: string;
  description: string;
  category: string;
  shopType?: ShopType;
  /** null: the whole commune. */
  quartierSlug: string | null;
  /** A point between the quartier's centre and one of its vertices; otherwise an address or no precise place. */
  toward?: { vertex: number; t: number };
  address?: string;
  answer?: { answer: IdeaAnswer; reason: string };
  /** How many demo residents support it. */
  supports: number;
  comments?: string[];
}

const shop = (
  shopType: ShopType,
  title: string,
  quartierSlug: string,
  toward: { vertex: number; t: number },
  supports: number,
  answer?: DemoIdeaSpec['answer'],
): DemoIdeaSpec => ({
  title,
  description: `Il manque ${title.toLowerCase().replace(/^une? /, 'un ')} dans le quartier : les habitants doivent prendre la voiture pour y aller.`,
  category: 'Commerces',
  shopType,
  quartierSlug,
  toward,
  supports,
  answer,
});

/** Forty ideas: sixteen shop wishes with a place, twenty-four ideas, some answered in each status. */
export const DEMO_IDEAS: DemoIdeaSpec[] = [
  shop('bakery', 'Une boulangerie place de la République', Q.tilleuls, { vertex: 0, t: 0.2 }, 9, {
    answer: 'retained',
    reason: 'Le local de l’ancienne banque sera proposé à un boulanger en 2027.',
  }),
  shop('bakery', 'Une boulangerie près de l’école du Moulin', Q.moulin, { vertex: 1, t: 0.3 }, 6),
  shop('bakery', 'Un dépôt de pain à la gare', Q.gare, { vertex: 0, t: 0.25 }, 3),
  shop('grocer', 'Une épicerie de quartier aux Coteaux', Q.coteaux, { vertex: 0, t: 0.3 }, 7, {
    answer: 'studied',
    reason: 'La ville cherche un local commercial disponible rue des Vignes.',
  }),
  shop('grocer', 'Une épicerie ouverte le dimanche', Q.tilleuls, { vertex: 1, t: 0.25 }, 4),
  shop('greengrocer', 'Un primeur au centre-ville', Q.tilleuls, { vertex: 0, t: 0.22 }, 5),
  shop('butcher', 'Une boucherie-charcuterie', Q.moulin, { vertex: 2, t: 0.3 }, 2),
  shop('cafe', 'Un café associatif place de la République', Q.tilleuls, { vertex: 0, t: 0.18 }, 8, {
    answer: 'retained',
    reason: 'Un appel à projets pour un café associatif sera lancé au printemps.',
  }),
  shop('cafe', 'Un café avec terrasse près de la gare', Q.gare, { vertex: 1, t: 0.3 }, 3),
  shop('restaurant', 'Un restaurant le midi pour les salariés', Q.gare, { vertex: 2, t: 0.3 }, 2),
  shop('bookshop', 'Une librairie-papeterie', Q.tilleuls, { vertex: 1, t: 0.2 }, 6, {
    answer: 'notRetained',
    reason: 'Une librairie ouvre déjà rue Nationale en janvier, à deux cents mètres.',
  }),
  shop('pharmacy', 'Une pharmacie aux Coteaux', Q.coteaux, { vertex: 1, t: 0.3 }, 5),
  shop('repairCafe', 'Un repair café mensuel', Q.moulin, { vertex: 0, t: 0.3 }, 4),
  shop('hardware', 'Une quincaillerie', Q.moulin, { vertex: 1, t: 0.35 }, 1),
  shop('market', 'Un marché le samedi matin à la gare', Q.gare, { vertex: 0, t: 0.3 }, 7, {
    answer: 'studied',
    reason: 'Les services étudient le stationnement et la sécurité du parvis.',
  }),
  shop('clothing', 'Une friperie solidaire', Q.coteaux, { vertex: 2, t: 0.3 }, 2),
  {
    title: 'Des arbres et de l’ombre sur la place de la République',
    description: 'La place est une dalle brûlante l’été. Planter des arbres et installer des bancs à l’ombre.',
    category: 'Espaces verts',
    quartierSlug: Q.tilleuls,
    toward: { vertex: 0, t: 0.15 },
    supports: 11,
    answer: { answer: 'retained', reason: 'Vingt arbres sont prévus dans le projet de réaménagement de la place.' },
    comments: ['Oui, et des fontaines à eau aussi !', 'Des essences locales, s’il vous plaît.'],
  },
  {
    title: 'Une fontaine à boire sur la place',
    description: 'Une fontaine d’eau potable pour les promeneurs, les enfants et les sportifs.',
    category: 'Aménagements',
    quartierSlug: Q.tilleuls,
    toward: { vertex: 1, t: 0.15 },
    supports: 6,
    answer: { answer: 'retained', reason: 'Deux fontaines seront installées avec le réaménagement.' },
  },
  {
    title: 'Des jeux pour enfants place de la République',
    description: 'Une petite aire de jeux pour les 3-8 ans, clôturée, près des bancs.',
    category: 'Aménagements',
    quartierSlug: Q.tilleuls,
    toward: { vertex: 2, t: 0.15 },
    supports: 8,
    answer: { answer: 'studied', reason: 'L’emplacement dépend du futur plan de circulation de la place.' },
    comments: ['Avec un sol souple, pour les chutes.'],
  },
  {
    title: 'Rendre la place piétonne le dimanche',
    description: 'Fermer la place aux voitures le dimanche pour le marché et les familles.',
    category: 'Mobilité',
    quartierSlug: Q.tilleuls,
    address: 'Place de la République',
    supports: 5,
    answer: { answer: 'studied', reason: 'Un essai est envisagé pendant l’été ; les commerçants seront consultés.' },
  },
  {
    title: 'Un parking souterrain sous la place',
    description: 'Creuser un parking de 300 places sous la place de la République.',
    category: 'Mobilité',
    quartierSlug: Q.tilleuls,
    address: 'Place de la République',
    supports: 2,
    answer: {
      answer: 'notRetained',
      reason: 'Le coût (plus de 15 millions d’euros) dépasse les moyens de la commune ; le parking de la gare est à 400 m.',
    },
    comments: ['Dommage, il manque des places le samedi.'],
  },
  {
    title: 'Des abris vélos sécurisés près de la gare',
    description: 'Des arceaux couverts et un local fermé pour laisser son vélo la journée.',
    category: 'Mobilité',
    quartierSlug: Q.gare,
    toward: { vertex: 0, t: 0.2 },
    supports: 10,
    answer: { answer: 'retained', reason: 'Un abri de 40 places sera posé à l’automne.' },
  },
  {
    title: 'Une piste cyclable entre la gare et le centre',
    description: 'Relier la gare au centre-ville par une piste séparée des voitures.',
    category: 'Mobilité',
    quartierSlug: null,
    supports: 9,
    answer: { answer: 'studied', reason: 'Le tracé est étudié avec la métropole.' },
  },
  {
    title: 'Plus d’éclairage rue de la Gare',
    description: 'La rue est très sombre le soir entre la gare et le pont.',
    category: 'Aménagements',
    quartierSlug: Q.gare,
    address: 'Rue de la Gare',
    supports: 4,
  },
  {
    title: 'Des toilettes publiques au centre',
    description: 'Il n’y a aucune toilette publique accessible au centre-ville.',
    category: 'Aménagements',
    quartierSlug: null,
    supports: 7,
    answer: { answer: 'retained', reason: 'Des toilettes accessibles seront installées près de la mairie.' },
  },
  {
    title: 'Un jardin partagé au Moulin',
    description: 'Transformer la friche derrière l’école en jardin partagé entre voisins.',
    category: 'Espaces verts',
    quartierSlug: Q.moulin,
    toward: { vertex: 2, t: 0.2 },
    supports: 6,
    comments: ['Je veux bien m’en occuper le mercredi.'],
  },
  {
    title: 'Des composteurs collectifs',
    description: 'Un composteur de quartier dans chaque quartier, avec un référent.',
    category: 'Espaces verts',
    quartierSlug: null,
    supports: 5,
  },
  {
    title: 'Une boîte à livres aux Coteaux',
    description: 'Une petite bibliothèque de rue où chacun dépose et prend des livres.',
    category: 'Vie de quartier',
    quartierSlug: Q.coteaux,
    toward: { vertex: 1, t: 0.2 },
    supports: 3,
    answer: { answer: 'retained', reason: 'Le conseil de quartier installera la boîte au printemps.' },
  },
  {
    title: 'Une fête de quartier chaque été',
    description: 'Un repas partagé dans la rue pour que les voisins se rencontrent.',
    category: 'Vie de quartier',
    quartierSlug: Q.coteaux,
    supports: 4,
  },
  {
    title: 'Des bancs le long du Lierre',
    description: 'Des bancs tous les deux cents mètres sur le chemin au bord de la rivière.',
    category: 'Aménagements',
    quartierSlug: Q.moulin,
    toward: { vertex: 3, t: 0.3 },
    supports: 5,
  },
  {
    title: 'Un skatepark pour les ados',
    description: 'Les jeunes n’ont aucun lieu à eux : un petit skatepark près du stade.',
    category: 'Vie de quartier',
    quartierSlug: Q.coteaux,
    toward: { vertex: 2, t: 0.2 },
    supports: 6,
    answer: { answer: 'notRetained', reason: 'Le terrain près du stade est inondable ; un autre lieu sera cherché avec les jeunes.' },
  },
  {
    title: 'Ralentir les voitures devant l’école du Moulin',
    description: 'Un plateau surélevé et une zone 20 devant l’école.',
    category: 'Mobilité',
    quartierSlug: Q.moulin,
    toward: { vertex: 1, t: 0.1 },
    supports: 8,
  },
  {
    title: 'Un marché de producteurs le jeudi soir',
    description: 'Un petit marché de producteurs locaux après le travail.',
    category: 'Vie de quartier',
    quartierSlug: null,
    supports: 6,
  },
  {
    title: 'Des poubelles de tri sur la place',
    description: 'Des poubelles de tri (verre, emballages) sur la place et devant les commerces.',
    category: 'Aménagements',
    quartierSlug: Q.tilleuls,
    supports: 2,
  },
  {
    title: 'Une fresque sur le mur de la gare',
    description: 'Confier le grand mur gris de la gare à des artistes du quartier.',
    category: 'Vie de quartier',
    quartierSlug: Q.gare,
    toward: { vertex: 2, t: 0.15 },
    supports: 4,
  },
  {
    title: 'Des ruches sur le toit de la mairie',
    description: 'Installer quelques ruches et vendre le miel au profit d’une association.',
    category: 'Espaces verts',
    quartierSlug: null,
    supports: 3,
  },
  {
    title: 'Un espace de travail partagé',
    description: 'Un lieu pour télétravailler près de chez soi, avec une bonne connexion.',
    category: 'Vie de quartier',
    quartierSlug: Q.gare,
    supports: 2,
  },
  {
    title: 'Des places pour les personnes à mobilité réduite',
    description: 'Plus de places réservées devant la pharmacie et la poste.',
    category: 'Mobilité',
    quartierSlug: Q.tilleuls,
    address: 'Rue Nationale, devant la poste',
    supports: 3,
  },
  {
    title: 'Un verger public aux Coteaux',
    description: 'Planter des arbres fruitiers où chacun peut cueillir.',
    category: 'Espaces verts',
    quartierSlug: Q.coteaux,
    supports: 5,
  },
  {
    title: 'Une navette gratuite le samedi',
    description: 'Un petit bus gratuit entre les quartiers et le marché le samedi matin.',
    category: 'Mobilité',
    quartierSlug: null,
    supports: 4,
  },
];

/** The demo residents who author, support and comment (they cannot sign in: no password). */
export const DEMO_IDEA_RESIDENTS = [
  'Léa Moreau',
  'Hugo Lefèvre',
  'Chloé Garnier',
  'Nathan Rousseau',
  'Inès Fontaine',
  'Lucas Chevalier',
  'Manon Girard',
  'Théo Lambert',
  'Jade Bonnet',
  'Louis Mercier',
  'Zoé Faure',
  'Arthur Blanc',
];
