import { call } from './fault.http';
import { FaultScenario, check } from './fault.scenario';
import { seedRole, seedVote, seedVoters } from './fault.seed';

const PASSWORD = 'correct horse battery staple 2026';

/**
 * The 6th failed sign-in, and the 6th failed census match, within 10 minutes are refused though the
 * attempts alternate between processes (the counters are rows in PostgreSQL, not process memory).
 */
export const bruteForce: FaultScenario = {
  name: 'brute-force',
  summary:
    '6th failed sign-in and 6th failed census match in 10 minutes refused, attempts alternating between two processes',
  async run({ cluster, db }) {
    const { rows } = await db.query(`SELECT id FROM territories LIMIT 1`);
    const [victim] = await seedVoters(db, rows[0]?.id ?? null, 1, PASSWORD);
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const base = cluster.apiUrls[attempt % cluster.apiUrls.length];
      const answer = await call(base, 'POST', '/api/auth/sign-in', {
        body: { email: victim.email, password: `wrong guess ${attempt}` },
      });
      statuses.push(`${answer.status}@:${base.split(':').pop()}`);
    }
    const rightAfter = await call(cluster.apiUrls[0], 'POST', '/api/auth/sign-in', {
      body: { email: victim.email, password: PASSWORD },
    });
    console.log(
      `  attempts: ${statuses.join(', ')}; then the right password: ${rightAfter.status} ${String(rightAfter.body?.['code'] ?? '')}`,
    );
    const codes = statuses.map((s) => Number(s.split('@')[0]));
    const census = await censusMatches(cluster.apiUrls, db);
    return [
      check(
        'attempts 1–5 answered "wrong password"',
        codes.slice(0, 5).every((c) => c === 401),
      ),
      check('6th attempt refused (429)', codes[5] === 429),
      check('even the right password waits out the window', rightAfter.status === 429),
      check(
        'census matches 1–5 answered "not on the list"',
        census.codes.slice(0, 5).every((c) => c === 404),
      ),
      check('6th census match refused (429)', census.codes[5] === 429),
      check('even the right identity waits out the window', census.rightAfter === 429),
      check('nothing matched by the refused attempts', census.matched === 0),
    ].every(Boolean);
  },
};

/**
 * A process on the census list with one resident on it; a signed-in person guesses birth dates,
 * alternating processes, then tries the right one.
 */
async function censusMatches(
  apiUrls: string[],
  db: Parameters<FaultScenario['run']>[0]['db'],
): Promise<{ codes: number[]; rightAfter: number; matched: number }> {
  const seed = await seedVote(db);
  const staff = await seedRole(db, seed.communeId, 'staff');
  const upload = await call(apiUrls[0], 'POST', `/api/processes/${seed.processId}/census`, {
    token: staff.token,
    body: { csv: 'nom;prénom;date_naissance;quartier\nMartin;Léa;1990-04-03;\n' },
  });
  if (upload.status !== 200) throw new Error(`census upload answered ${upload.status}`);
  const [guesser] = await seedVoters(db, seed.communeId, 1);
  const path = `/api/processes/${seed.processId}/census/match`;
  const statuses: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    const base = apiUrls[attempt % apiUrls.length];
    const answer = await call(base, 'POST', path, {
      token: guesser.token,
      body: { lastName: 'Martin', firstName: 'Léa', birthDate: `1990-04-${String(10 + attempt)}` },
    });
    statuses.push(`${answer.status}@:${base.split(':').pop()}`);
  }
  const right = await call(apiUrls[0], 'POST', path, {
    token: guesser.token,
    body: { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' },
  });
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM census_entries WHERE matched_by = $1`, [
    guesser.id,
  ]);
  console.log(
    `  census matches: ${statuses.join(', ')}; then the right identity: ${right.status} ${String(right.body?.['code'] ?? '')}`,
  );
  return {
    codes: statuses.map((s) => Number(s.split('@')[0])),
    rightAfter: right.status,
    matched: rows[0].n,
  };
}
