import { IsIn } from 'class-validator';

/**
 * A single-use link to a file holding personal data: GET `url` once, within five minutes (then 410).
 * Created by POST /api/me/export-link or POST /api/staff/consultations/:id/export-link.
 */
export interface DownloadLink {
  /** Path under the API's origin, e.g. `/api/downloads/<secret>`. */
  url: string;
  /** ISO 8601: the link stops working then. */
  expiresAt: string;
}

export const CONSULTATION_EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ConsultationExportFormat = (typeof CONSULTATION_EXPORT_FORMATS)[number];

/** POST /api/staff/consultations/:id/export-link: which export the link gives. */
export class ConsultationExportLinkRequest {
  @IsIn(CONSULTATION_EXPORT_FORMATS)
  format!: ConsultationExportFormat;
}
