import { Answer, call, is5xx } from './fault.http';
import { FaultScenario, ballotRows, check } from './fault.scenario';
import { seedRole, seedVote, seedVoters } from './fault.seed';

/**
 * (d) One person, two channels: a counter ballot then an online one, an online ballot then a
 * counter one, and both at the same instant, each on a different API process.
 */
export const channels: FaultScenario = {
  name: 'channels',
  summary: 'counter then online, online then counter, and both at once → one ballot per person',
  async run({ cluster, db, repeat = 20 }) {
    const seed = await seedVote(db);
    const staff = await seedRole(db, seed.communeId, 'staff');
    const voters = await seedVoters(db, seed.communeId, repeat * 3);
    const [first, second] = cluster.apiUrls;
    const projectIds = seed.projectIds.slice(0, 2);
    const online = (base: string, token: string) =>
      call(base, 'POST', `/api/processes/${seed.processId}/ballots`, {
        token,
        body: { budgetId: seed.budgetId, projectIds },
      });
    const counter = (base: string, email: string) =>
      call(base, 'POST', `/api/processes/${seed.processId}/counter/ballots`, {
        token: staff.token,
        body: { channel: 'counter', email, budgetId: seed.budgetId, projectIds },
      });

    const all: Answer[] = [];
    let counterThenOnline = 0;
    let onlineThenCounter = 0;
    let racesWithOneWinner = 0;
    for (let i = 0; i < repeat; i++) {
      const a = voters[i];
      const a1 = await counter(first, a.email);
      const a2 = await online(second, a.token);
      if (a1.status === 201 && a2.status >= 400 && a2.status < 500) counterThenOnline++;
      const b = voters[repeat + i];
      const b1 = await online(first, b.token);
      const b2 = await counter(second, b.email);
      if (b1.status === 201 && b2.status >= 400 && b2.status < 500) onlineThenCounter++;
      const c = voters[2 * repeat + i];
      const race = await Promise.all([
        counter(i % 2 ? first : second, c.email),
        online(i % 2 ? second : first, c.token),
      ]);
      if (race.filter((answer) => answer.status === 201).length === 1) racesWithOneWinner++;
      all.push(a1, a2, b1, b2, ...race);
    }
    const rows = await ballotRows(db, seed.budgetId);
    const refusals = [
      ...new Set(
        all
          .filter((answer) => answer.status >= 400)
          .map((answer) => `${answer.status} ${String(answer.body?.['code'])}`),
      ),
    ];
    console.log(`  ${repeat} people per order and ${repeat} races; refusals seen: ${refusals.join(', ')}`);
    return [
      check(
        'counter then online: online refused',
        counterThenOnline === repeat,
        `${counterThenOnline}/${repeat}`,
      ),
      check(
        'online then counter: counter refused',
        onlineThenCounter === repeat,
        `${onlineThenCounter}/${repeat}`,
      ),
      check(
        'both at once: exactly one accepted',
        racesWithOneWinner === repeat,
        `${racesWithOneWinner}/${repeat}`,
      ),
      check(
        'one ballot per person',
        rows.ballots === 3 * repeat && rows.register === 3 * repeat,
        `ballots ${rows.ballots}, register ${rows.register}`,
      ),
      check('no 5xx', !all.some(is5xx)),
    ].every(Boolean);
  },
};
