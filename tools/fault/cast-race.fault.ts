import { call, is5xx, tally } from './fault.http';
import { FaultScenario, ballotRows, check } from './fault.scenario';
import { seedVote, seedVoters } from './fault.seed';

const CONCURRENT = 200;

/** (a) 200 identical cast requests for one voter at once, through the proxy to both processes. */
export const castRace: FaultScenario = {
  name: 'cast-race',
  summary: `${CONCURRENT} concurrent identical ballots for one voter → exactly one ballot`,
  async run({ cluster, db, repeat = 100 }) {
    const seed = await seedVote(db);
    const voters = await seedVoters(db, seed.communeId, repeat);
    const statuses: Record<string, number> = {};
    const upstreams = new Set<string>();
    let serverErrors = 0;
    let wrongRounds = 0;
    const started = Date.now();
    for (const voter of voters) {
      const body = { budgetId: seed.budgetId, projectIds: seed.projectIds.slice(0, 2) };
      const answers = await Promise.all(
        Array.from({ length: CONCURRENT }, () =>
          call(cluster.url, 'POST', `/api/processes/${seed.processId}/ballots`, { token: voter.token, body }),
        ),
      );
      for (const [status, n] of Object.entries(tally(answers)))
        statuses[status] = (statuses[status] ?? 0) + n;
      answers.forEach((answer) => answer.upstream && upstreams.add(answer.upstream));
      serverErrors += answers.filter(is5xx).length;
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM participations WHERE account_id = $1`, [
        voter.id,
      ]);
      if (rows[0].n !== 1 || answers.filter((a) => a.status === 201).length !== 1) wrongRounds++;
    }
    const seconds = (Date.now() - started) / 1000;
    const rows = await ballotRows(db, seed.budgetId);
    console.log(
      `  ${repeat} rounds × ${CONCURRENT} requests in ${seconds.toFixed(1)} s (${((repeat * CONCURRENT) / seconds).toFixed(0)} req/s); answers ${JSON.stringify(statuses)}; processes ${[...upstreams].join(', ')}`,
    );
    return [
      check(
        'exactly one 201 and one register entry per round',
        wrongRounds === 0,
        `${wrongRounds} wrong rounds of ${repeat}`,
      ),
      check(
        'ballot box = register = rounds',
        rows.ballots === repeat && rows.register === repeat,
        `ballots ${rows.ballots}, register ${rows.register}`,
      ),
      check('no 5xx', serverErrors === 0, `${serverErrors} answers 5xx`),
      check('both processes answered', upstreams.size >= 2),
    ].every(Boolean);
  },
};
