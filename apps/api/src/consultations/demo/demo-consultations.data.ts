import type { ConsultationDefinition, GeoBoundary } from '@agora/consultation-rules';

export const DEMO_CONSULTATION_COMMUNE = 'beaulieu-sur-lierre';
export const DEMO_HALL_SLUG = 'renovation-halle-du-marche';
export const DEMO_STREET_SLUG = 'sens-de-circulation-rue-des-ecoles';
export const DEMO_HALL_RESPONSES = 300;
export const DEMO_STREET_RESPONSES = 120;

const option = (id: string, fr: string, en: string) => ({ id, label: { fr, en } });

/** "Rénovation de la halle du marché": ten questions, one of each main type, two with conditions. */
export function hallDefinition(commune: GeoBoundary): ConsultationDefinition {
  return {
    questions: [
      { id: 'habitudes', type: 'section', title: { fr: 'Vos habitudes', en: 'Your habits' } },
      {
        id: 'frequence',
        type: 'single-choice',
        required: true,
        title: {
          fr: 'À quelle fréquence venez-vous au marché couvert ?',
          en: 'How often do you come to the covered market?',
        },
        options: [
          option('semaine', 'Chaque semaine', 'Every week'),
          option('mois', 'Chaque mois', 'Every month'),
          option('rarement', 'Rarement', 'Rarely'),
          option('jamais', 'Jamais', 'Never'),
        ],
      },
      {
        id: 'freins',
        type: 'multiple-choice',
        title: {
          fr: 'Qu’est-ce qui vous empêche de venir plus souvent ?',
          en: 'What keeps you from coming more often?',
        },
        options: [
          option('horaires', 'Les horaires', 'The opening hours'),
          option('stationnement', 'Le stationnement', 'Parking'),
          option('offre', 'Le choix de produits', 'The choice of products'),
          option('confort', 'Le confort de la halle (froid, bruit)', 'Comfort in the hall (cold, noise)'),
        ],
        maxSelections: 3,
        allowOther: true,
        condition: {
          any: [
            { questionId: 'frequence', operator: 'equals', value: 'rarement' },
            { questionId: 'frequence', operator: 'equals', value: 'jamais' },
          ],
        },
      },
      {
        id: 'satisfaction',
        type: 'linear-scale',
        required: true,
        title: { fr: 'La halle actuelle vous convient-elle ?', en: 'Does the current hall suit you?' },
        min: 1,
        max: 5,
        minLabel: { fr: 'Pas du tout', en: 'Not at all' },
        maxLabel: { fr: 'Tout à fait', en: 'Completely' },
      },
      {
        id: 'projet',
        type: 'section',
        title: { fr: 'Le projet de rénovation', en: 'The renovation project' },
      },
      {
        id: 'help-projet',
        type: 'help-text',
        text: {
          fr: 'La commune prévoit 1,2 million d’euros de travaux en 2027. Vos réponses aideront les élus à choisir ce qui passe en premier.',
          en: 'The town plans €1.2 million of works in 2027. Your answers will help the council choose what comes first.',
        },
      },
      {
        id: 'priorites',
        type: 'ranking',
        required: true,
        title: {
          fr: 'Classez ces travaux, du plus important au moins important',
          en: 'Rank these works, most important first',
        },
        items: [
          option('toiture', 'Refaire la toiture et l’isolation', 'New roof and insulation'),
          option('sanitaires', 'Des toilettes publiques', 'Public toilets'),
          option('eclairage', 'Un meilleur éclairage', 'Better lighting'),
          option('terrasse', 'Une terrasse pour manger sur place', 'A terrace to eat on site'),
        ],
      },
      {
        id: 'ouverture',
        type: 'matrix',
        title: { fr: 'Viendriez-vous à ces moments ?', en: 'Would you come at these times?' },
        rows: [
          option('mardi-soir', 'Mardi soir', 'Tuesday evening'),
          option('samedi-matin', 'Samedi matin', 'Saturday morning'),
          option('dimanche-matin', 'Dimanche matin', 'Sunday morning'),
        ],
        columns: [
          option('oui', 'Oui', 'Yes'),
          option('peut-etre', 'Peut-être', 'Maybe'),
          option('non', 'Non', 'No'),
        ],
        selection: 'single',
      },
      {
        id: 'garder-structure',
        type: 'yes-no',
        required: true,
        title: {
          fr: 'Faut-il garder la charpente métallique d’origine ?',
          en: 'Should the original iron frame be kept?',
        },
      },
      {
        id: 'producteurs',
        type: 'number',
        title: {
          fr: 'Combien d’étals de producteurs locaux souhaiteriez-vous ?',
          en: 'How many local producers’ stalls would you like?',
        },
        min: 0,
        max: 40,
        step: 1,
        unit: { fr: 'étals', en: 'stalls' },
      },
      {
        id: 'note-proprete',
        type: 'rating',
        title: {
          fr: 'Quelle note donnez-vous à la propreté autour de la halle ?',
          en: 'How do you rate cleanliness around the hall?',
        },
        stars: 5,
      },
      {
        id: 'parking-velo',
        type: 'map-point',
        title: { fr: 'Où installer un parking à vélos ?', en: 'Where should a bike park go?' },
        description: {
          fr: 'Touchez la carte, ou utilisez les flèches du clavier.',
          en: 'Tap the map, or use the arrow keys.',
        },
        boundary: commune,
      },
      {
        id: 'idees',
        type: 'long-text',
        title: { fr: 'Une idée, une remarque ?', en: 'An idea, a remark?' },
        maxLength: 2000,
        condition: { questionId: 'satisfaction', operator: 'lte', value: 3 },
      },
    ],
  };
}

/** The closed consultation: a one-way street near the schools. */
export function streetDefinition(): ConsultationDefinition {
  return {
    questions: [
      {
        id: 'sens-unique',
        type: 'yes-no',
        required: true,
        title: {
          fr: 'Êtes-vous favorable à la mise en sens unique de la rue des Écoles ?',
          en: 'Are you in favour of making rue des Écoles one-way?',
        },
      },
      {
        id: 'sens',
        type: 'single-choice',
        title: { fr: 'Dans quel sens ?', en: 'In which direction?' },
        options: [
          option('nord', 'Vers la place de la Mairie', 'Towards the town hall square'),
          option('sud', 'Vers l’avenue de la Gare', 'Towards the station avenue'),
        ],
        condition: { questionId: 'sens-unique', operator: 'equals', value: true },
      },
      {
        id: 'securite',
        type: 'linear-scale',
        required: true,
        title: {
          fr: 'Les abords des écoles vous semblent-ils sûrs ?',
          en: 'Do the school surroundings feel safe?',
        },
        min: 1,
        max: 5,
        minLabel: { fr: 'Pas du tout', en: 'Not at all' },
        maxLabel: { fr: 'Tout à fait', en: 'Completely' },
      },
      {
        id: 'remarque',
        type: 'short-text',
        title: { fr: 'Une remarque ?', en: 'A remark?' },
        maxLength: 300,
      },
    ],
  };
}

export const DEMO_HALL_CONTEXT = `<p>La halle du marché date de 1912. Sa toiture fuit, elle est froide l’hiver et n’a pas de toilettes.</p>
<p>Avant de lancer les travaux, la commune veut savoir comment vous utilisez la halle et ce qui compte le plus pour vous.</p>
<h2>Calendrier</h2><ul><li>Consultation : jusqu’à la fin du mois prochain</li><li>Conclusions : publiées ici un mois après la clôture</li></ul>`;

export const DEMO_STREET_CONTEXT = `<p>Aux heures d’entrée et de sortie des écoles, la rue des Écoles est saturée. La commune a proposé de la passer en sens unique.</p>`;

export const DEMO_STREET_CONCLUSIONS = {
  retainedHtml: `<p>Une large majorité des répondants est favorable au sens unique, surtout vers la place de la Mairie. Beaucoup jugent les abords des écoles peu sûrs.</p>`,
  decisionsHtml: `<ul><li>La rue des Écoles passe en sens unique vers la place de la Mairie à la rentrée.</li><li>Un plateau ralentisseur sera installé devant l’école Jules-Ferry.</li></ul>`,
};

const SHORT_REMARKS = [
  'Plus de passages piétons',
  'Attention aux vélos',
  'Bonne idée',
  'Il faut des arceaux vélo',
  'Trop de voitures le matin',
  '',
];
const HALL_IDEAS = [
  'Un coin café avec quelques tables serait bienvenu.',
  'Ouvrir le mercredi après-midi pour les familles.',
  'Des bancs à l’ombre autour de la halle.',
  'Garder le caractère ancien, c’est ce qui fait son charme.',
  'Mieux chauffer l’hiver, les commerçants ont froid.',
  'Un marché de producteurs le vendredi soir.',
];

/** A small deterministic generator: the demo answers are the same at every fresh start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[], weights?: readonly number[]): T {
  const w = weights ?? items.map(() => 1);
  let r = random() * w.reduce((a, b) => a + b, 0);
  for (const [i, item] of items.entries()) {
    r -= w[i];
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One plausible set of answers to the hall consultation; `point` places the bike park inside the commune. */
export function hallAnswers(
  random: () => number,
  point: () => { lng: number; lat: number },
): Record<string, unknown> {
  const frequence = pick(random, ['semaine', 'mois', 'rarement', 'jamais'], [4, 3, 2, 1]);
  const satisfaction = pick(random, [1, 2, 3, 4, 5], [2, 3, 4, 3, 1]);
  const answers: Record<string, unknown> = {
    frequence: { optionId: frequence },
    satisfaction,
    priorites:
      random() < 0.6
        ? ['toiture', ...shuffled(random, ['sanitaires', 'eclairage', 'terrasse'])]
        : shuffled(random, ['toiture', 'sanitaires', 'eclairage', 'terrasse']),
    'garder-structure': random() < 0.78,
  };
  if (frequence === 'rarement' || frequence === 'jamais') {
    const chosen = shuffled(random, ['horaires', 'stationnement', 'offre', 'confort']).slice(
      0,
      1 + Math.floor(random() * 2),
    );
    answers['freins'] =
      random() < 0.1
        ? { optionIds: chosen, other: 'Je travaille aux heures du marché' }
        : { optionIds: chosen };
  }
  if (random() < 0.85) {
    answers['ouverture'] = {
      'mardi-soir': [pick(random, ['oui', 'peut-etre', 'non'], [3, 3, 2])],
      'samedi-matin': [pick(random, ['oui', 'peut-etre', 'non'], [6, 2, 1])],
      'dimanche-matin': [pick(random, ['oui', 'peut-etre', 'non'], [3, 2, 3])],
    };
  }
  if (random() < 0.7) answers['producteurs'] = Math.round(5 + random() * 20);
  if (random() < 0.8) answers['note-proprete'] = pick(random, [1, 2, 3, 4, 5], [1, 2, 4, 3, 1]);
  if (random() < 0.55) answers['parking-velo'] = point();
  if (satisfaction <= 3 && random() < 0.5) answers['idees'] = pick(random, HALL_IDEAS);
  return answers;
}

export function streetAnswers(random: () => number): Record<string, unknown> {
  const yes = random() < 0.72;
  const answers: Record<string, unknown> = {
    'sens-unique': yes,
    securite: pick(random, [1, 2, 3, 4, 5], [3, 4, 3, 2, 1]),
  };
  if (yes) answers['sens'] = { optionId: random() < 0.7 ? 'nord' : 'sud' };
  const remark = pick(random, SHORT_REMARKS);
  if (remark) answers['remarque'] = remark;
  return answers;
}
