import type { ItemType } from '@agora/consultation-rules';

/** The name of each item type, as the builder and the results show it. */
export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  'short-text': 'consultations.type.shortText',
  'long-text': 'consultations.type.longText',
  'single-choice': 'consultations.type.singleChoice',
  'multiple-choice': 'consultations.type.multipleChoice',
  dropdown: 'consultations.type.dropdown',
  'linear-scale': 'consultations.type.linearScale',
  rating: 'consultations.type.rating',
  ranking: 'consultations.type.ranking',
  matrix: 'consultations.type.matrix',
  number: 'consultations.type.number',
  date: 'consultations.type.date',
  'map-point': 'consultations.type.mapPoint',
  'yes-no': 'consultations.type.yesNo',
  section: 'consultations.type.section',
  'help-text': 'consultations.type.helpText',
};
