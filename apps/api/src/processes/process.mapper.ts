import { types } from 'pg';

import type { ManagedProcess, PhaseWindow, ProcessDetail, ProcessKind, ProcessPhase, ProcessSummary } from '@agora/contracts';

import type { ProcessPhaseEntity } from './process-phase.entity';
import { ProcessEntity } from './process.entity';
import { phaseOrder } from './phase.rule';

/**
 * A timestamptz carried inside a JSON column as `ts::text` (PostgreSQL's text form), read by the very
 * parser `pg` uses for a timestamptz column: the same Date, to the millisecond, as the column would give.
 */
export function timestampFromText(text: string): Date;
export function timestampFromText(text: string | null): Date | null;
export function timestampFromText(text: string | null): Date | null {
  return text === null ? null : (types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (value: string) => Date)(text);
}

/** The columns of a process row (alias `p`) that {@link processFromRow} reads. */
export const PROCESS_COLUMNS = `p.id, p.territory_id, p.kind, p.slug, p.title, p.summary, p.description_html, p.image_path, p.phase,
  p.created_by, p.created_at, p.updated_at`;

export interface ProcessRow {
  id: string;
  territory_id: string;
  kind: ProcessKind;
  slug: string;
  title: string;
  summary: string;
  description_html: string;
  image_path: string | null;
  phase: ProcessPhase;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The entity from a plain SQL row, as TypeORM would have built it. */
export function processFromRow(row: ProcessRow): ProcessEntity {
  return Object.assign(new ProcessEntity(), {
    id: row.id,
    territoryId: row.territory_id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    descriptionHtml: row.description_html,
    imagePath: row.image_path,
    phase: row.phase,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The schedule of the process `p` as a JSON array, for {@link phasesFromJson}. */
export const PHASES_JSON = `(SELECT coalesce(json_agg(json_build_object('phase', w.phase, 'startsAt', w.starts_at::text, 'endsAt', w.ends_at::text)), '[]'::json)
  FROM process_phases w WHERE w.process_id = p.id)`;

export function phasesFromJson(
  processId: string,
  json: Array<{ phase: ProcessPhaseEntity['phase']; startsAt: string; endsAt: string | null }>,
): ProcessPhaseEntity[] {
  return json.map((window) => ({
    processId,
    phase: window.phase,
    startsAt: timestampFromText(window.startsAt),
    endsAt: timestampFromText(window.endsAt),
  }));
}

export function toProcessSummary(process: ProcessEntity, territoryName: string): ProcessSummary {
  return {
    id: process.id,
    territoryId: process.territoryId,
    territoryName,
    kind: process.kind,
    slug: process.slug,
    title: process.title,
    summary: process.summary,
    imagePath: process.imagePath,
    phase: process.phase,
  };
}

export function toProcessDetail(process: ProcessEntity, territoryName: string, phases: ProcessPhaseEntity[]): ProcessDetail {
  const schedule = toPhaseWindows(phases);
  return {
    ...toProcessSummary(process, territoryName),
    descriptionHtml: process.descriptionHtml,
    schedule,
    createdAt: process.createdAt.toISOString(),
    updatedAt: process.updatedAt.toISOString(),
  };
}

function toPhaseWindows(phases: ProcessPhaseEntity[]): PhaseWindow[] {
  return [...phases]
    .sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase))
    .map((window) => ({ phase: window.phase, startsAt: window.startsAt.toISOString(), endsAt: window.endsAt?.toISOString() ?? null }));
}

export function toManagedProcess(process: ProcessEntity, territoryName: string, role: ManagedProcess['role'], phases: ProcessPhaseEntity[]): ManagedProcess {
  return {
    ...toProcessSummary(process, territoryName),
    role,
    nextPhase: toPhaseWindows(phases).find((window) => phaseOrder(window.phase) > phaseOrder(process.phase)) ?? null,
    updatedAt: process.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a process (the description can be long: its length only). */
export function processAuditSnapshot(process: ProcessEntity) {
  return {
    slug: process.slug,
    title: process.title,
    summary: process.summary,
    descriptionLength: process.descriptionHtml.length,
    imagePath: process.imagePath,
    phase: process.phase,
  };
}
