/** One HTTP answer, or `status: 0` when the connection failed (process killed, proxy refused). */
export interface Answer {
  status: number;
  body: Record<string, unknown> | null;
  upstream: string | null;
}

/** A request as a browser of that person sends it: session cookie and the CSRF double submit. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  const cookies = ['XSRF-TOKEN=fault'];
  if (options.token) cookies.push(`agora_session=${options.token}`);
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-xsrf-token': 'fault', cookie: cookies.join('; ') },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    const text = await res.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = null;
    }
    return { status: res.status, body, upstream: res.headers.get('x-agora-upstream') };
  } catch {
    return { status: 0, body: null, upstream: null };
  }
}

/** Counts answers by status ("201", "409", "0" for a failed connection). */
export function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

export const is5xx = (answer: Answer) => answer.status >= 500;

/** Runs `task` over `items` with at most `width` in flight. */
export async function pool<T, R>(
  items: T[],
  width: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
