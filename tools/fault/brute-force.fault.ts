import { call } from './fault.http';
import { FaultScenario, check } from './fault.scenario';
import { seedVoters } from './fault.seed';

const PASSWORD = 'correct horse battery staple 2026';

/** The 6th failed sign-in within 10 minutes is refused though the attempts alternate between processes. */
export const bruteForce: FaultScenario = {
  name: 'brute-force',
  summary: '6th failed sign-in in 10 minutes refused, attempts alternating between two processes',
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
    return [
      check(
        'attempts 1–5 answered "wrong password"',
        codes.slice(0, 5).every((c) => c === 401),
      ),
      check('6th attempt refused (429)', codes[5] === 429),
      check('even the right password waits out the window', rightAfter.status === 429),
    ].every(Boolean);
  },
};
