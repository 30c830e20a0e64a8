import type { ProcessPhase, WorkCategory, WorkPhotoKind, WorkStatus } from '@agora/contracts';

/** Dictionary keys of the work statuses, in their order of progress. */
export const WORK_STATUS_LABELS: Record<WorkStatus, string> = {
  a_l_etude: 'works.status.a_l_etude',
  programme: 'works.status.programme',
  en_travaux: 'works.status.en_travaux',
  termine: 'works.status.termine',
  abandonne: 'works.status.abandonne',
};

export const WORK_CATEGORY_LABELS: Record<WorkCategory, string> = {
  voirie: 'works.category.voirie',
  eclairage: 'works.category.eclairage',
  espaces_verts: 'works.category.espaces_verts',
  ecole: 'works.category.ecole',
  sport: 'works.category.sport',
  culture: 'works.category.culture',
  proprete: 'works.category.proprete',
  mobilite: 'works.category.mobilite',
  batiment: 'works.category.batiment',
  autre: 'works.category.autre',
};

export const WORK_PHOTO_KIND_LABELS: Record<WorkPhotoKind, string> = {
  before: 'works.photo.before',
  after: 'works.photo.after',
  during: 'works.photo.during',
};

/** The phases of a prioritisation process, as residents read them. */
export const PROCESS_PHASE_LABELS: Record<ProcessPhase, string> = {
  draft: 'works.phase.draft',
  proposals: 'works.phase.proposals',
  assessment: 'works.phase.assessment',
  vote: 'works.phase.vote',
  results: 'works.phase.results',
  follow_up: 'works.phase.follow_up',
  closed: 'works.phase.closed',
};

/** The codes in the order above (the web imports only types from the contracts). */
export const WORK_STATUS_CODES = Object.keys(WORK_STATUS_LABELS) as WorkStatus[];
export const WORK_CATEGORY_CODES = Object.keys(WORK_CATEGORY_LABELS) as WorkCategory[];
export const WORK_PHOTO_KIND_CODES = Object.keys(WORK_PHOTO_KIND_LABELS) as WorkPhotoKind[];
