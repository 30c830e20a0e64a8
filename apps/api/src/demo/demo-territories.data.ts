import type { LegalInfo, TerritoryBoundary } from '@agora/contracts';

type Point = [number, number];

/** A quartier is the wedge between two spokes of its commune: from `from` to `to` along the commune's ring. */
interface DemoQuartierSpec {
  name: string;
  slug: string;
  from: number;
  to: number;
}

interface DemoCommuneSpec {
  name: string;
  slug: string;
  /** Fictional but well-formed (département 36 has no commune numbered above 900). */
  inseeCode: string;
  /** Counter-clockwise, not closed; neighbouring communes share their border points exactly. */
  ring: Point[];
  center: Point;
  /** For each ring index where a quartier border meets the commune's border, a bend between the centre and it. */
  spokes: Record<number, Point>;
  quartiers: DemoQuartierSpec[];
}

export interface DemoTerritory {
  name: string;
  slug: string;
  kind: 'metropole' | 'commune' | 'quartier';
  parentSlug: string | null;
  inseeCode: string | null;
  boundary: TerritoryBoundary;
}

export const DEMO_METROPOLE_SLUG = 'metropole-de-demo';

// Border points shared by two communes.
const S1: Point = [2.085, 46.795];
const M1: Point = [2.095, 46.85];
const N1: Point = [2.08, 46.905];
const S2: Point = [2.195, 46.79];
const M2: Point = [2.18, 46.855];
const N2: Point = [2.19, 46.91];

const COMMUNES: DemoCommuneSpec[] = [
  {
    name: 'Beaulieu-sur-Lierre',
    slug: 'beaulieu-sur-lierre',
    inseeCode: '36901',
    ring: [[2.005, 46.8], [2.045, 46.797], S1, M1, N1, [2.04, 46.898], [2.0, 46.89], [1.985, 46.845]],
    center: [2.04, 46.85],
    spokes: { 1: [2.038, 46.825], 3: [2.068, 46.846], 5: [2.046, 46.875], 7: [2.012, 46.853] },
    quartiers: [
      { name: 'Les Tilleuls', slug: 'beaulieu-les-tilleuls', from: 1, to: 3 },
      { name: 'Le Moulin', slug: 'beaulieu-le-moulin', from: 3, to: 5 },
      { name: 'Les Coteaux', slug: 'beaulieu-les-coteaux', from: 5, to: 7 },
      { name: 'La Gare', slug: 'beaulieu-la-gare', from: 7, to: 1 },
    ],
  },
  {
    name: 'Saint-Aubin-des-Prés',
    slug: 'saint-aubin-des-pres',
    inseeCode: '36902',
    ring: [S1, [2.14, 46.785], S2, M2, N2, [2.135, 46.915], N1, M1],
    center: [2.138, 46.85],
    spokes: { 1: [2.142, 46.818], 4: [2.16, 46.878], 7: [2.115, 46.845] },
    quartiers: [
      { name: 'Le Vieux Bourg', slug: 'saint-aubin-le-vieux-bourg', from: 1, to: 4 },
      { name: 'Les Prés', slug: 'saint-aubin-les-pres', from: 4, to: 7 },
      { name: 'La Fontaine', slug: 'saint-aubin-la-fontaine', from: 7, to: 1 },
    ],
  },
  {
    name: 'Roche-sur-Orme',
    slug: 'roche-sur-orme',
    inseeCode: '36903',
    ring: [S2, [2.26, 46.8], [2.285, 46.85], [2.265, 46.9], [2.228, 46.906], N2, M2],
    center: [2.232, 46.852],
    spokes: { 0: [2.215, 46.82], 2: [2.258, 46.846], 4: [2.236, 46.88], 6: [2.205, 46.857] },
    quartiers: [
      { name: 'Les Vignes', slug: 'roche-les-vignes', from: 0, to: 2 },
      { name: 'La Rochette', slug: 'roche-la-rochette', from: 2, to: 4 },
      { name: 'Saint-Jean', slug: 'roche-saint-jean', from: 4, to: 6 },
      { name: 'Le Port', slug: 'roche-le-port', from: 6, to: 0 },
    ],
  },
];

/** The outer border of the three communes together. */
const METROPOLE_RING: Point[] = [
  [2.005, 46.8],
  [2.045, 46.797],
  S1,
  [2.14, 46.785],
  S2,
  [2.26, 46.8],
  [2.285, 46.85],
  [2.265, 46.9],
  [2.228, 46.906],
  N2,
  [2.135, 46.915],
  N1,
  [2.04, 46.898],
  [2.0, 46.89],
  [1.985, 46.845],
];

function polygon(points: Point[]): TerritoryBoundary {
  return { type: 'Polygon', coordinates: [[...points, points[0]]] };
}

/** centre → bend → ring[from] → … → ring[to] → bend → centre: neighbouring wedges share their spoke exactly. */
function wedge(commune: DemoCommuneSpec, quartier: DemoQuartierSpec): TerritoryBoundary {
  const points: Point[] = [commune.center, commune.spokes[quartier.from]];
  const n = commune.ring.length;
  for (let i = quartier.from; ; i = (i + 1) % n) {
    points.push(commune.ring[i]);
    if (i === quartier.to) break;
  }
  points.push(commune.spokes[quartier.to]);
  return polygon(points);
}

/** Métropole de Démo, its three communes and their quartiers, parents first. */
export function demoTerritories(): DemoTerritory[] {
  const territories: DemoTerritory[] = [
    {
      name: 'Métropole de Démo',
      slug: DEMO_METROPOLE_SLUG,
      kind: 'metropole',
      parentSlug: null,
      inseeCode: null,
      boundary: polygon(METROPOLE_RING),
    },
  ];
  for (const commune of COMMUNES) {
    territories.push({
      name: commune.name,
      slug: commune.slug,
      kind: 'commune',
      parentSlug: DEMO_METROPOLE_SLUG,
      inseeCode: commune.inseeCode,
      boundary: polygon(commune.ring),
    });
    for (const quartier of commune.quartiers) {
      territories.push({
        name: quartier.name,
        slug: quartier.slug,
        kind: 'quartier',
        parentSlug: commune.slug,
        inseeCode: null,
        boundary: wedge(commune, quartier),
      });
    }
  }
  return territories;
}

/** Placeholder legal texts for the demo: a real territory replaces them from the admin pages. */
export const DEMO_LEGAL_INFO: LegalInfo = {
  publisherName: 'Métropole de Démo',
  publisherAddress:
    'Hôtel de métropole, 1 place de la République, 36900 Beaulieu-sur-Lierre (adresse fictive)',
  publicationDirector: 'La présidente de la Métropole de Démo',
  host: 'Hébergement de démonstration : cette instance tourne sur le poste de la personne qui l’a lancée.',
  dpoName: 'Délégué à la protection des données de la Métropole de Démo',
  dpoContact: 'dpo@demo.agora.test',
  dataProcessing: [
    'Données traitées : adresse e-mail, nom affiché, mot de passe (chiffré de façon irréversible), quartier de résidence choisi, langue, et vos contributions (propositions, votes, réponses aux consultations).',
    'Finalités : vous permettre de participer aux démarches participatives de la métropole et de ses communes, et garantir la sincérité des votes (une personne, un vote).',
    'Base légale : mission d’intérêt public (article 6-1-e du RGPD).',
    'Destinataires : les services de la métropole et des communes concernées ; aucune donnée n’est vendue ni cédée.',
    'Vos droits : accès, rectification, effacement, limitation et opposition. Vous pouvez exporter vos données et supprimer votre compte depuis la page « Mon compte », ou écrire au délégué à la protection des données. Vous pouvez aussi adresser une réclamation à la CNIL.',
  ].join('\n\n'),
  retention:
    'Compte : tant qu’il est ouvert ; supprimé à votre demande (les contributions restent, anonymisées). Session : 7 jours après la dernière activité.',
  accessibilityStatus: 'non conforme',
  accessibilityDetails:
    'Aucun audit de conformité au RGAA 4.1 n’a encore été réalisé sur cette instance de démonstration : en l’absence d’audit, la loi impose de la déclarer non conforme. Le site est conçu pour être accessible (navigation au clavier, lecteurs d’écran, zoom à 200 %). Si vous ne pouvez pas accéder à un contenu ou à un service, contactez-nous : une alternative vous sera proposée. Vous pouvez aussi saisir le Défenseur des droits.',
  accessibilityContact: 'accessibilite@demo.agora.test',
};
