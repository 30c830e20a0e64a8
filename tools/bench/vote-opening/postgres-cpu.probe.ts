import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by the PostgreSQL server whose data folder is under `dataPath` (Linux; null
 * elsewhere or when not found, e.g. with $DATABASE_URL): the postmaster with every backend it has
 * reaped (cutime/cstime) plus the backends still running. Each SQL statement costs PostgreSQL's CPU
 * too, on the same two cores as the API, so the page data's cost is both figures together.
 */
export function postgresCpuSeconds(dataPath: string): number | null {
  try {
    const stats = new Map<number, { ppid: number; own: number; children: number }>();
    let postmaster: number | null = null;
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        const ticks = (i: number) => Number(fields[i]);
        stats.set(pid, { ppid: ticks(1), own: ticks(11) + ticks(12), children: ticks(13) + ticks(14) });
        if (postmaster === null && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataPath)) postmaster = pid;
      } catch {
        // gone meanwhile
      }
    }
    if (postmaster === null) return null;
    const main = stats.get(postmaster)!;
    let ticks = main.own + main.children;
    for (const stat of stats.values()) if (stat.ppid === postmaster) ticks += stat.own;
    return ticks / 100;
  } catch {
    return null;
  }
}
