import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

// The load generator, in its own process (so its CPU time is counted apart from the API's): one
// knapsack ballot per voter, each request with that voter's session cookie, over a fixed number of
// keep-alive connections (what a reverse proxy in front of the API would hold), no pipelining.
// Prints a JSON summary, with the CPU time this process used.
interface LoadInput {
  url: string;
  processId: string;
  budgetId: string;
  projectIds: string[];
  tokens: string[];
  connections: number;
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadInput;
let next = 0;
const statuses: Record<string, number> = {};
const cpuBefore = process.cpuUsage();

const instance = autocannon(
  {
    url: input.url,
    connections: input.connections,
    pipelining: 1,
    amount: input.tokens.length,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: `/api/processes/${input.processId}/ballots`,
        setupRequest: (request) => {
          const i = next++;
          const token = input.tokens[i % input.tokens.length];
          // Three projects that fit the envelope, varied per voter.
          const picks = [input.projectIds[i % 3], input.projectIds[3 + (i % 4)], input.projectIds[7 + (i % 3)]];
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              cookie: `agora_session=${token}; XSRF-TOKEN=bench`,
              'x-xsrf-token': 'bench',
            },
            body: JSON.stringify({ budgetId: input.budgetId, projectIds: picks }),
          };
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      process.stderr.write(String(error));
      process.exit(1);
    }
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(
      JSON.stringify({
        requests: result.requests.total,
        durationSeconds: result.duration,
        perSecond: result.requests.total / result.duration,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        statuses,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
      }),
    );
  },
);
instance.on('response', (_client, statusCode) => {
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
