import type { INestApplication } from '@nestjs/common';
import { firstValueFrom, take, timeout, toArray } from 'rxjs';
import { DataSource } from 'typeorm';

import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app.config';
import { LiveUpdatesService } from '../src/live/live-updates.service';
import { JobRunner } from '../src/scheduler/job-runner.service';
import { createTestContext, TestContext } from './support/test-app';

/** Two API processes on one database, as behind a load balancer. */
describe('live updates and scheduled jobs across API processes', () => {
  let ctx: TestContext;
  let second: INestApplication;

  beforeAll(async () => {
    ctx = await createTestContext();
    const config = loadConfig({ AGORA_DEMO: 'false', AGORA_JOBS_INTERVAL_SECONDS: '0' });
    second = await createApp({ ...config, databaseUrl: ctx.databaseUrl }, { logRequests: false });
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await ctx.close();
  });

  it('delivers an event published by one process to the subscribers of another', async () => {
    const received = firstValueFrom(second.get(LiveUpdatesService).stream('budget:1').pipe(take(1), timeout(5000)));
    await ctx.app.get(LiveUpdatesService).publish('budget:1', { ballots: 3 });
    await expect(received).resolves.toEqual({ topic: 'budget:1', data: { ballots: 3 } });
  });

  it('announces nothing from a transaction that rolls back', async () => {
    const live = ctx.app.get(LiveUpdatesService);
    const events = firstValueFrom(second.get(LiveUpdatesService).stream('topic:*').pipe(take(1), toArray(), timeout(5000)));
    await ctx.app
      .get(DataSource)
      .transaction(async (manager) => {
        await live.publish('topic:rolled-back', { n: 1 }, manager);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await live.publish('topic:committed', { n: 2 });
    await expect(events).resolves.toEqual([{ topic: 'topic:committed', data: { n: 2 } }]);
  });

  it('runs a job in one process at a time', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    const job = {
      name: 'test-overlap',
      run: async () => {
        concurrent += 1;
        runs += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((resolve) => setTimeout(resolve, 300));
        concurrent -= 1;
      },
    };
    ctx.app.get(JobRunner).register(job);
    second.get(JobRunner).register(job);
    const [first, other] = await Promise.all([ctx.app.get(JobRunner).runAll(), second.get(JobRunner).runAll()]);
    expect(maxConcurrent).toBe(1);
    expect(runs).toBe(1);
    // Other modules register their own jobs; this one must have run in exactly one process.
    expect([...first, ...other].filter((name) => name === 'test-overlap')).toEqual(['test-overlap']);
  });
});
