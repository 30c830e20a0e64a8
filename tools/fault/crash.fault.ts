import { receiptHash } from '../../apps/api/src/budgets/receipt.rule';
import { Answer, call, pool, tally } from './fault.http';
import { FaultScenario, ballotRows, check, invalidBallots } from './fault.scenario';
import { connect, seedVote, seedVoters, Voter } from './fault.seed';

const CONNECTIONS = 32;
/** Fractions of the load at which one API process is killed (-9), and PostgreSQL restarted. */
const KILL_AT = [0.1, 0.25, 0.4, 0.7, 0.85];
const PG_RESTART_AT = 0.55;

/**
 * (c) 10,000 voters cast through the proxy while one process is killed -9 five times (and started
 * again) and PostgreSQL restarts once. Voters whose request failed try again, as people would.
 */
export const crash: FaultScenario = {
  name: 'crash',
  summary: '10,000 votes, kill -9 an API process ×5 and restart PostgreSQL once → no ballot lost or partial',
  async run({ cluster, db, repeat = 10_000 }) {
    const seed = await seedVote(db);
    const voters = await seedVoters(db, seed.communeId, repeat);
    const receipts: string[] = [];
    const firstTry: Answer[] = [];
    const events: string[] = [];
    let done = 0;
    let faults = Promise.resolve();
    const pending = [
      ...KILL_AT.map((at, i) => ({ at, kind: `kill -9 API process ${i % 2}`, index: i % 2 })),
      { at: PG_RESTART_AT, kind: 'restart PostgreSQL', index: -1 },
    ].sort((a, b) => a.at - b.at);
    const started = Date.now();

    const cast = async (voter: Voter, i: number) => {
      const answer = await call(cluster.url, 'POST', `/api/processes/${seed.processId}/ballots`, {
        token: voter.token,
        body: { budgetId: seed.budgetId, projectIds: [seed.projectIds[i % 3], seed.projectIds[3 + (i % 3)]] },
      });
      if (answer.status === 201) receipts.push(String(answer.body?.['receiptCode']));
      done++;
      while (pending.length && done >= pending[0].at * repeat) {
        const fault = pending.shift()!;
        const t = ((Date.now() - started) / 1000).toFixed(1);
        events.push(`${t}s ${fault.kind}`);
        faults = faults.then(async () => {
          if (fault.index < 0) {
            if (cluster.ownsPostgres) await cluster.restartPostgres();
            else events.push('(external PostgreSQL: restart skipped)');
          } else {
            cluster.killApi(fault.index);
            await new Promise((r) => setTimeout(r, 500));
            await cluster.startApi(fault.index);
          }
        });
      }
      return answer;
    };

    firstTry.push(...(await pool(voters, CONNECTIONS, cast)));
    await faults;
    const loadSeconds = (Date.now() - started) / 1000;
    // Whoever saw an error tries again (twice at most): a 409 then means the first try had counted.
    let retry = voters
      .map((voter, i) => ({ voter, i }))
      .filter(({ i }) => firstTry[i].status === 0 || firstTry[i].status >= 500);
    const retried = retry.length;
    const secondTry: Answer[] = [];
    for (let round = 0; round < 2 && retry.length; round++) {
      const answers = await pool(retry, CONNECTIONS, ({ voter, i }) => cast(voter, i));
      secondTry.push(...answers);
      retry = retry.filter((_, k) => answers[k].status === 0 || answers[k].status >= 500);
    }

    // The scenario's first connection did not survive the PostgreSQL restart: check on a new one.
    const after = await connect(cluster.databaseUrl);
    const stored = await after.query(
      `SELECT count(*)::int AS n FROM ballots WHERE budget_id = $1 AND receipt_hash = ANY($2::bytea[])`,
      [seed.budgetId, receipts.map((code) => receiptHash(code))],
    );
    const rows = await ballotRows(after, seed.budgetId);
    const invalid = await invalidBallots(after, seed.budgetId);
    const { rows: people } = await after.query(
      `SELECT count(DISTINCT account_id)::int AS n FROM participations WHERE budget_id = $1`,
      [seed.budgetId],
    );
    await after.end();
    console.log(`  faults: ${events.join('; ')}`);
    console.log(
      `  first try: ${JSON.stringify(tally(firstTry))} in ${loadSeconds.toFixed(1)} s (${(repeat / loadSeconds).toFixed(0)} votes/s)`,
    );
    console.log(
      `  retried ${retried} voters: ${JSON.stringify(tally(secondTry))}; still failing ${retry.length}`,
    );
    console.log(
      `  2xx receipts ${receipts.length}; ballots ${rows.ballots}; register ${rows.register}; distinct voters ${people[0].n}`,
    );
    return [
      check(
        'every 2xx ballot is in the ballot box',
        stored.rows[0].n === receipts.length,
        `${stored.rows[0].n}/${receipts.length}`,
      ),
      check(
        'register and ballot box have equal counts',
        rows.ballots === rows.register,
        `${rows.ballots} vs ${rows.register}`,
      ),
      check('one register entry per person', people[0].n === rows.register),
      check('no partial or over-budget ballot', invalid === 0, `${invalid}`),
      check('every voter counted once in the end', rows.ballots === repeat, `${rows.ballots}/${repeat}`),
    ].every(Boolean);
  },
};
