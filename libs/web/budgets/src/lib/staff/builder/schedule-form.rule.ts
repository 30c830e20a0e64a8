import type { PhaseWindow, PhaseWindowInput, ScheduledPhase } from '@agora/contracts';

/** SCHEDULED_PHASES of the contracts, repeated as a type-checked list: the contracts' values need decorators at load time. */
export const DATED_PHASES: readonly ScheduledPhase[] = ['proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed'];

/** One line of the calendar form: the first and last day of a phase, as `<input type="date">` gives them. */
export interface PhaseDates {
  phase: ScheduledPhase;
  /** YYYY-MM-DD or '' when the phase has no date. */
  start: string;
  /** Last day of the phase (inclusive), YYYY-MM-DD or ''. */
  end: string;
}

export type ScheduleProblem =
  | { phase: ScheduledPhase; key: 'endWithoutStart' | 'endBeforeStart' | 'badDate' }
  | { phase: ScheduledPhase; key: 'beforePrevious'; previous: ScheduledPhase };

export type ScheduleCheck = { ok: true; schedule: PhaseWindowInput[] } | { ok: false; problems: ScheduleProblem[] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A moment of a day in the browser's time zone (the town hall's): midnight, or the day's last second. */
function momentOf(text: string, at: 'start' | 'end'): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  // 2026-02-30 would roll over to March: refuse a day the calendar does not have.
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null;
  if (at === 'end') date.setHours(23, 59, 59);
  return date;
}

function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The form's lines from the saved calendar: one per phase that can be dated, in the order of the phases. */
export function phaseDatesOf(schedule: readonly PhaseWindow[]): PhaseDates[] {
  return DATED_PHASES.map((phase) => {
    const window = schedule.find((candidate) => candidate.phase === phase);
    return {
      phase,
      start: window ? dayOf(new Date(window.startsAt)) : '',
      // A phase ends at the last second of its last day, the day the public page shows.
      end: window?.endsAt ? dayOf(new Date(window.endsAt)) : '',
    };
  });
}

/**
 * The calendar to send, or what is wrong with it. The same rules as the API (each end after its
 * start, phases starting in their order), checked here to name the faulty line before sending.
 */
export function scheduleOf(lines: readonly PhaseDates[]): ScheduleCheck {
  const problems: ScheduleProblem[] = [];
  const schedule: PhaseWindowInput[] = [];
  let previous: { phase: ScheduledPhase; start: Date } | null = null;
  for (const line of lines) {
    if (!line.start && !line.end) continue;
    if (!line.start) {
      problems.push({ phase: line.phase, key: 'endWithoutStart' });
      continue;
    }
    const start = momentOf(line.start, 'start');
    const end = line.end ? momentOf(line.end, 'end') : null;
    if (!start || (line.end && !end)) {
      problems.push({ phase: line.phase, key: 'badDate' });
      continue;
    }
    if (end && end.getTime() <= start.getTime()) problems.push({ phase: line.phase, key: 'endBeforeStart' });
    if (previous && start.getTime() < previous.start.getTime())
      problems.push({ phase: line.phase, key: 'beforePrevious', previous: previous.phase });
    previous = { phase: line.phase, start };
    schedule.push({ phase: line.phase, startsAt: start.toISOString(), endsAt: end ? end.toISOString() : null });
  }
  return problems.length ? { ok: false, problems } : { ok: true, schedule };
}
