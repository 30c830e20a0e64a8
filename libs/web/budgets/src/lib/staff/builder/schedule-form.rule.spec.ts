import type { PhaseWindow } from '@agora/contracts';

import { PhaseDates, phaseDatesOf, scheduleOf } from './schedule-form.rule';

const lines = (dates: Partial<Record<PhaseDates['phase'], [string, string]>>): PhaseDates[] =>
  phaseDatesOf([]).map((line) => {
    const [start, end] = dates[line.phase] ?? ['', ''];
    return { ...line, start, end };
  });

describe('scheduleOf', () => {
  it('sends only the dated phases, each ending at the last second of its last day', () => {
    const check = scheduleOf(lines({ proposals: ['2026-01-05', '2026-01-31'], vote: ['2026-03-01', ''] }));
    expect(check).toEqual({
      ok: true,
      schedule: [
        { phase: 'proposals', startsAt: new Date(2026, 0, 5).toISOString(), endsAt: new Date(2026, 0, 31, 23, 59, 59).toISOString() },
        { phase: 'vote', startsAt: new Date(2026, 2, 1).toISOString(), endsAt: null },
      ],
    });
  });

  it('accepts a phase of a single day', () => {
    expect(scheduleOf(lines({ vote: ['2026-03-01', '2026-03-01'] })).ok).toBe(true);
  });

  it('refuses a vote that starts before the proposals, naming both', () => {
    expect(scheduleOf(lines({ proposals: ['2026-02-01', ''], vote: ['2026-01-15', ''] }))).toEqual({
      ok: false,
      problems: [{ phase: 'vote', key: 'beforePrevious', previous: 'proposals' }],
    });
  });

  it('refuses an end before the start', () => {
    expect(scheduleOf(lines({ vote: ['2026-03-10', '2026-03-09'] }))).toEqual({ ok: false, problems: [{ phase: 'vote', key: 'endBeforeStart' }] });
  });

  it('refuses an end without a start', () => {
    expect(scheduleOf(lines({ results: ['', '2026-04-01'] }))).toEqual({ ok: false, problems: [{ phase: 'results', key: 'endWithoutStart' }] });
  });

  it('refuses a day the calendar does not have', () => {
    expect(scheduleOf(lines({ vote: ['2026-02-30', ''] }))).toEqual({ ok: false, problems: [{ phase: 'vote', key: 'badDate' }] });
  });

  it('sends an empty calendar when no phase is dated', () => {
    expect(scheduleOf(lines({}))).toEqual({ ok: true, schedule: [] });
  });
});

describe('phaseDatesOf', () => {
  it('shows the saved calendar back as the days typed in', () => {
    const typed = lines({ proposals: ['2026-01-05', '2026-01-31'], vote: ['2026-03-01', '2026-03-31'] });
    const check = scheduleOf(typed);
    if (!check.ok) throw new Error('expected a valid calendar');
    const saved: PhaseWindow[] = check.schedule.map((w) => ({ phase: w.phase, startsAt: w.startsAt, endsAt: w.endsAt ?? null }));
    expect(phaseDatesOf(saved)).toEqual(typed);
  });

  it('gives one line per phase that can be dated, in their order', () => {
    expect(phaseDatesOf([]).map((line) => line.phase)).toEqual(['proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed']);
  });
});
