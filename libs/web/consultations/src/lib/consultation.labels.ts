import type {
  ConsultationAudience,
  ConsultationOpenDataFile,
  ConsultationStatus,
  ResultsVisibility,
} from '@agora/contracts';

/** Status of a consultation as residents read it. */
export const STATUS_LABELS: Record<ConsultationStatus, string> = {
  draft: 'consultations.status.draft',
  published: 'consultations.status.published',
  closed: 'consultations.status.closed',
};

/** Who may answer, in plain French. */
export const AUDIENCE_LABELS: Record<ConsultationAudience, string> = {
  everyone: 'consultations.audience.everyone',
  quartiers: 'consultations.audience.quartiers',
  verified: 'consultations.audience.verified',
};

/** When results are shown, in plain French. */
export const VISIBILITY_LABELS: Record<ResultsVisibility, string> = {
  live: 'consultations.visibility.live',
  staff: 'consultations.visibility.staff',
  after_close: 'consultations.visibility.afterClose',
};

/** What each open-data file holds. */
export const FILE_LABELS: Record<ConsultationOpenDataFile['kind'], string> = {
  'answers-csv': 'consultations.openData.answersCsv',
  'answers-xlsx': 'consultations.openData.answersXlsx',
  'results-json': 'consultations.openData.resultsJson',
};
