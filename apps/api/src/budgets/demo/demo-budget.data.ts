import type { BallotKind, CountingRule } from '@agora/contracts';

/** The demo commune whose residents vote (its quartiers hold the quartier envelopes). */
export const DEMO_BUDGET_COMMUNE = 'beaulieu-sur-lierre';
export const DEMO_OPEN_SLUG = 'budget-participatif-2026-beaulieu';
export const DEMO_FINISHED_SLUG = 'budget-participatif-2025-beaulieu';
/** Ballots of the finished process, entered on paper at the town hall (one per generated resident). */
export const DEMO_FINISHED_VOTERS = 200;

export interface DemoProjectSpec {
  title: string;
  description: string;
  costEuros: number;
  category: string;
  /** The quartier (slug) where the place is; a city-wide project is placed in one quartier too. */
  quartierSlug: string;
  address: string;
  /** Where the point sits between the quartier's centre (0) and one of its vertices (1). */
  toward: { vertex: number; t: number };
  /** Colour of the generated picture (RGB). */
  colour: [number, number, number];
  /** Finished process only: how many of the generated voters like it (0–1). */
  appeal?: number;
}

export interface DemoEnvelopeSpec {
  /** null: the whole commune; otherwise a quartier slug. */
  quartierSlug: string | null;
  name: string;
  amountEuros: number;
  ballotKind: BallotKind;
  maxProjects: number | null;
  countingRule: CountingRule;
  projects: DemoProjectSpec[];
}

export interface DemoProcessSpec {
  slug: string;
  title: string;
  summary: string;
  descriptionHtml: string;
  envelopes: DemoEnvelopeSpec[];
}

const GREEN: [number, number, number] = [76, 140, 74];
const BLUE: [number, number, number] = [52, 101, 164];
const ORANGE: [number, number, number] = [214, 120, 40];
const PURPLE: [number, number, number] = [117, 80, 123];
const RED: [number, number, number] = [190, 60, 60];
const TEAL: [number, number, number] = [40, 140, 140];

const quartier = (slug: string, name: string, amountEuros: number, projects: DemoProjectSpec[]): DemoEnvelopeSpec => ({
  quartierSlug: slug,
  name: `Quartier ${name}`,
  amountEuros,
  ballotKind: 'approval',
  maxProjects: 2,
  countingRule: 'greedy',
  projects,
});

export const DEMO_OPEN_PROCESS: DemoProcessSpec = {
  slug: DEMO_OPEN_SLUG,
  title: 'Budget participatif 2026 — Beaulieu-sur-Lierre',
  summary: 'Votez pour les projets des habitants : 400 000 € pour toute la ville et 60 000 € par quartier.',
  descriptionHtml:
    '<p>Les habitants de Beaulieu-sur-Lierre ont déposé leurs idées au printemps ; les services de la ville les ont étudiées. ' +
    'Les projets réalisables sont maintenant soumis au vote.</p>' +
    '<ul><li><strong>Toute la ville</strong> : choisissez des projets jusqu’à 400 000 €.</li>' +
    '<li><strong>Votre quartier</strong> : choisissez jusqu’à deux projets.</li></ul>' +
    '<p>Vous pouvez aussi voter à l’accueil de la mairie, avec l’aide d’un agent.</p>',
  envelopes: [
    {
      quartierSlug: null,
      name: 'Toute la ville',
      amountEuros: 400_000,
      ballotKind: 'knapsack',
      maxProjects: null,
      countingRule: 'mes',
      projects: [
        { title: 'Une piste cyclable le long de la Lierre', description: 'Une voie cyclable séparée de 2,4 km entre la gare et le moulin, éclairée et ombragée.', costEuros: 180_000, category: 'Mobilités', quartierSlug: 'beaulieu-le-moulin', address: 'Quai de la Lierre', toward: { vertex: 1, t: 0.4 }, colour: BLUE },
        { title: 'Rénover la piscine municipale', description: 'Remplacer les vestiaires et rendre le bassin accessible aux personnes à mobilité réduite.', costEuros: 250_000, category: 'Sport', quartierSlug: 'beaulieu-les-coteaux', address: '4 avenue des Sports', toward: { vertex: 2, t: 0.3 }, colour: TEAL },
        { title: 'Mille arbres pour la ville', description: 'Planter mille arbres d’essences locales dans les rues, les cours d’école et les parcs.', costEuros: 120_000, category: 'Nature en ville', quartierSlug: 'beaulieu-les-tilleuls', address: 'Dans toute la ville', toward: { vertex: 0, t: 0.2 }, colour: GREEN },
        { title: 'Une recyclerie municipale', description: 'Un lieu pour déposer, réparer et revendre à petit prix meubles, vélos et objets du quotidien.', costEuros: 95_000, category: 'Environnement', quartierSlug: 'beaulieu-la-gare', address: '12 rue de l’Industrie', toward: { vertex: 2, t: 0.35 }, colour: ORANGE },
      ],
    },
    quartier('beaulieu-les-tilleuls', 'Les Tilleuls', 60_000, [
      { title: 'Une aire de jeux inclusive au square des Tilleuls', description: 'Des jeux accessibles aux enfants en fauteuil et un sol souple.', costEuros: 45_000, category: 'Enfance', quartierSlug: 'beaulieu-les-tilleuls', address: 'Square des Tilleuls', toward: { vertex: 1, t: 0.3 }, colour: ORANGE },
      { title: 'Des bancs et de l’ombre rue des Écoles', description: 'Dix bancs et six arbres pour s’arrêter sur le chemin de l’école.', costEuros: 18_000, category: 'Espace public', quartierSlug: 'beaulieu-les-tilleuls', address: 'Rue des Écoles', toward: { vertex: 2, t: 0.3 }, colour: GREEN },
      { title: 'Une boîte à livres devant la médiathèque', description: 'Une boîte à livres en bois, fabriquée par le lycée professionnel.', costEuros: 4_000, category: 'Culture', quartierSlug: 'beaulieu-les-tilleuls', address: '3 place de la Médiathèque', toward: { vertex: 3, t: 0.3 }, colour: PURPLE },
    ]),
    quartier('beaulieu-le-moulin', 'Le Moulin', 60_000, [
      { title: 'Des jardins partagés près du moulin', description: 'Trente parcelles, un récupérateur d’eau de pluie et un abri à outils.', costEuros: 35_000, category: 'Nature en ville', quartierSlug: 'beaulieu-le-moulin', address: 'Chemin du Moulin', toward: { vertex: 2, t: 0.3 }, colour: GREEN },
      { title: 'Sécuriser le passage piéton de la rue Haute', description: 'Un plateau surélevé et un éclairage renforcé devant l’arrêt de bus.', costEuros: 28_000, category: 'Mobilités', quartierSlug: 'beaulieu-le-moulin', address: 'Rue Haute, arrêt Moulin', toward: { vertex: 3, t: 0.3 }, colour: RED },
      { title: 'Un terrain de pétanque éclairé', description: 'Un boulodrome de quatre pistes avec éclairage et deux bancs.', costEuros: 15_000, category: 'Sport', quartierSlug: 'beaulieu-le-moulin', address: 'Allée des Meuniers', toward: { vertex: 0, t: 0.3 }, colour: TEAL },
    ]),
    quartier('beaulieu-les-coteaux', 'Les Coteaux', 60_000, [
      { title: 'Un sentier de découverte des coteaux', description: 'Un sentier balisé de 3 km avec des panneaux sur la faune et la flore.', costEuros: 22_000, category: 'Nature en ville', quartierSlug: 'beaulieu-les-coteaux', address: 'Départ rue des Vignes', toward: { vertex: 1, t: 0.3 }, colour: GREEN },
      { title: 'Un abri vélo sécurisé à l’école des Coteaux', description: 'Un abri fermé de vingt places pour les élèves et les parents.', costEuros: 16_000, category: 'Mobilités', quartierSlug: 'beaulieu-les-coteaux', address: '8 rue des Vignes', toward: { vertex: 2, t: 0.3 }, colour: BLUE },
      { title: 'Une fresque sur le mur du gymnase', description: 'Une fresque peinte avec les jeunes du quartier et un artiste local.', costEuros: 9_000, category: 'Culture', quartierSlug: 'beaulieu-les-coteaux', address: 'Gymnase des Coteaux', toward: { vertex: 3, t: 0.3 }, colour: PURPLE },
    ]),
    quartier('beaulieu-la-gare', 'La Gare', 60_000, [
      { title: 'Un parvis végétalisé devant la gare', description: 'Remplacer une partie du bitume par des massifs et des bancs.', costEuros: 50_000, category: 'Espace public', quartierSlug: 'beaulieu-la-gare', address: 'Place de la Gare', toward: { vertex: 1, t: 0.3 }, colour: GREEN },
      { title: 'Des toilettes publiques accessibles', description: 'Des toilettes gratuites, accessibles et nettoyées chaque jour.', costEuros: 40_000, category: 'Espace public', quartierSlug: 'beaulieu-la-gare', address: 'Rue de la Gare', toward: { vertex: 3, t: 0.3 }, colour: BLUE },
      { title: 'Une fête de quartier chaque été', description: 'Trois éditions d’une fête avec scène, associations et repas partagé.', costEuros: 12_000, category: 'Vie de quartier', quartierSlug: 'beaulieu-la-gare', address: 'Parc de la Gare', toward: { vertex: 0, t: 0.3 }, colour: ORANGE },
    ]),
  ],
};

export const DEMO_FINISHED_PROCESS: DemoProcessSpec = {
  slug: DEMO_FINISHED_SLUG,
  title: 'Budget participatif 2025 — Beaulieu-sur-Lierre',
  summary: 'Le premier budget participatif de la ville : les résultats sont publiés.',
  descriptionHtml:
    '<p>En 2025, les habitants ont voté pour 300 000 € de projets dans toute la ville et 40 000 € par quartier. ' +
    'Les bulletins ont été déposés à la mairie et comptés selon la méthode des parts égales.</p>',
  envelopes: [
    {
      quartierSlug: null,
      name: 'Toute la ville',
      amountEuros: 300_000,
      ballotKind: 'knapsack',
      maxProjects: null,
      countingRule: 'mes',
      projects: [
        { title: 'Éclairage LED dans les rues', description: 'Remplacer 400 lampadaires par des LED, avec extinction de 1 h à 5 h.', costEuros: 150_000, category: 'Environnement', quartierSlug: 'beaulieu-les-tilleuls', address: 'Dans toute la ville', toward: { vertex: 1, t: 0.2 }, colour: ORANGE, appeal: 0.55 },
        { title: 'Un skatepark au parc des Sports', description: 'Un skatepark en béton de 600 m², conçu avec les jeunes.', costEuros: 140_000, category: 'Sport', quartierSlug: 'beaulieu-les-coteaux', address: 'Parc des Sports', toward: { vertex: 1, t: 0.35 }, colour: TEAL, appeal: 0.35 },
        { title: 'Des fontaines à eau dans les parcs', description: 'Huit fontaines à eau potable dans les parcs et sur les places.', costEuros: 60_000, category: 'Espace public', quartierSlug: 'beaulieu-le-moulin', address: 'Parcs de la ville', toward: { vertex: 1, t: 0.25 }, colour: BLUE, appeal: 0.5 },
        { title: 'Une navette gratuite le samedi', description: 'Une navette électrique entre les quartiers et le marché, le samedi matin.', costEuros: 90_000, category: 'Mobilités', quartierSlug: 'beaulieu-la-gare', address: 'Place du Marché', toward: { vertex: 1, t: 0.25 }, colour: RED, appeal: 0.3 },
      ],
    },
    quartier('beaulieu-les-tilleuls', 'Les Tilleuls', 40_000, [
      { title: 'Un composteur collectif', description: 'Trois bacs de compost partagés au pied des immeubles.', costEuros: 6_000, category: 'Environnement', quartierSlug: 'beaulieu-les-tilleuls', address: 'Résidence des Tilleuls', toward: { vertex: 2, t: 0.4 }, colour: GREEN, appeal: 0.6 },
      { title: 'Un city-stade', description: 'Un terrain multisport clôturé ouvert à tous.', costEuros: 35_000, category: 'Sport', quartierSlug: 'beaulieu-les-tilleuls', address: 'Rue des Tilleuls', toward: { vertex: 3, t: 0.4 }, colour: TEAL, appeal: 0.45 },
    ]),
    quartier('beaulieu-le-moulin', 'Le Moulin', 40_000, [
      { title: 'Un ponton de pêche accessible', description: 'Un ponton sur la Lierre accessible aux personnes en fauteuil.', costEuros: 25_000, category: 'Nature en ville', quartierSlug: 'beaulieu-le-moulin', address: 'Berges du Moulin', toward: { vertex: 2, t: 0.4 }, colour: BLUE, appeal: 0.5 },
      { title: 'Des bacs à fleurs rue du Moulin', description: 'Vingt bacs fleuris entretenus avec les habitants.', costEuros: 8_000, category: 'Espace public', quartierSlug: 'beaulieu-le-moulin', address: 'Rue du Moulin', toward: { vertex: 3, t: 0.4 }, colour: GREEN, appeal: 0.4 },
    ]),
    quartier('beaulieu-les-coteaux', 'Les Coteaux', 40_000, [
      { title: 'Un verger partagé', description: 'Quarante arbres fruitiers sur l’ancien terrain vague.', costEuros: 14_000, category: 'Nature en ville', quartierSlug: 'beaulieu-les-coteaux', address: 'Rue des Vergers', toward: { vertex: 2, t: 0.4 }, colour: GREEN, appeal: 0.55 },
      { title: 'Un local pour les associations', description: 'Aménager une salle de l’ancienne école pour les associations.', costEuros: 30_000, category: 'Vie de quartier', quartierSlug: 'beaulieu-les-coteaux', address: 'Ancienne école des Coteaux', toward: { vertex: 3, t: 0.4 }, colour: PURPLE, appeal: 0.4 },
    ]),
    quartier('beaulieu-la-gare', 'La Gare', 40_000, [
      { title: 'Un parking vélo à la gare', description: 'Cinquante arceaux couverts devant la gare.', costEuros: 20_000, category: 'Mobilités', quartierSlug: 'beaulieu-la-gare', address: 'Place de la Gare', toward: { vertex: 2, t: 0.4 }, colour: BLUE, appeal: 0.6 },
      { title: 'Des ateliers numériques', description: 'Deux ans d’ateliers pour apprendre à se servir d’un ordinateur et des démarches en ligne.', costEuros: 15_000, category: 'Solidarité', quartierSlug: 'beaulieu-la-gare', address: 'Maison de quartier de la Gare', toward: { vertex: 3, t: 0.4 }, colour: ORANGE, appeal: 0.35 },
    ]),
  ],
};
