import request from 'supertest';

import type { OutboxMail, WorkDetail, WorkUnsubscribeResult } from '@agora/contracts';

import { JobRunner } from '../src/scheduler/job-runner.service';
import { workFollowersSql } from '../src/works/work-followers.query';
import { Agent, resident, setUpVote } from './support/budget-fixtures';
import { insertProcess } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, outboxMails, signInAs, signedInAgent, TestContext, tokenFromOutbox } from './support/test-app';
import { downloadPersonalData } from './support/downloads';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

describe('works: following, e-mails, digest and unsubscribe', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let staff: Agent;
  let follower: Agent;
  let work: WorkDetail;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    staff = await signInAs(ctx, 'staff', tree.communeA);
    follower = await signedInAgent(ctx);
    work = (await staff.post('/api/works').send({ territoryId: tree.quartierA1, title: 'Place du Marché', category: 'voirie' }).expect(201)).body as WorkDetail;
  });
  afterAll(() => ctx.close());

  it('lets a resident follow a work', async () => {
    await follower.put(`/api/works/${work.id}/follow`).expect(200, { workId: work.id, following: true });
    const page = (await follower.get(`/api/works/${work.id}`).expect(200)).body as WorkDetail;
    expect(page).toMatchObject({ following: true, followers: 1 });
    await follower.put('/api/works/00000000-0000-4000-8000-000000000000/follow').expect(404);
  });

  it('mails the first update of the day at once, and the later ones in the next daily digest', async () => {
    await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Les barrières sont posées.' }).expect(201);
    await staff.patch(`/api/works/${work.id}`).send({ status: 'en_travaux' }).expect(200);
    await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Le revêtement est coulé.', progress: 60 }).expect(201);
    let mails = await outboxMails(ctx, follower.account.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Les barrières sont posées.');
    expect(mails[0].links.some((link) => link.includes('/travaux/desabonnement?token='))).toBe(true);

    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    await ctx.app.get(JobRunner).runAll(tomorrow);
    mails = await outboxMails(ctx, follower.account.email);
    expect(mails).toHaveLength(2);
    expect(mails[0].subject).toContain('2 nouvelles');
    expect(mails[0].text).toContain('Le revêtement est coulé.');
    expect(mails[0].text).toContain('en travaux');
    await ctx.app.get(JobRunner).runAll(tomorrow);
    expect(await outboxMails(ctx, follower.account.email)).toHaveLength(2);
  });

  it('unsubscribes in one click without signing in, and refuses a forged token', async () => {
    const token = await tokenFromOutbox(ctx, follower.account.email, '/travaux/desabonnement');
    const anonymous = request(ctx.app.getHttpServer());
    const forged = await anonymous.post('/api/works/unsubscribe').set('Cookie', 'XSRF-TOKEN=t').set('X-XSRF-TOKEN', 't').send({ token: `${token.slice(0, -4)}AAAA` }).expect(400);
    expect(forged.body.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    const res = await anonymous.post('/api/works/unsubscribe').set('Cookie', 'XSRF-TOKEN=t').set('X-XSRF-TOKEN', 't').send({ token }).expect(200);
    expect((res.body as WorkUnsubscribeResult).message.fr).toContain('Place du Marché');
    await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Fin des travaux.' }).expect(201);
    await ctx.app.get(JobRunner).runAll(new Date(Date.now() + 48 * 3600 * 1000));
    expect(await outboxMails(ctx, follower.account.email)).toHaveLength(2);
  });

  it('sends List-Unsubscribe headers, and unfollows on the mail provider’s one-click POST without cookie or CSRF token', async () => {
    const reader = await signedInAgent(ctx);
    await reader.put(`/api/works/${work.id}/follow`).expect(200);
    await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Réouverture partielle de la place.' }).expect(201);
    const [mail] = (await outboxMails(ctx, reader.account.email)) as Array<OutboxMail>;
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(url).toContain('/api/works/unsubscribe/one-click?token=');
    const path = url.slice(url.indexOf('/api/'));
    const anonymous = request(ctx.app.getHttpServer());
    // Opening the URL in a browser only leads to the web page (link scanners unsubscribe nobody).
    const opened = await anonymous.get(path).expect(302);
    expect(opened.headers.location).toContain('/travaux/desabonnement?token=');
    expect(await ctx.sql(`SELECT following FROM work_follows WHERE work_id = $1 AND account_id = $2`, [work.id, reader.account.id])).toEqual([{ following: true }]);
    const wrongBody = await anonymous.post(path).type('form').send('List-Unsubscribe=Later').expect(400);
    expect(wrongBody.body.code).toBe('UNSUBSCRIBE_ONE_CLICK_BODY');
    const res = await anonymous.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((res.body as WorkUnsubscribeResult).workId).toBe(work.id);
    expect(await ctx.sql(`SELECT following FROM work_follows WHERE work_id = $1 AND account_id = $2`, [work.id, reader.account.id])).toEqual([{ following: false }]);
  });

  it('lets a digest’s one-click link stop every works e-mail and the automatic follow', async () => {
    const busy = await signedInAgent(ctx);
    const other = (await staff.post('/api/works').send({ territoryId: tree.quartierA1, title: 'Rue des Écoles', category: 'voirie' }).expect(201)).body as WorkDetail;
    await busy.put(`/api/works/${work.id}/follow`).expect(200);
    await busy.put(`/api/works/${other.id}/follow`).expect(200);
    await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Marquage au sol.' }).expect(201);
    await staff.post(`/api/works/${other.id}/timeline`).send({ text: 'Pose des bordures.' }).expect(201);
    await ctx.app.get(JobRunner).runAll(new Date(Date.now() + 24 * 3600 * 1000));
    const [digest] = (await outboxMails(ctx, busy.account.email)) as Array<OutboxMail>;
    expect(digest.text).toContain('Pose des bordures.');
    const url = /^<(.+)>$/.exec(digest.headers?.['List-Unsubscribe'] ?? '')?.[1] ?? '';
    const res = await request(ctx.app.getHttpServer()).post(url.slice(url.indexOf('/api/'))).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(res.body).toMatchObject({ workId: null, title: null });
    expect(await ctx.sql(`SELECT following FROM work_follows WHERE account_id = $1 ORDER BY following`, [busy.account.id])).toEqual([{ following: false }, { following: false }]);
    expect((await busy.get('/api/works/follow-preferences').expect(200)).body).toEqual({ autoFollowFundedProjects: false });
  });

  it('refuses an address that keeps trying bad unsubscribe tokens (429), counting failures only', async () => {
    const anonymous = request(ctx.app.getHttpServer());
    const post = (token: string) => anonymous.post('/api/works/unsubscribe').set('Cookie', 'XSRF-TOKEN=t').set('X-XSRF-TOKEN', 't').send({ token });
    await ctx.sql(`DELETE FROM rate_limit_hits`);
    for (let i = 0; i < 20; i++) await post(`bad-token-${i}.xxxxxxxx`).expect(400);
    const refused = await post('bad-token-21.xxxxxxxx').expect(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.body.message.fr).toContain('Réessayez');
  });

  it('exports a person’s follows with their data, and deletes them with the account', async () => {
    const person = await signedInAgent(ctx, { password: 'violet-tramway-de-brest' });
    await person.put(`/api/works/${work.id}/follow`).expect(200);
    const data = (await downloadPersonalData(person)).body as { other: { workFollows: { follows: Array<{ title: string }> } } };
    expect(data.other.workFollows.follows.map((f) => f.title)).toEqual(['Place du Marché']);
    await person.post('/api/me/delete').send({ password: 'violet-tramway-de-brest' }).expect(200);
    expect(await ctx.sql(`SELECT 1 FROM work_follows WHERE account_id = $1`, [person.account.id])).toEqual([]);
  });

  it('turns an idea into a planned work that its author follows, once', async () => {
    const ideas = await insertProcess(ctx, tree.communeA, { kind: 'ideas', title: 'Boîte à idées' });
    const author = await signedInAgent(ctx);
    const [idea] = await ctx.sql<{ id: string }>(
      `INSERT INTO proposals (process_id, author_id, territory_id, kind, title, description, category, status, lat, lng, published_at)
       VALUES ($1, $2, $3, 'idea', 'Un éclairage pour le chemin du lavoir', 'Le chemin est très sombre le soir.', 'Éclairage', 'published', 3, 3, now()) RETURNING id`,
      [ideas, author.account.id, tree.quartierA1],
    );
    await author.post(`/api/proposals/${idea.id}/images`).field('alt', 'Le chemin la nuit').attach('file', PNG, { filename: 'chemin.png', contentType: 'image/png' }).expect(201);
    const created = (await staff.post('/api/works/from-idea').send({ proposalId: idea.id }).expect(201)).body as WorkDetail;
    // The idea's images become the « before » photos of the work's first timeline entry, as copies.
    const photos = created.timeline.flatMap((entry) => entry.photos);
    expect(photos).toMatchObject([{ kind: 'before', alt: 'Le chemin la nuit' }]);
    expect((await request(ctx.app.getHttpServer()).get(photos[0].url).buffer(true).expect(200)).body).toEqual(PNG);
    expect(created).toMatchObject({ title: 'Un éclairage pour le chemin du lavoir', category: 'eclairage', status: 'a_l_etude', source: { kind: 'idea', proposalId: idea.id }, place: { type: 'Point', coordinates: [3, 3] } });
    expect(await ctx.sql(`SELECT target, target_id FROM idea_conversions WHERE proposal_id = $1`, [idea.id])).toEqual([{ target: 'work', target_id: created.id }]);
    expect(await ctx.sql(`SELECT following FROM work_follows WHERE work_id = $1 AND account_id = $2`, [created.id, author.account.id])).toEqual([{ following: true }]);
    await staff.post('/api/works/from-idea').send({ proposalId: idea.id }).expect(409);
    expect(await ctx.sql(`SELECT id FROM works WHERE source_proposal_id = $1`, [idea.id])).toHaveLength(1);
  });

  it('refuses to turn a budget proposal into a work', async () => {
    const budget = await insertProcess(ctx, tree.communeA);
    const [proposal] = await ctx.sql<{ id: string }>(
      `INSERT INTO proposals (process_id, territory_id, kind, title, description, status) VALUES ($1, $2, 'project', 'Bancs', 'Des bancs', 'published') RETURNING id`,
      [budget, tree.quartierA1],
    );
    const res = await staff.post('/api/works/from-idea').send({ proposalId: proposal.id }).expect(400);
    expect(res.body.code).toBe('NOT_AN_IDEA');
  });
});

describe('works from a published budget', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('makes every funded project a scheduled work, followed by the voters of its envelope unless they opted out', async () => {
    const fx = await setUpVote(ctx);
    const voter = await resident(ctx, fx.tree.quartierA1);
    const optedOut = await resident(ctx, fx.tree.quartierA1);
    const cityOnly = await resident(ctx, fx.tree.quartierA2);
    await optedOut.put('/api/works/follow-preferences').send({ autoFollowFundedProjects: false }).expect(200);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100'], fx.projects['Q200']] }).expect(201);
    await optedOut.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] }).expect(201);
    await cityOnly.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(201);
    await fx.official.post(`/api/processes/${fx.process.id}/count`).expect(200);
    await fx.official.post(`/api/processes/${fx.process.id}/results/publish`).expect(200);

    const works = await ctx.sql<{ id: string; title: string; status: string; territory_id: string; source: string }>(
      `SELECT id, title, status, territory_id, source FROM works ORDER BY title`,
    );
    expect(works.map((w) => w.title).sort()).toEqual(['P300', 'Q100', 'Q200']);
    expect(works.every((w) => w.status === 'programme' && w.source === 'budget_project')).toBe(true);
    expect(works.find((w) => w.title === 'Q100')!.territory_id).toBe(fx.tree.quartierA1);
    const follows = async (accountId: string) =>
      (await ctx.sql<{ title: string }>(`SELECT o.title FROM works o WHERE $1::uuid IN (${workFollowersSql('o.id')}) ORDER BY o.title`, [accountId])).map((r) => r.title);
    // Derived from the register, not copied: a large vote's publication writes no row per voter.
    expect(await ctx.sql(`SELECT 1 FROM work_follows`)).toEqual([]);
    // The whole funded list of the envelope they voted in: the register says who voted, never for what.
    expect(await follows(voter.account.id)).toEqual(['Q100', 'Q200']);
    expect(await follows(optedOut.account.id)).toEqual([]);
    expect(await follows(cityOnly.account.id)).toEqual(['P300']);

    // The work page says so, a one-click unfollow overrides the automatic follow, and turning the
    // automatic follow off later stops the others.
    // An update of a funded work reaches the voters of its envelope, and no one else.
    const p300 = works.find((w) => w.title === 'P300')!;
    await fx.staff.post(`/api/works/${p300.id}/timeline`).send({ text: 'Le chantier commence lundi.' }).expect(201);
    expect((await outboxMails(ctx, cityOnly.account.email)).some((mail) => mail.text.includes('Le chantier commence lundi.'))).toBe(true);
    expect((await outboxMails(ctx, voter.account.email)).some((mail) => mail.text.includes('Le chantier commence lundi.'))).toBe(false);

    const q100 = works.find((w) => w.title === 'Q100')!;
    expect((await voter.get(`/api/works/${q100.id}`).expect(200)).body).toMatchObject({ following: true, followers: 1 });
    await voter.delete(`/api/works/${q100.id}/follow`).expect(200);
    expect((await voter.get(`/api/works/${q100.id}`).expect(200)).body).toMatchObject({ following: false, followers: 0 });
    expect(await follows(voter.account.id)).toEqual(['Q200']);
    await voter.put('/api/works/follow-preferences').send({ autoFollowFundedProjects: false }).expect(200);
    expect(await follows(voter.account.id)).toEqual([]);
  });
});
