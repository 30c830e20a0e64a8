import { call } from './fault.http';
import { FaultScenario, check } from './fault.scenario';
import { seedRole, seedVote, seedVoters } from './fault.seed';

/**
 * Live updates across processes: staff watch the participation stream on one API process while
 * residents vote through the other; every vote must reach the watcher (PostgreSQL LISTEN/NOTIFY).
 */
export const live: FaultScenario = {
  name: 'live',
  summary: 'participation stream on process 1 sees votes cast on process 2 (LISTEN/NOTIFY → SSE)',
  async run({ cluster, db, repeat = 5 }) {
    const seed = await seedVote(db);
    const staff = await seedRole(db, seed.communeId, 'staff');
    const voters = await seedVoters(db, seed.communeId, repeat);
    const [watchOn, voteOn] = cluster.apiUrls;
    const abort = new AbortController();
    const res = await fetch(`${watchOn}/api/processes/${seed.processId}/participation/live`, {
      headers: { cookie: `agora_session=${staff.token}` },
      signal: abort.signal,
    });
    let frames = 0;
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
        frames += (decoder.decode(chunk).match(/^data:/gm) ?? []).length;
    })().catch(() => undefined);
    const waitForFrames = async (n: number) => {
      for (let i = 0; i < 100 && frames < n; i++) await new Promise((r) => setTimeout(r, 100));
      return frames >= n;
    };
    await new Promise((r) => setTimeout(r, 1000));
    const initial = frames;
    let seen = 0;
    const delays: number[] = [];
    for (const voter of voters) {
      const started = Date.now();
      const cast = await call(voteOn, 'POST', `/api/processes/${seed.processId}/ballots`, {
        token: voter.token,
        body: { budgetId: seed.budgetId, projectIds: [seed.projectIds[0]] },
      });
      if (cast.status === 201 && (await waitForFrames(initial + seen + 1))) {
        seen++;
        delays.push(Date.now() - started);
      }
    }
    abort.abort();
    await reading;
    console.log(
      `  stream ${res.status} on ${watchOn}, votes on ${voteOn}: ${seen}/${repeat} seen, delays ${delays.join(', ')} ms`,
    );
    return [
      check('the stream opens for staff', res.status === 200),
      check('every vote cast on the other process reaches the stream', seen === repeat, `${seen}/${repeat}`),
    ].every(Boolean);
  },
};
