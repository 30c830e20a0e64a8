import { call, is5xx, tally } from './fault.http';
import { FaultScenario, ballotRows, check, invalidBallots } from './fault.scenario';
import { ENVELOPE_CENTS, seedVote, seedVoters } from './fault.seed';

const CONCURRENT = 50;

/**
 * (b) 50 concurrent ballots from one voter, each a different choice, together far over the
 * envelope (some alone over it): whatever wins, the stored ballot fits the envelope.
 */
export const knapsackRace: FaultScenario = {
  name: 'knapsack-race',
  summary: `${CONCURRENT} concurrent ballots summing over the envelope → never a ballot over budget`,
  async run({ cluster, db, repeat = 20 }) {
    const seed = await seedVote(db);
    const voters = await seedVoters(db, seed.communeId, repeat);
    const statuses: Record<string, number> = {};
    let serverErrors = 0;
    let overBudgetAccepted = 0;
    let requestedCents = 0;
    for (const voter of voters) {
      const choices = Array.from({ length: CONCURRENT }, (_, i) =>
        seed.projectIds.filter((_, p) => ((i * 7 + 3) >> p) & 1 || p === i % seed.projectIds.length),
      );
      const answers = await Promise.all(
        choices.map((projectIds) =>
          call(cluster.url, 'POST', `/api/processes/${seed.processId}/ballots`, {
            token: voter.token,
            body: { budgetId: seed.budgetId, projectIds },
          }),
        ),
      );
      choices.forEach((projectIds, i) => {
        const cost = projectIds.reduce((sum, id) => sum + seed.costs[id], 0);
        requestedCents += cost;
        if (cost > ENVELOPE_CENTS && answers[i].status < 300) overBudgetAccepted++;
      });
      for (const [status, n] of Object.entries(tally(answers)))
        statuses[status] = (statuses[status] ?? 0) + n;
      serverErrors += answers.filter(is5xx).length;
    }
    const rows = await ballotRows(db, seed.budgetId);
    const invalid = await invalidBallots(db, seed.budgetId);
    console.log(
      `  ${repeat} voters × ${CONCURRENT} requests; asked ${(requestedCents / 100 / repeat).toFixed(0)} € in all per voter against a ${ENVELOPE_CENTS / 100} € envelope; answers ${JSON.stringify(statuses)}`,
    );
    return [
      check('no over-budget request accepted', overBudgetAccepted === 0, `${overBudgetAccepted}`),
      check('no stored ballot over budget or partial', invalid === 0, `${invalid}`),
      check(
        'one ballot per voter',
        rows.ballots === repeat && rows.register === repeat,
        `ballots ${rows.ballots}, register ${rows.register}`,
      ),
      check('no 5xx', serverErrors === 0, `${serverErrors}`),
    ].every(Boolean);
  },
};
