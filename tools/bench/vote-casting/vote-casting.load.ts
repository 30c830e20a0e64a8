import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

// The load generator, in its own process (so it does not share the API's CPU time slice accounting):
// one knapsack ballot per voter, each request with its own session cookie. Prints a JSON summary.
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

const instance = autocannon(
  {
    url: input.url,
    connections: input.connections,
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
            headers: { 'content-type': 'application/json', cookie: `agora_session=${token}; XSRF-TOKEN=bench`, 'x-xsrf-token': 'bench' },
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
    process.stdout.write(
      JSON.stringify({
        requests: result.requests.total,
        durationSeconds: result.duration,
        perSecond: result.requests.total / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        statuses,
      }),
    );
  },
);
instance.on('response', (_client, statusCode) => {
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
