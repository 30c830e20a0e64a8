import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { RoleName } from '@agora/contracts';

import type { AccessPolicy } from '../src/access/access.decorator';
import { hashSecretToken } from '../src/identity/secret-token.rule';
import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { DiscoveredRoute, discoverRoutes } from './support/routes';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createAccount, createTestContext, TestContext } from './support/test-app';

type PersonaName =
  'anonymous' | 'unverified' | 'citizen' | 'owner' | 'staffHere' | 'staffElsewhere' | 'official' | 'admin';

interface Persona {
  name: PersonaName;
  token: string | null;
  verified: boolean;
  role: { role: RoleName; territory: 'communeA' | 'communeB' | 'metropole' } | null;
}

const PERSONAS: Array<Omit<Persona, 'token'>> = [
  { name: 'anonymous', verified: false, role: null },
  { name: 'unverified', verified: false, role: null },
  { name: 'citizen', verified: true, role: { role: 'citizen', territory: 'communeA' } },
  { name: 'owner', verified: true, role: { role: 'citizen', territory: 'communeA' } },
  { name: 'staffHere', verified: true, role: { role: 'staff', territory: 'communeA' } },
  { name: 'staffElsewhere', verified: true, role: { role: 'staff', territory: 'communeB' } },
  { name: 'official', verified: true, role: { role: 'official', territory: 'communeA' } },
  { name: 'admin', verified: true, role: { role: 'admin', territory: 'metropole' } },
];

/** What the access guard must answer, from the declared policy alone. */
type Expected = { allow: true; narrowed: boolean } | { allow: false; status: number; code: string };

function expectedAnswer(policy: AccessPolicy | undefined, persona: Omit<Persona, 'token'>): Expected {
  if (!policy) return { allow: false, status: 403, code: 'NO_ACCESS_POLICY' };
  if (policy.kind === 'public') return { allow: true, narrowed: true };
  if (persona.name === 'anonymous') return { allow: false, status: 401, code: 'UNAUTHENTICATED' };
  const needsVerified = policy.kind === 'role' || policy.verifiedEmail;
  if (needsVerified && !persona.verified) return { allow: false, status: 403, code: 'EMAIL_NOT_VERIFIED' };
  // Past the guard, a service may still refuse someone who is not the author (signed-in routes).
  if (policy.kind === 'signedIn') return { allow: true, narrowed: true };
  const role = persona.role;
  if (!role || !policy.roles.includes(role.role)) return { allow: false, status: 403, code: 'FORBIDDEN' };
  // The target territory is quartier A1 (under commune A, under the métropole).
  if (policy.territory.from === 'any') return { allow: true, narrowed: role.territory === 'communeB' };
  if (role.territory === 'communeB') return { allow: false, status: 403, code: 'FORBIDDEN' };
  return { allow: true, narrowed: false };
}

describe('authorisation matrix (every route × every kind of person)', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let base: string;
  let routes: DiscoveredRoute[];
  const personas: Persona[] = [];
  const accounts = new Map<PersonaName, string>();

  /** Routes like sign-out or account deletion end a persona's session: give it back before the next route. */
  const restorePersonas = async () => {
    for (const persona of personas) {
      const accountId = accounts.get(persona.name);
      if (!accountId || !persona.token) continue;
      await ctx.sql(
        `UPDATE accounts SET deleted_at = NULL, email_verified_at = CASE WHEN $2 THEN coalesce(email_verified_at, now()) END WHERE id = $1`,
        [accountId, persona.verified],
      );
      await ctx.sql(
        `INSERT INTO sessions (account_id, token_hash, expires_at) SELECT $1, $2, now() + interval '1 hour' WHERE NOT EXISTS (SELECT 1 FROM sessions WHERE token_hash = $2)`,
        [accountId, hashSecretToken(persona.token)],
      );
    }
  };
  const objects: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    for (const persona of PERSONAS) {
      if (persona.name === 'anonymous') {
        personas.push({ ...persona, token: null });
        continue;
      }
      const account = await createAccount(ctx, { verified: persona.verified });
      accounts.set(persona.name, account.id);
      const token = randomBytes(32).toString('base64url');
      await ctx.sql(
        `INSERT INTO sessions (account_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [account.id, hashSecretToken(token)],
      );
      if (persona.role)
        await ctx.sql(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, $2, $3)`, [
          account.id,
          persona.role.role,
          tree[persona.role.territory],
        ]);
      personas.push({ ...persona, token });
      if (persona.name === 'owner') {
        const processId = await insertProcess(ctx, tree.communeA);
        const owner = agent(ctx.app)
          .set('Cookie', `agora_session=${token}; XSRF-TOKEN=t`)
          .set('X-XSRF-TOKEN', 't');
        const res = await owner
          .post(`/api/processes/${processId}/proposals`)
          .send(proposalBody())
          .expect(201);
        objects['processes'] = processId;
        objects['proposals'] = (res.body as { id: string }).id;
      }
    }
    objects['territories'] = tree.quartierA1;
    const server = ctx.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    routes = discoverRoutes(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('finds every route of the application, each with a declared policy', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes
        .filter((route) => !route.policy)
        .map((route) => `${route.method} ${route.path} (${route.handler})`),
    ).toEqual([]);
  });

  it('treats a route without a policy as refused to everyone', () => {
    for (const persona of PERSONAS)
      expect(expectedAnswer(undefined, persona)).toEqual({
        allow: false,
        status: 403,
        code: 'NO_ACCESS_POLICY',
      });
  });

  it('answers every route for every person as its declared policy says, and never with a 5xx', async () => {
    const mismatches: string[] = [];
    const order = (route: DiscoveredRoute) =>
      route.method === 'GET' ? 0 : route.method === 'DELETE' ? 2 : 1;
    for (const route of [...routes].sort((a, b) => order(a) - order(b))) {
      const policy = route.policy!;
      const territoryKey =
        policy.kind === 'role' && policy.territory.from !== 'any' ? policy.territory : null;
      const path = route.path.replace(/:(\w+)/g, (_, key: string, offset: number) => {
        if (territoryKey?.from === 'param' && territoryKey.key === key) return tree.quartierA1;
        const noun = route.path.slice(0, offset).split('/').filter(Boolean).pop() ?? '';
        return objects[noun] ?? randomUUID();
      });
      const query = territoryKey?.from === 'query' ? `?${territoryKey.key}=${tree.quartierA1}` : '';
      const body = territoryKey?.from === 'body' ? { [territoryKey.key]: tree.quartierA1 } : {};
      await restorePersonas();
      for (const persona of personas) {
        const expected = expectedAnswer(policy, persona);
        const { status, code } = await callRoute(
          base,
          route.method,
          path + query,
          persona.token,
          route.method === 'GET' ? undefined : body,
        );
        const where = `${route.method} ${route.path} as ${persona.name}: ${status} ${code ?? ''}`;
        if (status >= 500) mismatches.push(`${where} (server error)`);
        else if (!expected.allow && (status !== expected.status || code !== expected.code))
          mismatches.push(`${where}, expected ${expected.status} ${expected.code}`);
        else if (
          expected.allow &&
          (status === 401 ||
            ['EMAIL_NOT_VERIFIED', 'NO_ACCESS_POLICY'].includes(code ?? '') ||
            (!expected.narrowed && code === 'FORBIDDEN'))
        )
          mismatches.push(`${where}, expected to pass the access check`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});

/** One request with the person's session and the CSRF double submit; streams are closed once the status is known. */
async function callRoute(
  base: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; code?: string }> {
  const abort = new AbortController();
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      cookie: `XSRF-TOKEN=m${token ? `; agora_session=${token}` : ''}`,
      'x-xsrf-token': 'm',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: abort.signal,
    // A redirect is the route's answer (e.g. the one-click unsubscribe page): never follow it elsewhere.
    redirect: 'manual',
  });
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    abort.abort();
    return { status: res.status };
  }
  const text = await res.text();
  try {
    return { status: res.status, code: (JSON.parse(text) as { code?: string }).code };
  } catch {
    return { status: res.status };
  }
}
