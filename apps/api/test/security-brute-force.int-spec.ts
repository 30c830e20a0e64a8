import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { setUpVote, type VoteFixture } from './support/budget-fixtures';
import { createAccount, createSecondApp, createTestContext, TestContext } from './support/test-app';

/**
 * Issue 7, brute force: the 6th failed sign-in or census match within 10 minutes is refused even
 * when the attempts alternate between two API processes (the counters live in PostgreSQL).
 * tools/fault's brute-force scenario does the same through nginx.
 */
const CSRF = 'brute-force-csrf-token-0123456789';

/** A request to one process as a browser of that person: session cookie and the CSRF double submit. */
function send(app: INestApplication, path: string, body: object, session?: string) {
  const cookies = [`XSRF-TOKEN=${CSRF}`, ...(session ? [`agora_session=${session}`] : [])];
  return request(app.getHttpServer())
    .post(path)
    .set('Cookie', cookies.join('; '))
    .set('X-XSRF-TOKEN', CSRF)
    .send(body);
}

describe('security: brute force across two API processes', () => {
  let ctx: TestContext;
  let second: INestApplication;
  let apps: INestApplication[];
  let vote: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    second = await createSecondApp(ctx);
    apps = [ctx.app, second];
    vote = await setUpVote(ctx);
    await vote.official
      .put(`/api/processes/${vote.process.id}/eligibility`)
      .send({ residence: 'census', verifications: ['census', 'in_person'], minimumAge: 16 })
      .expect(200);
    await vote.staff
      .post(`/api/processes/${vote.process.id}/census`)
      .send({ csv: 'nom;prénom;date_naissance;quartier\nMartin;Léa;1990-04-03;\n' })
      .expect(200);
  });
  afterAll(async () => {
    await second.close();
    await ctx.close();
  });

  it('refuses the 6th failed sign-in, and then even the right password, alternating processes', async () => {
    const account = await createAccount(ctx);
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const res = await send(apps[attempt % 2], '/api/auth/sign-in', {
        email: account.email,
        password: `faux ${attempt}`,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await send(apps[0], '/api/auth/sign-in', {
      email: account.email,
      password: account.password,
    });
    expect(right.status).toBe(429);
    expect(right.body.message.fr).toMatch(/Trop de tentatives/);
    expect(right.body.message.en).toMatch(/Too many attempts/);
  });

  it('refuses the 6th failed census match, and then even the right identity, alternating processes', async () => {
    const account = await createAccount(ctx);
    const signIn = await send(apps[1], '/api/auth/sign-in', {
      email: account.email,
      password: account.password,
    }).expect(200);
    const session = /agora_session=([^;]+)/.exec(
      ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).join('\n'),
    )?.[1];
    expect(session).toBeTruthy();
    const path = `/api/processes/${vote.process.id}/census/match`;
    const answers: Array<{ status: number; code: string }> = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const res = await send(
        apps[attempt % 2],
        path,
        { lastName: 'Martin', firstName: 'Léa', birthDate: `1990-04-${String(10 + attempt)}` },
        session,
      );
      answers.push({ status: res.status, code: res.body.code });
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ status: 404, code: 'CENSUS_NO_MATCH' }));
    expect(answers[5].status).toBe(429);
    const right = await send(
      apps[0],
      path,
      { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' },
      session,
    );
    expect(right.status).toBe(429);
    expect(right.body.message.fr).toMatch(/Trop de tentatives/);
    // Nothing was matched by the refused attempts.
    expect(
      await ctx.sql(`SELECT 1 FROM census_entries WHERE matched_by = $1`, [
        (await ctx.sql<{ id: string }>(`SELECT id FROM accounts WHERE email = $1`, [account.email]))[0].id,
      ]),
    ).toEqual([]);
  });

  it('does not count a successful census match against the person', async () => {
    const account = await createAccount(ctx);
    const signIn = await send(apps[0], '/api/auth/sign-in', {
      email: account.email,
      password: account.password,
    }).expect(200);
    const session = /agora_session=([^;]+)/.exec(
      ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).join('\n'),
    )?.[1];
    const path = `/api/processes/${vote.process.id}/census/match`;
    for (let attempt = 1; attempt <= 4; attempt++)
      await send(
        apps[attempt % 2],
        path,
        { lastName: 'Martin', firstName: 'Léa', birthDate: '1991-01-01' },
        session,
      ).expect(404);
    await send(
      apps[1],
      path,
      { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' },
      session,
    ).expect(200);
    // Matched again by the same account: allowed, and still not the 6th failure.
    await send(
      apps[0],
      path,
      { lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' },
      session,
    ).expect(200);
  });
});
