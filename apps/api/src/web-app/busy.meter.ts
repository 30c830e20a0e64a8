import { performance } from 'node:perf_hooks';

/** How often the meter reads the event loop's utilisation. */
const SAMPLE_MS = 500;

/**
 * Whether this process is busy: its event loop spent more than `share` (0–1) of the last half second
 * running code rather than waiting. Measured as Node's event-loop utilisation, which also counts the
 * time the process waited for a CPU core while it had work, so a machine saturated by other processes
 * (PostgreSQL, the other API workers) reads busy too. One timer per meter, which never keeps the process
 * alive; reading is free.
 */
export function busyAbove(share: number, sampleMs = SAMPLE_MS): () => boolean {
  let last = performance.eventLoopUtilization();
  let utilization = 0;
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    utilization = performance.eventLoopUtilization(now, last).utilization;
    last = now;
  }, sampleMs).unref();
  return () => utilization > share;
}
