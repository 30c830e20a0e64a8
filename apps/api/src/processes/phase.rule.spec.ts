import { phaseDueAt, scheduleProblem, ScheduleWindow } from './phase.rule';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const schedule: ScheduleWindow[] = [
  { phase: 'proposals', startsAt: at(1), endsAt: at(10) },
  { phase: 'assessment', startsAt: at(10), endsAt: at(20) },
  { phase: 'vote', startsAt: at(20), endsAt: at(30) },
  { phase: 'results', startsAt: at(30), endsAt: null },
];

describe('phaseDueAt', () => {
  it('opens the latest phase whose start has passed', () => {
    expect(phaseDueAt('draft', schedule, at(21))).toBe('vote');
  });

  it('stays put before the first date', () => {
    expect(phaseDueAt('draft', schedule, new Date(Date.UTC(2025, 11, 1)))).toBeNull();
  });

  it('never moves a process backwards', () => {
    expect(phaseDueAt('results', schedule, at(21))).toBeNull();
  });

  it('stays put when the process is already in the due phase', () => {
    expect(phaseDueAt('vote', schedule, at(25))).toBeNull();
  });
});

describe('scheduleProblem', () => {
  it('accepts dates in the order of the phases', () => {
    expect(scheduleProblem(schedule)).toBeNull();
  });

  it('refuses a phase listed twice', () => {
    expect(scheduleProblem([...schedule, { phase: 'vote', startsAt: at(25), endsAt: null }])).toEqual({ duplicate: 'vote' });
  });

  it('refuses a vote that starts before the proposals', () => {
    expect(scheduleProblem([{ phase: 'vote', startsAt: at(1), endsAt: null }, { phase: 'proposals', startsAt: at(5), endsAt: null }])).toBe('order');
  });

  it('refuses an end before its start', () => {
    expect(scheduleProblem([{ phase: 'vote', startsAt: at(5), endsAt: at(1) }])).toBe('order');
  });
});
