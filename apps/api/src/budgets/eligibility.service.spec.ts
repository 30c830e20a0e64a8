import { parisToday } from './eligibility.rule';
import { todayInParis } from './eligibility.service';

describe('todayInParis (parisToday worked out once per UTC hour)', () => {
  it('gives the same day as parisToday every ten minutes of a year, both DST changes included', () => {
    const start = Date.UTC(2026, 0, 1);
    const wrong: string[] = [];
    for (let t = start; t < start + 366 * 86_400_000; t += 600_000) {
      if (todayInParis(t) !== parisToday(new Date(t))) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it('changes day at Paris midnight, not at UTC midnight', () => {
    expect(todayInParis(Date.UTC(2026, 6, 14, 21, 59, 59))).toBe('2026-07-14'); // 23:59:59 in Paris (summer time)
    expect(todayInParis(Date.UTC(2026, 6, 14, 22, 0, 0))).toBe('2026-07-15');
    expect(todayInParis(Date.UTC(2026, 11, 31, 22, 59, 59))).toBe('2026-12-31'); // 23:59:59 in Paris (winter time)
    expect(todayInParis(Date.UTC(2026, 11, 31, 23, 0, 0))).toBe('2027-01-01');
  });
});
