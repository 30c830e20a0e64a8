import type { TimelineEntry, WorkCategory, WorkPlace, WorkSource, WorkStatus, WorkSummary } from '@agora/contracts';

import { ChildProgress, parentProgress } from './work-progress.rule';

/** The columns every read of a work selects (dates as text: no time zone can shift them). */
export const WORK_COLUMNS = `w.id, w.territory_id, t.name AS territory_name, w.commune_id, w.title, w.description, w.category,
  w.status, w.status_reason, w.progress, w.estimated_cost_cents, w.estimated_duration_days, w.place,
  to_char(w.planned_start_on, 'YYYY-MM-DD') AS planned_start_on, to_char(w.planned_end_on, 'YYYY-MM-DD') AS planned_end_on,
  to_char(w.actual_start_on, 'YYYY-MM-DD') AS actual_start_on, to_char(w.actual_end_on, 'YYYY-MM-DD') AS actual_end_on,
  w.budget_line, w.amount_spent_cents, w.parent_id, w.source, w.source_proposal_id, w.source_ballot_project_id,
  w.source_process_id, sp.slug AS source_process_slug, w.updated_at,
  (SELECT json_agg(json_build_object('progress', c.progress, 'estimatedCostCents', c.estimated_cost_cents, 'status', c.status))
   FROM works c WHERE c.parent_id = w.id) AS children_progress`;

export const WORK_FROM = `works w JOIN territories t ON t.id = w.territory_id LEFT JOIN processes sp ON sp.id = w.source_process_id`;

export interface WorkRow {
  id: string;
  territory_id: string;
  territory_name: string;
  commune_id: string;
  title: string;
  description: string;
  category: WorkCategory;
  status: WorkStatus;
  status_reason: string | null;
  progress: number;
  estimated_cost_cents: string | null;
  estimated_duration_days: number | null;
  place: WorkPlace | null;
  planned_start_on: string | null;
  planned_end_on: string | null;
  actual_start_on: string | null;
  actual_end_on: string | null;
  budget_line: string | null;
  amount_spent_cents: string | null;
  parent_id: string | null;
  source: WorkSource;
  source_proposal_id: string | null;
  source_ballot_project_id: string | null;
  source_process_id: string | null;
  source_process_slug: string | null;
  updated_at: Date;
  children_progress: ChildProgress[] | null;
}

const cents = (value: string | null) => (value === null ? null : Number(value));

export function toWorkSummary(row: WorkRow): WorkSummary {
  const computed = parentProgress(row.children_progress ?? []);
  return {
    id: row.id,
    territoryId: row.territory_id,
    territoryName: row.territory_name,
    communeId: row.commune_id,
    title: row.title,
    category: row.category,
    status: row.status,
    statusReason: row.status_reason,
    progress: computed ?? row.progress,
    progressComputed: computed !== null,
    estimatedCostCents: cents(row.estimated_cost_cents),
    estimatedDurationDays: row.estimated_duration_days,
    place: row.place,
    plannedStartOn: row.planned_start_on,
    plannedEndOn: row.planned_end_on,
    actualStartOn: row.actual_start_on,
    actualEndOn: row.actual_end_on,
    budgetLine: row.budget_line,
    amountSpentCents: cents(row.amount_spent_cents),
    parentId: row.parent_id,
    childCount: row.children_progress?.length ?? 0,
    source: {
      kind: row.source,
      proposalId: row.source_proposal_id,
      ballotProjectId: row.source_ballot_project_id,
      processId: row.source_process_id,
      processSlug: row.source_process_slug,
    },
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface TimelineRow {
  id: string;
  occurred_on: string;
  text: string;
  status: WorkStatus | null;
  progress: number | null;
  created_at: Date;
  photos: Array<{ id: string; kind: TimelineEntry['photos'][number]['kind']; alt: string }> | null;
}

export const photoUrl = (photoId: string) => `/api/works/photos/${photoId}`;

export function toTimelineEntry(row: TimelineRow): TimelineEntry {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    text: row.text,
    status: row.status,
    progress: row.progress,
    photos: (row.photos ?? []).map((photo) => ({ ...photo, url: photoUrl(photo.id) })),
    createdAt: row.created_at.toISOString(),
  };
}

/** The work's public page on the web app (mails, open data). */
export const workPageUrl = (publicUrl: string, workId: string) => `${publicUrl}/travaux/${workId}`;
