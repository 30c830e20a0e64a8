// Hand-made consultation used by the specs: "Rénovation de la halle du marché", one question of
// every type. Not exported from the library.
import type { GeoBoundary } from '../geo/geo.model';
import type {
  ConsultationDefinition,
  ConsultationItem,
  DateQuestion,
  DropdownQuestion,
  HelpTextItem,
  LinearScaleQuestion,
  LongTextQuestion,
  MapPointQuestion,
  MatrixQuestion,
  MultipleChoiceQuestion,
  NumberQuestion,
  RankingQuestion,
  RatingQuestion,
  SectionItem,
  ShortTextQuestion,
  SingleChoiceQuestion,
  YesNoQuestion,
} from '../question/question.model';

/** A 10 × 10 square with a 2 × 2 hole in the middle (the market hall itself). */
// prettier-ignore
export const squareWithHole: GeoBoundary = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
  ],
};

export const section: SectionItem = {
  id: 'habits',
  type: 'section',
  title: { fr: 'Vos habitudes', en: 'Your habits' },
};

export const help: HelpTextItem = {
  id: 'about',
  type: 'help-text',
  text: { fr: 'La halle ouvre le mardi et le samedi.' },
};

export const frequency: SingleChoiceQuestion = {
  id: 'frequency',
  type: 'single-choice',
  title: { fr: 'Venez-vous au marché ?', en: 'Do you come to the market?' },
  required: true,
  options: [
    { id: 'weekly', label: { fr: 'Chaque semaine' } },
    { id: 'monthly', label: { fr: 'Chaque mois' } },
    { id: 'rarely', label: { fr: 'Rarement' } },
  ],
  allowOther: true,
};

export const products: MultipleChoiceQuestion = {
  id: 'products',
  type: 'multiple-choice',
  title: { fr: 'Qu’achetez-vous ?' },
  options: [
    { id: 'fruit', label: { fr: 'Fruits et légumes' } },
    { id: 'fish', label: { fr: 'Poisson' } },
    { id: 'cheese', label: { fr: 'Fromage' } },
    { id: 'bread', label: { fr: 'Pain' } },
  ],
  minSelections: 1,
  maxSelections: 2,
  allowOther: true,
};

export const district: DropdownQuestion = {
  id: 'district',
  type: 'dropdown',
  title: { fr: 'Votre quartier' },
  options: [
    { id: 'north', label: { fr: 'Nord' } },
    { id: 'south', label: { fr: 'Sud' } },
  ],
};

export const satisfaction: LinearScaleQuestion = {
  id: 'satisfaction',
  type: 'linear-scale',
  title: { fr: 'Êtes-vous satisfait de la halle ?' },
  required: true,
  min: 1,
  max: 5,
  minLabel: { fr: 'Pas du tout' },
  maxLabel: { fr: 'Tout à fait' },
};

export const stars: RatingQuestion = {
  id: 'stars',
  type: 'rating',
  title: { fr: 'Notez la propreté' },
  stars: 5,
};

export const priorities: RankingQuestion = {
  id: 'priorities',
  type: 'ranking',
  title: { fr: 'Classez les travaux' },
  items: [
    { id: 'roof', label: { fr: 'Toiture' } },
    { id: 'toilets', label: { fr: 'Toilettes' } },
    { id: 'parking', label: { fr: 'Parking vélos' } },
  ],
};

export const topTwo: RankingQuestion = {
  id: 'top-two',
  type: 'ranking',
  title: { fr: 'Vos deux commerces préférés' },
  items: [
    { id: 'butcher', label: { fr: 'Boucherie' } },
    { id: 'baker', label: { fr: 'Boulangerie' } },
    { id: 'florist', label: { fr: 'Fleuriste' } },
    { id: 'cafe', label: { fr: 'Café' } },
  ],
  topK: 2,
};

export const opening: MatrixQuestion = {
  id: 'opening',
  type: 'matrix',
  title: { fr: 'Quand viendriez-vous ?' },
  required: true,
  selection: 'single',
  rows: [
    { id: 'morning', label: { fr: 'Le matin' } },
    { id: 'evening', label: { fr: 'Le soir' } },
  ],
  columns: [
    { id: 'yes', label: { fr: 'Oui' } },
    { id: 'maybe', label: { fr: 'Peut-être' } },
    { id: 'no', label: { fr: 'Non' } },
  ],
};

export const services: MatrixQuestion = {
  id: 'services',
  type: 'matrix',
  title: { fr: 'Quels services, quel jour ?' },
  selection: 'multiple',
  rows: [
    { id: 'tuesday', label: { fr: 'Mardi' } },
    { id: 'saturday', label: { fr: 'Samedi' } },
  ],
  columns: [
    { id: 'delivery', label: { fr: 'Livraison' } },
    { id: 'lockers', label: { fr: 'Casiers' } },
  ],
};

export const budget: NumberQuestion = {
  id: 'budget',
  type: 'number',
  title: { fr: 'Combien dépensez-vous par visite ?' },
  min: 0,
  max: 100,
  step: 0.5,
  unit: { fr: '€' },
};

export const visits: NumberQuestion = {
  id: 'visits',
  type: 'number',
  title: { fr: 'Visites par mois' },
  min: 0,
  max: 20,
  step: 1,
};

export const reopening: DateQuestion = {
  id: 'reopening',
  type: 'date',
  title: { fr: 'Date de réouverture souhaitée' },
  min: '2025-01-01',
  max: '2025-12-31',
};

export const place: MapPointQuestion = {
  id: 'place',
  type: 'map-point',
  title: { fr: 'Où garer les vélos ?' },
  boundary: squareWithHole,
};

export const keepHall: YesNoQuestion = {
  id: 'keep-hall',
  type: 'yes-no',
  title: { fr: 'Garder la halle ?' },
  required: true,
};

export const why: LongTextQuestion = {
  id: 'why',
  type: 'long-text',
  title: { fr: 'Pourquoi ?' },
  required: true,
  condition: { questionId: 'keep-hall', operator: 'equals', value: false },
};

export const nickname: ShortTextQuestion = {
  id: 'nickname',
  type: 'short-text',
  title: { fr: 'Un mot ?' },
  maxLength: 50,
};

/** Wraps items into a definition. */
export function definitionOf(...questions: ConsultationItem[]): ConsultationDefinition {
  return { questions };
}

/** Every question type, plus a section title, a help text and a condition. */
export const hallDefinition: ConsultationDefinition = definitionOf(
  section,
  help,
  frequency,
  products,
  district,
  satisfaction,
  stars,
  priorities,
  topTwo,
  opening,
  services,
  budget,
  visits,
  reopening,
  place,
  keepHall,
  why,
  nickname,
);

/** A complete, valid set of answers to {@link hallDefinition} (keep-hall = Oui, so "why" is hidden). */
export const hallAnswers = {
  frequency: { optionId: 'weekly' },
  products: { optionIds: ['fish', 'fruit'] },
  district: { optionId: 'north' },
  satisfaction: 4,
  stars: 5,
  priorities: ['toilets', 'roof', 'parking'],
  'top-two': ['baker', 'cafe'],
  opening: { morning: ['yes'], evening: ['no'] },
  services: { saturday: ['lockers', 'delivery'] },
  budget: 12.5,
  visits: 4,
  reopening: '2025-06-15',
  place: { lng: 2, lat: 3 },
  'keep-hall': true,
  nickname: '  Vive la halle  ',
};
