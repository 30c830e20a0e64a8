import { PROCESS_PHASES, ProcessPhase, ScheduledPhase } from '@agora/contracts';

export interface ScheduleWindow {
  phase: ScheduledPhase;
  startsAt: Date;
  endsAt: Date | null;
}

export function phaseOrder(phase: ProcessPhase): number {
  return PROCESS_PHASES.indexOf(phase);
}

/**
 * The phase a process should be in at `now` according to its schedule, or null to stay where it is.
 * Dates only move a process forward: a phase opened by hand early is never undone by the calendar.
 */
export function phaseDueAt(current: ProcessPhase, schedule: readonly ScheduleWindow[], now: Date): ProcessPhase | null {
  let due: ProcessPhase | null = null;
  for (const window of schedule) {
    if (window.startsAt.getTime() > now.getTime()) continue;
    if (due === null || phaseOrder(window.phase) > phaseOrder(due)) due = window.phase;
  }
  return due !== null && phaseOrder(due) > phaseOrder(current) ? due : null;
}

/** Problems of a schedule: a phase twice, or dates not following the order of the phases. */
export function scheduleProblem(schedule: readonly ScheduleWindow[]): { duplicate: string } | 'order' | null {
  const seen = new Set<string>();
  for (const window of schedule) {
    if (seen.has(window.phase)) return { duplicate: window.phase };
    seen.add(window.phase);
    if (window.endsAt && window.endsAt.getTime() <= window.startsAt.getTime()) return 'order';
  }
  const sorted = [...schedule].sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startsAt.getTime() < sorted[i - 1].startsAt.getTime()) return 'order';
  }
  return null;
}
