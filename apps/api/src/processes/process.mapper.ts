import type { ManagedProcess, PhaseWindow, ProcessDetail, ProcessSummary } from '@agora/contracts';

import type { ProcessPhaseEntity } from './process-phase.entity';
import type { ProcessEntity } from './process.entity';
import { phaseOrder } from './phase.rule';

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
