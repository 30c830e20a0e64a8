import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../cluster/cluster.runtime';
import { call, is5xx, pool, tally } from './fault.http';
import { ballotRows, check, FaultScenario, invalidBallots } from './fault.scenario';
import { seedVote, seedVoters } from './fault.seed';

/** Live children of a process (the API's workers under AGORA_WORKERS). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      // Zombies (state Z) are dead workers not yet reaped.
      if (Number(fields[1]) === pid && fields[0] !== 'Z') children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * AGORA_WORKERS=2 on one port: the primary runs two workers and replaces one killed with kill -9
 * while votes are cast through it. Every 2xx ballot is stored once, nothing is partial, and the port
 * keeps answering through the surviving worker.
 */
export const workers: FaultScenario = {
  name: 'workers',
  summary: 'AGORA_WORKERS=2: kill -9 a worker during 600 votes → replaced, every 2xx ballot stored once',
  async run({ cluster, db, repeat = 600 }) {
    const seed = await seedVote(db);
    const voters = await seedVoters(db, seed.communeId, repeat);
    const port = Number(new URL(cluster.url).port) + 40;
    const base = `http://127.0.0.1:${port}`;
    const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: cluster.databaseUrl,
        PORT: String(port),
        AGORA_WORKERS: '2',
        AGORA_DEMO: 'false',
        AGORA_JOBS_INTERVAL_SECONDS: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      const up = await until(async () => (await fetch(`${base}/api/health`).catch(() => null))?.ok === true, 60_000);
      const before = childrenOf(api.pid!);
      let killed: number | null = null;
      const answers = await pool(voters, 24, async (voter, i) => {
        if (i === Math.floor(voters.length / 3) && before.length) {
          killed = before[0];
          process.kill(killed, 'SIGKILL');
        }
        return call(base, 'POST', `/api/processes/${seed.processId}/ballots`, {
          token: voter.token,
          body: { budgetId: seed.budgetId, projectIds: [seed.projectIds[i % seed.projectIds.length]] },
          // A connection handed to the worker as it died can stay open with no answer: give up sooner.
          timeoutMs: 10_000,
        });
      });
      const replaced = await until(() => {
        const now = childrenOf(api.pid!);
        return now.length === 2 && killed !== null && !now.includes(killed);
      }, 20_000);
      const after = childrenOf(api.pid!);
      const accepted = answers.filter((a) => a.status === 201).length;
      // Those refused mid-kill may vote again: each gets 201 once, or 409 if their first ballot had landed.
      const retried = await pool(
        voters.filter((_, i) => answers[i].status !== 201),
        8,
        (voter) =>
          call(base, 'POST', `/api/processes/${seed.processId}/ballots`, {
            token: voter.token,
            body: { budgetId: seed.budgetId, projectIds: [seed.projectIds[0]] },
          }),
      );
      const rows = await ballotRows(db, seed.budgetId);
      console.log(
        `  workers ${before.join(', ')} → killed ${killed} → ${after.join(', ')}; answers ${JSON.stringify(tally(answers))}, ` +
          `retries ${JSON.stringify(tally(retried))}; ballots ${rows.ballots}, register ${rows.register}`,
      );
      return [
        check('the API starts with two workers on one port', up && before.length === 2, `${before.length}`),
        check('the killed worker is replaced', replaced, `${after.length} workers`),
        check('no 5xx', !answers.some(is5xx) && !retried.some(is5xx)),
        check('every voter counted once in the end', rows.register === repeat && rows.ballots === repeat, `${rows.ballots}/${repeat}`),
        check('every 2xx ballot is in the box', rows.ballots >= accepted, `${accepted} accepted first time`),
        check('retries: 201 or "already voted" only', retried.every((a) => a.status === 201 || a.status === 409)),
        check('no partial or over-budget ballot', (await invalidBallots(db, seed.budgetId)) === 0),
      ].every(Boolean);
    } finally {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (api.exitCode === null && !api.signalCode) api.kill('SIGKILL');
    }
  },
};
